// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's source-browsing and project-finding routes: the data set
// must be as awkward as a real project (shared names, nulls, non-ASCII, size).
#include "demoserver.h"
#include "httpprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace peaka::demo;
using Result = peaka::test::HttpResult;

class TestDemoServerSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void organizationsWorkspacesProjects();
    void organizationEndpointsRefuseProjectKeys_data();
    void organizationEndpointsRefuseProjectKeys();
    void savedQueries();
    void readOneQueryAndUnknown();
    void folderTree();
    void catalogsIncludeTwoNamedPeaka();
    void schemasTablesColumns();
    void hundredsOfTables();
    void percentEncodedSegments();
    void dynamicTableColumns();
    void search_data();
    void search();
    void searchPages();
    void exportTableByIdAndUnknownColumn();
    void projectKeyReadsItsProjectOnly();

private:
    Result get(const QString &path, const QByteArray &key = {})
    {
        return peaka::test::sendHttp(*m_nam, "GET", url(path), key.isEmpty() ? partner() : key);
    }
    Result post(const QString &path, const QByteArray &body, const QByteArray &key = {})
    {
        return peaka::test::sendHttp(*m_nam, "POST", url(path), key.isEmpty() ? partner() : key, body);
    }
    QUrl url(const QString &path) const { return QUrl(m_server->baseUrl().toString() + path); }
    QString data(const QString &rest) const
    {
        return QStringLiteral("/data/projects/%1/%2").arg(m_server->projectId(), rest);
    }
    QByteArray partner() const { return m_server->partnerKey().key.toUtf8(); }
    QByteArray projectKey() const { return m_server->projectKey().key.toUtf8(); }
    QString catalogId(const QString &name, const QString &type = {});

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestDemoServerSources::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDemoServerSources::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

QString TestDemoServerSources::catalogId(const QString &name, const QString &type)
{
    for (const QJsonValue &v : get(data(QStringLiteral("catalogs"))).array()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("name")).toString() == name
            && (type.isEmpty() || c.value(QLatin1String("catalogType")).toString() == type))
            return c.value(QLatin1String("id")).toString();
    }
    return {};
}

void TestDemoServerSources::organizationsWorkspacesProjects()
{
    const Result orgs = get(QStringLiteral("/organizations"));
    QCOMPARE(orgs.status, 200);
    QVERIFY(orgs.array().size() >= 2);
    const QJsonObject org = orgs.array().at(0).toObject();
    for (const char *key : {"id", "name", "owner", "createdAt", "iconFileId", "description"})
        QVERIFY2(org.contains(QLatin1String(key)), key);

    const QString orgId = org.value(QLatin1String("id")).toString();
    const Result ws = get(QStringLiteral("/organizations/%1/workspaces").arg(orgId));
    QCOMPARE(ws.status, 200);
    QVERIFY(ws.array().size() >= 2);
    int projects = 0;
    QSet<QString> ids;
    for (const QJsonValue &w : ws.array()) {
        QCOMPARE(w.toObject().value(QLatin1String("organizationId")).toString(), orgId);
        const QString wsId = w.toObject().value(QLatin1String("id")).toString();
        const Result p = get(QStringLiteral("/organizations/%1/workspaces/%2/projects").arg(orgId, wsId));
        QCOMPARE(p.status, 200);
        for (const QJsonValue &v : p.array()) {
            QCOMPARE(v.toObject().value(QLatin1String("workspaceId")).toString(), wsId);
            ids.insert(v.toObject().value(QLatin1String("id")).toString());
            ++projects;
        }
    }
    QVERIFY(ids.contains(m_server->projectId()));
    QVERIFY(ids.contains(m_server->otherProjectId()));

    const Result all = get(QStringLiteral("/projects")); // deprecated, every workspace
    QCOMPARE(all.status, 200);
    QVERIFY(all.array().size() > projects);
    QCOMPARE(get(QStringLiteral("/organizations/org_nope/workspaces")).status, 404);
}

void TestDemoServerSources::organizationEndpointsRefuseProjectKeys_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("organizations") << QStringLiteral("/organizations");
    QTest::newRow("workspaces") << QStringLiteral("/organizations/org_4Wb7Kd2R/workspaces");
    QTest::newRow("projects") << QStringLiteral("/organizations/org_4Wb7Kd2R/workspaces/wsp_2Hn8Lc4V/projects");
    QTest::newRow("deprecated projects") << QStringLiteral("/projects");
}

void TestDemoServerSources::organizationEndpointsRefuseProjectKeys()
{
    QFETCH(QString, path);
    const Result r = get(path, projectKey());
    QCOMPARE(r.status, 403);
    QVERIFY2(r.message().contains(QLatin1String("Partner API key")), qPrintable(r.message()));
    QCOMPARE(get(path, "nope.nope").status, 401);
}

void TestDemoServerSources::savedQueries()
{
    const Result r = get(data(QStringLiteral("queries")));
    QCOMPARE(r.status, 200);
    QHash<QString, int> displayNames;
    bool noFolder = false, materialized = false, nested = false;
    for (const QJsonValue &v : r.array()) {
        const QJsonObject q = v.toObject();
        QVERIFY(q.value(QLatin1String("id")).isString()); // a long decimal: a string on the wire
        ++displayNames[q.value(QLatin1String("displayName")).toString()];
        if (q.value(QLatin1String("path")).isNull() && q.value(QLatin1String("folderId")).isNull())
            noFolder = true;
        if (q.value(QLatin1String("path")).toString().count(QLatin1Char('/')) > 1)
            nested = true;
        if (q.value(QLatin1String("queryType")).toString() == QLatin1String("MATERIALIZED")) {
            materialized = true;
            QVERIFY(q.value(QLatin1String("schedule")).isObject());
            QVERIFY(!q.value(QLatin1String("schedule")).toObject().value(QLatin1String("type")).toString().isEmpty());
        } else {
            QCOMPARE(q.value(QLatin1String("queryType")).toString(), QStringLiteral("PLAIN"));
        }
    }
    QVERIFY(noFolder);
    QVERIFY(nested);
    QVERIFY(materialized);
    QCOMPARE(displayNames.value(QStringLiteral("Monthly revenue")), 2);
}

void TestDemoServerSources::readOneQueryAndUnknown()
{
    const Result r = get(data(QStringLiteral("queries/709922802836177310")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("monthly_revenue"));
    QCOMPARE(r.object().value(QLatin1String("path")).toString(), QStringLiteral("/reports/monthly"));
    QCOMPARE(get(data(QStringLiteral("queries/1"))).status, 404);
}

void TestDemoServerSources::folderTree()
{
    const Result r = get(data(QStringLiteral("queries/folders/tree?includeQueries=true")));
    QCOMPARE(r.status, 200);
    const QJsonArray tree = r.object().value(QLatin1String("tree")).toArray();
    QJsonObject reports, archive;
    for (const QJsonValue &v : tree) {
        if (v.toObject().value(QLatin1String("path")).toString() == QLatin1String("/reports"))
            reports = v.toObject();
        if (v.toObject().value(QLatin1String("path")).toString() == QLatin1String("/archive"))
            archive = v.toObject();
    }
    QVERIFY(!archive.isEmpty());
    QVERIFY(archive.value(QLatin1String("queries")).toArray().isEmpty());
    const QJsonArray children = reports.value(QLatin1String("children")).toArray();
    QCOMPARE(children.size(), 2);
    int queriesInTree = 0;
    std::function<void(const QJsonArray &)> count = [&](const QJsonArray &nodes) {
        for (const QJsonValue &n : nodes) {
            queriesInTree += int(n.toObject().value(QLatin1String("queries")).toArray().size());
            count(n.toObject().value(QLatin1String("children")).toArray());
        }
    };
    count(tree);
    // A query in no folder is not in the tree.
    QCOMPARE(queriesInTree, get(data(QStringLiteral("queries"))).array().size() - 1);
    const Result bare = get(data(QStringLiteral("queries/folders/tree")));
    QVERIFY(bare.object().value(QLatin1String("tree")).toArray().at(0).toObject().value(QLatin1String("queries")).toArray().isEmpty());
}

void TestDemoServerSources::catalogsIncludeTwoNamedPeaka()
{
    const Result r = get(data(QStringLiteral("catalogs")));
    QCOMPARE(r.status, 200);
    QStringList peakaTypes;
    bool nullDisplayName = false;
    QSet<QString> ids;
    for (const QJsonValue &v : r.array()) {
        const QJsonObject c = v.toObject();
        ids.insert(c.value(QLatin1String("id")).toString());
        if (c.value(QLatin1String("name")).toString() == QLatin1String("peaka"))
            peakaTypes << c.value(QLatin1String("catalogType")).toString();
        if (c.value(QLatin1String("displayName")).isNull() && c.value(QLatin1String("name")) == QLatin1String("postgres"))
            nullDisplayName = true;
    }
    peakaTypes.sort();
    QCOMPARE(peakaTypes, (QStringList{QStringLiteral("internal"), QStringLiteral("query")}));
    QVERIFY(nullDisplayName);
    QCOMPARE(ids.size(), r.array().size());
    QCOMPARE(catalogId(QStringLiteral("stripe")), QStringLiteral("367189801096446904"));
}

void TestDemoServerSources::schemasTablesColumns()
{
    const QString stripe = catalogId(QStringLiteral("stripe"));
    const Result schemas = get(data(QStringLiteral("catalogs/%1/schemas").arg(stripe)));
    QCOMPARE(schemas.status, 200);
    QCOMPARE(schemas.array().at(0).toObject().value(QLatin1String("catalogName")).toString(), QStringLiteral("stripe"));
    QCOMPARE(schemas.array().at(0).toObject().value(QLatin1String("schemaName")).toString(), QStringLiteral("public"));
    const Result tables = get(data(QStringLiteral("catalogs/%1/schemas/public/tables").arg(stripe)));
    QCOMPARE(tables.status, 200);
    QStringList names;
    for (const QJsonValue &v : tables.array())
        names << v.toObject().value(QLatin1String("tableName")).toString();
    QVERIFY2(names.contains(QLatin1String("invoices")) && names.contains(QLatin1String("charges")), qPrintable(names.join(',')));
    const Result cols = get(data(QStringLiteral("catalogs/%1/schemas/public/tables/invoices/columns").arg(stripe)));
    QCOMPARE(cols.status, 200);
    QHash<QString, QString> types;
    for (const QJsonValue &v : cols.array())
        types.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject().value(QLatin1String("dataType")).toString());
    QCOMPARE(types.value(QStringLiteral("amount_due")), QStringLiteral("decimal(12,2)"));
    QCOMPARE(types.value(QStringLiteral("created")), QStringLiteral("timestamp(3)"));
    QCOMPARE(types.value(QStringLiteral("_version")), QStringLiteral("bigint"));

    // The query catalog lists the saved queries as tables.
    const QString queries = catalogId(QStringLiteral("peaka"), QStringLiteral("query"));
    const Result qt = get(data(QStringLiteral("catalogs/%1/schemas/query/tables").arg(queries)));
    QCOMPARE(qt.status, 200);
    QCOMPARE(qt.array().size(), get(data(QStringLiteral("queries"))).array().size());

    QCOMPARE(get(data(QStringLiteral("catalogs/1/schemas"))).status, 404);
    QCOMPARE(get(data(QStringLiteral("catalogs/%1/schemas/nope/tables").arg(stripe))).status, 404);
    QCOMPARE(get(data(QStringLiteral("catalogs/%1/schemas/public/tables/nope/columns").arg(stripe))).status, 404);
}

void TestDemoServerSources::hundredsOfTables()
{
    const Result r = get(data(QStringLiteral("catalogs/%1/schemas/analytics/tables").arg(catalogId(QStringLiteral("postgres")))));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.array().size() >= 400, QByteArray::number(r.array().size()));
}

void TestDemoServerSources::percentEncodedSegments()
{
    const QString sheets = catalogId(QStringLiteral("google_sheets"));
    const QByteArray schema = QStringLiteral("Finans Raporları").toUtf8().toPercentEncoding();
    const QByteArray table = QStringLiteral("Bütçe 2026").toUtf8().toPercentEncoding();
    const QString base = QStringLiteral("catalogs/%1/schemas/%2/tables").arg(sheets, QString::fromLatin1(schema));
    const Result tables = get(data(base));
    QCOMPARE(tables.status, 200);
    QCOMPARE(tables.array().at(0).toObject().value(QLatin1String("tableName")).toString(), QStringLiteral("Bütçe 2026"));
    const Result cols = get(data(base + QLatin1Char('/') + QString::fromLatin1(table) + QStringLiteral("/columns")));
    QCOMPARE(cols.status, 200);
    QCOMPARE(cols.array().size(), 5);
    const Result created = post(data(base + QLatin1Char('/') + QString::fromLatin1(table) + QStringLiteral("/exports")),
                                R"({"columns":["kalem","tutar"]})");
    QCOMPARE(created.status, 202);
    const DemoExport job = m_server->exportById(created.object().value(QLatin1String("id")).toString());
    QCOMPARE(job.schemaName, QStringLiteral("Finans Raporları"));
    QCOMPARE(job.tableName, QStringLiteral("Bütçe 2026"));
    QCOMPARE(job.source, QStringLiteral("google_sheets.Finans Raporları.\"Bütçe 2026\""));
}

void TestDemoServerSources::dynamicTableColumns()
{
    const QString stripe = catalogId(QStringLiteral("stripe"));
    bool dynamicSeen = false;
    for (const QJsonValue &v : get(data(QStringLiteral("catalogs/%1/schemas/public/tables").arg(stripe))).array()) {
        const QJsonObject t = v.toObject();
        const bool dynamic = t.value(QLatin1String("isDynamicTable")).toBool();
        QCOMPARE(dynamic, t.value(QLatin1String("tableName")).toString() == QLatin1String("balance_transactions"));
        dynamicSeen = dynamicSeen || dynamic;
    }
    QVERIFY(dynamicSeen);
    const QString path = QStringLiteral("catalogs/%1/schemas/public/tables/balance_transactions").arg(stripe);
    QStringList params;
    for (const QJsonValue &v : get(data(path + QStringLiteral("/columns"))).array())
        if (v.toObject().value(QLatin1String("name")).toString().startsWith(QLatin1String("_q_")))
            params << v.toObject().value(QLatin1String("name")).toString();
    QCOMPARE(params.size(), 2);
    // Cache plumbing columns are never exported, and cannot be asked for.
    m_server->scenario().pendingMs = 0;
    m_server->scenario().runningMs = 0;
    const Result created = post(data(path + QStringLiteral("/exports")), "{}");
    QCOMPARE(created.status, 202);
    QCOMPARE(post(data(path + QStringLiteral("/exports")), R"({"columns":["_q_created_from"]})").status, 400);
}

void TestDemoServerSources::search_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("catalogs");
    QTest::addColumn<int>("schemas");
    QTest::addColumn<int>("tables");
    QTest::newRow("case-insensitive table") << QByteArray(R"({"query":"ORDER Items"})") << 0 << 0 << 1;
    QTest::newRow("catalog name") << QByteArray(R"({"query":"strip"})") << 1 << 0 << 0;
    QTest::newRow("non-ascii") << QByteArray(R"({"query":"bütçe"})") << 0 << 0 << 1;
    QTest::newRow("schema") << QByteArray(R"({"query":"analytic"})") << 0 << 1 << 0;
    QTest::newRow("restricted to a catalog") << QByteArray(R"({"query":"customers","catalog":"stripe"})") << 0 << 0 << 1;
    QTest::newRow("nothing") << QByteArray(R"({"query":"zzzz"})") << 0 << 0 << 0;
}

void TestDemoServerSources::search()
{
    QFETCH(QByteArray, body);
    const Result r = post(data(QStringLiteral("search")), body);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QTEST(int(o.value(QLatin1String("matchedCatalogs")).toArray().size()), "catalogs");
    QTEST(int(o.value(QLatin1String("matchedSchemas")).toArray().size()), "schemas");
    QTEST(int(o.value(QLatin1String("matchedTables")).toArray().size()), "tables");
    for (const QJsonValue &t : o.value(QLatin1String("matchedTables")).toArray())
        QVERIFY(!t.toObject().value(QLatin1String("catalog")).toString().isEmpty()); // a name, not an id
    QCOMPARE(post(data(QStringLiteral("search")), "{}").status, 400);
}

void TestDemoServerSources::searchPages()
{
    QStringList seen;
    QJsonValue offset = 0;
    int pages = 0;
    while (!offset.isNull() && pages < 20) {
        const Result r = post(data(QStringLiteral("search")),
                              QStringLiteral(R"({"query":"fact_orders","limit":25,"offset":%1})").arg(offset.toInt()).toUtf8());
        QCOMPARE(r.status, 200);
        for (const QJsonValue &t : r.object().value(QLatin1String("matchedTables")).toArray())
            seen << t.toObject().value(QLatin1String("table")).toString();
        const QJsonObject page = r.object().value(QLatin1String("meta")).toObject().value(QLatin1String("page")).toObject();
        QCOMPARE(page.value(QLatin1String("limit")).toInt(), 25);
        offset = page.value(QLatin1String("nextOffset"));
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 60);
    QCOMPARE(seen.removeDuplicates(), 0);
}

void TestDemoServerSources::exportTableByIdAndUnknownColumn()
{
    const QString path = QStringLiteral("catalogs/%1/schemas/public/tables/order%20items/exports").arg(catalogId(QStringLiteral("postgres")));
    const Result ok = post(data(path), R"({"columns":["sku","unit price"]})");
    QCOMPARE(ok.status, 202);
    const Result bad = post(data(path), R"({"columns":["sku","nope"]})");
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.message().contains(QLatin1String("nope")), qPrintable(bad.message()));
    // A catalog's name is not its id.
    QCOMPARE(post(data(QStringLiteral("catalogs/postgres/schemas/public/tables/orders/exports")), "{}").status, 404);
}

void TestDemoServerSources::projectKeyReadsItsProjectOnly()
{
    QCOMPARE(get(data(QStringLiteral("catalogs")), projectKey()).status, 200);
    QCOMPARE(get(data(QStringLiteral("queries")), projectKey()).status, 200);
    const QString other = QStringLiteral("/data/projects/%1/catalogs").arg(m_server->otherProjectId());
    QCOMPARE(get(other, projectKey()).status, 403);
    QCOMPARE(get(other).status, 200);
}

QTEST_GUILESS_MAIN(TestDemoServerSources)
#include "tst_demoserver_sources.moc"
