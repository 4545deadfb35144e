// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcetypes.h"

#include "sources/projecttypes.h"
#include "sources/sourcefields.h"

#include <QJsonArray>

#include <limits>

namespace peaka {

using namespace sourcefields;

QString SavedQuery::label() const
{
    return !displayName.isEmpty() ? displayName : !name.isEmpty() ? name : id;
}

QStringList SavedQuery::folders() const
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

SavedQuery SavedQuery::fromJson(const QJsonObject &o, QStringList *p)
{
    SavedQuery v;
    v.id = idString(o, "id", p);
    v.displayName = string(o, "displayName", p);
    v.name = string(o, "name", p);
    v.inputQuery = string(o, "inputQuery", p);
    v.queryType = string(o, "queryType", p);
    v.path = string(o, "path", p);
    v.folderId = idString(o, "folderId", p);
    const QJsonValue s = o.value(QLatin1String("schedule"));
    if (s.isObject()) {
        const QJsonObject so = s.toObject();
        v.schedule = QuerySchedule{string(so, "type", p), string(so, "cronExpression", p),
                                   string(so, "repeatDuration", p), string(so, "timezone", p)};
    } else if (!s.isUndefined() && !s.isNull() && p) {
        p->append(QStringLiteral("schedule: expected an object"));
    }
    return v;
}

QJsonObject SavedQuery::toJson() const
{
    QJsonObject o;
    put(o, "id", id);
    put(o, "displayName", displayName);
    put(o, "name", name);
    put(o, "inputQuery", inputQuery);
    put(o, "queryType", queryType);
    if (schedule) {
        QJsonObject s;
        put(s, "type", schedule->type);
        put(s, "cronExpression", schedule->cronExpression);
        put(s, "repeatDuration", schedule->repeatDuration);
        put(s, "timezone", schedule->timezone);
        o.insert(QLatin1String("schedule"), s);
    } else {
        o.insert(QLatin1String("schedule"), QJsonValue());
    }
    put(o, "path", path);
    put(o, "folderId", folderId);
    return o;
}

Catalog Catalog::fromJson(const QJsonObject &o, QStringList *p)
{
    return {idString(o, "id", p), string(o, "name", p), string(o, "displayName", p), string(o, "catalogType", p),
            idString(o, "connectionId", p)};
}

QJsonObject Catalog::toJson() const
{
    QJsonObject o;
    put(o, "id", id);
    put(o, "name", name);
    put(o, "displayName", displayName);
    put(o, "catalogType", catalogType);
    put(o, "connectionId", connectionId);
    return o;
}

SchemaRef SchemaRef::fromJson(const QJsonObject &o, QStringList *p)
{
    return {idString(o, "catalogId", p), string(o, "catalogName", p), string(o, "schemaName", p)};
}

QJsonObject SchemaRef::toJson() const
{
    QJsonObject o;
    put(o, "catalogId", catalogId);
    put(o, "catalogName", catalogName);
    put(o, "schemaName", schemaName);
    return o;
}

TableRef TableRef::fromJson(const QJsonObject &o, QStringList *p)
{
    TableRef v;
    v.catalogId = idString(o, "catalogId", p);
    v.catalogName = string(o, "catalogName", p);
    v.schemaName = string(o, "schemaName", p);
    v.tableName = string(o, "tableName", p);
    v.isCacheable = boolean(o, "isCacheable", p);
    v.isDynamicTable = boolean(o, "isDynamicTable", p);
    v.isCached = boolean(o, "isCached", p);
    v.supportedCacheTypes = strings(o, "supportedCacheTypes", p);
    return v;
}

QJsonObject TableRef::toJson() const
{
    QJsonObject o;
    put(o, "catalogId", catalogId);
    put(o, "catalogName", catalogName);
    put(o, "schemaName", schemaName);
    put(o, "tableName", tableName);
    put(o, "isCacheable", isCacheable);
    put(o, "isDynamicTable", isDynamicTable);
    put(o, "isCached", isCached);
    o.insert(QLatin1String("supportedCacheTypes"), QJsonArray::fromStringList(supportedCacheTypes));
    return o;
}

Column Column::fromJson(const QJsonObject &o, QStringList *p)
{
    Column v;
    v.id = idString(o, "id", p);
    v.name = string(o, "name", p);
    v.dataType = string(o, "dataType", p);
    v.displayName = string(o, "displayName", p);
    v.desc = string(o, "desc", p);
    v.defaultValue = o.value(QLatin1String("defaultValue"));
    if (v.defaultValue.isUndefined())
        v.defaultValue = QJsonValue();
    v.isNotNull = boolean(o, "isNotNull", p);
    v.isUnique = boolean(o, "isUnique", p);
    return v;
}

QJsonObject Column::toJson() const
{
    QJsonObject o;
    put(o, "id", id);
    put(o, "name", name);
    put(o, "dataType", dataType);
    put(o, "displayName", displayName);
    o.insert(QLatin1String("defaultValue"), defaultValue);
    put(o, "isNotNull", isNotNull);
    put(o, "isUnique", isUnique);
    put(o, "desc", desc);
    return o;
}

QJsonObject SearchQuery::toJson() const
{
    QJsonObject o{{QStringLiteral("query"), text}, {QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}};
    if (!catalog.isEmpty())
        o.insert(QLatin1String("catalog"), catalog);
    if (!schema.isEmpty())
        o.insert(QLatin1String("schema"), schema);
    return o;
}

SearchResult SearchResult::fromJson(const QJsonObject &o, QStringList *p)
{
    SearchResult r;
    const auto matches = [&o, p](const char *key) {
        QList<SearchMatch> out;
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray()) {
            if (!v.isUndefined() && !v.isNull() && p)
                p->append(QStringLiteral("%1: expected an array").arg(QLatin1String(key)));
            return out;
        }
        for (const QJsonValue &e : v.toArray())
            if (e.isObject())
                out.append({string(e.toObject(), "catalog", p), string(e.toObject(), "schema", p),
                            string(e.toObject(), "table", p)});
        return out;
    };
    r.catalogs = matches("matchedCatalogs");
    r.schemas = matches("matchedSchemas");
    r.tables = matches("matchedTables");
    const QJsonObject page = o.value(QLatin1String("meta")).toObject().value(QLatin1String("page")).toObject();
    // Counts: 0 … INT_MAX, anything else is noted and left unset.
    const auto count = [&page, p](const char *key) -> std::optional<int> {
        const auto n = integer(page, key, p);
        if (n && (*n < 0 || *n > std::numeric_limits<int>::max())) {
            if (p)
                p->append(QStringLiteral("%1: out of range").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return n ? std::optional<int>(int(*n)) : std::nullopt;
    };
    r.limit = count("limit").value_or(0);
    r.offset = count("offset").value_or(0);
    // A next page that is not after this one would make a pager ask for it forever.
    if (const auto next = count("nextOffset"); next && *next > r.offset)
        r.nextOffset = *next;
    else if (next && p)
        p->append(QStringLiteral("nextOffset: not after offset"));
    return r;
}

template<typename T>
bool parseRows(const QJsonValue &array, QList<T> *rows, QStringList *problems)
{
    if (!array.isArray())
        return false;
    const QJsonArray a = array.toArray();
    rows->reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).isObject())
            rows->append(T::fromJson(a.at(i).toObject(), problems));
        else if (problems)
            problems->append(QStringLiteral("row %1: expected an object").arg(i));
    }
    return true;
}

template bool parseRows(const QJsonValue &, QList<Organization> *, QStringList *);
template bool parseRows(const QJsonValue &, QList<Workspace> *, QStringList *);
template bool parseRows(const QJsonValue &, QList<Project> *, QStringList *);
template bool parseRows(const QJsonValue &, QList<SavedQuery> *, QStringList *);
template bool parseRows(const QJsonValue &, QList<Catalog> *, QStringList *);
template bool parseRows(const QJsonValue &, QList<SchemaRef> *, QStringList *);
template bool parseRows(const QJsonValue &, QList<TableRef> *, QStringList *);
template bool parseRows(const QJsonValue &, QList<Column> *, QStringList *);

} // namespace peaka
