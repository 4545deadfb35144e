// SPDX-License-Identifier: GPL-3.0-or-later
// Job lifecycle: PENDING -> RUNNING -> SUCCEEDED / FAILED (or CANCELLED) as the demo clock passes.
#include "democontent.h"
#include "demoserver_p.h"

namespace peaka::demo {

void DemoServerPrivate::advanceJobs()
{
    if (moving.isEmpty())
        return;
    const QDateTime t = now();
    const QSet<QString> ids = moving;
    for (const QString &id : ids) {
        DemoExport *job = find(id);
        if (!job) {
            moving.remove(id);
            continue;
        }
        if (job->finishedAt.isValid() && t >= job->finishedAt) {
            completeJob(*job);
            moving.remove(id);
        } else if (job->status == QLatin1String("PENDING") && job->runningAt.isValid() && t >= job->runningAt) {
            job->status = QStringLiteral("RUNNING");
        }
    }
}

void DemoServerPrivate::completeJob(DemoExport &job)
{
    const QString final = job.finalStatus.isEmpty() ? QStringLiteral("SUCCEEDED") : job.finalStatus;
    job.status = final;
    if (job.runningAt.isValid())
        job.durationMs = job.runningAt.msecsTo(job.finishedAt);
    const auto req = jobRequests.constFind(job.id);
    if (final == QLatin1String("CANCELLED")) { // Cancel Export: partial artifacts are cleaned up
        job.files.clear();
        job.bytes = -1;
        job.rowCount = -1;
        return;
    }
    if (final != QLatin1String("SUCCEEDED")) {
        if (job.error.isEmpty() && req != jobRequests.constEnd())
            job.error = req->failError;
        if (job.error.isEmpty())
            job.error = QStringLiteral("Query failed: connector '%1' timed out after 300 s while reading the source")
                            .arg(job.catalogId.isEmpty() ? QStringLiteral("peaka") : job.catalogId);
        job.files.clear();
        job.bytes = -1;
        job.rowCount = -1;
        return;
    }
    if (job.files.isEmpty() && req != jobRequests.constEnd()) {
        const DemoSource *source = job.queryId.isEmpty()
            ? findTableSource(job.catalogId, job.schemaName, job.tableName)
            : findQuerySource(job.queryId);
        if (source) {
            const bool jsonl = job.format == QLatin1String("JSONL");
            qint64 rows = 0;
            QByteArray content = renderToSize(*source, req->columns, jsonl, scenario.createdFileBytes, req->limit,
                                              &rows, req->csv);
            QString name = source->isQuery()
                ? QStringLiteral("query_%1_%2").arg(source->queryId, source->shortName)
                : QStringLiteral("%1_%2_%3").arg(source->catalogName, source->schemaName, source->tableName);
            name += QLatin1Char('_') + job.id.left(8) + (jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv"));
            if (job.compression == QLatin1String("GZIP")) {
                content = gzipCompress(content);
                name += QStringLiteral(".gz");
            }
            job.rowCount = rows;
            job.files = {DemoFile{name, content}};
        }
    }
    if (job.rowCount < 0 && req != jobRequests.constEnd())
        job.rowCount = req->limit; // seeded moving jobs: their files hold exactly `limit` rows
    qint64 total = 0;
    for (const DemoFile &f : job.files)
        total += f.advertisedBytes >= 0 ? f.advertisedBytes : f.contentSize();
    if (!job.files.isEmpty())
        job.bytes = total;
}

} // namespace peaka::demo
