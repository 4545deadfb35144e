// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportjob.h"

#include "exports/stringpool.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <limits>

namespace peaka {
namespace {

void note(QStringList *problems, const QString &field, const char *expected)
{
    if (problems)
        problems->append(QStringLiteral("%1: expected %2").arg(field, QLatin1String(expected)));
}

QString readString(const QJsonObject &obj, const QString &key, QStringList *problems)
{
    const QJsonValue v = obj.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        note(problems, key, "a string");
    return {};
}

// Integers arrive as JSON numbers (Qt keeps full 64-bit precision for integral
// literals) or, from some servers, as decimal strings. Anything else is unset.
std::optional<qint64> readInt64(const QJsonObject &obj, const QString &key, QStringList *problems)
{
    const QJsonValue v = obj.value(key);
    if (v.isDouble()) {
        const qint64 a = v.toInteger(std::numeric_limits<qint64>::min());
        const qint64 b = v.toInteger(std::numeric_limits<qint64>::max());
        if (a == b)
            return a;
    } else if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    } else if (v.isUndefined() || v.isNull()) {
        return std::nullopt;
    }
    note(problems, key, "an integer");
    return std::nullopt;
}

// Sizes, counts and durations: a negative number is as unreadable as a word.
std::optional<qint64> readCount(const QJsonObject &obj, const QString &key, QStringList *problems)
{
    const std::optional<qint64> n = readInt64(obj, key, problems);
    if (n && *n < 0) {
        note(problems, key, "a number of at least 0");
        return std::nullopt;
    }
    return n;
}

std::optional<bool> readBool(const QJsonObject &obj, const QString &key, QStringList *problems)
{
    const QJsonValue v = obj.value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        note(problems, key, "true or false");
    return std::nullopt;
}

QDateTime readDateTime(const QJsonObject &obj, const QString &key, QStringList *problems)
{
    const QJsonValue v = obj.value(key);
    if (v.isString()) {
        QDateTime dt = QDateTime::fromString(v.toString().trimmed(), Qt::ISODateWithMs);
        if (dt.isValid()) {
            if (dt.timeSpec() == Qt::LocalTime) // no zone on the wire: the server means UTC
                dt.setTimeSpec(Qt::UTC);
            return dt.toUTC();
        }
    } else if (v.isUndefined() || v.isNull()) {
        return {};
    }
    note(problems, key, "an ISO-8601 date");
    return {};
}

void putString(QJsonObject &obj, const QString &key, const QString &value)
{
    if (!value.isNull())
        obj.insert(key, value);
}

void putInt(QJsonObject &obj, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        obj.insert(key, QJsonValue(*value));
}

void putDate(QJsonObject &obj, const QString &key, const QDateTime &value)
{
    if (value.isValid())
        obj.insert(key, value.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace

ExportFile ExportFile::fromJson(const QJsonObject &obj)
{
    ExportFile f;
    f.name = readString(obj, QStringLiteral("name"), nullptr);
    const QString url = readString(obj, QStringLiteral("url"), nullptr);
    // A link that does not parse, or has no scheme and host, is no link (it
    // cannot be fetched). The fragment is never sent, so it is dropped; and the
    // link is kept in the encoded form toJson() writes ("#a#b" is read as the
    // fragment "a#b" but written "a%23b"), so a row reads back equal.
    if (QUrl parsed(url, QUrl::StrictMode); !url.isEmpty() && parsed.isValid() && !parsed.isRelative()
        && !parsed.host().isEmpty()) {
        parsed.setFragment(QString());
        f.url = QUrl(parsed.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    f.bytes = readCount(obj, QStringLiteral("bytes"), nullptr);
    return f;
}

QJsonObject ExportFile::toJson() const
{
    QJsonObject o;
    putString(o, QStringLiteral("name"), name);
    if (url.isValid())
        o.insert(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
    putInt(o, QStringLiteral("bytes"), bytes);
    return o;
}

ExportJob ExportJob::fromJson(const QJsonObject &obj, QStringList *problems)
{
    ExportJob j;
    j.id = readString(obj, QStringLiteral("id"), problems);
    const QJsonValue status = obj.value(QStringLiteral("status"));
    if (status.isString())
        j.status = ExportStatus::fromWire(status.toString());
    else if (!status.isUndefined() && !status.isNull())
        note(problems, QStringLiteral("status"), "a string");
    j.format = readString(obj, QStringLiteral("format"), problems);
    j.compression = readString(obj, QStringLiteral("compression"), problems);
    j.rowCount = readCount(obj, QStringLiteral("rowCount"), problems);
    j.bytes = readCount(obj, QStringLiteral("bytes"), problems);
    j.durationMs = readCount(obj, QStringLiteral("durationMs"), problems);
    const QJsonValue files = obj.value(QStringLiteral("files"));
    if (files.isArray()) {
        for (const QJsonValue &f : files.toArray()) {
            if (f.isObject())
                j.files.append(ExportFile::fromJson(f.toObject()));
            else
                note(problems, QStringLiteral("files[]"), "an object");
        }
    } else if (!files.isUndefined() && !files.isNull()) {
        note(problems, QStringLiteral("files"), "an array");
    }
    j.expiresAt = readDateTime(obj, QStringLiteral("expiresAt"), problems);
    j.downloadable = readBool(obj, QStringLiteral("downloadable"), problems);
    j.error = readString(obj, QStringLiteral("error"), problems);
    j.createdAt = readDateTime(obj, QStringLiteral("createdAt"), problems);
    if (j.createdAt.isValid())
        j.createdAtText = obj.value(QStringLiteral("createdAt")).toString();
    j.queryId = readString(obj, QStringLiteral("queryId"), problems);
    j.catalogId = readString(obj, QStringLiteral("catalogId"), problems);
    j.schemaName = readString(obj, QStringLiteral("schemaName"), problems);
    j.tableName = readString(obj, QStringLiteral("tableName"), problems);
    j.source = readString(obj, QStringLiteral("source"), problems);
    j.userId = readString(obj, QStringLiteral("userId"), problems);
    j.userName = readString(obj, QStringLiteral("userName"), problems);
    j.apiKeyPrefix = readString(obj, QStringLiteral("apiKeyPrefix"), problems);
    j.clientSource = readString(obj, QStringLiteral("clientSource"), problems);
    return j;
}

QJsonObject ExportJob::toJson() const
{
    QJsonObject o;
    putString(o, QStringLiteral("id"), id);
    if (!status.wire().isEmpty())
        o.insert(QStringLiteral("status"), status.wire());
    putString(o, QStringLiteral("format"), format);
    putString(o, QStringLiteral("compression"), compression);
    putInt(o, QStringLiteral("rowCount"), rowCount);
    putInt(o, QStringLiteral("bytes"), bytes);
    putInt(o, QStringLiteral("durationMs"), durationMs);
    if (!files.isEmpty()) {
        QJsonArray arr;
        for (const ExportFile &f : files)
            arr.append(f.toJson());
        o.insert(QStringLiteral("files"), arr);
    }
    putDate(o, QStringLiteral("expiresAt"), expiresAt);
    if (downloadable)
        o.insert(QStringLiteral("downloadable"), *downloadable);
    putString(o, QStringLiteral("error"), error);
    if (!createdAtText.isNull())
        o.insert(QStringLiteral("createdAt"), createdAtText);
    else
        putDate(o, QStringLiteral("createdAt"), createdAt);
    putString(o, QStringLiteral("queryId"), queryId);
    putString(o, QStringLiteral("catalogId"), catalogId);
    putString(o, QStringLiteral("schemaName"), schemaName);
    putString(o, QStringLiteral("tableName"), tableName);
    putString(o, QStringLiteral("source"), source);
    putString(o, QStringLiteral("userId"), userId);
    putString(o, QStringLiteral("userName"), userName);
    putString(o, QStringLiteral("apiKeyPrefix"), apiKeyPrefix);
    putString(o, QStringLiteral("clientSource"), clientSource);
    return o;
}

QString ExportJob::createdAtCursor() const
{
    if (!createdAtText.isNull())
        return createdAtText;
    return createdAt.isValid() ? createdAt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString ExportJob::displaySource() const
{
    if (!source.isEmpty())
        return source;
    if (isTableExport()) {
        QStringList parts;
        for (const QString &p : {catalogId, schemaName, tableName}) {
            if (!p.isEmpty())
                parts.append(p);
        }
        return parts.join(QLatin1Char('.'));
    }
    return queryId;
}

bool ExportJob::linksExpired(const QDateTime &nowUtc, int marginSecs) const
{
    return expiresAt.isValid() && nowUtc.addSecs(marginSecs) >= expiresAt;
}

const ExportFile *ExportJob::fileNamed(const QString &name) const
{
    for (const ExportFile &f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

bool operator==(const ExportJob &a, const ExportJob &b)
{
    return a.id == b.id && a.status == b.status && a.format == b.format
        && a.compression == b.compression && a.rowCount == b.rowCount && a.bytes == b.bytes
        && a.durationMs == b.durationMs && a.files == b.files && a.expiresAt == b.expiresAt
        && a.downloadable == b.downloadable && a.error == b.error && a.createdAt == b.createdAt
        // The wire text is how the time was written, not a second value: a job
        // made here (no text) equals itself read back from its own JSON.
        && a.createdAtCursor() == b.createdAtCursor()
        && a.queryId == b.queryId && a.catalogId == b.catalogId && a.schemaName == b.schemaName
        && a.tableName == b.tableName && a.source == b.source && a.userId == b.userId
        && a.userName == b.userName && a.apiKeyPrefix == b.apiKeyPrefix
        && a.clientSource == b.clientSource;
}

QJsonArray exportListRows(const QJsonDocument &doc, bool *found)
{
    *found = true;
    if (doc.isArray())
        return doc.array();
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"exports", "data", "items"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isArray())
                return v.toArray();
        }
    }
    *found = false;
    return {};
}

bool parseExportList(const QJsonDocument &doc, QList<ExportJob> *jobs, QStringList *problems)
{
    bool found = false;
    const QJsonArray rows = exportListRows(doc, &found);
    if (!found)
        return false;
    // Interned row by row, so the parse's own copies of repeated strings are
    // freed at once and never pile up (nor leave holes) for 100,000 rows.
    StringPool pool;
    jobs->reserve(jobs->size() + rows.size());
    for (const QJsonValue &row : rows) {
        if (row.isObject()) {
            jobs->append(ExportJob::fromJson(row.toObject(), problems));
            pool.internJob(jobs->last());
        }
        else if (problems)
            problems->append(QStringLiteral("a list entry is not an object"));
    }
    return true;
}

} // namespace peaka
