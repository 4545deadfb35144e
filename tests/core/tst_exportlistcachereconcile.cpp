// SPDX-License-Identifier: GPL-3.0-or-later
// The export list cache with its server: a restart shows the cached rows, then
// the paged read reconciles them (changed statuses, removed and new rows);
// --no-cache finds nothing; Clear cache removes the files.
#include "api/peakaclient.h"
#include "cache/exportlistcache.h"
#include "cache/exportlistcachelink.h"
#include "demoserver.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace peaka;

class TestExportListCacheReconcile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void restartShowsCachedRowsThenReconciles()
    {
        demo::DemoServer server;
        QVERIFY(server.start());
        server.clearExports();
        server.generateExports(450); // three pages
        ExportListCache cache(m_dir->filePath(QStringLiteral("lists")));
        const ExportListCacheKey key{server.baseUrl(), {QStringLiteral("profile"), server.projectId()},
                                     QStringLiteral("TtgGcQFq")};
        {
            // First run: nothing cached; the server's whole list is written.
            Session s(server, &cache);
            QSignalSpy loaded(&cache, &ExportListCache::loaded);
            QSignalSpy saved(&cache, &ExportListCache::saved);
            s.link.setTarget(key);
            s.poller.refresh();
            QVERIFY(saved.wait(60000));
            QVERIFY(saved.first().at(1).toBool());
            QCOMPARE(loaded.size(), 1);
            QVERIFY(!loaded.first().at(1).value<ExportListCacheFile::LoadResult>().found);
            QCOMPARE(s.poller.rowCount(), 450);
            QVERIFY(!s.link.showsCachedRows());
        }
        // Meanwhile on the server: 3 statuses change, 2 rows go, 5 come.
        const QList<demo::DemoExport> all = server.exports();
        QStringList changed;
        for (int i = 0; i < 3; ++i) {
            changed << all.at(10 + i * 150).id;
            server.setExportStatus(changed.last(), QStringLiteral("FAILED"), QStringLiteral("gone wrong"));
        }
        const QStringList removed = {all.at(40).id, all.at(400).id};
        const QList<demo::DemoExport> kept = server.exports();
        server.clearExports();
        for (const demo::DemoExport &e : kept) {
            if (!removed.contains(e.id))
                server.addExport(e);
        }
        server.generateExports(5);

        Session s(server, &cache);
        QSignalSpy shown(&s.link, &ExportListCacheLink::cachedRowsShown);
        s.link.setTarget(key);
        QVERIFY(shown.wait(60000));
        QCOMPARE(shown.first().at(0).toInt(), 450);
        QVERIFY(s.link.showsCachedRows());
        QTRY_COMPARE_WITH_TIMEOUT(s.model.rowCount(), 450, 30000);
        QVERIFY(s.model.jobAt(s.model.rowOfId(changed.first())).status != ExportStatus::Failed);
        const int keptRow = s.model.rowOfId(all.at(300).id);

        server.scenario().holdPagedLists = true; // page 1 in, the rest held: cached rows stay
        QSignalSpy saved(&cache, &ExportListCache::saved);
        QSignalSpy progress(&s.poller, &LivePoller::loadProgress);
        s.poller.refresh();
        QVERIFY(progress.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(server.heldRequestCount() > 0, 30000);
        QVERIFY(s.link.showsCachedRows());
        QVERIFY(s.poller.rowCount() >= 450); // page 1 merged into the cached rows, none dropped yet
        server.releaseHeldRequests();
        QVERIFY(saved.wait(60000));
        QVERIFY(!s.link.showsCachedRows());
        QCOMPARE(s.poller.rowCount(), 453);
        QTRY_COMPARE_WITH_TIMEOUT(s.model.rowCount(), 453, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!s.model.isMerging(), 30000);
        for (const QString &id : changed)
            QCOMPARE(s.model.jobAt(s.model.rowOfId(id)).status, ExportStatus(ExportStatus::Failed));
        for (const QString &id : removed)
            QCOMPARE(s.model.rowOfId(id), -1);
        QVERIFY(s.model.rowOfId(all.at(300).id) <= keptRow); // a kept row keeps its place (or moves up)
        const ExportListCacheFile::LoadResult written = ExportListCacheFile::read(cache.pathFor(key), key.identity());
        QCOMPARE(written.size(), 453);

        // Once the server's whole list is in, a late cached list is not shown.
        QSignalSpy lateLoad(&cache, &ExportListCache::loaded);
        s.link.setTarget(key);
        QVERIFY(lateLoad.wait(30000));
        QVERIFY(!s.link.showsCachedRows());

        // --no-cache: nothing is read.
        Session off(server, &cache);
        cache.setEnabled(false);
        QSignalSpy offShown(&off.link, &ExportListCacheLink::cachedRowsShown);
        QSignalSpy offLoad(&cache, &ExportListCache::loaded);
        off.link.setTarget(key);
        QVERIFY(offLoad.wait(30000));
        QVERIFY(!offLoad.first().at(1).value<ExportListCacheFile::LoadResult>().found);
        QVERIFY(offShown.isEmpty());
        QCOMPARE(off.poller.rowCount(), 0);
        cache.setEnabled(true);

        // Clear cache removes the files.
        QSignalSpy cleared(&cache, &ExportListCache::cleared);
        cache.clearAll();
        QVERIFY(cleared.wait(30000));
        QVERIFY(cleared.first().at(0).toBool());
        QVERIFY(!QFile::exists(cache.pathFor(key)));
    }

private:
    struct Session
    {
        Session(demo::DemoServer &server, ExportListCache *cache)
            : poller(&client), link(&poller, &model, cache)
        {
            client.setBaseUrl(server.baseUrl().toString());
            client.setApiKey(server.partnerKey().key);
            poller.setProjectId(server.projectId());
            QObject::connect(&poller, &LivePoller::rowsChanged, &model, &ExportListModel::mergeRows);
        }
        PeakaClient client;
        ExportListModel model;
        LivePoller poller;
        ExportListCacheLink link;
    };
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestExportListCacheReconcile)
#include "tst_exportlistcachereconcile.moc"
