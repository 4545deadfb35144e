// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's API origin over real loopback HTTP: routes, auth, POST
// validation, job lifecycle, seed data and scale (faults: tst_demoserver_faults.cpp).
#include "demoserver.h"
#include "httpprobe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <limits>

using namespace peaka::demo;

namespace {

using Result = peaka::test::HttpResult;

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listIsNewestFirstWithoutFiles();
    void listStatusFilter();
    void readOwnerGetsFreshLinks();
    void readNonOwnerIsNotDownloadable();
    void readUnknownIs404();
    void authentication_data();
    void authentication();
    void postValidation_data();
    void postValidation();
    void postLimitIsClamped();
    void lifecyclePendingRunningSucceeded();
    void clientSourceFallsBackToUserAgent();
    void createdJobsFail();
    void createdGzipJsonlExport();
    void columnSelection();
    void seedDataLooksReal();
    void advanceClockMovesSeededJobs();
    void generateManyRows();

private:
    Result send(const QByteArray &method, const QUrl &url, const QByteArray &key = {},
                const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Result get(const QString &path, const QByteArray &key) { return send("GET", api(path), key); }
    Result post(const QString &path, const QByteArray &body, const QByteArray &key = {})
    {
        return send("POST", api(path), key.isEmpty() ? partner() : key, body);
    }
    QUrl api(const QString &path) const
    {
        return QUrl(m_server->baseUrl().toString() + QStringLiteral("/data/projects/") + path);
    }
    QString project() const { return m_server->projectId(); }
    QByteArray partner() const { return m_server->partnerKey().key.toUtf8(); }
    QString createQueryExport(const QByteArray &body);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

Result TestDemoServer::send(const QByteArray &method, const QUrl &url, const QByteArray &key, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return peaka::test::sendHttp(*m_nam, method, url, key, body, headers);
}

QString TestDemoServer::createQueryExport(const QByteArray &body)
{
    const Result r = post(project() + QStringLiteral("/queries/709922802836177297/exports"), body);
    if (r.status != 202)
        qWarning() << r.status << r.body;
    return r.object().value(QLatin1String("id")).toString();
}

void TestDemoServer::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDemoServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestDemoServer::listIsNewestFirstWithoutFiles()
{
    const Result r = get(project() + QStringLiteral("/exports"), partner());
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonArray rows = r.array();
    QCOMPARE(rows.size(), m_server->exports(project()).size());
    QVERIFY(rows.size() >= 25);
    QDateTime previous;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        QVERIFY(!row.contains(QLatin1String("files")));
        QVERIFY(!row.contains(QLatin1String("expiresAt")));
        QVERIFY(!row.value(QLatin1String("id")).toString().isEmpty());
        const QDateTime created = QDateTime::fromString(row.value(QLatin1String("createdAt")).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        if (previous.isValid())
            QVERIFY(created <= previous);
        previous = created;
    }
}

void TestDemoServer::listStatusFilter()
{
    const Result r = get(project() + QStringLiteral("/exports?status=PENDING,RUNNING"), partner());
    QCOMPARE(r.status, 200);
    int expected = 0;
    for (const DemoExport &job : m_server->exports(project()))
        expected += job.status == QLatin1String("PENDING") || job.status == QLatin1String("RUNNING");
    QVERIFY(expected >= 2);
    QCOMPARE(r.array().size(), expected);
    for (const QJsonValue &v : r.array()) {
        const QString status = v.toObject().value(QLatin1String("status")).toString();
        QVERIFY2(status == QLatin1String("PENDING") || status == QLatin1String("RUNNING"), qPrintable(status));
    }
    QCOMPARE(get(project() + QStringLiteral("/exports?status=ARCHIVING"), partner()).array().size(), 1);
}

void TestDemoServer::readOwnerGetsFreshLinks()
{
    DemoExport owned;
    for (const DemoExport &job : m_server->exports(project()))
        if (job.status == QLatin1String("SUCCEEDED") && job.ownerKey == m_server->partnerKey().key && job.files.size() > 1)
            owned = job;
    QVERIFY(!owned.id.isEmpty());
    const Result r = get(project() + QStringLiteral("/exports/") + owned.id, partner());
    QCOMPARE(r.status, 200);
    const QJsonObject row = r.object();
    QCOMPARE(row.value(QLatin1String("downloadable")).toBool(), true);
    QCOMPARE(row.value(QLatin1String("apiKeyPrefix")).toString(), QStringLiteral("TtgGcQFq"));
    QCOMPARE(row.value(QLatin1String("userName")).toString(), m_server->partnerKey().userName);
    const QJsonArray files = row.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), owned.files.size());
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject f = files.at(i).toObject();
        QCOMPARE(f.value(QLatin1String("name")).toString(), owned.files.at(i).name);
        QCOMPARE(f.value(QLatin1String("bytes")).toInteger(), owned.files.at(i).contentSize());
        const QUrl url(f.value(QLatin1String("url")).toString());
        QCOMPARE(url.port(), m_server->storageUrl().port());
        QVERIFY(url.port() != m_server->baseUrl().port());
        for (const char *p : {"X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
                              "X-Amz-SignedHeaders", "X-Amz-Signature"})
            QVERIFY2(url.query().contains(QLatin1String(p) + QLatin1Char('=')), p);
    }
    const QDateTime expires = QDateTime::fromString(row.value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    QCOMPARE(expires.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(m_server->now().secsTo(expires) - 3600) < 5);
}

void TestDemoServer::readNonOwnerIsNotDownloadable()
{
    DemoExport owned;
    for (const DemoExport &job : m_server->exports(project()))
        if (job.status == QLatin1String("SUCCEEDED") && job.ownerKey == m_server->partnerKey().key)
            owned = job;
    const Result r = get(project() + QStringLiteral("/exports/") + owned.id, m_server->colleagueKey().key.toUtf8());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("downloadable")).toBool(true), false);
    QVERIFY(!r.object().contains(QLatin1String("files")));
    QVERIFY(!r.object().contains(QLatin1String("expiresAt")));
    QCOMPARE(r.object().value(QLatin1String("userName")).toString(), QStringLiteral("Ayşe Demir"));

    // Same user through the Project key still owns it.
    const Result same = get(project() + QStringLiteral("/exports/") + owned.id, m_server->projectKey().key.toUtf8());
    QCOMPARE(same.object().value(QLatin1String("downloadable")).toBool(), true);
}

void TestDemoServer::readUnknownIs404()
{
    const Result r = get(project() + QStringLiteral("/exports/00000000-0000-0000-0000-000000000000"), partner());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), QStringLiteral("Export not found"));
}

void TestDemoServer::authentication_data()
{
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<QString>("projectName");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no key") << "" << "main" << 401 << "Invalid API key";
    QTest::newRow("unknown key") << "bogus" << "main" << 401 << "Invalid API key";
    QTest::newRow("project key, other project") << "project" << "other" << 403
                                                << "API key has no access to project prj_marketing";
    QTest::newRow("project key, own project") << "project" << "main" << 200 << "";
    QTest::newRow("partner key, other project") << "partner" << "other" << 200 << "";
    QTest::newRow("partner key, unknown project") << "partner" << "nope" << 404 << "Project nope not found";
}

void TestDemoServer::authentication()
{
    QFETCH(QString, keyName);
    QFETCH(QString, projectName);
    QFETCH(int, status);
    QFETCH(QString, message);
    QByteArray key;
    if (keyName == QLatin1String("bogus"))
        key = "TtgGcQFq.wrongsecret";
    else if (keyName == QLatin1String("project"))
        key = m_server->projectKey().key.toUtf8();
    else if (keyName == QLatin1String("partner"))
        key = partner();
    const QString p = projectName == QLatin1String("main") ? project()
        : projectName == QLatin1String("other")            ? m_server->otherProjectId()
                                                           : projectName;
    const Result r = get(p + QStringLiteral("/exports"), key);
    QCOMPARE(r.status, status);
    if (!message.isEmpty())
        QCOMPARE(r.message(), message);
    else
        QVERIFY(QJsonDocument::fromJson(r.body).isArray());
}

void TestDemoServer::postValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString q = QStringLiteral("/queries/709922802836177297/exports");
    const QString t = QStringLiteral("/catalogs/367189801096446904/schemas/public/tables/invoices/exports");
    QTest::newRow("defaults") << q << QByteArray() << 202 << "";
    QTest::newRow("table ok") << t << QByteArray(R"({"format":"CSV","compression":"GZIP"})") << 202 << "";
    QTest::newRow("bad format") << q << QByteArray(R"({"format":"XML"})") << 400 << "format";
    QTest::newRow("lowercase format") << q << QByteArray(R"({"format":"csv"})") << 400 << "format";
    QTest::newRow("format not a string") << q << QByteArray(R"({"format":3})") << 400 << "format";
    QTest::newRow("bad compression") << q << QByteArray(R"({"compression":"ZIP"})") << 400 << "compression";
    QTest::newRow("limit fraction") << q << QByteArray(R"({"limit":2.5})") << 400 << "limit";
    QTest::newRow("limit string") << q << QByteArray(R"({"limit":"10"})") << 400 << "limit";
    QTest::newRow("systemcolumns string") << q << QByteArray(R"({"includeSystemColumns":"no"})") << 400
                                          << "includeSystemColumns";
    QTest::newRow("columns not array") << q << QByteArray(R"({"columns":"amount"})") << 400 << "columns";
    QTest::newRow("unknown column") << q << QByteArray(R"({"columns":["amount","foo"]})") << 400
                                    << "Column 'foo' does not exist in peaka.query.\"charges_view\"";
    QTest::newRow("unknown table column") << t << QByteArray(R"({"columns":["nope"]})") << 400
                                          << "Column 'nope' does not exist in stripe.public.\"invoices\"";
    QTest::newRow("malformed json") << q << QByteArray("{\"format\":") << 400 << "Malformed";
    QTest::newRow("unknown query") << QStringLiteral("/queries/1/exports") << QByteArray("{}") << 404 << "Query 1";
    QTest::newRow("unknown table") << QStringLiteral("/catalogs/367189801096446904/schemas/public/tables/nope/exports")
                                   << QByteArray("{}") << 404 << "stripe.public.nope";
}

void TestDemoServer::postValidation()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const int before = m_server->exports().size();
    const Result r = post(project() + path, body);
    QCOMPARE(r.status, status);
    if (status == 202) {
        QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
        const QString id = r.object().value(QLatin1String("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(m_server->exports().size(), before + 1);
        QCOMPARE(m_server->exportById(id).ownerKey, m_server->partnerKey().key);
    } else {
        QVERIFY2(r.message().contains(message), qPrintable(r.message()));
        QCOMPARE(m_server->exports().size(), before);
    }
}

void TestDemoServer::postLimitIsClamped()
{
    m_server->scenario().pendingMs = 0;
    m_server->scenario().runningMs = 0;
    m_server->scenario().createdFileBytes = 100000;
    const QString low = createQueryExport(R"({"limit":0})");
    const QString negative = createQueryExport(R"({"limit":-20})");
    const QString huge = createQueryExport(R"({"limit":1e12})");
    const QString five = createQueryExport(R"({"limit":5})");
    QTRY_COMPARE(m_server->exportById(low).status, QStringLiteral("SUCCEEDED"));
    QCOMPARE(m_server->exportById(low).rowCount, 1);
    QCOMPARE(m_server->exportById(negative).rowCount, 1);
    QCOMPARE(m_server->exportById(five).rowCount, 5);
    QVERIFY(m_server->exportById(huge).rowCount > 5); // 1e12 is accepted and clamped, the file size decides
}

void TestDemoServer::lifecyclePendingRunningSucceeded()
{
    m_server->scenario().pendingMs = 300;
    m_server->scenario().runningMs = 300;
    m_server->scenario().createdFileBytes = 5000;
    const QUrl url = api(project() + QStringLiteral("/queries/709922802836177297/exports"));
    const Result created = send("POST", url, partner(), "{}", {{"X-Trino-Source", "peaka-exports"}});
    QCOMPARE(created.status, 202);
    const QString id = created.object().value(QLatin1String("id")).toString();
    const QString path = project() + QStringLiteral("/exports/") + id;
    QCOMPARE(get(path, partner()).object().value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
    QVERIFY(!get(path, partner()).object().contains(QLatin1String("files")));
    QTRY_COMPARE_WITH_TIMEOUT(get(path, partner()).object().value(QLatin1String("status")).toString(),
                              QStringLiteral("RUNNING"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(get(path, partner()).object().value(QLatin1String("status")).toString(),
                              QStringLiteral("SUCCEEDED"), 5000);
    const QJsonObject row = get(path, partner()).object();
    QCOMPARE(row.value(QLatin1String("clientSource")).toString(), QStringLiteral("peaka-exports"));
    QCOMPARE(row.value(QLatin1String("apiKeyPrefix")).toString(), QStringLiteral("TtgGcQFq"));
    QCOMPARE(row.value(QLatin1String("userId")).toString(), m_server->partnerKey().userId);
    QVERIFY(row.value(QLatin1String("durationMs")).toInteger() >= 300);
    QVERIFY(row.value(QLatin1String("rowCount")).toInteger() > 10);
    const QJsonArray files = row.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.at(0).toObject();
    QVERIFY(file.value(QLatin1String("name")).toString().endsWith(QLatin1String(".csv")));
    QCOMPARE(file.value(QLatin1String("bytes")).toInteger(), 5000);
    const Result download = send("GET", QUrl(file.value(QLatin1String("url")).toString()));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body.size(), 5000);
    QVERIFY(download.body.startsWith("_id,_version,charge_id,customer_id,customer_name,amount,currency,status,created_at\n"));
    QVERIFY(download.body.endsWith('\n'));
}

void TestDemoServer::clientSourceFallsBackToUserAgent()
{
    m_server->scenario().pendingMs = 0;
    const Result r = send("POST", api(project() + QStringLiteral("/queries/709922802836177297/exports")), partner(),
                          "{}", {{"User-Agent", "curl/7.88.1"}});
    QCOMPARE(r.status, 202);
    QCOMPARE(m_server->exportById(r.object().value(QLatin1String("id")).toString()).clientSource,
             QStringLiteral("curl/7.88.1"));
}

void TestDemoServer::createdJobsFail()
{
    m_server->scenario().pendingMs = 50;
    m_server->scenario().runningMs = 50;
    m_server->scenario().createdJobsFail = true;
    const QString id = createQueryExport("{}");
    QVERIFY(m_server->exportById(id).error.isEmpty()); // no error while it is still pending
    QTRY_COMPARE(m_server->exportById(id).status, QStringLiteral("FAILED"));
    const QJsonObject row = get(project() + QStringLiteral("/exports/") + id, partner()).object();
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(row.value(QLatin1String("error")).toString().contains(QLatin1String("row export limit")));
    QVERIFY(!row.contains(QLatin1String("files")));
    QCOMPARE(row.value(QLatin1String("downloadable")).toBool(true), false);
}

void TestDemoServer::createdGzipJsonlExport()
{
    m_server->scenario().pendingMs = 0;
    m_server->scenario().runningMs = 0;
    const Result r = post(project() + QStringLiteral("/catalogs/367189801096446917/schemas/crm/tables/deals/exports"),
                          R"({"format":"JSONL","compression":"GZIP"})");
    QCOMPARE(r.status, 202);
    const QString id = r.object().value(QLatin1String("id")).toString();
    QTRY_COMPARE(m_server->exportById(id).status, QStringLiteral("SUCCEEDED"));
    const QJsonObject row = get(project() + QStringLiteral("/exports/") + id, partner()).object();
    QCOMPARE(row.value(QLatin1String("compression")).toString(), QStringLiteral("GZIP"));
    QCOMPARE(row.value(QLatin1String("tableName")).toString(), QStringLiteral("deals"));
    QCOMPARE(row.value(QLatin1String("source")).toString(), QStringLiteral("hubspot.crm.\"deals\""));
    const QJsonObject file = row.value(QLatin1String("files")).toArray().at(0).toObject();
    QVERIFY(file.value(QLatin1String("name")).toString().endsWith(QLatin1String(".jsonl.gz")));
    const Result download = send("GET", QUrl(file.value(QLatin1String("url")).toString()));
    QCOMPARE(download.body.size(), file.value(QLatin1String("bytes")).toInteger());
    QVERIFY(download.body.startsWith("\x1f\x8b")); // gzip magic
    QCOMPARE(download.header("Content-Type"), QByteArray("application/gzip"));
}

void TestDemoServer::columnSelection()
{
    m_server->scenario().pendingMs = 0;
    m_server->scenario().runningMs = 0;
    const QString picked = createQueryExport(R"({"columns":["amount","currency"]})");
    const QString noSystem = createQueryExport(R"({"includeSystemColumns":false})");
    QTRY_COMPARE(m_server->exportById(noSystem).status, QStringLiteral("SUCCEEDED"));
    QVERIFY(m_server->exportById(picked).files.at(0).content.startsWith("amount,currency\n"));
    const QByteArray content = m_server->exportById(noSystem).files.at(0).content;
    QVERIFY(content.startsWith("charge_id,"));
    for (const QByteArray &column : content.left(content.indexOf('\n')).split(','))
        QVERIFY2(!column.startsWith('_'), column.constData());
}

void TestDemoServer::seedDataLooksReal()
{
    const QList<DemoExport> jobs = m_server->exports(project());
    QVERIFY(jobs.size() >= 25 && jobs.size() <= 40);
    QSet<QString> statuses, users, clients;
    bool gzipTable = false, jsonlQuery = false, multiFile = false, colleagueSucceeded = false, limitError = false;
    qint64 smallest = std::numeric_limits<qint64>::max(), largest = 0;
    for (const DemoExport &job : jobs) {
        statuses.insert(job.status);
        users.insert(job.ownerKey);
        clients.insert(job.clientSource);
        QVERIFY(!job.source.isEmpty());
        gzipTable |= job.compression == QLatin1String("GZIP") && !job.tableName.isEmpty() && !job.files.isEmpty()
            && job.files.at(0).name.endsWith(QLatin1String(".gz")) && job.files.at(0).content.startsWith("\x1f\x8b");
        jsonlQuery |= job.format == QLatin1String("JSONL") && !job.queryId.isEmpty() && !job.files.isEmpty();
        multiFile |= job.files.size() > 1;
        colleagueSucceeded |= job.ownerKey == m_server->colleagueKey().key && job.status == QLatin1String("SUCCEEDED");
        limitError |= job.error == QLatin1String("Query exceeded the 1,000,000 row export limit");
        for (const DemoFile &f : job.files) {
            smallest = qMin(smallest, f.contentSize());
            largest = qMax(largest, f.contentSize());
        }
    }
    for (const char *s : {"PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED", "ARCHIVING"})
        QVERIFY2(statuses.contains(QLatin1String(s)), s);
    QVERIFY(gzipTable && jsonlQuery && multiFile && colleagueSucceeded && limitError);
    QVERIFY(smallest < 10 * 1024);
    QVERIFY(largest > 1024 * 1024);
    QVERIFY(users.size() >= 3);
    QVERIFY(clients.contains(QStringLiteral("peaka-studio")) && clients.contains(QStringLiteral("peaka-api"))
            && clients.contains(QStringLiteral("peaka-exports")));
    for (const DemoKey &k : m_server->keys())
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{8}\\.[A-Za-z0-9]{32}$")).match(k.key).hasMatch());
}

void TestDemoServer::advanceClockMovesSeededJobs()
{
    QStringList moving;
    for (const DemoExport &job : m_server->exports(project()))
        if (job.status == QLatin1String("PENDING") || job.status == QLatin1String("RUNNING"))
            moving << job.id;
    QVERIFY(moving.size() >= 2);
    m_server->advanceClock(60 * 60 * 1000);
    for (const QString &id : moving) {
        const DemoExport job = m_server->exportById(id);
        QCOMPARE(job.status, QStringLiteral("SUCCEEDED"));
        QVERIFY(job.rowCount > 0);
        QVERIFY(job.bytes > 0);
        QVERIFY(!job.files.isEmpty());
    }
}

void TestDemoServer::generateManyRows()
{
    QElapsedTimer timer;
    timer.start();
    m_server->generateExports(100000, QStringLiteral("prj_scale"));
    // About 1 s in a debug build on a busy 2-core machine; sanitizers are ~5x slower.
#if defined(__SANITIZE_ADDRESS__)
    const qint64 budgetMs = 20000;
#else
    const qint64 budgetMs = 5000;
#endif
    QVERIFY2(timer.elapsed() < budgetMs, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(m_server->exports(QStringLiteral("prj_scale")).size(), 100000);
    // Paged: the biggest page is 200 rows, also for 100,000 exports.
    const Result r = get(QStringLiteral("prj_scale/exports?limit=200"), partner());
    QCOMPARE(r.status, 200);
    const QJsonArray rows = r.array();
    QCOMPARE(rows.size(), 200);
    QSet<QString> statuses;
    for (const QJsonValue &v : rows)
        statuses.insert(v.toObject().value(QLatin1String("status")).toString());
    QVERIFY(statuses.contains(QStringLiteral("SUCCEEDED")) && statuses.contains(QStringLiteral("FAILED")));
    const QJsonArray failed = get(QStringLiteral("prj_scale/exports?status=FAILED&limit=200"), partner()).array();
    QCOMPARE(failed.size(), 200);
    for (const QJsonValue &v : failed)
        QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
