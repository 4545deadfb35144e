// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/apikey.h"
#include "clicontext.h"
#include "command.h"
#include "api/exportpager.h"
#include "api/peakaclient.h"
#include "textformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace peaka::cli {
namespace {

void printJobs(CliContext &ctx, const QList<ExportJob> &jobs)
{
    if (ctx.json) {
        QJsonArray arr;
        for (const ExportJob &j : jobs)
            arr.append(j.toJson());
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return;
    }
    QList<QStringList> rows;
    rows.reserve(jobs.size());
    for (const ExportJob &j : jobs) {
        rows << QStringList{j.id, j.status.wire().isEmpty() ? QStringLiteral("-") : j.status.wire(),
                            j.displaySource(), j.format.isEmpty() ? QStringLiteral("-") : j.format,
                            countText(j.rowCount), sizeText(j.bytes), dateText(j.createdAt),
                            j.userName.isEmpty() ? QStringLiteral("-") : j.userName};
    }
    printTable(ctx.out(),
               {CliContext::tr("ID", "list table header: export id"),
                CliContext::tr("STATUS", "list table header: export status"),
                CliContext::tr("SOURCE", "list table header: the query or table exported"),
                CliContext::tr("FORMAT", "list table header: file format"),
                CliContext::tr("ROWS", "list table header: rows exported"),
                CliContext::tr("SIZE", "list table header: bytes exported"),
                CliContext::tr("CREATED", "list table header: submission time"),
                CliContext::tr("USER", "list table header: who started the export")},
               rows);
}

void run(CliContext &ctx)
{
    ExportStatusFilter filter;
    QString filterError;
    if (!ExportStatusFilter::parse(ctx.parser->value(QStringLiteral("status")), &filter, &filterError)) {
        ctx.fail(ExitUsage, filterError);
        return;
    }
    if (!ctx.requireProject())
        return;
    const bool mine = ctx.parser->isSet(QStringLiteral("mine"));
    // Every page: a project may hold 100,000 exports, the server gives 200 at a time.
    auto *pager = new ExportPager(ctx.client, ctx.projectId, filter);
    QObject::connect(pager, &ExportPager::finished, ctx.client, [&ctx, mine](const ExportListResult &result) {
        const QString myPrefix = ApiKey::publicPrefix(ctx.apiKey);
        QList<ExportJob> jobs;
        for (const ExportJob &j : result.value) {
            if (mine && (myPrefix.isEmpty() || j.apiKeyPrefix != myPrefix))
                continue;
            jobs << j;
        }
        if (!result.ok() && result.value.isEmpty()) {
            ctx.failWith(result.error);
            return;
        }
        printJobs(ctx, jobs);
        if (!result.ok()) {
            // What was read is printed; say that the rest is missing and exit non-zero.
            ctx.fail(exitCodeFor(result.error),
                     CliContext::tr("Only %n exports could be listed; the rest could not be read: %1", "",
                                    int(result.value.size()))
                         .arg(result.error.message()));
            return;
        }
        ctx.finish();
    });
    pager->start();
}

} // namespace

Command listCommand()
{
    Command c = Command::make(QStringLiteral("list"),
                              QStringLiteral("list [--status S1,S2] [--mine]"),
                              CliContext::tr("List every export of the project (all pages), newest first."),
                              run);
    c.options = {
        QCommandLineOption(QStringLiteral("status"),
                           CliContext::tr("Only these statuses (comma-separated): PENDING, RUNNING, SUCCEEDED, FAILED, "
                                          "CANCELLED, EXPIRED."),
                           QStringLiteral("S1,S2")),
        QCommandLineOption(QStringLiteral("mine"),
                           CliContext::tr("Only exports started with this API key.")),
    };
    return c;
}

} // namespace peaka::cli
