// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the export list cache: a second start shows the cached rows
// before the server answers, marked "cached · updating…", then the server's
// list reconciles them without losing the selection; --no-cache shows none;
// View ▸ Clear Cache forgets them.
#include "cache/exportlistcachelink.h"
#include "exporttableview.h"
#include "guitestwindow.h"
#include "statusmessages.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoExport;

class TestListCache : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t;

    QString statusText() const { return t.find<QLabel>("statusLabel")->text(); }
    QString currentId() const { return t.table()->currentIndex().data(ExportListModel::IdRole).toString(); }
    int listCalls() const
    {
        int n = 0;
        for (const auto &r : t.server->requests())
            n += r.method == "GET" && r.url.path().endsWith(QLatin1String("/exports"));
        return n;
    }
    // 450 exports (three pages), none moving.
    void seed450() { t.seedStill(450); }
    // A first run that reads every page and writes the cache.
    void firstRun()
    {
        seed450();
        t.openWindow();
        QSignalSpy saved(t.app->listCache(), &ExportListCache::saved);
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.first().at(1).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(t.app->model()->rowCount(), 450, 30000);
        QVERIFY(!statusText().contains(QLatin1String("cached")));
        t.closeWindow();
    }

private Q_SLOTS:
    void init() { QVERIFY2(t.startServer(), qPrintable(t.server->errorString())); }
    void cleanup() { t.reset(); }

    void secondStartShowsCachedRowsBeforeTheServerAnswers()
    {
        firstRun();
        if (QTest::currentTestFailed())
            return;
        // Meanwhile on the server: one status changes, one row goes, two come.
        const QList<DemoExport> all = t.server->exports(t.server->projectId());
        const QString changed = all.at(20).id, removed = all.at(30).id, kept = all.at(300).id;
        t.server->setExportStatus(changed, QStringLiteral("FAILED"), QStringLiteral("gone wrong"));
        const QList<DemoExport> before = t.server->exports(t.server->projectId());
        t.server->clearExports();
        for (const DemoExport &e : before)
            if (e.id != removed)
                t.server->addExport(e);
        t.server->generateExports(2);
        for (const DemoExport &e : t.server->exports(t.server->projectId()))
            if (e.status == QLatin1String("PENDING") || e.status == QLatin1String("RUNNING"))
                t.server->setExportStatus(e.id, QStringLiteral("CANCELLED"));
        t.server->clearRequests();
        t.server->scenario().holdLists = true; // the server answers no list until released

        t.openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(t.app->model()->rowCount(), 450, 15000);
        // The cached rows may come before the first page is even asked for (the read takes ~20 ms).
        QTRY_COMPARE_WITH_TIMEOUT(listCalls(), 1, 15000);                  // the first page was asked for...
        QTRY_COMPARE_WITH_TIMEOUT(t.server->heldRequestCount(), 1, 15000); // ...and is not answered yet
        QVERIFY(t.app->listCacheLink()->showsCachedRows());
        QTRY_VERIFY2(statusText().contains(QStringLiteral("cached · updating…")), qPrintable(statusText()));
        QVERIFY2(statusText().contains(QStringLiteral("450 exports")), qPrintable(statusText()));
        QCOMPARE(t.table()->model()->rowCount(), 450);
        QVERIFY(t.app->model()->statusAt(t.app->model()->rowOfId(changed)) != ExportStatus::Failed);
        QVERIFY(t.select(kept));
        QCOMPARE(t.window->detailPane()->currentId(), kept);

        t.server->releaseHeldRequests();
        QTRY_VERIFY_WITH_TIMEOUT(!t.app->listCacheLink()->showsCachedRows(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(t.app->model()->rowCount(), 451, 30000);
        QTRY_VERIFY2(!statusText().contains(QLatin1String("cached")), qPrintable(statusText()));
        QTRY_VERIFY(!t.app->model()->isMerging());
        QCOMPARE(t.app->model()->rowOfId(removed), -1);
        QCOMPARE(t.app->model()->statusAt(t.app->model()->rowOfId(changed)), ExportStatus::Failed);
        QCOMPARE(currentId(), kept); // the selection survived the reconcile
        QCOMPARE(t.window->detailPane()->currentId(), kept);
    }

    void noCacheShowsOnlyTheServersRows()
    {
        firstRun();
        if (QTest::currentTestFailed())
            return;
        t.server->scenario().holdLists = true;
        MainWindowAssembly::Options options;
        options.listCache = false;
        t.openApp(options);
        QSignalSpy loaded(t.app->listCache(), &ExportListCache::loaded);
        t.app->setConnection(t.connection());
        QVERIFY(loaded.wait(15000));
        QVERIFY(!loaded.first().at(1).value<ExportListCacheFile::LoadResult>().found);
        QTRY_COMPARE(t.server->heldRequestCount(), 1);
        QCOMPARE(t.app->model()->rowCount(), 0);
        QVERIFY(!statusText().contains(QLatin1String("cached")));
        t.server->releaseHeldRequests();
        QTRY_COMPARE_WITH_TIMEOUT(t.app->model()->rowCount(), 450, 30000);
    }

    void clearCacheForgetsTheLists()
    {
        firstRun();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!QDir(ExportListCache::defaultDir()).entryList({QStringLiteral("*.sqlite")}, QDir::Files).isEmpty());
        t.server->scenario().holdLists = true;
        t.openApp();
        auto *clear = t.window->findChild<QAction *>(QStringLiteral("actionClearCache"));
        QVERIFY(clear);
        auto *view = t.window->findChild<QMenu *>(QStringLiteral("menuView"));
        QVERIFY(view && view->actions().contains(clear)); // in View, where a user looks for it
        QSignalSpy cleared(t.app->listCache(), &ExportListCache::cleared);
        clear->trigger();
        QVERIFY(cleared.wait(15000));
        QCOMPARE(t.app->status()->current(), QStringLiteral("Cleared the cached export lists."));
        QVERIFY(QDir(ExportListCache::defaultDir()).entryList({QStringLiteral("*.sqlite*")}, QDir::Files).isEmpty());
        QSignalSpy loaded(t.app->listCache(), &ExportListCache::loaded);
        t.app->setConnection(t.connection());
        QVERIFY(loaded.wait(15000));
        QTRY_COMPARE(t.server->heldRequestCount(), 1);
        QCOMPARE(t.app->model()->rowCount(), 0); // nothing cached: nothing before the server answers
        t.server->releaseHeldRequests();
        QTRY_COMPARE_WITH_TIMEOUT(t.app->model()->rowCount(), 450, 30000);
    }
};

QTEST_MAIN(TestListCache)
#include "tst_listcache.moc"
