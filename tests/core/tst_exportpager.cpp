// SPDX-License-Identifier: GPL-3.0-or-later
// ExportPager against the paging demo server: page boundaries, exact cursor
// strings, rows without createdAt, repeated rows, an error part-way, the
// status filter; and Cancel Export.
#include "api/exportpage.h"
#include "api/exportpager.h"
#include "api/peakaclient.h"
#include "demoserver.h"

#include <QSet>

#include <cmath>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace peaka;
using peaka::demo::DemoExport;
using peaka::demo::DemoServer;

class TestExportPager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryPage_data();
    void readsEveryPage();
    void cursorIsTheServersString_data();
    void cursorIsTheServersString();
    void rowWithoutCreatedAtAtPageBoundary();
    void rowRepeatedAcrossPagesIsShownOnce();
    void streamingKeepsNoRows();
    void errorOnPage3KeepsRows();
    void maxPagesReadsOnlyTheNewest();
    void abortIsSilent();
    void statusFilterParsing();
    void statusFilterGoesToServer();
    void expiredIsFilteredLocally();
    void cancelExport();
    void pageParsing();

private:
    struct Run
    {
        ExportListResult result;
        int pagesSignalled = 0;
        bool complete = false;
    };
    Run runPager(const ExportStatusFilter &filter = {}, int maxPages = 0);
    QList<QUrlQuery> listQueries() const;
    DemoExport row(int i, const QString &createdAtText) const;

    DemoServer *m_server = nullptr;
    PeakaClient *m_client = nullptr;
};

void TestExportPager::init()
{
    m_server = new DemoServer(this);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = new PeakaClient(this);
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl().toString()));
    m_client->setApiKey(m_server->partnerKey().key);
    m_client->setRetryPolicy({3, 10, 2000});
    m_server->clearExports();
}

void TestExportPager::cleanup()
{
    delete m_client;
    delete m_server;
}

TestExportPager::Run TestExportPager::runPager(const ExportStatusFilter &filter, int maxPages)
{
    Run run;
    auto *pager = new ExportPager(m_client, m_server->projectId(), filter);
    pager->setMaxPages(maxPages);
    connect(pager, &ExportPager::pageLoaded, this, [&run](const QList<ExportJob> &, int page) { run.pagesSignalled = page; });
    connect(pager, &ExportPager::finished, this, [&run, pager] { run.complete = pager->isComplete(); });
    QSignalSpy finished(pager, &ExportPager::finished);
    pager->start();
    if (!finished.wait(30000))
        qFatal("pager did not finish");
    run.result = finished.takeFirst().at(0).value<ExportListResult>();
    return run;
}

QList<QUrlQuery> TestExportPager::listQueries() const
{
    QList<QUrlQuery> out;
    for (const auto &r : m_server->requests())
        if (r.origin == QLatin1String("api") && r.method == "GET" && r.url.path().endsWith(QLatin1String("/exports")))
            out << QUrlQuery(r.url);
    return out;
}

DemoExport TestExportPager::row(int i, const QString &createdAtText) const
{
    DemoExport j;
    j.id = QStringLiteral("row-%1").arg(i, 4, 10, QLatin1Char('0'));
    j.status = QStringLiteral("SUCCEEDED");
    j.createdAtText = createdAtText;
    j.ownerKey = m_server->partnerKey().key;
    return j;
}

void TestExportPager::readsEveryPage_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("pages");
    QTest::newRow("0") << 0 << 1;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("199") << 199 << 1;
    QTest::newRow("200") << 200 << 2; // a full page, then an empty one
    QTest::newRow("201") << 201 << 2;
    QTest::newRow("450") << 450 << 3;
}

void TestExportPager::readsEveryPage()
{
    QFETCH(int, rows);
    QFETCH(int, pages);
    m_server->generateExports(rows);
    const Run run = runPager();
    QVERIFY2(run.result.ok(), qPrintable(run.result.error.message()));
    QVERIFY(run.complete);
    QCOMPARE(run.result.value.size(), rows);
    QCOMPARE(run.pagesSignalled, pages);
    QSet<QString> ids;
    for (const ExportJob &j : run.result.value)
        ids.insert(j.id);
    QCOMPARE(ids.size(), rows);
    for (int i = 1; i < run.result.value.size(); ++i) // newest first, as the server sent them
        QVERIFY(run.result.value.at(i).createdAt <= run.result.value.at(i - 1).createdAt);
    const QList<QUrlQuery> queries = listQueries();
    QCOMPARE(queries.size(), pages);
    for (const QUrlQuery &q : queries)
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("200"));
    QVERIFY(!queries.first().hasQueryItem(QStringLiteral("createdBefore")));
}

void TestExportPager::cursorIsTheServersString_data()
{
    // Rows one unit of the last digit apart: any rounding of the cursor skips or repeats rows.
    QTest::addColumn<int>("digits");
    QTest::newRow("0 digits") << 0;
    QTest::newRow("3 digits") << 3;
    QTest::newRow("6 digits") << 6;
    QTest::newRow("9 digits") << 9;
}

void TestExportPager::cursorIsTheServersString()
{
    QFETCH(int, digits);
    const int count = 450;
    const QDateTime base(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC);
    QStringList written; // newest first
    for (int i = count - 1; i >= 0; --i) {
        QString text;
        if (digits == 0)
            text = base.addSecs(i).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
        else if (digits == 3)
            text = base.addMSecs(i).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
        else
            text = QStringLiteral("2023-08-21T11:09:04.%1Z").arg(qint64(699714310) / qint64(std::pow(10, 9 - digits)) + i, digits, 10, QLatin1Char('0'));
        written << text;
        m_server->addExport(row(i, text));
    }
    // The patterns give every row a distinct, descending string of the wanted precision.
    QCOMPARE(QSet<QString>(written.begin(), written.end()).size(), count);
    const Run run = runPager();
    QVERIFY2(run.result.ok(), qPrintable(run.result.error.message()));
    QCOMPARE(run.result.value.size(), count);
    const QList<QUrlQuery> queries = listQueries();
    QCOMPARE(queries.size(), 3);
    QCOMPARE(queries.at(1).queryItemValue(QStringLiteral("createdBefore"), QUrl::FullyDecoded), written.at(199));
    QCOMPARE(queries.at(2).queryItemValue(QStringLiteral("createdBefore"), QUrl::FullyDecoded), written.at(399));
}

void TestExportPager::rowWithoutCreatedAtAtPageBoundary()
{
    m_server->generateExports(450);
    // The last row of page 1 comes without createdAt: the cursor is the row before it.
    QList<DemoExport> all = m_server->exports(m_server->projectId());
    std::sort(all.begin(), all.end(), [](const DemoExport &a, const DemoExport &b) { return a.createdAt > b.createdAt; });
    DemoExport boundary = all.at(199);
    boundary.extra.insert(QStringLiteral("createdAt"), QJsonValue::Null);
    m_server->addExport(boundary);
    const Run run = runPager();
    QVERIFY2(run.result.ok(), qPrintable(run.result.error.message()));
    QCOMPARE(run.result.value.size(), 450);
    int withoutTime = 0;
    for (const ExportJob &j : run.result.value)
        withoutTime += j.id == boundary.id && !j.createdAt.isValid();
    QCOMPARE(withoutTime, 1); // kept, once (page 2 repeats it and the repeat is dropped)
    const QList<QUrlQuery> queries = listQueries();
    const QString cursor = queries.at(1).queryItemValue(QStringLiteral("createdBefore"), QUrl::FullyDecoded);
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(QDateTime::fromString(cursor, Qt::ISODateWithMs), all.at(198).createdAt);
}

void TestExportPager::rowRepeatedAcrossPagesIsShownOnce()
{
    m_server->generateExports(450);
    m_server->scenario().inclusiveCursor = true; // every later page starts with the previous page's last row
    const Run run = runPager();
    QVERIFY2(run.result.ok(), qPrintable(run.result.error.message()));
    QCOMPARE(run.result.value.size(), 450);
    QSet<QString> ids;
    for (const ExportJob &j : run.result.value)
        ids.insert(j.id);
    QCOMPARE(ids.size(), 450);
}

// setKeepRows(false): every page goes out through pageLoaded() and nothing is
// kept for finished(); repeats are passed on (the receiver drops them).
void TestExportPager::streamingKeepsNoRows()
{
    m_server->generateExports(450);
    m_server->scenario().inclusiveCursor = true;
    auto *pager = new ExportPager(m_client, m_server->projectId());
    pager->setKeepRows(false);
    int streamed = 0;
    QSet<QString> ids;
    connect(pager, &ExportPager::pageLoaded, this, [&](const QList<ExportJob> &rows, int) {
        streamed += int(rows.size());
        for (const ExportJob &j : rows)
            ids.insert(j.id);
    });
    QSignalSpy finished(pager, &ExportPager::finished);
    pager->start();
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().at(0).value<ExportListResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QVERIFY(result.value.isEmpty());
    QCOMPARE(ids.size(), 450);
    QCOMPARE(streamed, 452); // pages 2 and 3 each start with the row before them
}

void TestExportPager::errorOnPage3KeepsRows()
{
    m_server->generateExports(450);
    m_server->scenario().failSkipCount = 2;
    m_server->scenario().failNextCount = 1;
    m_server->scenario().failNextWithStatus = 500;
    const Run run = runPager();
    QCOMPARE(run.result.error.kind(), ApiError::Server);
    QCOMPARE(run.result.error.httpStatus(), 500);
    QVERIFY(!run.complete);
    QCOMPARE(run.pagesSignalled, 2);
    QCOMPARE(run.result.value.size(), 400);
}

void TestExportPager::maxPagesReadsOnlyTheNewest()
{
    m_server->generateExports(450);
    const Run run = runPager({}, 1);
    QVERIFY(run.result.ok());
    QVERIFY(!run.complete);
    QCOMPARE(run.result.value.size(), 200);
    QCOMPARE(listQueries().size(), 1);
}

void TestExportPager::abortIsSilent()
{
    m_server->generateExports(450);
    m_server->scenario().holdPagedLists = true;
    QPointer<ExportPager> pager = new ExportPager(m_client, m_server->projectId());
    QSignalSpy finished(pager.data(), &ExportPager::finished);
    QSignalSpy pages(pager.data(), &ExportPager::pageLoaded);
    pager->start();
    QVERIFY(pages.wait());
    QTRY_COMPARE(m_server->heldRequestCount(), 1);
    pager->abort();
    QTRY_VERIFY(pager.isNull());
    m_server->releaseHeldRequests();
    QTest::qWait(0); // let the released answer arrive at no one
    QCOMPARE(finished.size(), 0);
}

void TestExportPager::statusFilterParsing()
{
    ExportStatusFilter f;
    QString error;
    QVERIFY(ExportStatusFilter::parse(QStringLiteral("running, failed"), &f, &error));
    QCOMPARE(f.serverStatuses(), (QStringList{QStringLiteral("RUNNING"), QStringLiteral("FAILED")}));
    QVERIFY(ExportStatusFilter::parse(QStringLiteral("PENDING,RUNNING,SUCCEEDED,FAILED,CANCELLED"), &f, &error));
    QCOMPARE(f.serverStatuses().size(), 5);
    QVERIFY(ExportStatusFilter::parse(QStringLiteral("EXPIRED"), &f, &error));
    QVERIFY(f.serverStatuses().isEmpty()); // not in the server's filter list
    ExportJob expired, succeeded;
    expired.status = ExportStatus::Expired;
    succeeded.status = ExportStatus::Succeeded;
    QVERIFY(f.accepts(expired));
    QVERIFY(!f.accepts(succeeded));
    QVERIFY(ExportStatusFilter::parse(QString(), &f, &error));
    QVERIFY(f.isEmpty() && f.accepts(succeeded));
    QVERIFY(!ExportStatusFilter::parse(QStringLiteral("SUCCEEDED,BOGUS"), &f, &error));
    QVERIFY2(error.contains(QLatin1String("\"BOGUS\"")) && error.contains(QLatin1String("CANCELLED")), qPrintable(error));
}

void TestExportPager::statusFilterGoesToServer()
{
    m_server->generateExports(900);
    int expected = 0;
    for (const DemoExport &j : m_server->exports(m_server->projectId()))
        expected += j.status == QLatin1String("SUCCEEDED") || j.status == QLatin1String("FAILED");
    const Run run = runPager(ExportStatusFilter({ExportStatus::Succeeded, ExportStatus::Failed}));
    QVERIFY(run.result.ok());
    QCOMPARE(run.result.value.size(), expected);
    for (const QUrlQuery &q : listQueries())
        QCOMPARE(q.queryItemValue(QStringLiteral("status")), QStringLiteral("SUCCEEDED,FAILED"));
}

void TestExportPager::expiredIsFilteredLocally()
{
    m_server->generateExports(450);
    int expected = 0;
    for (const DemoExport &j : m_server->exports(m_server->projectId()))
        expected += j.status == QLatin1String("EXPIRED");
    QVERIFY(expected > 0);
    const Run run = runPager(ExportStatusFilter({ExportStatus::Expired}));
    QVERIFY(run.result.ok());
    QCOMPARE(run.result.value.size(), expected);
    for (const QUrlQuery &q : listQueries())
        QVERIFY(!q.hasQueryItem(QStringLiteral("status")));
}

void TestExportPager::cancelExport()
{
    m_server->seedDemoData();
    QString running;
    for (const DemoExport &j : m_server->exports(m_server->projectId()))
        if (j.status == QLatin1String("RUNNING"))
            running = j.id;
    QVERIFY(!running.isEmpty());
    const auto cancel = [this](const QString &id) {
        CancelExportRequest *request = m_client->cancelExport(m_server->projectId(), id);
        QSignalSpy spy(request, &CancelExportRequest::finished);
        if (!spy.wait(15000))
            qFatal("cancel did not finish");
        return spy.takeFirst().at(0).value<CancelExportResult>();
    };
    const CancelExportResult ok = cancel(running);
    QVERIFY2(ok.ok() && ok.value, qPrintable(ok.error.message()));
    QCOMPARE(m_server->requests().constLast().method, QByteArray("DELETE"));
    QCOMPARE(m_server->exportById(running).status, QStringLiteral("CANCELLED"));
    QVERIFY(cancel(running).ok()); // idempotent
    QCOMPARE(cancel(QStringLiteral("no-such-export")).error.kind(), ApiError::NotFound);
}

// ExportPage (what fuzz_exportpages checks): the cursor is the exact text of the
// last non-blank string createdAt, entries that are not rows still count on the
// wire, and a repeated id is kept only the first time.
void TestExportPager::pageParsing()
{
    const ExportPage page = ExportPage::parse(R"({"exports": [
        {"id": "a", "createdAt": "2025-12-01T09:00:03.123456Z"},
        {"id": "b", "createdAt": "2025-12-01T09:00:02+00:00"},
        7, {"id": "c", "createdAt": "  "}, {"createdAt": 12}]})");
    QVERIFY(page.ok());
    QCOMPARE(page.rowsOnWire, 5);
    QCOMPARE(page.rows.size(), 4);
    QCOMPARE(page.rows.at(2).id, QStringLiteral("c"));
    QVERIFY(page.rows.at(3).id.isEmpty());
    QCOMPARE(page.cursor, QStringLiteral("2025-12-01T09:00:02+00:00"));

    QSet<QString> seen{QStringLiteral("b")};
    const QList<ExportJob> fresh = ExportPage::unseenRows(page.rows, &seen);
    QCOMPARE(fresh.size(), 3); // a, c and the row without an id
    QCOMPARE(seen.size(), 3);

    QVERIFY(!ExportPage::parse("{\"exports\": {}}").ok());
    const ExportPage broken = ExportPage::parse("[{");
    QVERIFY(!broken.ok());
    QVERIFY(broken.rows.isEmpty() && broken.cursor.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportPager)

#include "tst_exportpager.moc"
