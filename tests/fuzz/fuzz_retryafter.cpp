// SPDX-License-Identifier: GPL-3.0-or-later
// Retry-After (delta-seconds or an HTTP date) → seconds to wait: -1 when
// unreadable, else between 0 and one day, and the same for the same input.
#include "fuzzsupport.h"

#include "api/apierror.h"
#include "api/backoff.h"

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = fuzz::bytes(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC); // 2025-12-01
    const int secs = Backoff::parseRetryAfter(value, now);
    FUZZ_CHECK(secs == -1 || (secs >= 0 && secs <= 24 * 3600), QString::number(secs));
    FUZZ_CHECK(Backoff::parseRetryAfter(value, now) == secs, QString::fromLatin1(value.left(60)));
    if (value.trimmed().isEmpty())
        FUZZ_CHECK(secs == -1, QString::number(secs));

    ApiError error(ApiError::RateLimited, 429);
    error.setRetryAfterSecs(secs);
    FUZZ_CHECK(!error.message().isEmpty(), QString::number(secs));
    return 0;
}
