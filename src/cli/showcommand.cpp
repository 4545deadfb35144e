// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "command.h"
#include "api/peakaclient.h"
#include "textformat.h"

#include <QJsonDocument>

namespace peaka::cli {
namespace {

// The sentence that explains why there is nothing to download, or empty.
QString availabilityNote(const ExportJob &job)
{
    switch (job.status.code()) {
    case ExportStatus::Succeeded:
        if (job.downloadable && !*job.downloadable)
            return CliContext::tr("Not downloadable: only the user who started an export can download it.");
        if (job.files.isEmpty())
            return CliContext::tr("The server listed no files for this export.");
        return {};
    case ExportStatus::Expired:
        return CliContext::tr("The files were removed by the retention policy. Exports are never regenerated: start a new export to get the data again.");
    case ExportStatus::Cancelled:
        return CliContext::tr("The export was cancelled before it finished; it has no files.");
    case ExportStatus::Pending:
    case ExportStatus::Running:
        return CliContext::tr("The export is still in progress; its files appear when it has succeeded.");
    case ExportStatus::Failed:
        return CliContext::tr("The export failed; it has no files.");
    case ExportStatus::Unknown:
        return CliContext::tr("The server reports a status this version does not know.");
    }
    return {};
}

void printHuman(CliContext &ctx, const ExportJob &j)
{
    const auto dash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    QList<QStringList> rows = {
        {CliContext::tr("ID"), dash(j.id)},
        {CliContext::tr("Status", "field of an export: its status"), dash(j.status.wire())},
        {CliContext::tr("Source", "field of an export: the query or table exported"), dash(j.displaySource())},
        {CliContext::tr("Format", "field of an export: file format"), dash(j.format)},
        {CliContext::tr("Compression", "field of an export"), dash(j.compression)},
        {CliContext::tr("Rows", "field of an export: rows exported"), countText(j.rowCount)},
        {CliContext::tr("Size", "field of an export: bytes exported"), sizeText(j.bytes)},
        {CliContext::tr("Duration", "field of an export: execution time"), durationText(j.durationMs)},
        {CliContext::tr("Created", "field of an export: submission time"), dateText(j.createdAt)},
        {CliContext::tr("User", "field of an export: who started it"), dash(j.userName)},
        {CliContext::tr("Key prefix"), dash(j.apiKeyPrefix)},
        {CliContext::tr("Client", "field of an export: the program that started it"), dash(j.clientSource)},
    };
    if (!j.queryId.isEmpty())
        rows << QStringList{CliContext::tr("Query ID"), j.queryId};
    if (j.isTableExport())
        rows << QStringList{CliContext::tr("Table", "field of an export: catalog.schema.table"), QStringList{j.catalogId, j.schemaName, j.tableName}.join(QLatin1Char('.'))};
    if (!j.error.isEmpty())
        rows << QStringList{CliContext::tr("Error", "field of an export: its error message"), j.error};
    if (j.downloadable)
        rows << QStringList{CliContext::tr("Downloadable"), *j.downloadable ? CliContext::tr("yes", "Downloadable: yes") : CliContext::tr("no", "Downloadable: no")};
    if (j.expiresAt.isValid()) {
        const qint64 mins = QDateTime::currentDateTimeUtc().secsTo(j.expiresAt) / 60;
        rows << QStringList{CliContext::tr("Links expire", "field of an export: when its download links expire"),
                            dateText(j.expiresAt) + QStringLiteral(" (")
                                + (mins > 0 ? CliContext::tr("in %1 min").arg(mins) : CliContext::tr("expired")) + QLatin1Char(')')};
    }
    int width = 14; // translated labels can be longer than the English ones
    for (const QStringList &r : rows)
        width = qMax(width, int(r[0].size()) + 2);
    for (const QStringList &r : rows)
        ctx.out() << (r[0] + QLatin1Char(':')).leftJustified(width) << r[1] << '\n';
    if (!j.files.isEmpty()) {
        ctx.out() << '\n' << CliContext::tr("Files:") << '\n';
        for (const ExportFile &f : j.files)
            ctx.out() << "  " << f.name << "  (" << sizeText(f.bytes) << ")\n    "
                      << f.url.toString(QUrl::FullyEncoded) << '\n';
    }
    const QString note = availabilityNote(j);
    if (!note.isEmpty())
        ctx.out() << '\n' << note << '\n';
}

void run(CliContext &ctx)
{
    withExport(ctx, CliContext::tr("Usage: peaka-exports-cli show EXPORT_ID"), [&ctx](const ExportJob &job) {
        if (ctx.json)
            ctx.out() << QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented);
        else
            printHuman(ctx, job);
        ctx.finish();
    });
}

} // namespace

Command showCommand()
{
    return Command::make(QStringLiteral("show"),
                         QStringLiteral("show EXPORT_ID"),
                         CliContext::tr("Show every field of one export, with its download links."),
                         run);
}

} // namespace peaka::cli
