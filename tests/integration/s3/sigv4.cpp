// SPDX-License-Identifier: GPL-3.0-or-later
#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <map>

namespace peaka::test {
namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray SigV4::uriEncode(const QByteArray &bytes, bool encodeSlash)
{
    // RFC 3986 unreserved characters stay; everything else is %XX (upper-case hex).
    QByteArray out;
    for (const char c : bytes) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == '~';
        if (unreserved || (c == '/' && !encodeSlash))
            out += c;
        else
            out += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
    }
    return out;
}

QUrl SigV4::presignGet(const QUrl &objectUrl, qint64 expiresSecs, const QDateTime &nowUtc) const
{
    const QDateTime t = nowUtc.toUTC();
    const QByteArray amzDate = t.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = amzDate.left(8);
    const QByteArray scope = date + '/' + region.toLatin1() + '/' + service.toLatin1() + "/aws4_request";
    QByteArray host = objectUrl.host().toLatin1();
    if (objectUrl.port() != -1)
        host += ':' + QByteArray::number(objectUrl.port());

    std::map<QByteArray, QByteArray> query{
        {"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
        {"X-Amz-Credential", accessKey.toLatin1() + '/' + scope},
        {"X-Amz-Date", amzDate},
        {"X-Amz-Expires", QByteArray::number(expiresSecs)},
        {"X-Amz-SignedHeaders", "host"},
    };
    QByteArray canonicalQuery;
    for (const auto &[k, v] : query)
        canonicalQuery += (canonicalQuery.isEmpty() ? "" : "&") + uriEncode(k, true) + '=' + uriEncode(v, true);

    const QByteArray path = uriEncode(objectUrl.path(QUrl::FullyDecoded).toUtf8(), false);
    const QByteArray canonicalRequest = "GET\n" + path + '\n' + canonicalQuery + '\n' + "host:" + host + "\n\n"
        + "host\n" + "UNSIGNED-PAYLOAD";
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n'
        + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();

    const QByteArray kDate = hmac("AWS4" + secretKey.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toLatin1());
    const QByteArray kService = hmac(kRegion, service.toLatin1());
    const QByteArray kSigning = hmac(kService, "aws4_request");
    const QByteArray signature = hmac(kSigning, stringToSign).toHex();

    QByteArray base = objectUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePath)
                          .toEncoded();
    return QUrl::fromEncoded(base + path + '?' + canonicalQuery + "&X-Amz-Signature=" + signature,
                             QUrl::StrictMode);
}

} // namespace peaka::test
