// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What can be exported: saved queries, and catalogs → schemas → tables →
// columns. Tolerant like ExportJob: missing, null or mistyped fields stay
// unset and never drop a row; ids stay strings.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peaka {

struct QuerySchedule
{
    QString type; // interval, cron, none
    QString cronExpression, repeatDuration, timezone;
};

struct SavedQuery
{
    QString id;          // the queryId of Export Query
    QString displayName; // what people read; not unique
    QString name;        // the SQL name: "peaka"."query"."<name>"
    QString inputQuery;
    QString queryType;   // PLAIN, MATERIALIZED (or whatever the server says)
    QString path;        // "/reports/monthly"; null in no folder
    QString folderId;
    std::optional<QuerySchedule> schedule;

    bool isMaterialized() const { return queryType.compare(QLatin1String("MATERIALIZED"), Qt::CaseInsensitive) == 0; }
    QString label() const; // display name, else SQL name, else id
    QStringList folders() const; // path split into folder names; empty in no folder
    static SavedQuery fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    QJsonObject toJson() const;
};

struct Catalog
{
    QString id, name, displayName, catalogType, connectionId;
    QString label() const { return !displayName.isEmpty() ? displayName : !name.isEmpty() ? name : id; }
    static Catalog fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    QJsonObject toJson() const;
};

struct SchemaRef
{
    QString catalogId, catalogName, schemaName;
    static SchemaRef fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    QJsonObject toJson() const;
};

struct TableRef
{
    QString catalogId, catalogName, schemaName, tableName;
    std::optional<bool> isCacheable, isDynamicTable, isCached;
    QStringList supportedCacheTypes;
    bool isDynamic() const { return isDynamicTable.value_or(false); }
    static TableRef fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    QJsonObject toJson() const;
};

struct Column
{
    QString id, name, dataType, displayName, desc;
    QJsonValue defaultValue; // any JSON type
    std::optional<bool> isNotNull, isUnique;
    // A dynamic table's required query parameter (`_q_…`): never exported.
    bool isParameter() const { return name.startsWith(QLatin1String("_q_")); }
    // Cache plumbing the server always drops (`_q_…`, `_cache_…`): not offered for `columns`.
    bool isPlumbing() const { return isParameter() || name.startsWith(QLatin1String("_cache_")); }
    static Column fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    QJsonObject toJson() const;
};

// POST /search: names, not ids.
struct SearchQuery
{
    QString text, catalog, schema; // catalog and schema: names, optional
    int limit = 100;
    int offset = 0;
    QJsonObject toJson() const;
};

struct SearchMatch
{
    QString catalog, schema, table; // names; schema/table empty for coarser matches
};

struct SearchResult
{
    QList<SearchMatch> catalogs, schemas, tables;
    int limit = 0, offset = 0;
    std::optional<int> nextOffset; // unset: no further page
    static SearchResult fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
};

// Parses a JSON array of rows; false when the body is not an array. A
// non-object element is skipped (noted in `problems`); objects always become rows.
template<typename T>
bool parseRows(const QJsonValue &array, QList<T> *rows, QStringList *problems);

} // namespace peaka
