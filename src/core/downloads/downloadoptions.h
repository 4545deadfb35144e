// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace peaka {

// How one download behaves. Only the user's choices are persisted (toJson);
// the timings are tuning knobs with defaults, short in tests.
struct DownloadOptions
{
    bool decompress = false;        // gunzip a .gz after download
    bool keepCompressed = false;    // keep the .gz next to the decompressed file

    int maxTries = 5;               // tries in a row without progress before failing
    int retryBaseDelayMs = 1000;    // backoff: base, 2×base, 4×base, … capped at retryMaxDelayMs
    int retryMaxDelayMs = 30000;
    int inactivityTimeoutMs = 60000; // no byte for this long: the try counts as failed
    int expiryMarginSecs = 30;      // refresh links that expire within this margin before (re)starting
    int maxLinkRefreshes = 3;       // refreshes in a row without progress before failing
    qint64 readBufferBytes = 1024 * 1024;  // QNetworkReply read buffer: bounds memory per download

    QJsonObject toJson() const;     // decompress, keepCompressed
    static DownloadOptions fromJson(const QJsonObject &obj, const DownloadOptions &defaults);
};

} // namespace peaka
