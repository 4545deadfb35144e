// SPDX-License-Identifier: GPL-3.0-or-later
// ExportWaiter against the demo server: follows jobs to their end, backs off,
// honours 429 Retry-After, stops on hard errors and on its own timeout.
#include "demoserver.h"
#include "exports/exportsourceref.h"
#include "api/backoff.h"
#include "exports/exportwaiter.h"
#include "api/peakaclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace peaka;
using peaka::demo::DemoServer;
using peaka::demo::RecordedRequest;

namespace {
const QString kChargesQuery = QStringLiteral("709922802836177297");
}

class TestExportWaiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsCreatedJobToSucceeded();
    void reportsFailedJobWithItsError();
    void finalJobEndsAfterOnePoll();
    void unknownIdIsAHardError();
    void backsOffOnServerErrors();
    void honoursRetryAfterOn429();
    void givesUpAfterTimeout();
    void backoffFormula();

private:
    QString createJob();
    QList<RecordedRequest> readsOf(const QString &id) const;

    DemoServer *m_server = nullptr;
    PeakaClient *m_client = nullptr;
};

void TestExportWaiter::init()
{
    m_server = new DemoServer;
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->scenario().pendingMs = 150;
    m_server->scenario().runningMs = 150;
    m_client = new PeakaClient;
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl().toString()));
    m_client->setApiKey(m_server->partnerKey().key);
    // The waiter itself must handle 429/5xx: no silent retries underneath.
    RetryPolicy noRetry;
    noRetry.maxRetries = 0;
    m_client->setRetryPolicy(noRetry);
}

void TestExportWaiter::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

QString TestExportWaiter::createJob()
{
    auto *request = ExportSourceRef::query(kChargesQuery).start(m_client, m_server->projectId(), {});
    QSignalSpy spy(request, &ExportRequest::finished);
    if (!spy.wait(5000))
        return {};
    const auto result = spy.at(0).at(0).value<ExportResult>();
    return result.ok() ? result.value.id : QString();
}

QList<RecordedRequest> TestExportWaiter::readsOf(const QString &id) const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_server->requests()) {
        if (r.origin == QLatin1String("api") && r.method == "GET" && r.url.path().endsWith(QLatin1Char('/') + id))
            out << r;
    }
    return out;
}

void TestExportWaiter::followsCreatedJobToSucceeded()
{
    const QString id = createJob();
    QVERIFY(!id.isEmpty());
    ExportWaiter waiter(m_client, m_server->projectId(), id);
    waiter.setIntervalMs(40);
    QSignalSpy changed(&waiter, &ExportWaiter::statusChanged);
    QSignalSpy finished(&waiter, &ExportWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    const auto job = finished.at(0).at(0).value<ExportJob>();
    const auto error = finished.at(0).at(1).value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(job.id, id);
    QCOMPARE(job.status.code(), ExportStatus::Succeeded);
    QVERIFY(!job.files.isEmpty());
    QVERIFY(job.expiresAt.isValid());
    // Every status seen once, in order, ending with SUCCEEDED.
    QVERIFY(changed.count() >= 2);
    QCOMPARE(changed.last().at(0).value<ExportJob>().status.code(), ExportStatus::Succeeded);
    QCOMPARE(changed.first().at(0).value<ExportJob>().status.code(), ExportStatus::Pending);
    QVERIFY(!waiter.isRunning());
    QVERIFY(!waiter.hasTimedOut());
    // Nothing more after the end.
    const int reads = readsOf(id).size();
    QTest::qWait(200);
    QCOMPARE(readsOf(id).size(), reads);
    QCOMPARE(finished.count(), 1);
}

void TestExportWaiter::reportsFailedJobWithItsError()
{
    m_server->scenario().createdJobsFail = true;
    const QString id = createJob();
    QVERIFY(!id.isEmpty());
    ExportWaiter waiter(m_client, m_server->projectId(), id);
    waiter.setIntervalMs(40);
    QSignalSpy finished(&waiter, &ExportWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(10000));
    const auto job = finished.at(0).at(0).value<ExportJob>();
    QVERIFY(!finished.at(0).at(1).value<ApiError>().isError());
    QCOMPARE(job.status.code(), ExportStatus::Failed);
    QVERIFY(job.error.contains(QLatin1String("row export limit")));
}

void TestExportWaiter::finalJobEndsAfterOnePoll()
{
    QString failedId;
    for (const auto &e : m_server->exports(m_server->projectId())) {
        if (e.status == QLatin1String("EXPIRED"))
            failedId = e.id;
    }
    QVERIFY(!failedId.isEmpty());
    ExportWaiter waiter(m_client, m_server->projectId(), failedId);
    QSignalSpy finished(&waiter, &ExportWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).value<ExportJob>().status.code(), ExportStatus::Expired);
    QCOMPARE(readsOf(failedId).size(), 1);
}

void TestExportWaiter::unknownIdIsAHardError()
{
    const QString id = QStringLiteral("00000000-0000-0000-0000-000000000000");
    ExportWaiter waiter(m_client, m_server->projectId(), id);
    waiter.setIntervalMs(20);
    QSignalSpy finished(&waiter, &ExportWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(1).value<ApiError>().kind(), ApiError::NotFound);
    QCOMPARE(readsOf(id).size(), 1);
}

void TestExportWaiter::backsOffOnServerErrors()
{
    const QString id = createJob();
    QVERIFY(!id.isEmpty());
    m_server->clearRequests();
    m_server->scenario().failNextWithStatus = 500;
    m_server->scenario().failNextCount = 3;
    ExportWaiter waiter(m_client, m_server->projectId(), id);
    waiter.setIntervalMs(50);
    QList<QPair<int, int>> failures; // (error status, delay)
    connect(&waiter, &ExportWaiter::pollFailed, this,
            [&failures](const ApiError &e, int delay) { failures.append({e.httpStatus(), delay}); });
    QSignalSpy finished(&waiter, &ExportWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(1).value<ApiError>().isError());
    QCOMPARE(finished.at(0).at(0).value<ExportJob>().status.code(), ExportStatus::Succeeded);
    QCOMPARE(failures.size(), 3);
    QCOMPARE(failures.at(0), qMakePair(500, 50));
    QCOMPARE(failures.at(1), qMakePair(500, 100));
    QCOMPARE(failures.at(2), qMakePair(500, 200));
}

void TestExportWaiter::honoursRetryAfterOn429()
{
    const QString id = createJob();
    QVERIFY(!id.isEmpty());
    m_server->clearRequests();
    m_server->scenario().failNextWithStatus = 429;
    m_server->scenario().failNextCount = 1;
    m_server->scenario().retryAfter = QStringLiteral("1");
    QElapsedTimer clock;
    QList<qint64> at;
    connect(m_server, &DemoServer::requestReceived, this, [&](const RecordedRequest &r) {
        if (r.origin == QLatin1String("api"))
            at << clock.elapsed();
    });
    ExportWaiter waiter(m_client, m_server->projectId(), id);
    waiter.setIntervalMs(20);
    QSignalSpy failed(&waiter, &ExportWaiter::pollFailed);
    QSignalSpy finished(&waiter, &ExportWaiter::finished);
    clock.start();
    waiter.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(1).value<ApiError>().isError());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::RateLimited);
    QCOMPARE(failed.at(0).at(1).toInt(), 1000);
    QVERIFY(at.size() >= 2);
    QVERIFY2(at.at(1) - at.at(0) >= 950, qPrintable(QString::number(at.at(1) - at.at(0))));
}

void TestExportWaiter::givesUpAfterTimeout()
{
    m_server->scenario().pendingMs = 600000;
    const QString id = createJob();
    QVERIFY(!id.isEmpty());
    ExportWaiter waiter(m_client, m_server->projectId(), id);
    waiter.setIntervalMs(50);
    waiter.setTimeoutMs(300);
    QSignalSpy finished(&waiter, &ExportWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(5000));
    const auto error = finished.at(0).at(1).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Timeout);
    QVERIFY(waiter.hasTimedOut());
    QVERIFY(error.reason().contains(id));
    QCOMPARE(finished.at(0).at(0).value<ExportJob>().status.code(), ExportStatus::Pending);
    QTest::qWait(150);
    QCOMPARE(finished.count(), 1);
}

void TestExportWaiter::backoffFormula()
{
    const ApiError server(ApiError::Server, 503);
    // The waiter's step is the errors before this one (the first waits one interval).
    const Backoff backoff(2000, 60000);
    QCOMPARE(backoff.delayMs(0, server), 2000);
    QCOMPARE(backoff.delayMs(1, server), 4000);
    QCOMPARE(backoff.delayMs(10, server), 60000);
    ApiError limited(ApiError::RateLimited, 429);
    limited.setRetryAfterSecs(90);
    QCOMPARE(backoff.delayMs(0, limited), 90000);
    limited.setRetryAfterSecs(-1);
    QCOMPARE(backoff.delayMs(2, limited), 8000);
    QVERIFY(!ApiError(ApiError::Forbidden, 403).isTransient());
    QVERIFY(ApiError(ApiError::Network).isTransient());
}

QTEST_GUILESS_MAIN(TestExportWaiter)
#include "tst_exportwaiter.moc"
