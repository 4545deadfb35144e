// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloads/downloadoptions.h"
#include "downloads/downloadsource.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace peaka {

// What survives a restart of the app for one download: an unfinished one to
// resume, a finished one for the history (finishedPath). Holds no
// presigned URL and no key: resuming asks Read Export for a fresh link.
struct DownloadRecord
{
    DownloadSource source;
    QString folder;                     // the chosen download folder (absolute)
    QString targetName;                 // the safe, unique file name; empty until reserved
    std::optional<qint64> expectedBytes;  // files[].bytes when known
    DownloadOptions options;
    // The finished file, for a download kept in the history; empty while unfinished.
    QString finishedPath;

    QString partPath() const;           // <folder>/<targetName>.part
    QJsonObject toJson() const;
    // Returns std::nullopt for a record that is unusable (missing ids, a part path outside its folder).
    static std::optional<DownloadRecord> fromJson(const QJsonObject &obj, const DownloadOptions &defaults = {});
};

} // namespace peaka
