// SPDX-License-Identifier: GPL-3.0-or-later
// cancel EXPORT_ID: Cancel Export (DELETE), saying whether it was accepted or
// the export had already finished.
#include "api/peakaclient.h"
#include "clicontext.h"
#include "command.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace peaka::cli {
namespace {

void printOutcome(CliContext &ctx, const ExportJob &job, bool accepted)
{
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("id"), job.id},
                      {QStringLiteral("cancelled"), accepted},
                      {QStringLiteral("status"), accepted ? QStringLiteral("CANCELLED") : job.status.wire()}};
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (accepted) {
        ctx.out() << CliContext::tr("Cancellation of export %1 accepted (it was %2).").arg(job.id, job.status.wire())
                  << '\n';
    } else {
        ctx.out() << CliContext::tr("Export %1 had already finished (%2); there was nothing to cancel.")
                         .arg(job.id, job.status.wire().isEmpty() ? QStringLiteral("-") : job.status.wire())
                  << '\n';
    }
}

void run(CliContext &ctx)
{
    // Read it first: a finished export is reported as such (the DELETE would be a no-op),
    // an unknown id exits 5 and a key without access exits 4.
    withExport(ctx, CliContext::tr("Usage: peaka-exports-cli cancel EXPORT_ID"), [&ctx](const ExportJob &job) {
        if (!job.status.isInProgress()) {
            printOutcome(ctx, job, false);
            ctx.finish(ExitOk);
            return;
        }
        auto *request = ctx.client->cancelExport(ctx.projectId, job.id);
        QObject::connect(request, &CancelExportRequest::finished, ctx.client,
                         printOrFail<CancelExportResult>(ctx, [&ctx, job](const auto &) { printOutcome(ctx, job, true); }));
    });
}

} // namespace

Command cancelCommand()
{
    return Command::make(QStringLiteral("cancel"),
                         QStringLiteral("cancel EXPORT_ID"),
                         CliContext::tr("Cancel a PENDING or RUNNING export (exit 0 also when it had already finished)."),
                         run);
}

} // namespace peaka::cli
