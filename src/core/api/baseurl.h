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

    // Returns the normalised URL, or an invalid QUrl with a sentence in `error`.
    static QUrl normalise(const QString &input, QString *error = nullptr);
    static bool isLoopbackHost(const QString &host);
    // scheme://host:port, the unit that may receive the API key.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // base + "/" + percent-encoded segments.
    static QUrl join(const QUrl &base, const QStringList &segments);
};

} // namespace peaka
