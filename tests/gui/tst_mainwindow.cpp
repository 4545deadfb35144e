// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real MainWindow against the real demo server on loopback.
#include "demoserver.h"
#include "guitestwindow.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
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

    test::GuiTestWindow t;

    template<typename T>
    T *find(const char *name) const { return t.find<T>(name); }
    QTableView *table() const { return t.table(); }
    ExportDetailPane *pane() const { return t.window->detailPane(); }
    QString label(const char *name) const { return find<QLabel>(name)->text(); }

    DemoExport findExport(const std::function<bool(const DemoExport &)> &pred) const
    {
        for (const DemoExport &e : t.server->exports(t.server->projectId()))
            if (pred(e))
                return e;
        return {};
    }

    void select(const QString &id)
    {
        const int row = t.app->model()->rowOfId(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const QModelIndex index = t.app->filterModel()->mapFromSource(t.app->model()->index(row, 1));
        QVERIFY(index.isValid());
        table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(t.startServer(), qPrintable(t.server->errorString()));
        t.openWindow(); // the poller handles what the client does not retry (its retries are off)
        QTRY_VERIFY(t.app->model()->rowCount() > 0);
    }

    void cleanup() { t.reset(); }

    void listLoads()
    {
        QCOMPARE(t.app->model()->rowCount(), t.server->exports(t.server->projectId()).size());
        QCOMPARE(table()->model()->rowCount(), t.app->model()->rowCount());
        QVERIFY(label("statusLabel").contains(QStringLiteral("exports")));
        QVERIFY(label("statusLabel").contains(QStringLiteral("Updated")));
        QVERIFY(find<QLabel>("demoBadge")->isVisible());
        QCOMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("browsePage"));
    }

    void firstWindowFitsTheScreen()
    {
        // No saved layout (init() cleared the settings): within the screen, at least the minimum.
        const QSize screen = t.window->screen()->availableSize();
        QVERIFY2(t.window->height() <= screen.height() && t.window->width() <= std::max(screen.width(), t.window->minimumWidth()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(t.window->width()).arg(t.window->height())
                                .arg(screen.width()).arg(screen.height())));
        QVERIFY(t.window->width() >= t.window->minimumWidth() && t.window->height() >= t.window->minimumHeight());
    }

    void titleNamesTheProject()
    {
        QCOMPARE(t.window->windowTitle(), QStringLiteral("Demo · %1 — Peaka Exports").arg(t.server->projectId()));
        gui::Connection named = t.connection();
        named.projectLabels.insert(t.server->projectId(), {QStringLiteral("Analytics Ü"), QStringLiteral("Default")});
        t.app->setConnection(named);
        QCOMPARE(t.window->windowTitle(), QStringLiteral("Demo · Analytics Ü — Peaka Exports"));
    }

    void statusFilterAndSearchNarrow()
    {
        const int failed = int(std::count_if(t.app->model()->jobs().cbegin(), t.app->model()->jobs().cend(),
                                             [](const ExportJob &j) { return j.status.code() == ExportStatus::Failed; }));
        QVERIFY(failed > 0);
        auto *failedAction = find<QAction>("statusFilter_FAILED");
        QVERIFY(failedAction);
        failedAction->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), failed);
        QVERIFY(label("statusLabel").contains(QStringLiteral("of")));
        failedAction->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), t.app->model()->rowCount());

        find<QLineEdit>("searchField")->setText(QStringLiteral("charges_VIEW"));
        const int matching = int(std::count_if(t.app->model()->jobs().cbegin(), t.app->model()->jobs().cend(),
                                               [](const ExportJob &j) { return j.displaySource().contains(QStringLiteral("charges_view")); }));
        QVERIFY(matching > 0 && matching < t.app->model()->rowCount());
        QTRY_COMPARE(table()->model()->rowCount(), matching);
        // the search also covers errors
        find<QLineEdit>("searchField")->setText(QStringLiteral("row export limit"));
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        find<QLineEdit>("searchField")->clear();

        // Mine: rows started with the partner key's prefix
        find<QAction>("actionMine")->setChecked(true);
        const QString mine = t.server->partnerKey().key.section(QLatin1Char('.'), 0, 0);
        QTRY_VERIFY(table()->model()->rowCount() < t.app->model()->rowCount());
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            QCOMPARE(table()->model()->index(r, 0).data(ExportListModel::ApiKeyPrefixRole).toString(), mine);
    }

    void selectingRowFillsPaneWithFieldsAndLinks()
    {
        const QString partner = t.server->partnerKey().key;
        const DemoExport job = findExport([&](const DemoExport &e) {
            return e.status == QLatin1String("SUCCEEDED") && e.ownerKey == partner && e.files.size() > 1;
        });
        QVERIFY(!job.id.isEmpty());
        select(job.id);
        QTRY_VERIFY(pane()->hasDetails());
        QCOMPARE(pane()->currentId(), job.id);
        QCOMPARE(label("idValue"), job.id);
        // The source by the name the API gives, once looked up; the server's text stays in the tooltip.
        QTRY_VERIFY(!pane()->sourceName().isEmpty());
        QCOMPARE(label("sourceValue"), pane()->sourceName());
        QVERIFY(find<QLabel>("sourceValue")->toolTip().contains(job.source));
        QVERIFY(!label("rowsValue").isEmpty());
        QCOMPARE(find<FileLinksView>("fileLinks")->files().size(), job.files.size());
        // The shown name may hold zero-width spaces (places to wrap); its letters are the file's.
        QVERIFY(find<QLabel>("fileLink_0")->text().remove(QChar(0x200B)).contains(job.files.first().name));
        QVERIFY(label("expiryLabel").startsWith(QStringLiteral("Links expire in")));
        QVERIFY(!find<QWidget>("errorBox")->isVisibleTo(pane()));

        // A file link is handed to whoever handles downloads, with its fresh URL.
        QSignalSpy activated(t.window, &MainWindow::fileActivated);
        Q_EMIT find<QLabel>("fileLink_0")->linkActivated(QStringLiteral("0"));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(1).value<ExportFile>().name, job.files.first().name);

        // Another user's export: the sentence, no links.
        const QString colleague = t.server->colleagueKey().key;
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
            return e.status == QLatin1String("SUCCEEDED") && e.ownerKey == t.server->partnerKey().key && !e.files.isEmpty();
        });
        select(job.id);
        QTRY_VERIFY(pane()->hasDetails());
        pane()->setReferenceTime(QDateTime::currentDateTimeUtc().addSecs(7200)); // links now look expired
        t.server->clearRequests();
        QSignalSpy activated(t.window, &MainWindow::fileActivated);
        Q_EMIT find<QLabel>("fileLink_0")->linkActivated(QStringLiteral("0"));
        QCOMPARE(activated.count(), 0);
        QTRY_COMPARE(activated.count(), 1); // after a new Read Export
        bool reread = false;
        for (const auto &r : t.server->requests())
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
        job.projectId = t.server->projectId();
        job.status = QStringLiteral("RUNNING");
        job.createdAt = t.server->now();
        job.queryId = QStringLiteral("42");
        job.source = QStringLiteral("peaka.query.\"live\"");
        job.ownerKey = t.server->partnerKey().key;
        job.files = {{QStringLiteral("live.csv"), QByteArray("a,b\n1,2\n")}};
        t.server->addExport(job);
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(job.id) >= 0);
        select(job.id);
        QTRY_VERIFY(pane()->hasDetails());
        QVERIFY(label("stateLabel").contains(QStringLiteral("running")));
        QVERIFY(t.app->poller()->isScheduled() || t.app->poller()->isBusy());

        t.server->setExportStatus(job.id, QStringLiteral("SUCCEEDED"));
        QTRY_COMPARE(t.app->model()->jobAt(t.app->model()->rowOfId(job.id)).status.code(), ExportStatus::Succeeded);
        QTRY_VERIFY(pane()->hasDetails() && pane()->job().status.code() == ExportStatus::Succeeded);
        QTRY_COMPARE(find<FileLinksView>("fileLinks")->files().size(), 1);
    }

    void noTimerWhenNothingInProgress()
    {
        for (const DemoExport &e : t.server->exports(t.server->projectId()))
            if (e.status == QLatin1String("RUNNING") || e.status == QLatin1String("PENDING"))
                t.server->setExportStatus(e.id, QStringLiteral("CANCELLED"));
        QSignalSpy refreshed(t.window, &MainWindow::listRefreshed);
        t.window->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(t.app->model()->inProgressCount(), 0);
        QVERIFY(!t.app->poller()->isScheduled());
        QVERIFY(!label("statusLabel").contains(QStringLiteral("running")));
    }

    void serverErrorShowsBannerUntilNextGoodRefresh()
    {
        const int rows = t.app->model()->rowCount();
        auto *banner = find<ErrorBanner>("errorBanner");
        QTRY_VERIFY(!t.app->poller()->isBusy());
        t.server->scenario().failNextWithStatus = 503;
        t.server->scenario().failNextCount = 1;
        t.window->refresh();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->message().contains(QStringLiteral("503")) || !banner->message().isEmpty());
        QCOMPARE(t.app->model()->rowCount(), rows); // the last good data stays
        QTRY_VERIFY(!banner->isVisible());          // the backed-off retry succeeds
        QCOMPARE(t.app->model()->rowCount(), rows);
    }

    void rateLimitHonoursRetryAfter()
    {
        QTRY_VERIFY(!t.app->poller()->isBusy());
        t.server->scenario().failNextWithStatus = 429;
        t.server->scenario().failNextCount = 1;
        t.server->scenario().retryAfter = QStringLiteral("3");
        QSignalSpy failed(t.app->poller(), &LivePoller::failed);
        t.window->refresh();
        QVERIFY(failed.wait());
        QVERIFY(failed.first().at(1).toInt() >= 3000);
        QVERIFY(t.app->poller()->scheduledInMs() > 2000);
    }

    void ctrlCCopiesSelectedId()
    {
        const QString id = t.app->model()->jobAt(0).id;
        select(id);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
    }

    void openById()
    {
        const DemoExport job = findExport([](const DemoExport &e) { return e.status == QLatin1String("CANCELLED"); });
        t.window->openExportById(job.id);
        QTRY_VERIFY(pane()->hasDetails() && pane()->currentId() == job.id);
        QVERIFY(label("stateLabel").contains(QStringLiteral("cancelled")));
    }

    void openByIdUnknownSaysNotFoundAndClearsTheSelection()
    {
        const QString listed = t.app->model()->jobAt(2).id;
        select(listed);
        QTRY_VERIFY(pane()->hasDetails() && pane()->currentId() == listed);
        const QString unknown = QStringLiteral("00000000-0000-0000-0000-000000000000");
        t.window->openExportById(unknown);
        // No row stays highlighted: the table does not claim another export is shown.
        QVERIFY(table()->selectionModel()->selectedRows().isEmpty());
        QVERIFY(!table()->currentIndex().isValid());
        auto *pages = pane()->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        auto *empty = find<QLabel>("emptyLabel");
        QTRY_COMPARE(pages->currentWidget(), pages->findChild<QWidget *>(QStringLiteral("emptyPage")));
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("no export with the ID %1").arg(unknown)), qPrintable(empty->text()));
        QVERIFY(empty->wordWrap()); // a sentence in the pane's width, no sideways scrolling
        QVERIFY(!find<QLabel>("statusBadge")->isVisible()); // no "Loading" badge left behind
        // A listed export afterwards is shown and selected as usual.
        t.window->openExportById(listed);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        QTRY_VERIFY(pane()->hasDetails() && pane()->currentId() == listed);
        QVERIFY(find<QLabel>("statusBadge")->isVisible());
    }

    void longLoadErrorsWrap()
    {
        QVERIFY(find<QLabel>("loadingLabel")->wordWrap());
    }

    void newerSelectionWins()
    {
        t.server->scenario().slowResponseMs = 150;
        const QString a = t.app->model()->jobAt(0).id;
        const QString b = t.app->model()->jobAt(1).id;
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
        t.closeWindow();
        t.openWindow();
        header = table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ExportListModel::Rows));
        QVERIFY(!header->isSectionHidden(ExportListModel::ExportId));
    }

    void copiedMessageIsVisible()
    {
        // The list status is a permanent widget; it must leave room for passing messages.
        const QString id = t.app->model()->jobAt(0).id;
        QVERIFY(t.select(id));
        QAction *copy = find<QAction>("actionCopyId");
        QVERIFY(copy);
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
        QStatusBar *bar = t.window->statusBar();
        const QString message = QStringLiteral("Copied the export ID.");
        QCOMPARE(bar->currentMessage(), message);
        int firstPermanent = bar->width();
        for (const char *name : {"statusLabel", "downloadStatusLabel"}) {
            auto *label = find<QLabel>(name);
            if (label && label->isVisible())
                firstPermanent = std::min(firstPermanent, label->geometry().left());
        }
        QVERIFY2(firstPermanent > bar->fontMetrics().horizontalAdvance(message),
                 qPrintable(QStringLiteral("the message has %1 px").arg(firstPermanent)));
        QVERIFY(!find<QLabel>("statusLabel")->text().isEmpty()); // and the list status still shows
    }

    void welcomePageWithoutConnections()
    {
        t.app->setConnections({});
        QCOMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("welcomeContainer"));
        QSignalSpy demo(t.window, &MainWindow::demoRequested);
        QSignalSpy add(t.window, &MainWindow::addConnectionRequested);
        find<QPushButton>("exploreDemoButton")->click();
        find<QPushButton>("addConnectionButton")->click();
        QCOMPARE(demo.count(), 1);
        QCOMPARE(add.count(), 1);
        // What needs a connection is off (its shortcuts too) until there is one.
        for (const char *name : {"actionNewExport", "actionOpenById", "actionRefresh", "actionFind", "actionCopyId"}) {
            QAction *action = t.action(name);
            QVERIFY2(action && !action->isEnabled(), name);
        }
        t.app->setConnection(t.connection());
        QTRY_COMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("browsePage"));
        for (const char *name : {"actionNewExport", "actionOpenById", "actionRefresh", "actionFind"})
            QVERIFY2(t.action(name)->isEnabled(), name);
    }

    void emptyProjectAndNoMatchSaySoInTheTable()
    {
        auto *hint = find<QLabel>("emptyListHint");
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        find<QLineEdit>("searchField")->setText(QStringLiteral("no-such-export-anywhere"));
        QTRY_COMPARE(t.app->filterModel()->rowCount(), 0);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("No export matches")), qPrintable(hint->text()));
        find<QLineEdit>("searchField")->clear();
        QTRY_VERIFY(!hint->isVisible());

        t.server->clearExports();
        t.window->refresh();
        QTRY_COMPARE(t.app->model()->rowCount(), 0);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("No exports in this project yet")));
        QVERIFY(hint->text().contains(QStringLiteral("Ctrl+N")));
        QVERIFY(hint->wordWrap());
        QCOMPARE(hint->geometry(), table()->viewport()->rect());
        t.addExport({});
        t.window->refresh();
        QTRY_COMPARE(t.app->model()->rowCount(), 1);
        QTRY_VERIFY(!hint->isVisible());
    }

    void smallSizeIsSaidOnce()
    {
        const QString id = t.addExport({demo::DemoFile{QStringLiteral("small.csv"), QByteArray(333, 'x')}});
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(id) >= 0);
        select(id);
        QTRY_VERIFY(pane()->hasDetails() && pane()->currentId() == id);
        QCOMPARE(label("sizeValue"), QStringLiteral("333 bytes"));
    }

    void aboutBoxSaysVersionQtAndLicence()
    {
        QAction *about = find<QAction>("actionAbout");
        QVERIFY(about);
        about->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = find<QMessageBox>("aboutBox")) && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral(PEAKA_VERSION)));
        QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(box->text().contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(box->text().contains(QStringLiteral("https://docs.peaka.com")));
        about->trigger(); // raised, not a second box
        QCOMPARE(t.window->findChildren<QMessageBox *>(QStringLiteral("aboutBox")).size(), 1);
        QVERIFY(find<QAction>("actionAboutQt"));
        box->close();
    }

    void everyControlHasAccessibleName()
    {
        const auto widgets = t.window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(t.window) || qobject_cast<QLabel *>(w))
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
