// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace peaka {

class ApiError;

// The one backoff of every retry loop (LivePoller, ExportWaiter, DownloadTask,
// ApiRequest): base × 2^n, capped; a server's Retry-After is a floor, even past
// the cap (we must not hammer a server that asked for a pause). Never more than a day.
class Backoff
{
public:
    static constexpr qint64 kCeilingMs = 24LL * 3600 * 1000;

    constexpr Backoff(int baseMs, int capMs)
        : m_baseMs(baseMs < 0 ? 0 : baseMs)
        , m_capMs(capMs < 0 ? 0 : capMs)
    {
    }

    int baseMs() const { return m_baseMs; }
    int capMs() const { return m_capMs; }

    // The pause after `step` earlier retries (0 → base, 1 → 2×base, …), at
    // least `retryAfterSecs` seconds when the server gave one (-1 = none).
    int delayMs(int step, int retryAfterSecs = -1) const;
    int delayMs(int step, const ApiError &error) const;
    // Whether the server asked for a longer pause than the cap (callers that
    // must not wait that long report the error instead).
    bool exceedsCap(int retryAfterSecs) const { return retryAfterSecs >= 0 && qint64(retryAfterSecs) * 1000 > m_capMs; }

    // Retry-After as seconds from `nowUtc`: delta-seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

private:
    int m_baseMs;
    int m_capMs;
};

} // namespace peaka
