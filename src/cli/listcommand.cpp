// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/apikey.h"
#include "clicontext.h"
#include "command.h"
#include "api/peakaclient.h"
#include "textformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace peaka::cli {
namespace {

QStringList parseStatuses(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << s.trimmed().toUpper();
    return out;
}

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
    if (!ctx.requireProject())
        return;
    const QStringList statuses = parseStatuses(ctx.parser->value(QStringLiteral("status")));
    const bool mine = ctx.parser->isSet(QStringLiteral("mine"));
    auto *request = ctx.client->listExports(ctx.projectId, statuses);
    QObject::connect(request, &ListExportsRequest::finished, request,
                     [&ctx, statuses, mine](const ExportListResult &result) {
        if (!result.ok()) {
            ctx.failWith(result.error);
            return;
        }
        const QString myPrefix = ApiKey::publicPrefix(ctx.apiKey);
        QList<ExportJob> jobs;
        for (const ExportJob &j : result.value) {
            // The server filters by status already; filter again in case it ignored the parameter.
            if (!statuses.isEmpty() && !statuses.contains(j.status.wire()))
                continue;
            if (mine && (myPrefix.isEmpty() || j.apiKeyPrefix != myPrefix))
                continue;
            jobs << j;
        }
        printJobs(ctx, jobs);
        ctx.finish();
    });
}

} // namespace

Command listCommand()
{
    Command c;
    c.name = QStringLiteral("list");
    c.synopsis = QStringLiteral("list [--status S1,S2] [--mine]");
    c.summary = CliContext::tr("List the project's exports.");
    c.options = {
        QCommandLineOption(QStringLiteral("status"),
                           CliContext::tr("Only these statuses (comma-separated, e.g. RUNNING,FAILED)."),
                           QStringLiteral("S1,S2")),
        QCommandLineOption(QStringLiteral("mine"),
                           CliContext::tr("Only exports started with this API key.")),
    };
    c.run = run;
    return c;
}

} // namespace peaka::cli
