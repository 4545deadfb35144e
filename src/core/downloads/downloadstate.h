// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace peaka {

// Where a download stands. Done, Failed and Cancelled are final (Failed can be retried).
enum class DownloadState {
    Queued,
    Running,
    Paused,
    RefreshingLink,
    Verifying,
    Decompressing,
    Done,
    Failed,
    Cancelled,
};

// Why a download failed.
enum class DownloadError {
    None,
    Integrity,    // the finished size is not files[].bytes (CLI exit 6)
    Write,        // the disk refused the data (full, read-only, no permission)
    Network,      // retries used up: dropped connections, timeouts, 5xx
    Link,         // Read Export could not give a working link for the file
    Storage,      // the storage refused the file (404, other 4xx)
    Decompress,   // the .gz could not be decompressed
    Path,         // the target is not inside the chosen folder, or cannot be created
};

// Translated word for the state ("Refreshing link").
QString downloadStateText(DownloadState state);
// Stable lower-case key for logs and JSON ("refreshing-link").
QString downloadStateKey(DownloadState state);
bool isFinalState(DownloadState state);
// States that hold one of the manager's concurrency slots.
bool isActiveState(DownloadState state);

} // namespace peaka

Q_DECLARE_METATYPE(peaka::DownloadState)
