// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace peaka {

// Which file of which export a download is for: enough to ask Read Export
// for a fresh link. Never holds a URL or a key.
struct DownloadSource
{
    QString profileId;     // lets the app pick the right client; may be empty
    QString projectId;
    QString exportId;
    QString fileName;      // files[].name as the server gave it (untrusted)
    QString exportSource;  // for display, e.g. peaka.query."charges_view"

    QJsonObject toJson() const;
    static DownloadSource fromJson(const QJsonObject &obj);
    bool isValid() const { return !projectId.isEmpty() && !exportId.isEmpty() && !fileName.isEmpty(); }
};

} // namespace peaka
