// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real MainWindow against the real demo server on loopback.
#include "demoserver.h"
#include "errorbanner.h"
#include "exportdetailpane.h"
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"
#include "filelinksview.h"
#include "exports/livepoller.h"
#include "mainwindow.h"
#include "api/peakaclient.h"
#include "statusfilterbutton.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoExport;
using peaka::demo::DemoServer;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoServer> server;
    std::unique_ptr<MainWindow> window;

    template<typename T>
    T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    QTableView *table() const { return find<QTableView>("exportTable"); }
    ExportDetailPane *pane() const { return window->detailPane(); }
    QString label(const char *name) const { return find<QLabel>(name)->text(); }

    Connection demoConnection(const QString &key = {}) const
    {
        Connection c;
        c.name = QStringLiteral("Demo");
        c.baseUrl = server->baseUrl();
        c.apiKey = key.isEmpty() ? server->partnerKey().key : key;
        c.projectIds = {server->projectId()};
        c.demo = true;
        return c;
    }

    DemoExport findExport(const std::function<bool(const DemoExport &)> &pred) const
    {
        for (const DemoExport &e : server->exports(server->projectId()))
            if (pred(e))
                return e;
        return {};
    }

    void select(const QString &id)
    {
        const int row = window->model()->rowOfId(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const QModelIndex index = window->filterModel()->mapFromSource(window->model()->index(row, 1));
        QVERIFY(index.isValid());
        table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        server = std::make_unique<DemoServer>();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        window = std::make_unique<MainWindow>();
        window->client()->setRetryPolicy({0, 100, 100}); // the poller handles what remains
        window->poller()->setIntervalMs(200);
        window->show();
        window->setConnection(demoConnection());
        QTRY_VERIFY(window->model()->rowCount() > 0);
    }

    void cleanup()
    {
        window.reset();
        server.reset();
    }

    void listLoads()
    {
        QCOMPARE(window->model()->rowCount(), server->exports(server->projectId()).size());
        QCOMPARE(table()->model()->rowCount(), window->model()->rowCount());
        QVERIFY(label("statusLabel").contains(QStringLiteral("exports")));
        QVERIFY(label("statusLabel").contains(QStringLiteral("Updated")));
        QVERIFY(find<QLabel>("demoBadge")->isVisible());
        QCOMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("browsePage"));
    }

    void statusFilterAndSearchNarrow()
    {
        const int failed = int(std::count_if(window->model()->jobs().cbegin(), window->model()->jobs().cend(),
                                             [](const ExportJob &j) { return j.status.code() == ExportStatus::Failed; }));
        QVERIFY(failed > 0);
        auto *failedAction = find<QAction>("statusFilter_FAILED");
        QVERIFY(failedAction);
        failedAction->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), failed);
        QVERIFY(label("statusLabel").contains(QStringLiteral("of")));
        failedAction->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), window->model()->rowCount());

        find<QLineEdit>("searchField")->setText(QStringLiteral("charges_VIEW"));
        const int matching = int(std::count_if(window->model()->jobs().cbegin(), window->model()->jobs().cend(),
                                               [](const ExportJob &j) { return j.displaySource().contains(QStringLiteral("charges_view")); }));
        QVERIFY(matching > 0 && matching < window->model()->rowCount());
        QTRY_COMPARE(table()->model()->rowCount(), matching);
        // the search also covers errors
        find<QLineEdit>("searchField")->setText(QStringLiteral("row export limit"));
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        find<QLineEdit>("searchField")->clear();

        // Mine: rows started with the partner key's prefix
        find<QAction>("actionMine")->setChecked(true);
        const QString mine = server->partnerKey().key.section(QLatin1Char('.'), 0, 0);
        QTRY_VERIFY(table()->model()->rowCount() < window->model()->rowCount());
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            QCOMPARE(table()->model()->index(r, 0).data(ExportListModel::ApiKeyPrefixRole).toString(), mine);
    }

    void selectingRowFillsPaneWithFieldsAndLinks()
    {
        const QString partner = server->partnerKey().key;
        const DemoExport job = findExport([&](const DemoExport &e) {
            return e.status == QLatin1String("SUCCEEDED") && e.ownerKey == partner && e.files.size() > 1;
        });
        QVERIFY(!job.id.isEmpty());
        select(job.id);
        QTRY_VERIFY(pane()->hasDetails());
        QCOMPARE(pane()->currentId(), job.id);
        QCOMPARE(label("idValue"), job.id);
        QCOMPARE(label("sourceValue"), job.source);
        QVERIFY(!label("rowsValue").isEmpty());
        QCOMPARE(find<FileLinksView>("fileLinks")->files().size(), job.files.size());
        QVERIFY(find<QLabel>("fileLink_0")->text().contains(job.files.first().name));
        QVERIFY(label("expiryLabel").startsWith(QStringLiteral("Links expire in")));
        QVERIFY(!find<QWidget>("errorBox")->isVisibleTo(pane()));

        // A file link is handed to whoever handles downloads, with its fresh URL.
        QSignalSpy activated(window.get(), &MainWindow::fileActivated);
        Q_EMIT find<QLabel>("fileLink_0")->linkActivated(QStringLiteral("0"));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(1).value<ExportFile>().name, job.files.first().name);

        // Another user's export: the sentence, no links.
        const QString colleague = server->colleagueKey().key;
        const DemoExport other = findExport([&](const DemoExport &e) {
            return e.status == QLatin1String("SUCCEEDED") && e.ownerKey == colleague;
        });
        QVERIFY(!other.id.isEmpty());
        select(other.id);
        QTRY_VERIFY(pane()->hasDetails() && pane()->currentId() == other.id);
        QVERIFY(label("downloadNote").contains(QStringLiteral("Only the user who started an export can download it")));
        QVERIFY(find<FileLinksView>("fileLinks")->files().isEmpty());
    }

    void expiredLinksAreRenewedBeforeUse()
    {
        const DemoExport job = findExport([&](const DemoExport &e) {
            return e.status == QLatin1String("SUCCEEDED") && e.ownerKey == server->partnerKey().key && !e.files.isEmpty();
        });
        select(job.id);
        QTRY_VERIFY(pane()->hasDetails());
        pane()->setReferenceTime(QDateTime::currentDateTimeUtc().addSecs(7200)); // links now look expired
        server->clearRequests();
        QSignalSpy activated(window.get(), &MainWindow::fileActivated);
        Q_EMIT find<QLabel>("fileLink_0")->linkActivated(QStringLiteral("0"));
        QCOMPARE(activated.count(), 0);
        QTRY_COMPARE(activated.count(), 1); // after a new Read Export
        bool reread = false;
        for (const auto &r : server->requests())
            reread = reread || r.url.path().endsWith(job.id);
        QVERIFY(reread);
    }

    void failedJobShowsItsError()
    {
        const DemoExport job = findExport([](const DemoExport &e) { return e.status == QLatin1String("FAILED"); });
        select(job.id);
        QTRY_VERIFY(pane()->hasDetails());
        QVERIFY(find<QWidget>("errorBox")->isVisibleTo(pane()));
        QCOMPARE(label("errorText"), job.error);
        find<QAbstractButton>("copyErrorButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), job.error);
    }

    void unknownAndExpiredStatesHaveSentences()
    {
        const DemoExport unknown = findExport([](const DemoExport &e) { return e.status == QLatin1String("ARCHIVING"); });
        select(unknown.id);
        QTRY_VERIFY(pane()->hasDetails() && pane()->currentId() == unknown.id);
        QVERIFY(label("stateLabel").contains(QStringLiteral("ARCHIVING")));
        const DemoExport expired = findExport([](const DemoExport &e) { return e.status == QLatin1String("EXPIRED"); });
        select(expired.id);
        QTRY_VERIFY(pane()->hasDetails() && pane()->currentId() == expired.id);
        QVERIFY(label("stateLabel").contains(QStringLiteral("never regenerated")));
    }

    void pollingFollowsJobToSucceeded()
    {
        DemoExport job;
        job.id = QStringLiteral("0d7e1c7e-0000-4000-8000-00000000beef");
        job.projectId = server->projectId();
        job.status = QStringLiteral("RUNNING");
        job.createdAt = server->now();
        job.queryId = QStringLiteral("42");
        job.source = QStringLiteral("peaka.query.\"live\"");
        job.ownerKey = server->partnerKey().key;
        job.files = {{QStringLiteral("live.csv"), QByteArray("a,b\n1,2\n")}};
        server->addExport(job);
        window->refresh();
        QTRY_VERIFY(window->model()->rowOfId(job.id) >= 0);
        select(job.id);
        QTRY_VERIFY(pane()->hasDetails());
        QVERIFY(label("stateLabel").contains(QStringLiteral("running")));
        QVERIFY(window->poller()->isScheduled() || window->poller()->isBusy());

        server->setExportStatus(job.id, QStringLiteral("SUCCEEDED"));
        QTRY_COMPARE(window->model()->jobAt(window->model()->rowOfId(job.id)).status.code(), ExportStatus::Succeeded);
        QTRY_VERIFY(pane()->hasDetails() && pane()->job().status.code() == ExportStatus::Succeeded);
        QTRY_COMPARE(find<FileLinksView>("fileLinks")->files().size(), 1);
    }

    void noTimerWhenNothingInProgress()
    {
        for (const DemoExport &e : server->exports(server->projectId()))
            if (e.status == QLatin1String("RUNNING") || e.status == QLatin1String("PENDING"))
                server->setExportStatus(e.id, QStringLiteral("CANCELLED"));
        QSignalSpy refreshed(window.get(), &MainWindow::listRefreshed);
        window->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(window->model()->inProgressCount(), 0);
        QVERIFY(!window->poller()->isScheduled());
        QVERIFY(!label("statusLabel").contains(QStringLiteral("running")));
    }

    void serverErrorShowsBannerUntilNextGoodRefresh()
    {
        const int rows = window->model()->rowCount();
        auto *banner = find<ErrorBanner>("errorBanner");
        QTRY_VERIFY(!window->poller()->isBusy());
        server->scenario().failNextWithStatus = 503;
        server->scenario().failNextCount = 1;
        window->refresh();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->message().contains(QStringLiteral("503")) || !banner->message().isEmpty());
        QCOMPARE(window->model()->rowCount(), rows); // the last good data stays
        QTRY_VERIFY(!banner->isVisible());          // the backed-off retry succeeds
        QCOMPARE(window->model()->rowCount(), rows);
    }

    void rateLimitHonoursRetryAfter()
    {
        QTRY_VERIFY(!window->poller()->isBusy());
        server->scenario().failNextWithStatus = 429;
        server->scenario().failNextCount = 1;
        server->scenario().retryAfter = QStringLiteral("3");
        QSignalSpy failed(window->poller(), &LivePoller::failed);
        window->refresh();
        QVERIFY(failed.wait());
        QVERIFY(failed.first().at(1).toInt() >= 3000);
        QVERIFY(window->poller()->scheduledInMs() > 2000);
    }

    void ctrlCCopiesSelectedId()
    {
        const QString id = window->model()->jobAt(0).id;
        select(id);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
    }

    void openById()
    {
        const DemoExport job = findExport([](const DemoExport &e) { return e.status == QLatin1String("CANCELLED"); });
        window->openExportById(job.id);
        QTRY_VERIFY(pane()->hasDetails() && pane()->currentId() == job.id);
        QVERIFY(label("stateLabel").contains(QStringLiteral("cancelled")));
        window->openExportById(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QTRY_VERIFY(label("loadingLabel").startsWith(QStringLiteral("Could not load")));
    }

    void newerSelectionWins()
    {
        server->scenario().slowResponseMs = 150;
        const QString a = window->model()->jobAt(0).id;
        const QString b = window->model()->jobAt(1).id;
        select(a);
        select(b);
        QTRY_VERIFY(pane()->hasDetails());
        QCOMPARE(pane()->currentId(), b);
        QCOMPARE(pane()->job().id, b);
    }

    void headerStatePersists()
    {
        QHeaderView *header = table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(ExportListModel::Rows));
        header->setSectionHidden(ExportListModel::Rows, true);
        header->setSectionHidden(ExportListModel::ExportId, false);
        window.reset();
        window = std::make_unique<MainWindow>();
        header = table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ExportListModel::Rows));
        QVERIFY(!header->isSectionHidden(ExportListModel::ExportId));
    }

    void welcomePageWithoutConnections()
    {
        window->setConnections({});
        QCOMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("welcomeContainer"));
        QSignalSpy demo(window.get(), &MainWindow::demoRequested);
        QSignalSpy add(window.get(), &MainWindow::addConnectionRequested);
        find<QPushButton>("exploreDemoButton")->click();
        find<QPushButton>("addConnectionButton")->click();
        QCOMPARE(demo.count(), 1);
        QCOMPARE(add.count(), 1);
    }

    void everyControlHasAccessibleName()
    {
        const auto widgets = window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(window.get()) || qobject_cast<QLabel *>(w))
                continue;
            if (w->inherits("QScrollBar") || w->inherits("QHeaderView") || w->inherits("QSplitterHandle"))
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
