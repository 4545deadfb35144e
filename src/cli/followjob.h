// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace peaka::cli {

class CliContext;

// How `create --wait` and `wait` follow a job.
struct FollowSettings
{
    qint64 timeoutMs = 0;      // 0 = no limit
    int intervalMs = 2000;
    QString downloadDir;       // non-empty: download every file when it succeeds
    bool printId = false;      // `wait` prints the final status instead
};

// --wait-timeout, --poll-interval and --download, shared by `create` and `wait`.
QList<QCommandLineOption> followOptions();
// Reads them into `settings`; false after ctx.fail() with a usage sentence.
bool readFollowOptions(CliContext &ctx, FollowSettings *settings);

// Polls until the job is final, downloads when asked, prints the result and
// ends the program: 0 SUCCEEDED (and downloaded), 2 FAILED/CANCELLED/EXPIRED
// with a sentence on stderr, 3 when the wait timed out, 6 on a corrupt download.
void followJob(CliContext &ctx, const ExportJob &initial, const FollowSettings &settings);

} // namespace peaka::cli
