// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionkey.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace peaka {

// Which cached export list: one connection (its server, its profile, the
// identity of its key) and one project. The key's identity is its public
// prefix (the part before the dot, also on every export row), never the secret.
struct ExportListCacheKey
{
    QUrl baseUrl;
    ConnectionKey connection;
    QString keyPrefix;

    bool isValid() const { return connection.isValid(); }
    // The text recorded in the file and compared on load. The demo's server
    // listens on another loopback port each run, so its URL is left out.
    QString identity() const;
    // The file name: a hash of identity(), so ids of any spelling make a safe name.
    QString fileName() const;

    friend bool operator==(const ExportListCacheKey &a, const ExportListCacheKey &b)
    {
        return a.identity() == b.identity();
    }
    friend bool operator!=(const ExportListCacheKey &a, const ExportListCacheKey &b) { return !(a == b); }
};

} // namespace peaka

Q_DECLARE_METATYPE(peaka::ExportListCacheKey)
