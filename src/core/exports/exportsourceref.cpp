// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportsourceref.h"

#include "api/peakaclient.h"

namespace peaka {
namespace {

// Ids travel in the URL path: no slashes, no surrounding or inner whitespace for ids.
bool hasSlash(const QString &s)
{
    return s.contains(QLatin1Char('/')) || s.contains(QLatin1Char('\\'));
}

bool hasSpace(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

ExportSourceRef ExportSourceRef::query(const QString &queryId)
{
    ExportSourceRef s;
    s.kind = Query;
    s.queryId = queryId.trimmed();
    return s;
}

ExportSourceRef ExportSourceRef::table(const QString &catalogId, const QString &schemaName, const QString &tableName)
{
    ExportSourceRef s;
    s.kind = Table;
    s.catalogId = catalogId.trimmed();
    s.schemaName = schemaName.trimmed();
    s.tableName = tableName.trimmed();
    return s;
}

std::optional<ExportSourceRef> ExportSourceRef::fromJob(const ExportJob &job)
{
    if (!job.queryId.trimmed().isEmpty())
        return query(job.queryId);
    if (!job.catalogId.trimmed().isEmpty() && !job.schemaName.trimmed().isEmpty()
        && !job.tableName.trimmed().isEmpty())
        return table(job.catalogId, job.schemaName, job.tableName);
    return std::nullopt;
}

QStringList ExportSourceRef::validate() const
{
    QStringList problems;
    if (kind == Query) {
        if (queryId.isEmpty())
            problems << tr("Enter the id of a saved query.");
        else if (hasSpace(queryId) || hasSlash(queryId))
            problems << tr("A query id has no spaces or slashes.");
        return problems;
    }
    if (catalogId.isEmpty() || schemaName.isEmpty() || tableName.isEmpty())
        problems << tr("Enter the catalog id, the schema and the table.");
    else if (hasSpace(catalogId) || hasSlash(catalogId))
        problems << tr("A catalog id has no spaces or slashes.");
    else if (hasSlash(schemaName) || hasSlash(tableName))
        problems << tr("Schema and table names cannot contain slashes.");
    return problems;
}

ExportRequest *ExportSourceRef::start(PeakaClient *client, const QString &projectId,
                                      const ExportOptions &options) const
{
    if (kind == Query)
        return client->createQueryExport(projectId, queryId, options);
    return client->createTableExport(projectId, catalogId, schemaName, tableName, options);
}

ExportJob ExportSourceRef::createdJob(const ExportJob &accepted, const ExportOptions &options,
                                      const QDateTime &nowUtc) const
{
    ExportJob job = accepted;
    if (job.status.isUnknown() && job.status.wire().isEmpty())
        job.status = ExportStatus::Pending;
    // The source is what we sent; the other kind's fields in the answer would
    // make "Run again" start the wrong export (a fuzz finding).
    if (kind == Query) {
        job.queryId = queryId;
        job.catalogId.clear();
        job.schemaName.clear();
        job.tableName.clear();
    } else {
        job.queryId.clear();
        job.catalogId = catalogId;
        job.schemaName = schemaName;
        job.tableName = tableName;
    }
    // The server's defaults when the body left them out.
    if (job.format.isEmpty())
        job.format = options.format.isEmpty() ? QStringLiteral("CSV") : options.format;
    if (job.compression.isEmpty())
        job.compression = options.compression.isEmpty() ? QStringLiteral("NONE") : options.compression;
    if (!job.createdAt.isValid())
        job.createdAt = nowUtc;
    return job;
}

QString ExportSourceRef::displayName() const
{
    if (kind == Query)
        return tr("query %1").arg(queryId);
    return QStringList{catalogId, schemaName, tableName}.join(QLatin1Char('.'));
}

} // namespace peaka
