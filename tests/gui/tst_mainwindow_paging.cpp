// SPDX-License-Identifier: GPL-3.0-or-later
// The window over the paged List Exports: every page arrives (the first at
// once), progress in the status bar, an error part-way keeps the rows and says
// what is missing, and a running export is followed without deep-page reads.
#include "errorbanner.h"
#include "guitestwindow.h"

#include <QPushButton>
#include <QUrlQuery>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoExport;

class TestMainWindowPaging : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t;

    QString statusText() const { return t.find<QLabel>("statusLabel")->text(); }
    int listCalls(bool deepOnly) const
    {
        int n = 0;
        for (const auto &r : t.server->requests())
            if (r.method == "GET" && r.url.path().endsWith(QLatin1String("/exports"))
                && (!deepOnly || QUrlQuery(r.url).hasQueryItem(QStringLiteral("createdBefore"))))
                ++n;
        return n;
    }
    // 450 exports (three pages), none moving.
    void seed450() { t.seedStill(450); }

private Q_SLOTS:
    void init() { QVERIFY2(t.startServer(), qPrintable(t.server->errorString())); }
    void cleanup() { t.reset(); }

    void firstPageAtOnceThenEveryPage()
    {
        seed450();
        t.server->scenario().holdPagedLists = true; // page 2 waits until released
        t.openWindow();
        ExportListModel *model = t.app->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 200, 15000);
        QTRY_COMPARE(t.server->heldRequestCount(), 1); // the first page is shown before the next is answered
        QTRY_VERIFY2(statusText().contains(QStringLiteral("Loading exports… 200 so far")), qPrintable(statusText()));
        QCOMPARE(t.window->findChild<QTableView *>(QStringLiteral("exportTable"))->model()->rowCount(), 200);
        t.server->releaseHeldRequests();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 450, 15000);
        QTRY_VERIFY(!statusText().contains(QLatin1String("Loading")));
        QVERIFY2(statusText().contains(QLatin1String("450 exports")), qPrintable(statusText()));
        QCOMPARE(listCalls(false), 3);
        QCOMPARE(listCalls(true), 2);
    }

    void errorPartWayKeepsRowsAndRetries()
    {
        seed450();
        t.server->scenario().failSkipCount = 1; // page 2 fails
        t.server->scenario().failNextCount = 1;
        t.server->scenario().failNextWithStatus = 400;
        t.openWindow();
        auto *banner = t.find<ErrorBanner>("errorBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        const QString text = t.find<QLabel>("errorBannerText")->text();
        QVERIFY2(text.contains(QLatin1String("Showing 200 exports; the rest could not be loaded")), qPrintable(text));
        QCOMPARE(t.app->model()->rowCount(), 200);
        auto *retry = t.find<QPushButton>("errorBannerRetry");
        QVERIFY(retry->isVisible());
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(t.app->model()->rowCount(), 450, 15000);
        QTRY_VERIFY(!banner->isVisible());
    }

    void runningExportFollowedWithoutDeepPages()
    {
        seed450();
        // The oldest export (on the last page) is still running and finishes while watched.
        DemoExport running;
        running.id = QStringLiteral("deep-running-export");
        running.status = QStringLiteral("RUNNING");
        running.createdAt = t.server->now().addDays(-2);
        running.runningAt = running.createdAt;
        running.finishedAt = t.server->now().addSecs(3);
        running.finalStatus = QStringLiteral("SUCCEEDED");
        running.ownerKey = t.server->partnerKey().key;
        running.source = QStringLiteral("peaka.query.\"deep\"");
        t.server->addExport(running);
        t.openWindow();
        ExportListModel *model = t.app->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 451, 15000);
        QTRY_VERIFY(!t.app->poller()->isLoading());
        const int row = model->rowOfId(running.id);
        QVERIFY(row >= 0);
        QCOMPARE(model->jobAt(row).status.code(), ExportStatus::Running);
        t.server->clearRequests();
        QTRY_COMPARE_WITH_TIMEOUT(model->jobAt(model->rowOfId(running.id)).status.code(), ExportStatus::Succeeded, 20000);
        QCOMPARE(listCalls(true), 0); // followed by status=PENDING,RUNNING + the newest page, never page 2 or 3
        bool readIt = false;
        for (const auto &r : t.server->requests()) {
            const QUrlQuery q(r.url);
            if (r.url.path().endsWith(running.id))
                readIt = true;
            else if (r.method == "GET" && r.url.path().endsWith(QLatin1String("/exports")))
                QVERIFY(q.queryItemValue(QStringLiteral("limit")) == QLatin1String("200"));
        }
        QVERIFY(readIt); // it left the running set: Read Export refreshed its row
        QCOMPARE(model->rowCount(), 451);
        // Nothing runs now: silent when idle.
        QTRY_VERIFY(!t.app->poller()->isBusy() && !t.app->poller()->isScheduled());
    }

    void changingProjectCancelsTheLoad()
    {
        seed450();
        t.server->scenario().holdPagedLists = true;
        t.openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(t.app->model()->rowCount(), 200, 15000);
        QTRY_COMPARE(t.server->heldRequestCount(), 1);
        // Another connection (the same server, another project): the old load stops and its late page is dropped.
        gui::Connection other = t.connection();
        other.name = QStringLiteral("Other");
        other.projectIds = {t.server->otherProjectId()};
        t.app->setConnection(other);
        QTRY_COMPARE(t.app->model()->rowCount(), 0);
        t.server->releaseHeldRequests();
        QTest::qWait(300); // give a late page the chance to (wrongly) arrive
        QCOMPARE(t.app->model()->rowCount(), 0);
        QVERIFY(!t.app->poller()->isLoading());
    }
};

QTEST_MAIN(TestMainWindowPaging)
#include "tst_mainwindow_paging.moc"
