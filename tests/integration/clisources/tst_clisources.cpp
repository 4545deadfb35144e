// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's source commands end to end: projects (Partner key only), queries,
// tables, columns, and create by name, with every exit code.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace peaka::test;

class TestCliSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void projectsWithPartnerKey();
    void projectsWithProjectKeyIsExit4();
    void queriesAligned();
    void queriesJson();
    void tablesLevels();
    void tablesByAmbiguousCatalogName();
    void columnsWithTypesAndParameters();
    void columnsNonAsciiNames();
    void createQueryByName_data();
    void createQueryByName();
    void createQueryAmbiguousListsCandidates();
    void createQueryNoMatchIsExit5();
    void createTableByCatalogNameWithColumns();
    void usageErrors_data();
    void usageErrors();

private:
    CliResult cli(const QStringList &args, const QString &keyName = QStringLiteral("PEAKA_PARTNER_KEY"))
    {
        return runCli(args, {{QStringLiteral("PEAKA_API_KEY"), m_server.value(keyName)},
                             {QStringLiteral("PEAKA_BASE_URL"), m_server.value(QStringLiteral("PEAKA_BASE_URL"))},
                             {QStringLiteral("PEAKA_PROJECT"), m_server.value(QStringLiteral("PEAKA_PROJECT"))}});
    }
    static QJsonArray array(const CliResult &r) { return QJsonDocument::fromJson(r.out).array(); }
    static QStringList lines(const CliResult &r) { return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

    DemoServerProcess m_server;
};

void TestCliSources::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestCliSources::projectsWithPartnerKey()
{
    const CliResult r = cli({QStringLiteral("projects")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList l = lines(r);
    QCOMPARE(l.size(), 4); // header + 3 projects
    QVERIFY(l.at(0).startsWith(QLatin1String("ID")));
    QVERIFY(l.at(1).contains(QLatin1String("prj_analytics")) && l.at(1).contains(QLatin1String("Acme Analytics")));
    // Aligned: every row's second column starts where the header's does.
    const int col = int(l.at(0).indexOf(QLatin1String("PROJECT")));
    for (const QString &line : l.mid(1))
        QVERIFY2(line.at(col - 1) == QLatin1Char(' ') && line.at(col) != QLatin1Char(' '), qPrintable(line));

    const CliResult j = cli({QStringLiteral("--json"), QStringLiteral("projects")});
    QCOMPARE(j.exitCode, 0);
    const QJsonObject first = array(j).at(0).toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("prj_analytics"));
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("Analytics"));
    QCOMPARE(first.value(QLatin1String("organizationId")).toString(), QStringLiteral("org_4Wb7Kd2R"));
    QCOMPARE(first.value(QLatin1String("organizationName")).toString(), QStringLiteral("Acme Analytics"));
    QCOMPARE(first.value(QLatin1String("workspaceId")).toString(), QStringLiteral("wsp_2Hn8Lc4V"));
    QCOMPARE(first.value(QLatin1String("workspaceName")).toString(), QStringLiteral("Default"));
    QCOMPARE(array(j).size(), 3);
}

void TestCliSources::projectsWithProjectKeyIsExit4()
{
    const CliResult r = cli({QStringLiteral("projects")}, QStringLiteral("PEAKA_PROJECT_KEY"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("needs a Partner API key"), r.err.constData());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(r.out.isEmpty());
}

void TestCliSources::queriesAligned()
{
    const CliResult r = cli({QStringLiteral("queries")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList l = lines(r);
    QVERIFY(l.size() >= 7);
    const int sql = int(l.at(0).indexOf(QLatin1String("SQL NAME")));
    bool sawNonAscii = false;
    for (const QString &line : l.mid(1)) {
        QCOMPARE(line.at(sql - 1), QLatin1Char(' '));
        sawNonAscii = sawNonAscii || line.contains(QStringLiteral("Kündigungen"));
    }
    QVERIFY(sawNonAscii);
    QVERIFY(r.out.contains("MATERIALIZED"));
}

void TestCliSources::queriesJson()
{
    const CliResult r = cli({QStringLiteral("--json"), QStringLiteral("queries")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = array(r);
    QVERIFY(a.size() >= 6);
    for (const char *key : {"id", "displayName", "name", "inputQuery", "queryType", "schedule", "path", "folderId"})
        QVERIFY2(a.at(0).toObject().contains(QLatin1String(key)), key);
    QCOMPARE(a.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("709922802836177297"));
}

void TestCliSources::tablesLevels()
{
    const CliResult catalogs = cli({QStringLiteral("--json"), QStringLiteral("tables")});
    QCOMPARE(catalogs.exitCode, 0);
    QVERIFY(array(catalogs).size() >= 6);
    QVERIFY(array(catalogs).at(0).toObject().contains(QLatin1String("catalogType")));

    const CliResult schemas = cli({QStringLiteral("tables"), QStringLiteral("postgres")});
    QVERIFY2(schemas.exitCode == 0, schemas.err.constData());
    QVERIFY(schemas.out.contains("analytics"));
    QVERIFY(schemas.out.contains("public"));

    const CliResult tables = cli({QStringLiteral("tables"), QStringLiteral("postgres"), QStringLiteral("analytics")});
    QCOMPARE(tables.exitCode, 0);
    QVERIFY(lines(tables).size() > 400);

    const CliResult byId = cli({QStringLiteral("--json"), QStringLiteral("tables"), QStringLiteral("367189801096446904"),
                                QStringLiteral("public")});
    QCOMPARE(byId.exitCode, 0);
    int dynamic = 0;
    for (const QJsonValue &v : array(byId))
        dynamic += v.toObject().value(QLatin1String("isDynamicTable")).toBool();
    QCOMPARE(dynamic, 1);

    QCOMPARE(cli({QStringLiteral("tables"), QStringLiteral("mysql")}).exitCode, 5);
    QCOMPARE(cli({QStringLiteral("tables"), QStringLiteral("stripe"), QStringLiteral("nope")}).exitCode, 5);
}

void TestCliSources::tablesByAmbiguousCatalogName()
{
    const CliResult r = cli({QStringLiteral("tables"), QStringLiteral("peaka")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("367189801096446881") && r.err.contains("367189801096446882"), r.err.constData());
    QVERIFY(r.err.contains("internal") && r.err.contains("query")); // what tells them apart
    // The id picks one.
    const CliResult q = cli({QStringLiteral("tables"), QStringLiteral("367189801096446882"), QStringLiteral("query")});
    QCOMPARE(q.exitCode, 0);
    QVERIFY(q.out.contains("charges_view"));
}

void TestCliSources::columnsWithTypesAndParameters()
{
    const CliResult r = cli({QStringLiteral("columns"), QStringLiteral("stripe"), QStringLiteral("public"),
                             QStringLiteral("balance_transactions")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("decimal(12,2)"));
    QString param;
    for (const QString &line : lines(r))
        if (line.startsWith(QLatin1String("_q_created_from")))
            param = line;
    QVERIFY2(param.contains(QLatin1String("never exported")), qPrintable(param));
    const CliResult j = cli({QStringLiteral("--json"), QStringLiteral("columns"), QStringLiteral("stripe"),
                             QStringLiteral("public"), QStringLiteral("invoices")});
    QCOMPARE(j.exitCode, 0);
    QCOMPARE(array(j).at(0).toObject().value(QLatin1String("dataType")).toString(), QStringLiteral("varchar"));
    QCOMPARE(cli({QStringLiteral("columns"), QStringLiteral("stripe"), QStringLiteral("public"), QStringLiteral("nope")}).exitCode, 5);
}

void TestCliSources::columnsNonAsciiNames()
{
    const CliResult r = cli({QStringLiteral("columns"), QStringLiteral("Bütçe Tabloları"), QStringLiteral("Finans Raporları"),
                             QStringLiteral("Bütçe 2026")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("tutar"));
}

void TestCliSources::createQueryByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("queryId");
    QTest::newRow("sql name") << "monthly_revenue_eu" << "709922802836177356";
    QTest::newRow("display name") << "Top 100 customers" << "709922802836177388";
    QTest::newRow("id") << "709922802836177297" << "709922802836177297";
}

void TestCliSources::createQueryByName()
{
    QFETCH(QString, name);
    const CliResult r = cli({QStringLiteral("--json"), QStringLiteral("create"), QStringLiteral("query"), name});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject row = QJsonDocument::fromJson(r.out).object();
    QTEST(row.value(QLatin1String("queryId")).toString(), "queryId");
    const CliResult shown = cli({QStringLiteral("--json"), QStringLiteral("show"), row.value(QLatin1String("id")).toString()});
    QTEST(QJsonDocument::fromJson(shown.out).object().value(QLatin1String("queryId")).toString(), "queryId");
}

void TestCliSources::createQueryAmbiguousListsCandidates()
{
    const CliResult r = cli({QStringLiteral("create"), QStringLiteral("query"), QStringLiteral("Monthly revenue")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("709922802836177310") && r.err.contains("709922802836177356"), r.err.constData());
    QVERIFY(r.err.contains("/reports/monthly") && r.err.contains("/reports/eu"));
    QVERIFY(r.err.contains("monthly_revenue_eu"));
}

void TestCliSources::createQueryNoMatchIsExit5()
{
    const CliResult r = cli({QStringLiteral("create"), QStringLiteral("query"), QStringLiteral("Weekly / revenue")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("Weekly / revenue"), r.err.constData());
    QCOMPARE(cli({QStringLiteral("create"), QStringLiteral("table"), QStringLiteral("mysql"), QStringLiteral("public"),
                  QStringLiteral("orders")}).exitCode, 5);
}

void TestCliSources::createTableByCatalogNameWithColumns()
{
    const CliResult r = cli({QStringLiteral("--json"), QStringLiteral("create"), QStringLiteral("table"), QStringLiteral("postgres"),
                             QStringLiteral("public"), QStringLiteral("order items"), QStringLiteral("--columns"),
                             QStringLiteral("sku,unit price")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject row = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(row.value(QLatin1String("catalogId")).toString(), QStringLiteral("367189801096446930"));
    const CliResult shown = cli({QStringLiteral("--json"), QStringLiteral("show"), row.value(QLatin1String("id")).toString()});
    const QJsonObject server = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(server.value(QLatin1String("tableName")).toString(), QStringLiteral("order items"));
    QCOMPARE(server.value(QLatin1String("source")).toString(), QStringLiteral("postgres.public.\"order items\""));

    const CliResult ambiguous = cli({QStringLiteral("create"), QStringLiteral("table"), QStringLiteral("peaka"),
                                     QStringLiteral("public"), QStringLiteral("users")});
    QCOMPARE(ambiguous.exitCode, 1);
    QVERIFY(ambiguous.err.contains("internal"));
    const CliResult unknownColumn = cli({QStringLiteral("create"), QStringLiteral("table"), QStringLiteral("stripe"),
                                         QStringLiteral("public"), QStringLiteral("invoices"), QStringLiteral("--columns"),
                                         QStringLiteral("nope")});
    QCOMPARE(unknownColumn.exitCode, 2);
}

void TestCliSources::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("queries extra") << QStringList{QStringLiteral("queries"), QStringLiteral("x")};
    QTest::newRow("tables three") << QStringList{QStringLiteral("tables"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("columns two") << QStringList{QStringLiteral("columns"), QStringLiteral("stripe"), QStringLiteral("public")};
    QTest::newRow("projects extra") << QStringList{QStringLiteral("projects"), QStringLiteral("x")};
}

void TestCliSources::usageErrors()
{
    QFETCH(QStringList, args);
    const CliResult r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Usage:"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSources)
#include "tst_clisources.moc"
