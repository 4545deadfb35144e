// SPDX-License-Identifier: GPL-3.0-or-later
// SourceSession against the demo server: typed calls, the session cache and
// refresh, percent-encoded segments, the Partner-only project walk, and the
// export calls' error and retry rules.
#include "demoserver.h"
#include "api/peakaclient.h"
#include "sources/sourcesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace peaka;
using peaka::demo::DemoServer;

namespace {

// Runs one session call and waits for its callback.
template<typename T, typename Call>
ApiResult<T> await(Call call)
{
    QObject context;
    ApiResult<T> out;
    bool done = false;
    call(&context, [&](const ApiResult<T> &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qFatal("source call did not finish");
    return out;
}

int apiGets(const DemoServer &s, const QString &pathEnd)
{
    int n = 0;
    for (const auto &r : s.requests())
        n += r.origin == QLatin1String("api") && r.url.path(QUrl::FullyEncoded).endsWith(pathEnd);
    return n;
}

} // namespace

class TestSourceSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void catalogsAreCachedUntilRefresh();
    void concurrentCallsShareOneRequest();
    void tablesAndColumnsWithEncodedSegments();
    void queries();
    void projectDirectoryWithPartnerKey();
    void projectDirectoryWithProjectKeyIsForbidden();
    void searchIsNotCached();
    void retriesA503LikeTheExportCalls();
    void errorsAreNotCached();
    void droppedContextGetsNoCallback();

private:
    QString project() const { return m_server->projectId(); }
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<PeakaClient> m_client;
    std::unique_ptr<SourceSession> m_session;
};

void TestSourceSession::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<PeakaClient>();
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl().toString()));
    m_client->setApiKey(m_server->partnerKey().key);
    m_client->setRetryPolicy(RetryPolicy{3, 10, 100});
    m_session = std::make_unique<SourceSession>(m_client.get());
}

void TestSourceSession::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_server.reset();
}

void TestSourceSession::catalogsAreCachedUntilRefresh()
{
    const auto call = [this](QObject *c, SourceCallback<QList<Catalog>> d) { m_session->catalogs(project(), c, d); };
    const ApiResult<QList<Catalog>> first = await<QList<Catalog>>(call);
    QVERIFY(first.ok());
    QVERIFY(first.value.size() >= 6);
    int peaka = 0;
    for (const Catalog &c : first.value)
        peaka += c.name == QLatin1String("peaka");
    QCOMPARE(peaka, 2);
    QVERIFY(await<QList<Catalog>>(call).ok());
    QCOMPARE(apiGets(*m_server, QStringLiteral("/catalogs")), 1);
    QCOMPARE(m_session->cachedAnswers(), 1);
    m_session->refresh();
    QCOMPARE(m_session->cachedAnswers(), 0);
    QCOMPARE(await<QList<Catalog>>(call).value.size(), first.value.size());
    QCOMPARE(apiGets(*m_server, QStringLiteral("/catalogs")), 2);
}

void TestSourceSession::concurrentCallsShareOneRequest()
{
    QObject context;
    int answers = 0;
    for (int i = 0; i < 3; ++i)
        m_session->queries(project(), &context, [&answers](const ApiResult<QList<SavedQuery>> &r) { answers += r.ok(); });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 15000);
    QCOMPARE(apiGets(*m_server, QStringLiteral("/queries")), 1);
}

void TestSourceSession::tablesAndColumnsWithEncodedSegments()
{
    const QString sheets = QStringLiteral("367189801096446956");
    const QString schema = QStringLiteral("Finans Raporları");
    const auto tables = await<QList<TableRef>>(
        [&](QObject *c, SourceCallback<QList<TableRef>> d) { m_session->tables(project(), sheets, schema, c, d); });
    QVERIFY2(tables.ok(), qPrintable(tables.error.message()));
    QCOMPARE(tables.value.at(0).tableName, QStringLiteral("Bütçe 2026"));
    const auto columns = await<QList<Column>>([&](QObject *c, SourceCallback<QList<Column>> d) {
        m_session->columns(project(), sheets, schema, QStringLiteral("Bütçe 2026"), c, d);
    });
    QVERIFY(columns.ok());
    QStringList names;
    for (const Column &col : columns.value)
        names << col.name + QLatin1Char(':') + col.dataType;
    QCOMPARE(names, (QStringList{QStringLiteral("_id:varchar"), QStringLiteral("_version:bigint"),
                                 QStringLiteral("kalem:varchar"), QStringLiteral("ay:date"),
                                 QStringLiteral("tutar:decimal(12,2)")}));
    const QString sent = m_server->requests().constLast().url.path(QUrl::FullyEncoded);
    QVERIFY2(sent.contains(QLatin1String("/schemas/Finans%20Raporlar%C4%B1/tables/B%C3%BCt%C3%A7e%202026/columns")),
             qPrintable(sent));

    const auto many = await<QList<TableRef>>([&](QObject *c, SourceCallback<QList<TableRef>> d) {
        m_session->tables(project(), QStringLiteral("367189801096446930"), QStringLiteral("analytics"), c, d);
    });
    QVERIFY(many.value.size() >= 400);
    const auto dynamic = await<QList<TableRef>>([&](QObject *c, SourceCallback<QList<TableRef>> d) {
        m_session->tables(project(), QStringLiteral("367189801096446904"), QStringLiteral("public"), c, d);
    });
    int dynamicCount = 0;
    for (const TableRef &t : dynamic.value)
        dynamicCount += t.isDynamic();
    QCOMPARE(dynamicCount, 1);
}

void TestSourceSession::queries()
{
    const auto all = await<QList<SavedQuery>>(
        [&](QObject *c, SourceCallback<QList<SavedQuery>> d) { m_session->queries(project(), c, d); });
    QVERIFY(all.ok());
    QVERIFY(all.value.size() >= 6);
    const auto one = await<SavedQuery>([&](QObject *c, SourceCallback<SavedQuery> d) {
        m_session->query(project(), QStringLiteral("709922802836177310"), c, d);
    });
    QVERIFY(one.value.isMaterialized());
    QCOMPARE(one.value.folders(), (QStringList{QStringLiteral("reports"), QStringLiteral("monthly")}));
    const auto paths = await<QStringList>(
        [&](QObject *c, SourceCallback<QStringList> d) { m_session->folderPaths(project(), c, d); });
    QVERIFY(paths.value.contains(QStringLiteral("/archive")));
    QVERIFY(paths.value.contains(QStringLiteral("/reports/eu")));
}

void TestSourceSession::projectDirectoryWithPartnerKey()
{
    const auto dir = await<QList<ProjectEntry>>(
        [&](QObject *c, SourceCallback<QList<ProjectEntry>> d) { m_session->projectDirectory(c, d); });
    QVERIFY2(dir.ok(), qPrintable(dir.error.message()));
    QCOMPARE(dir.value.size(), 3);
    QCOMPARE(dir.value.at(0).project.id, QStringLiteral("prj_analytics"));
    QCOMPARE(dir.value.at(0).organization.name, QStringLiteral("Acme Analytics"));
    QCOMPARE(dir.value.at(0).workspace.name, QStringLiteral("Default"));
    QCOMPARE(dir.value.at(2).organization.name, QStringLiteral("Ayşe's sandbox"));
}

void TestSourceSession::projectDirectoryWithProjectKeyIsForbidden()
{
    m_client->setApiKey(m_server->projectKey().key);
    const auto dir = await<QList<ProjectEntry>>(
        [&](QObject *c, SourceCallback<QList<ProjectEntry>> d) { m_session->projectDirectory(c, d); });
    QCOMPARE(dir.error.kind(), ApiError::Forbidden);
    QCOMPARE(apiGets(*m_server, QStringLiteral("/organizations")), 1); // not retried
}

void TestSourceSession::searchIsNotCached()
{
    SearchQuery query;
    query.text = QStringLiteral("fact_orders");
    query.limit = 50;
    const auto call = [&](QObject *c, SourceCallback<SearchResult> d) { m_session->search(project(), query, c, d); };
    const auto first = await<SearchResult>(call);
    QVERIFY(first.ok());
    QCOMPARE(first.value.tables.size(), 50);
    QCOMPARE(first.value.nextOffset.value_or(-1), 50);
    await<SearchResult>(call);
    QCOMPARE(apiGets(*m_server, QStringLiteral("/search")), 2);
    QCOMPARE(m_server->requests().constLast().method, QByteArray("POST"));
}

void TestSourceSession::retriesA503LikeTheExportCalls()
{
    m_server->scenario().failNextWithStatus = 503;
    m_server->scenario().failNextCount = 2;
    const auto r = await<QList<Catalog>>(
        [&](QObject *c, SourceCallback<QList<Catalog>> d) { m_session->catalogs(project(), c, d); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(apiGets(*m_server, QStringLiteral("/catalogs")), 3);
}

void TestSourceSession::errorsAreNotCached()
{
    const auto missing = await<QList<SchemaRef>>(
        [&](QObject *c, SourceCallback<QList<SchemaRef>> d) { m_session->schemas(project(), QStringLiteral("1"), c, d); });
    QCOMPARE(missing.error.kind(), ApiError::NotFound);
    m_server->scenario().invalidJsonNextCount = 1;
    const auto broken = await<QList<Catalog>>(
        [&](QObject *c, SourceCallback<QList<Catalog>> d) { m_session->catalogs(project(), c, d); });
    QCOMPARE(broken.error.kind(), ApiError::BadResponse);
    QCOMPARE(m_session->cachedAnswers(), 0);
    const auto empty = await<QList<TableRef>>([&](QObject *c, SourceCallback<QList<TableRef>> d) {
        m_session->tables(project(), QStringLiteral("367189801096446904"), QString(), c, d);
    });
    QCOMPARE(empty.error.kind(), ApiError::InvalidInput); // an empty schema is never sent
}

void TestSourceSession::droppedContextGetsNoCallback()
{
    bool called = false;
    {
        QObject context;
        m_session->catalogs(project(), &context, [&called](const ApiResult<QList<Catalog>> &) { called = true; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(apiGets(*m_server, QStringLiteral("/catalogs")) == 1, 15000);
    // The answer lands (and is cached) but nobody is called.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->cachedAnswers(), 1, 15000);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestSourceSession)
#include "tst_sourcesession.moc"
