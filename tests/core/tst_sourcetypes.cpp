// SPDX-License-Identifier: GPL-3.0-or-later
// Source value types parse tolerantly (missing, null, mistyped fields never
// drop a row; ids stay strings) and names resolve to one thing or say why not.
#include "sources/nameresolution.h"
#include "sources/projecttypes.h"
#include "sources/sourcetypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace peaka;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

SavedQuery q(const char *id, const char *name, const char *display, const char *path = nullptr)
{
    SavedQuery s;
    s.id = QString::fromUtf8(id);
    s.name = QString::fromUtf8(name);
    s.displayName = QString::fromUtf8(display);
    s.path = path ? QString::fromUtf8(path) : QString();
    return s;
}

Catalog c(const char *id, const char *name, const char *display, const char *type)
{
    return {QString::fromUtf8(id), QString::fromUtf8(name), display ? QString::fromUtf8(display) : QString(),
            QString::fromUtf8(type), {}};
}

} // namespace

class TestSourceTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedQueryParsing_data();
    void savedQueryParsing();
    void rowsAreNeverDropped();
    void catalogTableColumnParsing();
    void projectEntryJson();
    void searchResultParsing();
    void longNumericIdsKeepTheirDigits();
    void queryResolution_data();
    void queryResolution();
    void catalogResolution_data();
    void catalogResolution();
};

void TestSourceTypes::savedQueryParsing_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<bool>("materialized");
    QTest::addColumn<int>("problems");
    QTest::newRow("full") << QByteArray(R"({"id":"709922802836177297","displayName":"Charges","name":"charges_view",
        "queryType":"PLAIN","schedule":null,"path":"/finance/daily","folderId":"f1"})")
                          << "709922802836177297" << "Charges" << QStringList{QStringLiteral("finance"), QStringLiteral("daily")} << false << 0;
    QTest::newRow("numeric id kept exact") << QByteArray(R"({"id":709922802836177297,"name":"x"})")
                                           << "709922802836177297" << "x" << QStringList() << false << 0;
    QTest::newRow("no folder") << QByteArray(R"({"id":"1","displayName":"A","path":null,"folderId":null})")
                               << "1" << "A" << QStringList() << false << 0;
    QTest::newRow("materialized with schedule") << QByteArray(R"({"id":"2","name":"m","queryType":"MATERIALIZED",
        "schedule":{"type":"cron","cronExpression":"0 6 * * *","timezone":"UTC"}})")
                                                << "2" << "m" << QStringList() << true << 0;
    QTest::newRow("mistyped fields") << QByteArray(R"({"id":"3","displayName":7,"name":["x"],"path":false,"schedule":"daily"})")
                                     << "3" << "3" << QStringList() << false << 4;
    QTest::newRow("empty object") << QByteArray("{}") << "" << "" << QStringList() << false << 0;
}

void TestSourceTypes::savedQueryParsing()
{
    QFETCH(QByteArray, row);
    QStringList problems;
    const SavedQuery s = SavedQuery::fromJson(QJsonDocument::fromJson(row).object(), &problems);
    QTEST(s.id, "id");
    QTEST(s.label(), "label");
    QTEST(s.folders(), "folders");
    QTEST(s.isMaterialized(), "materialized");
    QTEST(int(problems.size()), "problems");
    if (s.isMaterialized())
        QCOMPARE(s.schedule->cronExpression, QStringLiteral("0 6 * * *"));
}

void TestSourceTypes::rowsAreNeverDropped()
{
    QList<SavedQuery> rows;
    QStringList problems;
    QVERIFY(parseRows(json(R"([{"id":"1"}, {}, {"id":null,"name":3}, 5, {"id":"4"}])"), &rows, &problems));
    QCOMPARE(rows.size(), 4); // the number 5 is not a row; every object is
    QCOMPARE(rows.at(3).id, QStringLiteral("4"));
    QCOMPARE(problems.size(), 2);
    QList<Catalog> catalogs;
    QVERIFY(!parseRows(json(R"({"not":"an array"})"), &catalogs, &problems));
}

void TestSourceTypes::catalogTableColumnParsing()
{
    QList<Catalog> catalogs;
    QVERIFY(parseRows(json(R"([{"id":367189801096446904,"name":"stripe","displayName":null,"catalogType":"stripe"}])"),
                      &catalogs, nullptr));
    QCOMPARE(catalogs.at(0).id, QStringLiteral("367189801096446904"));
    QCOMPARE(catalogs.at(0).label(), QStringLiteral("stripe")); // no display name: the name
    QVERIFY(catalogs.at(0).toJson().value(QLatin1String("displayName")).isNull());

    QStringList problems;
    const TableRef t = TableRef::fromJson(json(R"({"catalogId":"1","schemaName":"Finans Raporları",
        "tableName":"Bütçe 2026","isDynamicTable":"yes","supportedCacheTypes":["FULL"]})").toObject(), &problems);
    QCOMPARE(t.tableName, QStringLiteral("Bütçe 2026"));
    QVERIFY(!t.isDynamic());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(t.supportedCacheTypes, QStringList{QStringLiteral("FULL")});

    const Column p = Column::fromJson(json(R"({"name":"_q_from","dataType":"date","defaultValue":3})").toObject());
    QVERIFY(p.isParameter());
    QVERIFY(p.isPlumbing());
    QCOMPARE(p.toJson().value(QLatin1String("defaultValue")).toInt(), 3);
    QVERIFY(Column::fromJson(json(R"({"name":"_cache_at"})").toObject()).isPlumbing());
    QVERIFY(!Column::fromJson(json(R"({"name":"_id"})").toObject()).isPlumbing());
}

void TestSourceTypes::projectEntryJson()
{
    ProjectEntry e{Organization::fromJson(json(R"({"id":"o1","name":"Acme"})").toObject()),
                   Workspace::fromJson(json(R"({"id":"w1","name":"Default","defaultWorkspace":true})").toObject()),
                   Project::fromJson(json(R"({"id":"mtKDhe1U","name":"Analytics","workspaceId":"w1"})").toObject())};
    const QJsonObject o = e.toJson();
    QCOMPARE(o.value(QLatin1String("id")).toString(), QStringLiteral("mtKDhe1U"));
    QCOMPARE(o.value(QLatin1String("organizationId")).toString(), QStringLiteral("o1"));
    QCOMPARE(o.value(QLatin1String("organizationName")).toString(), QStringLiteral("Acme"));
    QCOMPARE(o.value(QLatin1String("workspaceId")).toString(), QStringLiteral("w1"));
    QCOMPARE(o.value(QLatin1String("workspaceName")).toString(), QStringLiteral("Default"));
}

void TestSourceTypes::searchResultParsing()
{
    QStringList problems;
    const SearchResult r = SearchResult::fromJson(json(R"({"matchedCatalogs":[{"catalog":"stripe"}],
        "matchedSchemas":"oops","matchedTables":[{"catalog":"peaka","schema":"query","table":"charges_view"},7],
        "meta":{"page":{"limit":100,"offset":0,"nextOffset":100}}})").toObject(), &problems);
    QCOMPARE(r.catalogs.size(), 1);
    QCOMPARE(r.schemas.size(), 0);
    QCOMPARE(r.tables.size(), 1);
    QCOMPARE(r.tables.at(0).table, QStringLiteral("charges_view"));
    QCOMPARE(r.nextOffset.value_or(-1), 100);
    QCOMPARE(problems.size(), 1);
    QVERIFY(!SearchResult::fromJson(json(R"({"meta":{"page":{"nextOffset":null}}})").toObject()).nextOffset);

    // Pages never go backwards and counts never go negative or wrap (fuzz_sources properties).
    problems.clear();
    const SearchResult odd = SearchResult::fromJson(
        json(R"({"meta":{"page":{"limit":-5,"offset":4294967396,"nextOffset":0}}})").toObject(), &problems);
    QCOMPARE(odd.limit, 0);
    QCOMPARE(odd.offset, 0);
    QVERIFY(!odd.nextOffset);
    QCOMPARE(problems.size(), 3);
    QVERIFY(!SearchResult::fromJson(json(R"({"meta":{"page":{"offset":200,"nextOffset":100}}})").toObject()).nextOffset);
}

// fuzz_sources (corpus finding-exact-long-id): an id sent as a number beyond
// 2^53 keeps its exact digits, not the nearest double.
void TestSourceTypes::longNumericIdsKeepTheirDigits()
{
    QList<Catalog> rows;
    QVERIFY(parseRows(json(R"([{"id": 9223372036852775}, {"id": 709922802836177297}, {"id": 1.5}])"), &rows, nullptr));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).id, QStringLiteral("9223372036852775"));
    QCOMPARE(rows.at(1).id, QStringLiteral("709922802836177297"));
    QVERIFY(rows.at(2).id.isEmpty());
}

void TestSourceTypes::queryResolution_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QStringList>("ids"); // the match, or the candidates
    using M = NameMatch<SavedQuery>;
    QTest::newRow("id") << "709922802836177310" << int(M::Unique) << QStringList{QStringLiteral("709922802836177310")};
    QTest::newRow("sql name") << "monthly_revenue_eu" << int(M::Unique) << QStringList{QStringLiteral("709922802836177356")};
    QTest::newRow("sql name any case") << "MONTHLY_REVENUE" << int(M::Unique) << QStringList{QStringLiteral("709922802836177310")};
    QTest::newRow("qualified sql name") << "\"peaka\".\"query\".\"charges_view\"" << int(M::Unique)
                                        << QStringList{QStringLiteral("709922802836177297")};
    QTest::newRow("display name") << "Charges" << int(M::Unique) << QStringList{QStringLiteral("709922802836177297")};
    QTest::newRow("non-ascii display name") << " kündigungen nach kohorte " << int(M::Unique)
                                            << QStringList{QStringLiteral("709922802836177371")};
    QTest::newRow("shared display name") << "Monthly revenue" << int(M::Ambiguous)
                                         << QStringList{QStringLiteral("709922802836177310"), QStringLiteral("709922802836177356")};
    QTest::newRow("none") << "Weekly revenue" << int(M::NoMatch) << QStringList();
    QTest::newRow("empty") << "" << int(M::NoMatch) << QStringList();
    QTest::newRow("part of a name is not a match") << "revenue" << int(M::NoMatch) << QStringList();
}

void TestSourceTypes::queryResolution()
{
    const QList<SavedQuery> queries{
        q("709922802836177297", "charges_view", "Charges", "/finance"),
        q("709922802836177310", "monthly_revenue", "Monthly revenue", "/reports/monthly"),
        q("709922802836177356", "monthly_revenue_eu", "Monthly revenue", "/reports/eu"),
        q("709922802836177371", "kundigungen_nach_kohorte", "Kündigungen nach Kohorte"),
    };
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    const NameMatch<SavedQuery> m = resolveQuery(queries, text);
    QTEST(int(m.outcome), "outcome");
    QStringList got;
    if (m.outcome == NameMatch<SavedQuery>::Unique)
        got << m.value.id;
    for (const SavedQuery &s : m.candidates)
        got << s.id;
    QCOMPARE(got, ids);
}

void TestSourceTypes::catalogResolution_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QStringList>("ids");
    using M = NameMatch<Catalog>;
    QTest::newRow("id") << "367189801096446882" << int(M::Unique) << QStringList{QStringLiteral("367189801096446882")};
    QTest::newRow("name") << "stripe" << int(M::Unique) << QStringList{QStringLiteral("367189801096446904")};
    QTest::newRow("display name") << "bütçe tabloları" << int(M::Unique) << QStringList{QStringLiteral("367189801096446956")};
    QTest::newRow("two named peaka") << "peaka" << int(M::Ambiguous)
                                     << QStringList{QStringLiteral("367189801096446881"), QStringLiteral("367189801096446882")};
    QTest::newRow("none") << "mysql" << int(M::NoMatch) << QStringList();
}

void TestSourceTypes::catalogResolution()
{
    const QList<Catalog> catalogs{
        c("367189801096446881", "peaka", nullptr, "internal"),
        c("367189801096446882", "peaka", nullptr, "query"),
        c("367189801096446904", "stripe", "Stripe", "stripe"),
        c("367189801096446930", "postgres", nullptr, "postgresql"),
        c("367189801096446956", "google_sheets", "Bütçe Tabloları", "google_sheets"),
    };
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    const NameMatch<Catalog> m = resolveCatalog(catalogs, text);
    QTEST(int(m.outcome), "outcome");
    QStringList got;
    if (m.outcome == NameMatch<Catalog>::Unique)
        got << m.value.id;
    for (const Catalog &s : m.candidates)
        got << s.id;
    QCOMPARE(got, ids);
}

QTEST_GUILESS_MAIN(TestSourceTypes)
#include "tst_sourcetypes.moc"
