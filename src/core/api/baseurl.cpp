// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/baseurl.h"

#include <QHostAddress>

namespace peaka {

bool BaseUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

QUrl BaseUrl::normalise(const QString &input, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Enter the API base URL, for example %1.").arg(QLatin1String(defaultUrl)));
    // Tolerant: "a b" and "a%20b" are the same path, and toString() shows the first;
    // the normalised URL must read back the same from its own text.
    QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\u201c%1\u201d is not a valid URL.").arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("The base URL must start with https://."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return fail(tr("The base URL must use https:// (plain http is allowed only for this computer)."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(tr("The base URL must not contain a user name, a query or a fragment."));
    // No trailing slash, and no trailing space either: toString() shows a
    // path's spaces as spaces, and the trimmed() above would drop them the next
    // time, so "…/a /" must become "…/a" now for normalising to be idempotent.
    QString path = url.path();
    while (!path.isEmpty() && (path.endsWith(QLatin1Char('/')) || path.back().isSpace()))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    if (error)
        error->clear();
    return url;
}

bool BaseUrl::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) {
        return u.port(u.scheme().toLower() == QLatin1String("https") ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && defaultPort(a) == defaultPort(b);
}

QUrl BaseUrl::join(const QUrl &base, const QStringList &segments)
{
    QString path = base.path(QUrl::FullyEncoded);
    for (const QString &s : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(s));
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QString BaseUrl::zoneUrl(const QString &zone)
{
    const QString z = zone.trimmed().toLower();
    if (z == QLatin1String("us"))
        return QLatin1String(usUrl);
    if (z == QLatin1String("eu"))
        return QLatin1String(euUrl);
    return {};
}

QString BaseUrl::zoneOf(const QUrl &url)
{
    const QUrl n = normalise(url.toString());
    if (n == QUrl(QLatin1String(usUrl)))
        return QStringLiteral("us");
    if (n == QUrl(QLatin1String(euUrl)))
        return QStringLiteral("eu");
    return {};
}

} // namespace peaka
