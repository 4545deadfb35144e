// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver.h"
#include "exports/livepoller.h"
#include "exports/stringtable.h"
#include "api/backoff.h"
#include "api/peakaclient.h"

#include <QSignalSpy>

#include <algorithm>
#include <QTest>

using namespace peaka;

namespace {

// A demo server, a client with its partner key (no retries) and a poller on
// its project that ticks every `intervalMs`.
struct PollerSetup
{
    explicit PollerSetup(int intervalMs)
        : poller(&client)
    {
        ok = server.start() && client.setBaseUrl(server.baseUrl().toString());
        client.setApiKey(server.partnerKey().key);
        client.setRetryPolicy({0, 100, 100});
        poller.setIntervalMs(intervalMs);
        poller.setProjectId(server.projectId());
    }
    demo::DemoServer server;
    PeakaClient client;
    LivePoller poller;
    bool ok = false;
};

} // namespace

class TestLivePoller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffDoublesUpToCapAndHonoursRetryAfter()
    {
        // The poller's step is its failure count (the first failure waits 2×interval).
        QCOMPARE(Backoff(5000, 300000).delayMs(1, -1), 10000);
        QCOMPARE(Backoff(5000, 300000).delayMs(3, -1), 40000);
        QCOMPARE(Backoff(5000, 300000).delayMs(30, -1), 300000);
        QCOMPARE(Backoff(5000, 300000).delayMs(1, 60), 60000);
        QCOMPARE(Backoff(5000, 30000).delayMs(1, 600), 600000); // the server knows best
    }

    void pollsOnlyWhileSomethingIsInProgress()
    {
        PollerSetup s(100);
        QVERIFY(s.ok);
        demo::DemoServer &server = s.server;
        LivePoller &poller = s.poller;
        QSignalSpy listed(&poller, &LivePoller::listed);
        poller.refresh();
        QVERIFY(listed.wait());
        QVERIFY(poller.isScheduled()); // the demo data has running jobs
        QVERIFY(listed.wait());        // and the timer lists again

        for (const auto &e : server.exports(server.projectId()))
            if (e.status == QLatin1String("RUNNING") || e.status == QLatin1String("PENDING"))
                server.setExportStatus(e.id, QStringLiteral("SUCCEEDED"));
        // The next answer has nothing in progress: no timer is left running.
        QTRY_VERIFY(!poller.isBusy() && !poller.isScheduled());
        QCOMPARE(poller.scheduledInMs(), -1);
    }

    // rowsChanged() carries every change: applied one after the other to an
    // empty list they give listed()'s whole list (pages of a full read, a
    // removal found by the next complete read, Read Export).
    void rowsChangedRebuildsTheList()
    {
        PollerSetup s(3600 * 1000);
        QVERIFY(s.ok);
        demo::DemoServer &server = s.server;
        LivePoller &poller = s.poller;
        server.generateExports(450); // three pages
        QList<ExportJob> rebuilt;
        int changes = 0;
        connect(&poller, &LivePoller::rowsChanged, this, [&](const QList<ExportJob> &rows, const QStringList &removed) {
            ++changes;
            for (const ExportJob &r : rows) {
                const auto it = std::find_if(rebuilt.begin(), rebuilt.end(), [&r](const ExportJob &j) { return j.id == r.id; });
                if (it != rebuilt.end())
                    *it = r;
                else
                    rebuilt.append(r);
            }
            rebuilt.removeIf([&removed](const ExportJob &j) { return removed.contains(j.id); });
        });
        // The server's list, by id and status (the poller keeps no rows to compare with).
        QHash<QString, QString> overrides; // statuses read elsewhere (updateJob)
        const auto same = [&] {
            QHash<QString, QString> want, got;
            for (const demo::DemoExport &e : server.exports(server.projectId()))
                want.insert(e.id, overrides.value(e.id, e.status));
            for (const ExportJob &j : rebuilt)
                got.insert(j.id, j.status.wire());
            return got == want && poller.rowCount() == want.size() && int(rebuilt.size()) == want.size();
        };
        QSignalSpy finished(&poller, &LivePoller::loadFinished);
        poller.refresh();
        QVERIFY(finished.wait(30000));
        QVERIFY(changes >= 3); // one per page
        QVERIFY(same());
        QVERIFY(rebuilt.size() > 450);

        const QString gone = server.exports(server.projectId()).first().id;
        server.clearExports();
        server.generateExports(10);
        poller.refresh();
        QVERIFY(finished.wait(30000));
        QVERIFY(same());
        QCOMPARE(rebuilt.size(), 10);
        QVERIFY(std::none_of(rebuilt.cbegin(), rebuilt.cend(), [&gone](const ExportJob &j) { return j.id == gone; }));

        ExportJob read = rebuilt.first();
        read.status = ExportStatus::Cancelled;
        overrides.insert(read.id, read.status.wire());
        poller.updateJob(read);
        QVERIFY(same());
        QVERIFY(poller.contains(read.id));
        QVERIFY(!poller.contains(gone));
    }

    // The poller's full read streams its pages (the pager keeps nothing):
    // a row the server repeats on the next page is passed on once.
    void fullReadPassesARepeatedRowOnce()
    {
        PollerSetup s(3600 * 1000);
        QVERIFY(s.ok);
        demo::DemoServer &server = s.server;
        LivePoller &poller = s.poller;
        server.clearExports();
        server.generateExports(450);
        server.scenario().inclusiveCursor = true;
        QStringList passed;
        connect(&poller, &LivePoller::rowsChanged, this, [&](const QList<ExportJob> &rows, const QStringList &) {
            for (const ExportJob &r : rows)
                passed << r.id;
        });
        QSignalSpy finished(&poller, &LivePoller::loadFinished);
        poller.refresh();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toInt(), 450);
        QCOMPARE(passed.size(), 450);
        QCOMPARE(QSet<QString>(passed.cbegin(), passed.cend()).size(), 450);
        QCOMPARE(poller.rowCount(), 450);
    }

    // Cached rows seeded while the full read is in flight are confirmed by it
    // or dropped when it completes; a row read meanwhile (Read Export) stays.
    void seededRowsTheReadDoesNotListAreDropped()
    {
        PollerSetup s(3600 * 1000);
        QVERIFY(s.ok);
        demo::DemoServer &server = s.server;
        LivePoller &poller = s.poller;
        server.clearExports();
        server.generateExports(5);
        server.scenario().holdLists = true;
        QStringList removed;
        connect(&poller, &LivePoller::rowsChanged, this, [&](const QList<ExportJob> &, const QStringList &ids) {
            removed << ids;
        });
        QSignalSpy finished(&poller, &LivePoller::loadFinished);
        poller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(server.heldRequestCount(), 1, 30000);
        ExportJob stale, readNow;
        stale.id = QStringLiteral("gone-from-the-server");
        stale.status = ExportStatus::Succeeded;
        readNow.id = QStringLiteral("created-after-the-read-began");
        readNow.status = ExportStatus::Running;
        ExportJob listed;
        listed.id = server.exports(server.projectId()).first().id;
        StringTable strings;
        QVERIFY(poller.seedIds({ExportRow::fromJob(stale, strings), ExportRow::fromJob(listed, strings)}, strings));
        poller.updateJob(readNow);
        QCOMPARE(poller.rowCount(), 3);
        server.releaseHeldRequests();
        QVERIFY(finished.wait(30000));
        QCOMPARE(removed, QStringList{stale.id});
        QCOMPARE(poller.rowCount(), 6);
        QVERIFY(poller.contains(readNow.id));
        QVERIFY(poller.inProgressIds().contains(readNow.id));
        QVERIFY(!poller.seedIds({ExportRow::fromJob(stale, strings)}, strings)); // the server's whole list is in
    }

    // A start seeds the ids of 100,000 cached rows (the model takes the rows
    // themselves): nothing is passed on; known ids keep what they have.
    void seedingTakesIdsOnly()
    {
        LivePoller poller(nullptr);
        poller.setProjectId(QStringLiteral("prj"));
        StringTable strings;
        QList<ExportRow> rows;
        for (int i = 0; i < 3; ++i) {
            ExportJob job;
            job.id = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i);
            job.status = i == 1 ? ExportStatus::Running : ExportStatus::Succeeded;
            rows.append(ExportRow::fromJob(job, strings));
        }
        QSignalSpy changed(&poller, &LivePoller::rowsChanged);
        QVERIFY(poller.seedIds(rows, strings));
        QVERIFY(changed.isEmpty());
        QCOMPARE(poller.rowCount(), 3);
        QVERIFY(poller.contains(rows.at(2).id(strings)));
        QCOMPARE(poller.inProgressIds(), QSet<QString>{rows.at(1).id(strings)});

        ExportJob text, none;
        text.id = QStringLiteral("not-a-uuid"); // a key into the cache's strings, not the poller's
        none.id = QString();
        StringTable other;
        QVERIFY(poller.seedIds({ExportRow::fromJob(none, other), ExportRow::fromJob(text, other), rows.at(0)}, other));
        QVERIFY(changed.isEmpty());
        QCOMPARE(poller.rowCount(), 4); // no id is not followed; a known one counts once
        QVERIFY(poller.contains(text.id));
    }

    void errorsBackOffAndUnfixableOnesStop()
    {
        PollerSetup s(100);
        QVERIFY(s.ok);
        demo::DemoServer &server = s.server;
        PeakaClient &client = s.client;
        LivePoller &poller = s.poller;
        QSignalSpy failed(&poller, &LivePoller::failed);
        server.scenario().failNextWithStatus = 500;
        server.scenario().failNextCount = 2;
        poller.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(failed.last().at(1).toInt(), 200);
        QVERIFY(failed.wait());
        QCOMPARE(failed.last().at(1).toInt(), 400);
        QSignalSpy listed(&poller, &LivePoller::listed);
        QVERIFY(listed.wait());
        QCOMPARE(poller.consecutiveFailures(), 0);

        client.setApiKey(QStringLiteral("wrong.key"));
        poller.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(failed.last().at(0).value<ApiError>().kind(), ApiError::Unauthorized);
        QCOMPARE(failed.last().at(1).toInt(), -1);
        QVERIFY(!poller.isScheduled());
    }
};

QTEST_GUILESS_MAIN(TestLivePoller)
#include "tst_livepoller.moc"
