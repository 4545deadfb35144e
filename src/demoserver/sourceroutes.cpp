// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceroutes.h"

#include "democatalog.h"
#include "exportjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace peaka::demo {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

ApiAnswer arrayAnswer(const QJsonArray &array)
{
    return jsonAnswer(200, QJsonDocument(array));
}

ApiAnswer methodNotAllowed()
{
    return messageAnswer(405, QStringLiteral("Method not allowed"));
}

QJsonObject projectJson(const DemoProject &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("description"), orNull(p.description)},
            {QStringLiteral("domain"), orNull(p.domain)},
            {QStringLiteral("webhookBaseUrl"), QJsonValue()},
            {QStringLiteral("createdAt"), isoUtc(p.createdAt)},
            {QStringLiteral("owner"), QStringLiteral("usr_7f3a9c2e")},
            {QStringLiteral("workspaceId"), p.workspaceId}};
}

QJsonArray projectsIn(const QString &workspaceId)
{
    QJsonArray out;
    for (const DemoProject &p : demoProjects())
        if (workspaceId.isEmpty() || p.workspaceId == workspaceId)
            out.append(projectJson(p));
    return out;
}

QJsonObject queryJson(const DemoSavedQuery &q)
{
    return {{QStringLiteral("id"), q.id},
            {QStringLiteral("displayName"), q.displayName},
            {QStringLiteral("name"), q.name},
            {QStringLiteral("inputQuery"), q.inputQuery},
            {QStringLiteral("queryType"), q.materialized ? QStringLiteral("MATERIALIZED") : QStringLiteral("PLAIN")},
            {QStringLiteral("schedule"), q.materialized ? QJsonValue(q.schedule) : QJsonValue()},
            {QStringLiteral("path"), orNull(q.path)},
            {QStringLiteral("folderId"), orNull(q.folderId)}};
}

QJsonObject folderJson(const DemoFolder &f, bool withQueries)
{
    QJsonArray children, queries;
    const QString prefix = f.path + QLatin1Char('/');
    for (const DemoFolder &c : demoFolders())
        if (c.path.startsWith(prefix) && !c.path.mid(prefix.size()).contains(QLatin1Char('/')))
            children.append(folderJson(c, withQueries));
    if (withQueries)
        for (const DemoSavedQuery &q : demoSavedQueries())
            if (q.folderId == f.id)
                queries.append(queryJson(q));
    return {{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.name}, {QStringLiteral("path"), f.path},
            {QStringLiteral("children"), children}, {QStringLiteral("queries"), queries}};
}

QJsonObject catalogJson(const DemoCatalog &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("displayName"), orNull(c.displayName)},
            {QStringLiteral("catalogType"), c.type},
            {QStringLiteral("connectionId"), orNull(c.connectionId)}};
}

bool isQueryCatalog(const DemoCatalog &c)
{
    return c.type == QLatin1String("query");
}

// Every source that shows as a table of `catalog`, optionally of one schema.
QList<const DemoSource *> tablesOf(const DemoCatalog &catalog, const QString &schema = {})
{
    QList<const DemoSource *> out;
    for (const DemoSource &s : allSources()) {
        const bool mine = isQueryCatalog(catalog) ? s.isQuery() : (!s.isQuery() && s.catalogId == catalog.id);
        const QString schemaName = isQueryCatalog(catalog) ? QStringLiteral("query") : s.schemaName;
        if (mine && (schema.isNull() || schemaName == schema))
            out.append(&s);
    }
    return out;
}

QStringList schemasOf(const DemoCatalog &catalog)
{
    QStringList out;
    for (const DemoSource *s : tablesOf(catalog)) {
        const QString name = isQueryCatalog(catalog) ? QStringLiteral("query") : s->schemaName;
        if (!out.contains(name))
            out << name;
    }
    return out;
}

bool isDynamic(const DemoSource &s)
{
    for (const DemoColumn &c : s.columns)
        if (c.name.startsWith(QLatin1String("_q_")))
            return true;
    return false;
}

QJsonObject tableJson(const DemoCatalog &c, const QString &schema, const DemoSource &s)
{
    const bool cacheable = c.type != QLatin1String("internal") && !isQueryCatalog(c);
    QJsonArray cacheTypes;
    if (cacheable)
        cacheTypes = isDynamic(s) ? QJsonArray{QStringLiteral("FULL")}
                                  : QJsonArray{QStringLiteral("FULL"), QStringLiteral("INCREMENTAL")};
    return {{QStringLiteral("catalogId"), c.id},
            {QStringLiteral("catalogName"), c.name},
            {QStringLiteral("schemaName"), schema},
            {QStringLiteral("tableName"), s.shortName},
            {QStringLiteral("isCacheable"), cacheable},
            {QStringLiteral("isDynamicTable"), isDynamic(s)},
            {QStringLiteral("isCached"), cacheable && s.shortName.size() % 3 == 0},
            {QStringLiteral("supportedCacheTypes"), cacheTypes}};
}

QJsonArray columnsJson(const DemoSource &s)
{
    QJsonArray out;
    int i = 0;
    for (const DemoColumn &c : s.columns) {
        const bool param = c.name.startsWith(QLatin1String("_q_"));
        const bool id = c.kind == DemoColumn::Kind::SysId;
        out.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("%1%2").arg(qHash(s.source) % 900000 + 100000).arg(++i, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("dataType"), sqlType(c)},
            {QStringLiteral("displayName"), QJsonValue()},
            {QStringLiteral("defaultValue"), QJsonValue()},
            {QStringLiteral("isNotNull"), id || param},
            {QStringLiteral("isUnique"), id},
            {QStringLiteral("desc"), param ? QJsonValue(QStringLiteral("Required query parameter")) : QJsonValue()}});
    }
    return out;
}

ApiAnswer catalogRoute(const QStringList &rest)
{
    const DemoCatalog *c = rest.size() > 1 ? findCatalog(rest.at(1)) : nullptr;
    if (rest.size() == 1) {
        QJsonArray out;
        for (const DemoCatalog &cat : demoCatalogs())
            out.append(catalogJson(cat));
        return arrayAnswer(out);
    }
    if (!c)
        return messageAnswer(404, QStringLiteral("Catalog %1 not found").arg(rest.at(1)));
    if (rest.size() == 3 && rest.at(2) == QLatin1String("schemas")) {
        QJsonArray out;
        for (const QString &schema : schemasOf(*c))
            out.append(QJsonObject{{QStringLiteral("catalogId"), c->id},
                                   {QStringLiteral("catalogName"), c->name},
                                   {QStringLiteral("schemaName"), schema}});
        return arrayAnswer(out);
    }
    if (rest.size() < 5 || rest.at(2) != QLatin1String("schemas") || rest.at(4) != QLatin1String("tables"))
        return messageAnswer(404, QStringLiteral("Not found"));
    const QString schema = rest.at(3);
    if (!schemasOf(*c).contains(schema))
        return messageAnswer(404, QStringLiteral("Schema %1.%2 not found").arg(c->name, schema));
    if (rest.size() == 5) {
        QJsonArray out;
        for (const DemoSource *s : tablesOf(*c, schema))
            out.append(tableJson(*c, schema, *s));
        return arrayAnswer(out);
    }
    if (rest.size() == 7 && rest.at(6) == QLatin1String("columns")) {
        const DemoSource *s = findTableSource(c->id, schema, rest.at(5));
        if (!s)
            return messageAnswer(404, QStringLiteral("Table %1.%2.%3 not found").arg(c->name, schema, rest.at(5)));
        return arrayAnswer(columnsJson(*s));
    }
    return messageAnswer(404, QStringLiteral("Not found"));
}

// POST /search: case-insensitive "contains" over catalog, schema and table names,
// one list (catalogs, then schemas, then tables) paged by limit/offset.
ApiAnswer search(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return messageAnswer(400, QStringLiteral("Malformed JSON request body"));
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("query")).isString())
        return messageAnswer(400, QStringLiteral("query is required"));
    const QString text = o.value(QLatin1String("query")).toString();
    const QString onlyCatalog = o.value(QLatin1String("catalog")).toString();
    const QString onlySchema = o.value(QLatin1String("schema")).toString();
    const int limit = qBound(1, o.value(QLatin1String("limit")).toInt(100), 1000);
    const int offset = qMax(0, o.value(QLatin1String("offset")).toInt(0));
    const auto hit = [&text](const QString &name) { return name.contains(text, Qt::CaseInsensitive); };
    const auto same = [](const QString &filter, const QString &name) {
        return filter.isEmpty() || filter.compare(name, Qt::CaseInsensitive) == 0;
    };

    struct Match { int kind; QString catalog, schema, table; };
    QList<Match> all;
    for (int kind = 0; kind < 3; ++kind) {
        for (const DemoCatalog &c : demoCatalogs()) {
            if (!same(onlyCatalog, c.name))
                continue;
            if (kind == 0 && hit(c.name))
                all.append({0, c.name, {}, {}});
            for (const QString &schema : kind ? schemasOf(c) : QStringList()) {
                if (!same(onlySchema, schema))
                    continue;
                if (kind == 1 && hit(schema))
                    all.append({1, c.name, schema, {}});
                if (kind == 2)
                    for (const DemoSource *s : tablesOf(c, schema))
                        if (hit(s->shortName))
                            all.append({2, c.name, schema, s->shortName});
            }
        }
    }
    QJsonArray catalogs, schemas, tables;
    for (int i = offset; i < qMin<qsizetype>(all.size(), qint64(offset) + limit); ++i) {
        const Match &m = all.at(i);
        QJsonObject row{{QStringLiteral("catalog"), m.catalog}};
        if (m.kind > 0)
            row.insert(QStringLiteral("schema"), m.schema);
        if (m.kind > 1)
            row.insert(QStringLiteral("table"), m.table);
        (m.kind == 0 ? catalogs : m.kind == 1 ? schemas : tables).append(row);
    }
    const bool more = qint64(offset) + limit < all.size();
    const QJsonObject page{{QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset},
                           {QStringLiteral("nextOffset"), more ? QJsonValue(offset + limit) : QJsonValue()}};
    return jsonAnswer(200, QJsonDocument(QJsonObject{{QStringLiteral("matchedCatalogs"), catalogs},
                                                     {QStringLiteral("matchedSchemas"), schemas},
                                                     {QStringLiteral("matchedTables"), tables},
                                                     {QStringLiteral("meta"), QJsonObject{{QStringLiteral("page"), page}}}}));
}

} // namespace

std::optional<ApiAnswer> routeOrganization(const QStringList &seg, const QByteArray &method, const DemoKey &caller)
{
    const bool projects = seg.size() == 1 && seg.at(0) == QLatin1String("projects");
    if (seg.isEmpty() || (seg.at(0) != QLatin1String("organizations") && !projects))
        return std::nullopt;
    if (!caller.partner)
        return messageAnswer(403, QStringLiteral("This endpoint needs a Partner API key; a Project API key cannot call it"));
    if (method != "GET")
        return methodNotAllowed();
    if (projects) // deprecated: every project of every workspace
        return arrayAnswer(projectsIn({}));
    if (seg.size() == 1) {
        QJsonArray out;
        for (const DemoOrganization &o : demoOrganizations())
            out.append(QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name},
                                   {QStringLiteral("owner"), o.owner}, {QStringLiteral("createdAt"), isoUtc(o.createdAt)},
                                   {QStringLiteral("iconFileId"), QJsonValue()},
                                   {QStringLiteral("description"), orNull(o.description)}});
        return arrayAnswer(out);
    }
    bool orgKnown = false;
    for (const DemoOrganization &o : demoOrganizations())
        orgKnown = orgKnown || o.id == seg.at(1);
    if (!orgKnown)
        return messageAnswer(404, QStringLiteral("Organization %1 not found").arg(seg.at(1)));
    if (seg.size() == 3 && seg.at(2) == QLatin1String("workspaces")) {
        QJsonArray out;
        for (const DemoWorkspace &w : demoWorkspaces())
            if (w.organizationId == seg.at(1))
                out.append(QJsonObject{{QStringLiteral("id"), w.id}, {QStringLiteral("name"), w.name},
                                       {QStringLiteral("organizationId"), w.organizationId},
                                       {QStringLiteral("description"), orNull(w.description)},
                                       {QStringLiteral("createdAt"), isoUtc(w.createdAt)},
                                       {QStringLiteral("defaultWorkspace"), w.defaultWorkspace}});
        return arrayAnswer(out);
    }
    if (seg.size() == 5 && seg.at(2) == QLatin1String("workspaces") && seg.at(4) == QLatin1String("projects")) {
        for (const DemoWorkspace &w : demoWorkspaces())
            if (w.id == seg.at(3) && w.organizationId == seg.at(1))
                return arrayAnswer(projectsIn(w.id));
        return messageAnswer(404, QStringLiteral("Workspace %1 not found").arg(seg.at(3)));
    }
    return messageAnswer(404, QStringLiteral("Not found"));
}

std::optional<ApiAnswer> routeSources(const QStringList &rest, const QByteArray &method, const RecordedRequest &request)
{
    if (rest.isEmpty())
        return std::nullopt;
    const QString &area = rest.at(0);
    if (area == QLatin1String("search") && rest.size() == 1)
        return method == "POST" ? search(request.body) : methodNotAllowed();
    if (area == QLatin1String("catalogs") && !(rest.size() == 7 && rest.at(6) == QLatin1String("exports")))
        return method == "GET" ? catalogRoute(rest) : methodNotAllowed();
    if (area != QLatin1String("queries") || rest.size() > 3 || (rest.size() == 3 && rest.at(2) == QLatin1String("exports")))
        return std::nullopt;
    if (method != "GET")
        return methodNotAllowed();
    if (rest.size() == 1) {
        QJsonArray out;
        for (const DemoSavedQuery &q : demoSavedQueries())
            out.append(queryJson(q));
        return arrayAnswer(out);
    }
    if (rest.size() == 3 && rest.at(1) == QLatin1String("folders") && rest.at(2) == QLatin1String("tree")) {
        const bool withQueries = QUrlQuery(request.url).queryItemValue(QStringLiteral("includeQueries")) == QLatin1String("true");
        QJsonArray tree;
        for (const DemoFolder &f : demoFolders())
            if (f.path.count(QLatin1Char('/')) == 1)
                tree.append(folderJson(f, withQueries));
        return jsonAnswer(200, QJsonDocument(QJsonObject{{QStringLiteral("tree"), tree}}));
    }
    if (rest.size() == 2) {
        const DemoSavedQuery *q = findSavedQuery(rest.at(1));
        if (!q)
            return messageAnswer(404, QStringLiteral("Query %1 not found").arg(rest.at(1)));
        return jsonAnswer(200, QJsonDocument(queryJson(*q)));
    }
    return std::nullopt;
}

} // namespace peaka::demo
