// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV options remembered for Run again: by export id, across instances
// (a restart), newest kept when full, a damaged file treated as empty, and
// nothing in the file but ids and options. And SourceName: the names the API
// gives for a query and a table, the ids alone when a lookup finds nothing.
#include "demoserver.h"
#include "api/peakaclient.h"
#include "exports/csvoptionsmemory.h"
#include "sources/sourcenames.h"
#include "sources/sourcesession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;

class TestCsvOptionsMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remembersByIdAcrossInstances();
    void defaultsAreRememberedToo();
    void keepsTheNewest();
    void damagedFileIsEmpty();
    void unwritableFolderSaysWhy();
    void sourceNames_data();
    void sourceNames();
};

void TestCsvOptionsMemory::remembersByIdAcrossInstances()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/csv-options.json"));
    CsvOptions semicolon;
    semicolon.delimiter = QStringLiteral(";");
    semicolon.crlf = true;
    semicolon.nullValue = QStringLiteral("NULL");
    {
        CsvOptionsMemory memory(path);
        QVERIFY(memory.remember(QStringLiteral("e1"), semicolon));
        QCOMPARE(memory.recall(QStringLiteral("e1")), std::optional<CsvOptions>(semicolon));
        QVERIFY(!memory.recall(QStringLiteral("other")));
    }
    CsvOptionsMemory later(path);
    QCOMPARE(later.recall(QStringLiteral("e1")), std::optional<CsvOptions>(semicolon));
    // A second instance adds to the file instead of replacing it.
    CsvOptionsMemory second(path);
    QVERIFY(second.remember(QStringLiteral("e2"), CsvOptions{}));
    QCOMPARE(CsvOptionsMemory(path).recall(QStringLiteral("e1")), std::optional<CsvOptions>(semicolon));
    // Only ids and options are written.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("\"e1\"") && text.contains("\"e2\""));
    QVERIFY(!text.contains("http") && !text.contains("Bearer"));
}

void TestCsvOptionsMemory::defaultsAreRememberedToo()
{
    QTemporaryDir dir;
    CsvOptionsMemory memory(dir.filePath(QStringLiteral("m.json")));
    QVERIFY(memory.remember(QStringLiteral("plain"), CsvOptions{}));
    // "Started here with the defaults" is not "not started here".
    QCOMPARE(memory.recall(QStringLiteral("plain")), std::optional<CsvOptions>(CsvOptions{}));
}

void TestCsvOptionsMemory::keepsTheNewest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    CsvOptionsMemory memory(path);
    CsvOptions tab;
    tab.delimiter = QStringLiteral("\t");
    for (int i = 0; i < CsvOptionsMemory::kMaxEntries + 5; ++i)
        QVERIFY(memory.remember(QStringLiteral("id%1").arg(i), i == 3 ? tab : CsvOptions{}));
    CsvOptionsMemory reread(path);
    QVERIFY(!reread.recall(QStringLiteral("id0")));
    QVERIFY(!reread.recall(QStringLiteral("id4")));
    QVERIFY(reread.recall(QStringLiteral("id5")));
    QVERIFY(reread.recall(QStringLiteral("id%1").arg(CsvOptionsMemory::kMaxEntries + 4)));
    // Remembering an old id again makes it new.
    QVERIFY(memory.remember(QStringLiteral("id5"), tab));
    QVERIFY(memory.remember(QStringLiteral("fresh"), CsvOptions{}));
    QCOMPARE(CsvOptionsMemory(path).recall(QStringLiteral("id5")), std::optional<CsvOptions>(tab));
    QVERIFY(!CsvOptionsMemory(path).recall(QStringLiteral("id6")));
}

void TestCsvOptionsMemory::damagedFileIsEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    for (const QByteArray &junk : {QByteArray("{not json"), QByteArray("[1,2,3]"),
                                   QByteArray(R"({"exports":[{"id":5},{"csvOptions":{}},"x",{"id":"ok","csvOptions":7}]})")}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(junk);
        f.close();
        CsvOptionsMemory memory(path);
        QVERIFY(!memory.recall(QStringLiteral("5")));
        // A row with an id and unusable options gives the defaults.
        if (junk.contains("\"ok\""))
            QCOMPARE(memory.recall(QStringLiteral("ok")), std::optional<CsvOptions>(CsvOptions{}));
        QVERIFY(memory.remember(QStringLiteral("after"), CsvOptions{}));
        QVERIFY(CsvOptionsMemory(path).recall(QStringLiteral("after")));
    }
}

void TestCsvOptionsMemory::unwritableFolderSaysWhy()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CsvOptionsMemory memory(dir.filePath(QStringLiteral("file/m.json"))); // a file where a folder should be
    QString error;
    QVERIFY(!memory.remember(QStringLiteral("x"), CsvOptions{}, &error));
    QVERIFY2(error.contains(QLatin1String("Could not save")), qPrintable(error));
}

void TestCsvOptionsMemory::sourceNames_data()
{
    QTest::addColumn<QString>("queryId");
    QTest::addColumn<QString>("catalogId");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("name");
    QTest::newRow("saved query") << "709922802836177310" << "" << "" << "" << "Monthly revenue";
    QTest::newRow("unknown query") << "123" << "" << "" << "" << "";
    QTest::newRow("table") << "" << "367189801096446904" << "public" << "charges" << "Stripe \u203a public \u203a charges";
    QTest::newRow("catalog without display name") << "" << "367189801096446930" << "public" << "orders"
                                                  << "postgres \u203a public \u203a orders";
    QTest::newRow("built-in catalogs share a name") << "" << "367189801096446881" << "public" << "users"
                                                    << "peaka (internal) \u203a public \u203a users";
    QTest::newRow("unknown catalog") << "" << "999" << "public" << "charges" << "";
}

void TestCsvOptionsMemory::sourceNames()
{
    QFETCH(QString, queryId);
    QFETCH(QString, catalogId);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QString, name);
    demo::DemoServer server;
    QVERIFY(server.start());
    PeakaClient client;
    QVERIFY(client.setBaseUrl(server.baseUrl().toString()));
    client.setApiKey(server.partnerKey().key);
    const ExportSourceRef ref = queryId.isEmpty() ? ExportSourceRef::table(catalogId, schema, table)
                                                  : ExportSourceRef::query(queryId);
    QObject context;
    std::optional<SourceName> got;
    SourceName::lookUp(SourceSession::of(&client), server.projectId(), ref, &context,
                       [&got](const SourceName &n) { got = n; });
    QVERIFY(!got); // never synchronously
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
    QCOMPARE(got->name, name);
    QCOMPARE(got->known(), !name.isEmpty());
    // The ids always come along (for a tooltip or when there is no name).
    QVERIFY(got->ids.contains(queryId.isEmpty() ? catalogId : queryId));
}

QTEST_MAIN(TestCsvOptionsMemory)
#include "tst_csvoptionsmemory.moc"
