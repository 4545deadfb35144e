// SPDX-License-Identifier: GPL-3.0-or-later
// The Downloads panel as a new user meets it: a failed Open File is told in the
// window, Download All does not fetch complete files again, names keep their
// distinguishing end, new rows are scrolled into view, finished downloads stay
// in the list across a restart until "Clear Finished", and a cancelled
// download can be retried.
#include "downloadlistmodel.h"
#include "downloadspanel.h"
#include "downloads/downloadtask.h"
#include "guitestwindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoFile;

class TestDownloadHistory : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t;

    DownloadManager *manager() const { return t.app->downloads()->manager(); }
    DownloadsPanel *panel() const { return t.app->downloads()->panel(); }
    void trigger(const char *action) const
    {
        QAction *a = t.find<QAction>(action);
        QVERIFY(a);
        QVERIFY2(a->isEnabled(), action);
        a->trigger();
    }
    void openWindow()
    {
        t.openWindow();
        QTRY_VERIFY(t.app->model()->rowCount() > 0);
    }
    void showExport(const QString &id)
    {
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(id) >= 0);
        QVERIFY(t.select(id));
        QTRY_VERIFY(t.window->detailPane()->hasDetails() && t.window->detailPane()->currentId() == id);
    }
    void downloadAll(const QString &id)
    {
        showExport(id);
        auto *button = t.find<QPushButton>("downloadAllButton");
        QVERIFY(button->isVisibleTo(t.window));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    bool allDone() const
    {
        for (const DownloadTask *task : manager()->tasks())
            if (task->state() != DownloadState::Done)
                return false;
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(t.startServer());
        openWindow();
    }
    void cleanup() { t.reset(); }

    void openFileFailureIsToldInTheWindow()
    {
        const QString id = t.addExport({DemoFile{QStringLiteral("noapp.xyz"), test::GuiTestWindow::content(500)}});
        downloadAll(id);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        DownloadTask *task = manager()->tasks().constFirst();
        QTRY_COMPARE(task->state(), DownloadState::Done);
        panel()->setUrlOpener([](const QUrl &) { return false; }); // no program for the file
        panel()->selectTask(task);
        trigger("actionOpenDownload");
        auto *detail = t.find<QLabel>("downloadDetailLabel");
        QVERIFY(detail->isVisible());
        QVERIFY2(detail->text().contains(QLatin1String("No program could open noapp.xyz")), qPrintable(detail->text()));
        QVERIFY(detail->text().contains(QDir::toNativeSeparators(task->finalPath())));
        trigger("actionShowDownloadInFolder");
        QVERIFY2(detail->text().contains(QLatin1String("could show the folder")), qPrintable(detail->text()));
    }

    void downloadAllSkipsCompleteFiles()
    {
        const QString id = t.addExport({DemoFile{QStringLiteral("orders_part-0001.csv"), test::GuiTestWindow::content(3000)},
                                        DemoFile{QStringLiteral("orders_part-0002.csv"), test::GuiTestWindow::content(4000, 'b')}});
        downloadAll(id);
        QTRY_COMPARE(manager()->tasks().size(), 2);
        QTRY_VERIFY(allDone());
        // The second file is damaged (cut short) on disk: only it comes again.
        const QString second = QDir(t.folder->path()).filePath(QStringLiteral("orders_part-0002.csv"));
        QVERIFY(QFile::resize(second, 100));

        QTest::mouseClick(t.find<QPushButton>("downloadAllButton"), Qt::LeftButton);
        QTRY_VERIFY2(t.window->statusBar()->currentMessage().startsWith(QLatin1String("Skipped 1 file")),
                     qPrintable(t.window->statusBar()->currentMessage()));
        QTRY_COMPARE(manager()->tasks().size(), 3);
        QTRY_VERIFY(allDone());
        QCOMPARE(manager()->tasks().at(2)->source().fileName, QStringLiteral("orders_part-0002.csv"));

        // Everything complete: nothing is fetched, and the window says why.
        QFile::remove(manager()->tasks().at(2)->finalPath()); // "orders_part-0002 (1).csv"
        QFile::remove(second);
        QFile f(second);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::GuiTestWindow::content(4000, 'b'));
        f.close();
        QTest::mouseClick(t.find<QPushButton>("downloadAllButton"), Qt::LeftButton);
        QTRY_VERIFY(t.window->statusBar()->currentMessage().startsWith(QLatin1String("All 2 files are already in")));
        QCOMPARE(manager()->tasks().size(), 3);
        QDir dir(t.folder->path());
        QCOMPARE(dir.entryList(QDir::Files).filter(QStringLiteral("(1)")), QStringList());
    }

    void namesElideInTheMiddleAndNewRowsAreScrolledTo()
    {
        QList<DemoFile> files;
        for (int i = 1; i <= 30; ++i)
            files << DemoFile{QStringLiteral("quarterly_revenue_by_region_and_product_line_part-%1.csv").arg(i, 4, 10, QLatin1Char('0')),
                              test::GuiTestWindow::content(200 + i)};
        const QString id = t.addExport(files);
        downloadAll(id);
        QTRY_COMPARE(manager()->tasks().size(), 30);
        QTreeView *view = panel()->view();
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
        const QString name = files.constLast().name;
        const QString shown = view->fontMetrics().elidedText(name, view->textElideMode(), 200);
        QVERIFY2(shown.contains(QLatin1String("part-0030")), qPrintable(shown));
        // The newest row is in view.
        const QRect last = view->visualRect(panel()->model()->index(29, 0));
        QVERIFY2(view->viewport()->rect().intersects(last), "the newest download is scrolled into view");
    }

    void finishedDownloadsStayAfterRestartUntilCleared()
    {
        const QString id = t.addExport({DemoFile{QStringLiteral("kept.csv"), test::GuiTestWindow::content(2000)}});
        downloadAll(id);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        QTRY_VERIFY(allDone());
        const QString path = manager()->tasks().constFirst()->finalPath();

        t.closeWindow();
        openWindow();
        QCOMPARE(manager()->tasks().size(), 1);
        DownloadTask *task = manager()->tasks().constFirst();
        QCOMPARE(task->state(), DownloadState::Done);
        QCOMPARE(task->finalPath(), path);
        QCOMPARE(panel()->model()->index(0, DownloadListModel::Name).data().toString(), QStringLiteral("kept.csv"));
        panel()->setUrlOpener([](const QUrl &) { return true; });
        panel()->selectTask(task);
        QVERIFY(t.find<QAction>("actionOpenDownload")->isEnabled());

        trigger("actionClearFinishedDownloads");
        QTRY_COMPARE(manager()->tasks().size(), 0);
        QVERIFY(QFile::exists(path)); // the file stays
        t.closeWindow();
        openWindow();
        QCOMPARE(manager()->tasks().size(), 0);
    }

    void cancelledDownloadCanBeRetried()
    {
        const QByteArray data = test::GuiTestWindow::content(200 * 1024);
        const QString id = t.addExport({DemoFile{QStringLiteral("again.csv"), data}});
        t.server->scenario().storageBytesPerSecond = 20 * 1024;
        downloadAll(id);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        DownloadTask *task = manager()->tasks().constFirst();
        QTRY_VERIFY(task->bytesReceived() > 0);
        panel()->selectTask(task);
        trigger("actionCancelDownload");
        QTRY_COMPARE(task->state(), DownloadState::Cancelled);
        t.server->scenario().storageBytesPerSecond = 0;
        trigger("actionRetryDownload");
        QTRY_COMPARE(task->state(), DownloadState::Done);
        QFile f(task->finalPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), data);
    }
};

QTEST_MAIN(TestDownloadHistory)
#include "tst_downloadhistory.moc"
