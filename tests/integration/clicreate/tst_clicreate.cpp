// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-exports-cli create / wait against the demo server hosted by this test.
#include "demoserver.h"
#include "exports/csvoptionsmemory.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using peaka::demo::DemoServer;
using peaka::demo::RecordedRequest;

namespace {

const QString kChargesQuery = QStringLiteral("709922802836177297");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliCreate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createQuerySendsTheContractBody();
    void createTableWithDefaultsSendsAnEmptyBody();
    void csvOptionsAreRememberedForRunAgain();
    void invalidInputFailsBeforeSending_data();
    void invalidInputFailsBeforeSending();
    void serverRefusalIsASentence();
    void createWaitDownload();
    void createWaitJsonPrintsTheFinalRow();
    void createWaitOnAFailingJob();
    void waitOnAJobThatFails();
    void waitOnASucceededJob();
    void waitTimesOut();
    void waitOnAnUnknownId();

private:
    CliRun run(const QStringList &args);
    QList<RecordedRequest> posts() const;

    std::unique_ptr<DemoServer> m_server;
};

void TestCliCreate::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->scenario().pendingMs = 100;
    m_server->scenario().runningMs = 100;
    m_server->clearRequests();
}

void TestCliCreate::cleanup()
{
    m_server.reset();
}

CliRun TestCliCreate::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PEAKA_BASE_URL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("PEAKA_PROJECT"), m_server->projectId());
    env.insert(QStringLiteral("PEAKA_API_KEY"), m_server->partnerKey().key);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(peaka::test::executable(QStringLiteral("src/cli/peaka-exports-cli")), args);
    CliRun r;
    // The event loop keeps running so the in-process demo server can answer.
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QList<RecordedRequest> TestCliCreate::posts() const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_server->requests()) {
        if (r.method == "POST")
            out << r;
    }
    return out;
}

void TestCliCreate::createQuerySendsTheContractBody()
{
    const CliRun r = run({QStringLiteral("create"), QStringLiteral("query"), kChargesQuery, QStringLiteral("--format"),
                          QStringLiteral("jsonl"), QStringLiteral("--compression"), QStringLiteral("GZIP"),
                          QStringLiteral("--limit"), QStringLiteral("500"), QStringLiteral("--columns"),
                          QStringLiteral("charge_id, amount"), QStringLiteral("--no-system-columns")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString id = r.out.trimmed();
    QVERIFY(!id.isEmpty());
    QVERIFY(!id.contains(QLatin1Char('\n')));
    QCOMPARE(m_server->exportById(id).queryId, kChargesQuery);

    const QList<RecordedRequest> sent = posts();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].url.path(),
             QStringLiteral("/api/v1/data/projects/%1/queries/%2/exports").arg(m_server->projectId(), kChargesQuery));
    const QJsonObject body = QJsonDocument::fromJson(sent[0].body).object();
    QCOMPARE(body, (QJsonObject{{QStringLiteral("format"), QStringLiteral("JSONL")},
                                {QStringLiteral("compression"), QStringLiteral("GZIP")},
                                {QStringLiteral("limit"), 500},
                                {QStringLiteral("columns"), QJsonArray{QStringLiteral("charge_id"), QStringLiteral("amount")}},
                                {QStringLiteral("includeSystemColumns"), false}}));
    QVERIFY(body.value(QLatin1String("limit")).isDouble());
}

void TestCliCreate::createTableWithDefaultsSendsAnEmptyBody()
{
    const CliRun r = run({QStringLiteral("create"), QStringLiteral("table"), QStringLiteral("367189801096446904"),
                          QStringLiteral("public"), QStringLiteral("invoices")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<RecordedRequest> sent = posts();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].url.path(), QStringLiteral("/api/v1/data/projects/%1/catalogs/367189801096446904/schemas/public/tables/invoices/exports")
                                     .arg(m_server->projectId()));
    // Nothing chosen, nothing sent: the server's defaults apply.
    QCOMPARE(QJsonDocument::fromJson(sent[0].body).object(), QJsonObject());
    const auto job = m_server->exportById(r.out.trimmed());
    QCOMPARE(job.tableName, QStringLiteral("invoices"));
    QCOMPARE(job.format, QStringLiteral("CSV"));
}

// The window's Run again reads CsvOptionsMemory (the server does not send the
// options back): the CLI writes the same file, so an export created here is
// run again with its options. Both use this test's HOME; the names are the
// programs' own, which AppDataLocation is made of.
void TestCliCreate::csvOptionsAreRememberedForRunAgain()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Peaka"));
    QCoreApplication::setApplicationName(QStringLiteral("Peaka Exports"));
    const QString path = peaka::CsvOptionsMemory::defaultPath();
    QVERIFY(path.startsWith(QDir::homePath()));
    QFile::remove(path);

    const CliRun r = run({QStringLiteral("create"), QStringLiteral("query"), kChargesQuery,
                          QStringLiteral("--csv-delimiter"), QStringLiteral(";"), QStringLiteral("--csv-crlf"),
                          QStringLiteral("--csv-no-header"), QStringLiteral("--csv-null"), QStringLiteral("NULL")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString id = r.out.trimmed();
    peaka::CsvOptions expected;
    expected.delimiter = QStringLiteral(";");
    expected.crlf = true;
    expected.includeHeader = false;
    expected.nullValue = QStringLiteral("NULL");
    const auto recalled = peaka::CsvOptionsMemory().recall(id);
    QVERIFY(recalled.has_value());
    QCOMPARE(*recalled, expected);

    // With the defaults it is remembered too ("started here with the defaults"),
    // and the first entry stays.
    const CliRun plain = run({QStringLiteral("create"), QStringLiteral("query"), kChargesQuery});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    const peaka::CsvOptionsMemory memory;
    QCOMPARE(memory.recall(plain.out.trimmed()), std::optional<peaka::CsvOptions>(peaka::CsvOptions{}));
    QCOMPARE(memory.recall(id), std::optional<peaka::CsvOptions>(expected));
}

void TestCliCreate::invalidInputFailsBeforeSending_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList q{QStringLiteral("create"), QStringLiteral("query"), kChargesQuery};
    QTest::newRow("format") << (q + QStringList{QStringLiteral("--format"), QStringLiteral("XML")}) << "--format must be CSV or JSONL";
    QTest::newRow("compression") << (q + QStringList{QStringLiteral("--compression"), QStringLiteral("zip")}) << "--compression must be NONE or GZIP";
    QTest::newRow("limit 0") << (q + QStringList{QStringLiteral("--limit"), QStringLiteral("0")}) << "--limit must be";
    QTest::newRow("limit big") << (q + QStringList{QStringLiteral("--limit"), QStringLiteral("1000001")}) << "--limit must be";
    QTest::newRow("limit text") << (q + QStringList{QStringLiteral("--limit"), QStringLiteral("ten")}) << "--limit must be";
    QTest::newRow("empty column") << (q + QStringList{QStringLiteral("--columns"), QStringLiteral("a,,b")}) << "empty column name";
    QTest::newRow("column twice") << (q + QStringList{QStringLiteral("--columns"), QStringLiteral("a,a")}) << "twice";
    QTest::newRow("wait timeout") << (q + QStringList{QStringLiteral("--wait"), QStringLiteral("--wait-timeout"), QStringLiteral("-1")}) << "--wait-timeout must be";
    QTest::newRow("no query id") << QStringList{QStringLiteral("create"), QStringLiteral("query")} << "Usage:";
    QTest::newRow("table needs three") << QStringList{QStringLiteral("create"), QStringLiteral("table"), QStringLiteral("367189801096446904"), QStringLiteral("public")} << "Usage:";
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("create"), QStringLiteral("view"), QStringLiteral("x")} << "Usage:";
    QTest::newRow("wait without id") << QStringList{QStringLiteral("wait")} << "Usage:";
}

void TestCliCreate::invalidInputFailsBeforeSending()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one sentence
    QVERIFY(r.out.isEmpty());
    QCOMPARE(posts().size(), 0);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliCreate::serverRefusalIsASentence()
{
    const CliRun r = run({QStringLiteral("create"), QStringLiteral("query"), kChargesQuery, QStringLiteral("--columns"),
                          QStringLiteral("charge_id,nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("Column 'nope' does not exist")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const CliRun missing = run({QStringLiteral("create"), QStringLiteral("query"), QStringLiteral("999")});
    QCOMPARE(missing.exitCode, 5);
}

void TestCliCreate::createWaitDownload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("out/nested"));
    const CliRun r = run({QStringLiteral("create"), QStringLiteral("query"), kChargesQuery, QStringLiteral("--wait"),
                          QStringLiteral("--poll-interval"), QStringLiteral("0.05"), QStringLiteral("--download"), target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    const auto job = m_server->exportById(lines.at(0));
    QCOMPARE(job.status, QStringLiteral("SUCCEEDED"));
    QCOMPARE(job.files.size(), 1);
    const QFileInfo file(lines.at(1));
    QVERIFY(file.exists());
    QCOMPARE(file.absolutePath(), QFileInfo(target).absoluteFilePath());
    QCOMPARE(file.size(), job.files.first().contentSize());
    QVERIFY(QDir(target).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    // The files came from the storage origin, without the API key.
    bool sawStorage = false;
    for (const RecordedRequest &req : m_server->requests()) {
        if (req.origin == QLatin1String("storage")) {
            sawStorage = true;
            QVERIFY(req.header("Authorization").isEmpty());
        }
    }
    QVERIFY(sawStorage);
}

void TestCliCreate::createWaitJsonPrintsTheFinalRow()
{
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("create"), QStringLiteral("table"),
                          QStringLiteral("367189801096446917"), QStringLiteral("crm"), QStringLiteral("deals"),
                          QStringLiteral("--wait"), QStringLiteral("--poll-interval"), QStringLiteral("0.05")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error{};
    const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(row.value(QLatin1String("tableName")).toString(), QStringLiteral("deals"));
    QVERIFY(!row.value(QLatin1String("id")).toString().isEmpty());
}

void TestCliCreate::createWaitOnAFailingJob()
{
    m_server->scenario().createdJobsFail = true;
    const CliRun r = run({QStringLiteral("create"), QStringLiteral("table"), QStringLiteral("367189801096446904"),
                          QStringLiteral("public"), QStringLiteral("invoices"), QStringLiteral("--wait"),
                          QStringLiteral("--poll-interval"), QStringLiteral("0.05")});
    QCOMPARE(r.exitCode, 2);
    const QString id = r.out.trimmed();
    QVERIFY(!id.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("Export %1 failed: Catalog 'stripe' is unavailable").arg(id)), qPrintable(r.err));
}

void TestCliCreate::waitOnAJobThatFails()
{
    m_server->scenario().createdJobsFail = true;
    m_server->scenario().pendingMs = 300;
    const CliRun created = run({QStringLiteral("create"), QStringLiteral("query"), kChargesQuery});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.out.trimmed();
    QCOMPARE(m_server->exportById(id).status, QStringLiteral("PENDING"));

    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("wait"), id, QStringLiteral("--poll-interval"),
                          QStringLiteral("0.05")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Export %1 failed: Query exceeded the 1,000,000 row export limit").arg(id)),
             qPrintable(r.err));
    const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));

    // A job that had already failed before the wait: the same answer at once.
    QString seededFailed;
    for (const auto &e : m_server->exports(m_server->projectId())) {
        if (e.status == QLatin1String("FAILED") && e.id != id)
            seededFailed = e.id;
    }
    const CliRun again = run({QStringLiteral("wait"), seededFailed});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QLatin1String("failed:")));
}

void TestCliCreate::waitOnASucceededJob()
{
    QString succeeded;
    for (const auto &e : m_server->exports(m_server->projectId())) {
        if (e.status == QLatin1String("SUCCEEDED"))
            succeeded = e.id;
    }
    const CliRun r = run({QStringLiteral("wait"), succeeded});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("SUCCEEDED"));
}

void TestCliCreate::waitTimesOut()
{
    m_server->scenario().pendingMs = 600000;
    const CliRun created = run({QStringLiteral("create"), QStringLiteral("query"), kChargesQuery});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.out.trimmed();
    const CliRun r = run({QStringLiteral("wait"), id, QStringLiteral("--wait-timeout"), QStringLiteral("0.4"),
                          QStringLiteral("--poll-interval"), QStringLiteral("0.05")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("Stopped waiting for export %1").arg(id)), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("peaka-exports-cli wait %1").arg(id)));
}

void TestCliCreate::waitOnAnUnknownId()
{
    const CliRun r = run({QStringLiteral("wait"), QStringLiteral("00000000-0000-0000-0000-000000000000")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains(QLatin1String("Not found")));
}

QTEST_GUILESS_MAIN(TestCliCreate)
#include "tst_clicreate.moc"
