// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An export job as the API shows it to one caller.

#include "demoserver.h"

#include <QJsonObject>

namespace peaka::demo {

// `owner` is the key that started the job (may be null), `callerOwns` decides `downloadable`.
QJsonObject exportRow(const DemoExport &job, const DemoKey *owner, bool callerOwns);
// The same row appended as compact JSON text (fast path for lists of 100,000 rows).
void appendExportRowJson(QByteArray &out, const DemoExport &job, const DemoKey *owner, bool callerOwns);

QString isoUtc(const QDateTime &t);

} // namespace peaka::demo
