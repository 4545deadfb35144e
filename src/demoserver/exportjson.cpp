// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjson.h"

#include "createdat.h"

#include <QJsonDocument>

#include <cstdio>

namespace peaka::demo {

namespace {

// Writes the fields of one row to a sink; the same order and rules for both sinks.
template<typename Sink>
void writeRow(Sink &sink, const DemoExport &job, const DemoKey *owner, bool callerOwns)
{
    sink.string("id", job.id);
    sink.string("status", job.status);
    sink.string("format", job.format);
    sink.string("compression", job.compression);
    sink.number("rowCount", job.rowCount);
    sink.number("bytes", job.bytes);
    sink.number("durationMs", job.durationMs);
    sink.string("error", job.error);
    sink.string("createdAt", createdAtString(job));
    sink.string("queryId", job.queryId);
    sink.string("catalogId", job.catalogId);
    sink.string("schemaName", job.schemaName);
    sink.string("tableName", job.tableName);
    sink.string("source", job.source);
    if (owner) {
        sink.string("userId", owner->userId);
        sink.string("userName", owner->userName);
    }
    sink.string("apiKeyPrefix", job.ownerKey.section(QLatin1Char('.'), 0, 0));
    sink.string("clientSource", job.clientSource);
    sink.boolean("downloadable", callerOwns && job.status == QLatin1String("SUCCEEDED"));
}

struct ObjectSink
{
    QJsonObject o;
    void string(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            o.insert(QLatin1String(name), value);
    }
    void number(const char *name, qint64 value)
    {
        if (value >= 0)
            o.insert(QLatin1String(name), QJsonValue(value));
    }
    void boolean(const char *name, bool value) { o.insert(QLatin1String(name), value); }
};

struct TextSink
{
    QByteArray &out;
    bool first = true;
    void key(const char *name)
    {
        out += first ? "{\"" : ",\"";
        first = false;
        out += name;
        out += "\":";
    }
    void string(const char *name, const QString &value)
    {
        if (value.isEmpty())
            return;
        key(name);
        out += '"';
        for (const char c : value.toUtf8()) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (uchar(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(uchar(c)));
                out += buf;
            } else {
                out += c;
            }
        }
        out += '"';
    }
    void number(const char *name, qint64 value)
    {
        if (value < 0)
            return;
        key(name);
        out += QByteArray::number(value);
    }
    void boolean(const char *name, bool value)
    {
        key(name);
        out += value ? "true" : "false";
    }
};

} // namespace

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject exportRow(const DemoExport &job, const DemoKey *owner, bool callerOwns)
{
    ObjectSink sink;
    writeRow(sink, job, owner, callerOwns);
    for (auto it = job.extra.constBegin(); it != job.extra.constEnd(); ++it)
        sink.o.insert(it.key(), it.value());
    return sink.o;
}

void appendExportRowJson(QByteArray &out, const DemoExport &job, const DemoKey *owner, bool callerOwns)
{
    if (!job.extra.isEmpty()) { // merged fields may replace ours: let QJsonObject do it
        out += QJsonDocument(exportRow(job, owner, callerOwns)).toJson(QJsonDocument::Compact);
        return;
    }
    TextSink sink{out};
    writeRow(sink, job, owner, callerOwns);
    out += '}';
}

} // namespace peaka::demo
