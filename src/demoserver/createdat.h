// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// createdAt as the list writes it and as the keyset cursor compares it:
// nanoseconds since the epoch, so 0 to 9 fractional digits all order exactly.

#include "demoserver.h"

#include <QString>

namespace peaka::demo {

// "2026-06-10T12:24:08Z", ".893", ".893985", ".699714310", or an offset like "+00:00".
// Returns false for anything else (the list answers 400 for such a cursor).
bool parseIsoNanos(const QString &text, qint64 *nanos);

// What the API writes for the job: createdAtText verbatim, else microseconds.
QString createdAtString(const DemoExport &job);
// The sort and cursor key of the job; the minimum for a job without a time.
qint64 createdAtNanos(const DemoExport &job);

} // namespace peaka::demo
