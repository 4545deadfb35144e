// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace peaka {

// Base URLs of the API: https is required, except on loopback hosts (a local
// demo or tunnel). Trailing slashes are dropped so paths join cleanly.
class BaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(peaka::BaseUrl)
public:
    static constexpr const char *defaultUrl = "https://partner.peaka.studio/api/v1";
    // Peaka's zones (the OpenAPI file's server list); any other base URL may be typed too.
    static constexpr const char *usUrl = "https://partner.peaka.studio/api/v1";
    static constexpr const char *euUrl = "https://partner.eu.peaka.studio/api/v1";
    // "us" or "eu" (any case) -> its URL; empty for anything else.
    static QString zoneUrl(const QString &zone);
    // The zone ("us", "eu") whose URL this is; empty for another URL.
    static QString zoneOf(const QUrl &url);

    // Returns the normalised URL, or an invalid QUrl with a sentence in `error`.
    static QUrl normalise(const QString &input, QString *error = nullptr);
    static bool isLoopbackHost(const QString &host);
    // scheme://host:port, the unit that may receive the API key.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // base + "/" + percent-encoded segments.
    static QUrl join(const QUrl &base, const QStringList &segments);
};

} // namespace peaka
