// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjson.h"


namespace peaka::demo {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject exportRow(const DemoExport &job, const DemoKey *owner, bool callerOwns)
{
    QJsonObject o;
    const auto putString = [&o](const char *name, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(name), value);
    };
    const auto putNumber = [&o](const char *name, qint64 value) {
        if (value >= 0)
            o.insert(QLatin1String(name), QJsonValue(value));
    };
    putString("id", job.id);
    putString("status", job.status);
    putString("format", job.format);
    putString("compression", job.compression);
    putNumber("rowCount", job.rowCount);
    putNumber("bytes", job.bytes);
    putNumber("durationMs", job.durationMs);
    putString("error", job.error);
    if (job.createdAt.isValid())
        o.insert(QLatin1String("createdAt"), isoUtc(job.createdAt));
    putString("queryId", job.queryId);
    putString("catalogId", job.catalogId);
    putString("schemaName", job.schemaName);
    putString("tableName", job.tableName);
    putString("source", job.source);
    if (owner) {
        putString("userId", owner->userId);
        putString("userName", owner->userName);
    }
    putString("apiKeyPrefix", job.ownerKey.section(QLatin1Char('.'), 0, 0));
    putString("clientSource", job.clientSource);
    o.insert(QLatin1String("downloadable"), callerOwns && job.status == QLatin1String("SUCCEEDED"));
    for (auto it = job.extra.constBegin(); it != job.extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace peaka::demo
