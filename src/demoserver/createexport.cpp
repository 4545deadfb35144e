// SPDX-License-Identifier: GPL-3.0-or-later
// POST .../exports: validate the body like the real service, then queue a job.
#include "apiroutes.h"

#include "democontent.h"
#include "demoserver_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <cmath>

namespace peaka::demo {

namespace {

// ExportCsvOptions: every field optional; the reference gives no limits, so the
// demo applies what a CSV writer needs (one character, no newline delimiter, ...).
QString parseCsvOptions(const QJsonObject &o, CsvStyle *csv)
{
    const auto oneChar = [&o](const char *name, QByteArray *out) -> QString {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || v.toString().size() != 1)
            return QStringLiteral("Invalid csvOptions.%1: must be a single character").arg(QLatin1String(name));
        if (v.toString() == QLatin1String("\n") || v.toString() == QLatin1String("\r"))
            return QStringLiteral("Invalid csvOptions.%1: must not be a line break").arg(QLatin1String(name));
        *out = v.toString().toUtf8();
        return {};
    };
    QString error = oneChar("delimiter", &csv->delimiter);
    if (error.isEmpty())
        error = oneChar("quoteChar", &csv->quote);
    if (!error.isEmpty())
        return error;
    if (csv->delimiter == csv->quote)
        return QStringLiteral("Invalid csvOptions: delimiter and quoteChar must differ");
    const QJsonValue separator = o.value(QLatin1String("recordSeparator"));
    if (!separator.isUndefined() && !separator.isNull()) {
        if (separator.toString() != QLatin1String("\n") && separator.toString() != QLatin1String("\r\n"))
            return QStringLiteral("Invalid csvOptions.recordSeparator: expected \"\\n\" or \"\\r\\n\"");
        csv->recordSeparator = separator.toString().toUtf8();
    }
    const QJsonValue header = o.value(QLatin1String("includeHeader"));
    if (!header.isUndefined() && !header.isNull()) {
        if (!header.isBool())
            return QStringLiteral("Invalid csvOptions.includeHeader: must be true or false");
        csv->header = header.toBool();
    }
    const QJsonValue nullValue = o.value(QLatin1String("nullValue"));
    if (!nullValue.isUndefined() && !nullValue.isNull()) {
        if (!nullValue.isString() || nullValue.toString().contains(QLatin1Char('\n'))
            || nullValue.toString().contains(QLatin1Char('\r')))
            return QStringLiteral("Invalid csvOptions.nullValue: must be text without line breaks");
        csv->nullValue = nullValue.toString().toUtf8();
    }
    return {};
}

} // namespace

ApiAnswer ApiRoutes::createExport(const QString &project, const DemoSource *source, const QString &missingWhat,
                                  const RecordedRequest &request, const DemoKey &caller)
{
    if (!source)
        return messageAnswer(404, missingWhat);

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return messageAnswer(400, QStringLiteral("Malformed JSON request body"));
        body = doc.object();
    }
    const auto bad = [](const QString &message) { return messageAnswer(400, message); };

    QString format = QStringLiteral("CSV");
    if (body.contains(QLatin1String("format")) && !body.value(QLatin1String("format")).isNull()) {
        const QJsonValue v = body.value(QLatin1String("format"));
        format = v.toString();
        if (!v.isString() || (format != QLatin1String("CSV") && format != QLatin1String("JSONL")))
            return bad(QStringLiteral("Invalid format '%1': expected one of CSV, JSONL")
                           .arg(v.isString() ? format : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))));
    }
    QString compression = QStringLiteral("NONE");
    if (body.contains(QLatin1String("compression")) && !body.value(QLatin1String("compression")).isNull()) {
        const QJsonValue v = body.value(QLatin1String("compression"));
        compression = v.toString();
        if (!v.isString() || (compression != QLatin1String("NONE") && compression != QLatin1String("GZIP")))
            return bad(QStringLiteral("Invalid compression '%1': expected one of NONE, GZIP").arg(compression));
    }
    qint64 limit = 1000000;
    if (body.contains(QLatin1String("limit")) && !body.value(QLatin1String("limit")).isNull()) {
        const QJsonValue v = body.value(QLatin1String("limit"));
        const double n = v.toDouble();
        if (!v.isDouble() || std::floor(n) != n || !std::isfinite(n))
            return bad(QStringLiteral("Invalid limit: must be an integer"));
        limit = n < 1 ? 1 : (n > 1000000 ? 1000000 : qint64(n));
    }
    bool includeSystem = true;
    if (body.contains(QLatin1String("includeSystemColumns")) && !body.value(QLatin1String("includeSystemColumns")).isNull()) {
        const QJsonValue v = body.value(QLatin1String("includeSystemColumns"));
        if (!v.isBool())
            return bad(QStringLiteral("Invalid includeSystemColumns: must be true or false"));
        includeSystem = v.toBool();
    }
    const QJsonValue csvOptions = body.value(QLatin1String("csvOptions"));
    if (!csvOptions.isUndefined() && !csvOptions.isNull() && !csvOptions.isObject())
        return bad(QStringLiteral("Invalid csvOptions: must be an object"));
    CsvStyle csv;
    if (const QString error = parseCsvOptions(csvOptions.toObject(), &csv); !error.isEmpty())
        return bad(error);
    if (format != QLatin1String("CSV"))
        csv = CsvStyle(); // ignored for JSONL

    QStringList columns = columnNames(*source, includeSystem);
    const QJsonValue columnsValue = body.value(QLatin1String("columns"));
    if (!columnsValue.isUndefined() && !columnsValue.isNull()) {
        if (!columnsValue.isArray())
            return bad(QStringLiteral("Invalid columns: must be an array of column names"));
        const QStringList known = columnNames(*source, true);
        QStringList picked;
        for (const QJsonValue &c : columnsValue.toArray()) {
            if (!c.isString())
                return bad(QStringLiteral("Invalid columns: must be an array of column names"));
            if (!known.contains(c.toString()))
                return bad(QStringLiteral("Column '%1' does not exist in %2").arg(c.toString(), source->source));
            picked << c.toString();
        }
        if (!picked.isEmpty())
            columns = picked;
    }

    DemoExport job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.projectId = project;
    job.status = QStringLiteral("PENDING");
    job.format = format;
    job.compression = compression;
    job.createdAt = d->now();
    job.queryId = source->queryId;
    job.catalogId = source->catalogId;
    job.schemaName = source->schemaName;
    job.tableName = source->tableName;
    job.source = source->source;
    job.ownerKey = caller.key;
    const QByteArray trino = request.header("X-Trino-Source");
    job.clientSource = QString::fromUtf8(trino.isEmpty() ? request.header("User-Agent") : trino);
    job.runningAt = job.createdAt.addMSecs(qMax(0, d->scenario.pendingMs));
    job.finishedAt = job.runningAt.addMSecs(qMax(0, d->scenario.runningMs));
    job.finalStatus = d->scenario.createdJobsFail ? QStringLiteral("FAILED") : QStringLiteral("SUCCEEDED");
    const QString failError = source->isQuery()
        ? QStringLiteral("Query exceeded the 1,000,000 row export limit")
        : QStringLiteral("Catalog '%1' is unavailable: the upstream API answered 503 Service Unavailable")
              .arg(source->catalogName);
    d->jobRequests.insert(job.id, JobRequest{columns, limit, failError, csv});
    d->add(job);
    d->advanceJobs(); // pendingMs/runningMs of 0 move at once

    return jsonAnswer(202, QJsonDocument(QJsonObject{{QStringLiteral("id"), job.id},
                                                     {QStringLiteral("status"), QStringLiteral("PENDING")}}));
}

} // namespace peaka::demo
