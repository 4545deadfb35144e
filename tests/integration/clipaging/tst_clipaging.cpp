// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-exports-cli list / cancel / create --csv-… / --region against a paging
// demo server hosted by this test (its request log shows what the CLI sent).
#include "demoserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using peaka::demo::DemoExport;
using peaka::demo::DemoServer;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliPaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listJsonPrintsEveryPage();
    void listHumanPrintsEveryPage();
    void listStatusFilterPages();
    void listBogusStatusIsUsage();
    void listErrorPartWayPrintsRowsAndSaysSo();
    void cancelRunning();
    void cancelFinished();
    void cancelUnknownIs5();
    void cancelForbiddenIs4();
    void createWithCsvOptionsShapesTheFile();
    void createCsvOptionValidation_data();
    void createCsvOptionValidation();
    void region();

private:
    CliRun run(const QStringList &args, const QString &key = {});
    QString runningExport();

    std::unique_ptr<DemoServer> m_server;
};

void TestCliPaging::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->scenario().pendingMs = 100;
    m_server->scenario().runningMs = 100;
}

void TestCliPaging::cleanup()
{
    m_server.reset();
}

CliRun TestCliPaging::run(const QStringList &args, const QString &key)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PEAKA_BASE_URL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("PEAKA_PROJECT"), m_server->projectId());
    env.insert(QStringLiteral("PEAKA_API_KEY"), key.isEmpty() ? m_server->partnerKey().key : key);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(peaka::test::executable(QStringLiteral("src/cli/peaka-exports-cli")), args);
    CliRun r;
    // The event loop keeps running so the in-process demo server can answer.
    if (!finished.wait(90000)) {
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

QString TestCliPaging::runningExport()
{
    for (const DemoExport &j : m_server->exports(m_server->projectId()))
        if (j.status == QLatin1String("RUNNING"))
            return j.id;
    return {};
}

void TestCliPaging::listJsonPrintsEveryPage()
{
    m_server->clearExports();
    m_server->generateExports(450);
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 450);
    QSet<QString> ids;
    for (const QJsonValue &v : rows)
        ids.insert(v.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 450);
    int lists = 0;
    for (const auto &req : m_server->requests()) {
        if (req.method == "GET" && req.url.path().endsWith(QLatin1String("/exports"))) {
            ++lists;
            QCOMPARE(QUrlQuery(req.url).queryItemValue(QStringLiteral("limit")), QStringLiteral("200"));
        }
    }
    QCOMPARE(lists, 3);
}

void TestCliPaging::listHumanPrintsEveryPage()
{
    m_server->generateExports(420); // plus the 32 seeded rows
    const CliRun r = run({QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size() - 1, 452);
}

void TestCliPaging::listStatusFilterPages()
{
    m_server->clearExports();
    m_server->generateExports(3000);
    int failed = 0;
    for (const DemoExport &j : m_server->exports(m_server->projectId()))
        failed += j.status == QLatin1String("FAILED");
    QVERIFY(failed > 200); // more than one page of them
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("failed")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), failed);
}

void TestCliPaging::listBogusStatusIsUsage()
{
    const CliRun r = run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("BOGUS")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("\"BOGUS\"")) && r.err.contains(QLatin1String("SUCCEEDED")), qPrintable(r.err));
    QVERIFY(r.err.trimmed().endsWith(QLatin1Char('.')));
}

void TestCliPaging::listErrorPartWayPrintsRowsAndSaysSo()
{
    m_server->clearExports();
    m_server->generateExports(450);
    m_server->scenario().failSkipCount = 1;
    m_server->scenario().failNextCount = 1;
    m_server->scenario().failNextWithStatus = 500;
    const CliRun r = run({QStringLiteral("--json"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 200);
    QVERIFY2(r.err.contains(QLatin1String("Only 200 exports could be listed")), qPrintable(r.err));
}

void TestCliPaging::cancelRunning()
{
    const QString id = runningExport();
    QVERIFY(!id.isEmpty());
    const CliRun r = run({QStringLiteral("cancel"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("accepted")), qPrintable(r.out));
    QCOMPARE(m_server->exportById(id).status, QStringLiteral("CANCELLED"));
    bool sawDelete = false;
    for (const auto &req : m_server->requests())
        sawDelete |= req.method == "DELETE" && req.url.path().endsWith(id);
    QVERIFY(sawDelete);

    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("cancel"), id});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("cancelled")).toBool(true), false); // already CANCELLED now
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("CANCELLED"));
}

void TestCliPaging::cancelFinished()
{
    QString id;
    for (const DemoExport &j : m_server->exports(m_server->projectId()))
        if (j.status == QLatin1String("SUCCEEDED"))
            id = j.id;
    const CliRun r = run({QStringLiteral("cancel"), id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("already finished (SUCCEEDED)")), qPrintable(r.out));
    QCOMPARE(m_server->exportById(id).status, QStringLiteral("SUCCEEDED"));
}

void TestCliPaging::cancelUnknownIs5()
{
    const CliRun r = run({QStringLiteral("cancel"), QStringLiteral("00000000-0000-0000-0000-000000000000")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(run({QStringLiteral("cancel")}).exitCode, 1);
}

void TestCliPaging::cancelForbiddenIs4()
{
    // A Project key of another project may not touch this one.
    peaka::demo::DemoKey other{QStringLiteral("Zz9Yy8Xx.Ww7Vv6Uu5Tt4Ss3Rr2Qq1Pp0Oo9Nn8Mm"), QStringLiteral("usr_x"),
                               QStringLiteral("Other"), false, m_server->otherProjectId()};
    m_server->addKey(other);
    const CliRun r = run({QStringLiteral("cancel"), runningExport()}, other.key);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!runningExport().isEmpty());
}

void TestCliPaging::createWithCsvOptionsShapesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_server->scenario().createdFileBytes = 20000;
    const CliRun r = run({QStringLiteral("create"), QStringLiteral("query"), QStringLiteral("709922802836177297"),
                          QStringLiteral("--columns"), QStringLiteral("charge_id,customer_name,amount"),
                          QStringLiteral("--csv-delimiter"), QStringLiteral(";"), QStringLiteral("--csv-quote"),
                          QStringLiteral("'"), QStringLiteral("--csv-crlf"), QStringLiteral("--csv-no-header"),
                          QStringLiteral("--csv-null"), QStringLiteral("NULL"), QStringLiteral("--wait"),
                          QStringLiteral("--poll-interval"), QStringLiteral("0.05"), QStringLiteral("--download"),
                          dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QByteArray body;
    for (const auto &req : m_server->requests())
        if (req.method == "POST")
            body = req.body;
    const QJsonObject csv = QJsonDocument::fromJson(body).object().value(QLatin1String("csvOptions")).toObject();
    QCOMPARE(csv.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(csv.value(QLatin1String("quoteChar")).toString(), QStringLiteral("'"));
    QCOMPARE(csv.value(QLatin1String("recordSeparator")).toString(), QStringLiteral("\r\n"));
    QCOMPARE(csv.value(QLatin1String("includeHeader")).toBool(true), false);
    QCOMPARE(csv.value(QLatin1String("nullValue")).toString(), QStringLiteral("NULL"));
    // The file on disk: no header, ';' between fields, NULL text, CRLF.
    const QString path = r.out.trimmed().split(QLatin1Char('\n')).last();
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray content = file.readAll();
    QVERIFY2(content.startsWith("ch_100000;"), content.left(60).constData());
    QVERIFY(!content.contains("charge_id"));
    QVERIFY(content.contains(";NULL;"));
    QVERIFY(content.contains("\r\n"));
}

void TestCliPaging::createCsvOptionValidation_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("two chars") << QStringList{QStringLiteral("--csv-delimiter"), QStringLiteral(";;")} << "exactly one character";
    QTest::newRow("same as quote") << QStringList{QStringLiteral("--csv-delimiter"), QStringLiteral("\"")} << "must differ";
    QTest::newRow("empty quote") << QStringList{QStringLiteral("--csv-quote"), QString()} << "exactly one character";
    QTest::newRow("jsonl") << QStringList{QStringLiteral("--format"), QStringLiteral("JSONL"), QStringLiteral("--csv-no-header")} << "CSV only";
}

void TestCliPaging::createCsvOptionValidation()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun r = run(QStringList{QStringLiteral("create"), QStringLiteral("query"), QStringLiteral("709922802836177297")} + options);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    for (const auto &req : m_server->requests())
        QVERIFY(req.method != "POST");
}

void TestCliPaging::region()
{
    // --region eu goes to the EU zone (unreachable from the build machine: the sentence names the host).
    const CliRun eu = run({QStringLiteral("--region"), QStringLiteral("eu"), QStringLiteral("--timeout"),
                           QStringLiteral("5"), QStringLiteral("list")});
    QCOMPARE(eu.exitCode, 3);
    QVERIFY2(eu.err.contains(QLatin1String("partner.eu.peaka.studio")), qPrintable(eu.err));
    QVERIFY(m_server->requests().isEmpty());
    const CliRun bad = run({QStringLiteral("--region"), QStringLiteral("mars"), QStringLiteral("list")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QLatin1String("mars")), qPrintable(bad.err));
    const CliRun both = run({QStringLiteral("--region"), QStringLiteral("us"), QStringLiteral("--base-url"),
                             m_server->baseUrl().toString(), QStringLiteral("list")});
    QCOMPARE(both.exitCode, 1);
}

QTEST_MAIN(TestCliPaging)
#include "tst_clipaging.moc"
