// SPDX-License-Identifier: GPL-3.0-or-later
#include "presign.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUrlQuery>

namespace peaka::demo {

namespace {

const char kDateFormat[] = "yyyyMMdd'T'HHmmss'Z'";

QByteArray sign(const QStringList &segments, const QByteArray &date, const QByteArray &expires,
                const QByteArray &secret)
{
    const QByteArray canonical = segments.join(QLatin1Char('\n')).toUtf8() + "\n@" + date + '\n' + expires;
    return QMessageAuthenticationCode::hash(canonical, secret, QCryptographicHash::Sha256).toHex();
}

} // namespace

QUrl presignUrl(const QUrl &storageBase, const QStringList &segments, const QDateTime &now,
                qint64 lifetimeSec, const QByteArray &secret)
{
    QByteArray path;
    for (const QString &s : segments) {
        path += '/' + QUrl::toPercentEncoding(s);
    }
    const QByteArray date = now.toUTC().toString(QLatin1String(kDateFormat)).toLatin1();
    const QByteArray expires = QByteArray::number(lifetimeSec);
    const QByteArray credential = "PEAKADEMOACCESSKEY/" + date.left(8) + "/us-east-1/s3/aws4_request";
    const QByteArray query = "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                             "&X-Amz-Credential=" + QUrl::toPercentEncoding(QString::fromLatin1(credential))
        + "&X-Amz-Date=" + date + "&X-Amz-Expires=" + expires + "&X-Amz-SignedHeaders=host"
        + "&X-Amz-Signature=" + sign(segments, date, expires, secret);
    QByteArray base = storageBase.toEncoded();
    if (base.endsWith('/'))
        base.chop(1);
    return QUrl::fromEncoded(base + path + '?' + query, QUrl::StrictMode);
}

LinkCheck checkPresignedUrl(const QUrl &url, const QDateTime &now, const QByteArray &secret,
                            QStringList *segments)
{
    const QList<QByteArray> raw = url.path(QUrl::FullyEncoded).toLatin1().split('/');
    QStringList decoded;
    for (const QByteArray &s : raw)
        if (!s.isEmpty())
            decoded << QString::fromUtf8(QByteArray::fromPercentEncoding(s));
    if (segments)
        *segments = decoded;

    const QUrlQuery query(url);
    const auto param = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).toLatin1();
    };
    const QByteArray date = param("X-Amz-Date"), expires = param("X-Amz-Expires"), signature = param("X-Amz-Signature");
    if (param("X-Amz-Algorithm").isEmpty() || param("X-Amz-Credential").isEmpty() || date.isEmpty()
        || expires.isEmpty() || signature.isEmpty() || param("X-Amz-SignedHeaders").isEmpty())
        return LinkCheck::Missing;
    if (sign(decoded, date, expires, secret) != signature)
        return LinkCheck::BadSignature;
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(date), QLatin1String(kDateFormat));
    const QDateTime signedAt(parsed.date(), parsed.time(), QTimeZone::utc());
    bool ok = false;
    const qint64 lifetime = expires.toLongLong(&ok);
    if (!ok || !signedAt.isValid() || now.toUTC() >= signedAt.addSecs(lifetime))
        return LinkCheck::Expired;
    return LinkCheck::Ok;
}

} // namespace peaka::demo
