// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads from the real MainWindow against the real demo server: file
// links, the Downloads panel and its actions, persistence across restarts.
#include "downloadlistmodel.h"
#include "downloadspanel.h"
#include "downloads/downloadtask.h"
#include "guitestwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoFile;

class TestDownloadsPanel : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t;

    DownloadManager *manager() const { return t.app->downloads()->manager(); }
    DownloadListModel *panelModel() const { return t.app->downloads()->panel()->model(); }
    QString cell(int row, DownloadListModel::Column column) const
    {
        return panelModel()->index(row, column).data().toString();
    }
    QString statusText() const { return t.find<QLabel>("downloadStatusLabel")->text(); }
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
    // Selects the export and clicks its file link `index`.
    void clickFile(const QString &id, int index = 0)
    {
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(id) >= 0);
        QVERIFY(t.select(id));
        QTRY_VERIFY(t.window->detailPane()->hasDetails() && t.window->detailPane()->currentId() == id);
        QLabel *link = t.fileLink(index);
        QVERIFY(link);
        QVERIFY(link->isVisibleTo(t.window));
        Q_EMIT link->linkActivated(QString::number(index));
    }
    QByteArray readFile(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(t.startServer());
        openWindow();
    }
    void cleanup() { t.reset(); }

    void everyControlHasNames()
    {
        DownloadsPanel *panel = t.app->downloads()->panel();
        for (QWidget *w : panel->findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QAbstractItemView *>(w)) {
                if (w->objectName().startsWith(QLatin1String("qt_")) || !w->parentWidget()
                    || w->inherits("QDockWidgetTitleButton") || qobject_cast<QHeaderView *>(w))
                    continue;
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
    }

    void clickingALinkDownloadsIt()
    {
        const QByteArray data = test::GuiTestWindow::content(48 * 1024);
        const QString id = t.addExport({DemoFile{QStringLiteral("charges.csv"), data}});
        QSignalSpy notified(t.app->downloads()->notifier(), &Notifier::notified);
        clickFile(id);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        DownloadTask *task = manager()->tasks().constFirst();
        QTRY_COMPARE(task->state(), DownloadState::Done);
        QCOMPARE(t.folderAsks, 1);
        const QString path = QDir(t.folder->path()).filePath(QStringLiteral("charges.csv"));
        QCOMPARE(task->finalPath(), path);
        QCOMPARE(readFile(path), data);

        QVERIFY(t.app->downloads()->panel()->isVisible());
        QCOMPARE(panelModel()->rowCount(), 1);
        QCOMPARE(cell(0, DownloadListModel::Name), QStringLiteral("charges.csv"));
        QCOMPARE(cell(0, DownloadListModel::Source), QStringLiteral("peaka.query.\"tests\""));
        QCOMPARE(cell(0, DownloadListModel::Progress), QStringLiteral("100 %"));
        QCOMPARE(cell(0, DownloadListModel::State), QStringLiteral("Done"));
        QCOMPARE(panelModel()->index(0, 0).data(DownloadListModel::ProgressRole).toInt(), 1000);
        QTRY_VERIFY(!notified.isEmpty());
        QCOMPARE(notified.constLast().at(0).toString(), QStringLiteral("Download finished"));
        QVERIFY(statusText().isEmpty());

        // The folder is remembered: a second click does not ask, and overwrites nothing.
        QLabel *link = t.fileLink(0);
        Q_EMIT link->linkActivated(QStringLiteral("0"));
        QTRY_COMPARE(manager()->tasks().size(), 2);
        QTRY_COMPARE(manager()->tasks().at(1)->state(), DownloadState::Done);
        QCOMPARE(t.folderAsks, 1);
        QCOMPARE(QFileInfo(manager()->tasks().at(1)->finalPath()).fileName(), QStringLiteral("charges (1).csv"));

        // Open file and remove go through the panel's actions.
        QList<QUrl> opened;
        t.app->downloads()->panel()->setUrlOpener([&opened](const QUrl &u) { opened << u; return true; });
        t.app->downloads()->panel()->selectTask(task);
        trigger("actionOpenDownload");
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(path)});
        trigger("actionShowDownloadInFolder");
        QCOMPARE(opened.constLast(), QUrl::fromLocalFile(t.folder->path()));
        trigger("actionRemoveDownload");
        QCOMPARE(panelModel()->rowCount(), 1);
        QVERIFY(QFile::exists(path)); // removing from the list keeps the file
    }

    void downloadAllFilesButton()
    {
        const QString id = t.addExport({DemoFile{QStringLiteral("part-1.csv"), test::GuiTestWindow::content(3000)},
                                        DemoFile{QStringLiteral("part-2.csv"), test::GuiTestWindow::content(5000, 'b')}});
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(id) >= 0);
        QVERIFY(t.select(id));
        QTRY_VERIFY(t.window->detailPane()->hasDetails() && t.window->detailPane()->currentId() == id);
        auto *button = t.find<QPushButton>("downloadAllButton");
        QVERIFY(button->isVisibleTo(t.window));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(manager()->tasks().size(), 2);
        QTRY_COMPARE(manager()->tasks().at(0)->state(), DownloadState::Done);
        QTRY_COMPARE(manager()->tasks().at(1)->state(), DownloadState::Done);
        QCOMPARE(readFile(QDir(t.folder->path()).filePath(QStringLiteral("part-2.csv"))),
                 test::GuiTestWindow::content(5000, 'b'));
    }

    void downloadFilesByKeyboard()
    {
        QAction *action = t.action("actionDownloadFiles");
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing shown yet
        const QString id = t.addExport({DemoFile{QStringLiteral("by-key.csv"), test::GuiTestWindow::content(4000)}});
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(id) >= 0);
        QVERIFY(t.select(id));
        QTRY_VERIFY(t.window->detailPane()->hasDetails() && t.window->detailPane()->currentId() == id);
        QTRY_VERIFY(action->isEnabled());
        // Ctrl+D from the table, where the user is after choosing the row.
        auto *table = t.find<QTableView>("exportTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        QTRY_COMPARE(manager()->tasks().at(0)->state(), DownloadState::Done);
        QCOMPARE(readFile(QDir(t.folder->path()).filePath(QStringLiteral("by-key.csv"))), test::GuiTestWindow::content(4000));
        // The File menu offers it too; an export without files disables it.
        QVERIFY(t.find<QMenu>("menuFile")->actions().contains(action));
        t.window->detailPane()->clear();
        QVERIFY(!action->isEnabled());
    }

    void pauseThenResumeUsesRange()
    {
        const QByteArray data = test::GuiTestWindow::content(200 * 1024);
        const QString id = t.addExport({DemoFile{QStringLiteral("slow.csv"), data}});
        t.server->scenario().storageBytesPerSecond = 40 * 1024;
        clickFile(id);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        DownloadTask *task = manager()->tasks().constFirst();
        QTRY_VERIFY(task->state() == DownloadState::Running && task->bytesReceived() > 0);
        QTRY_VERIFY(statusText().startsWith(QStringLiteral("Downloading 1 file")));
        QVERIFY(statusText().contains(QStringLiteral("%")));

        t.app->downloads()->panel()->selectTask(task);
        trigger("actionPauseDownload");
        QTRY_COMPARE(task->state(), DownloadState::Paused);
        QCOMPARE(cell(0, DownloadListModel::State), QStringLiteral("Paused"));
        QTRY_COMPARE(statusText(), QStringLiteral("1 download paused"));
        const qint64 partSize = QFileInfo(task->partPath()).size();
        QVERIFY(partSize > 0 && partSize < data.size());

        t.server->scenario().storageBytesPerSecond = 0;
        t.server->clearRequests();
        trigger("actionResumeDownload");
        QTRY_COMPARE(task->state(), DownloadState::Done);
        QCOMPARE(readFile(task->finalPath()), data);
        QByteArray range;
        for (const demo::RecordedRequest &r : t.server->requests()) {
            if (r.origin == QLatin1String("storage"))
                range = r.header("Range");
        }
        QVERIFY2(range.startsWith("bytes="), range.constData());
        QVERIFY(range.mid(6).chopped(1).toLongLong() > 0);
    }

    void cancelRemovesThePart()
    {
        const QString id = t.addExport({DemoFile{QStringLiteral("big.csv"), test::GuiTestWindow::content(200 * 1024)}});
        t.server->scenario().storageBytesPerSecond = 20 * 1024;
        clickFile(id);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        DownloadTask *task = manager()->tasks().constFirst();
        QTRY_VERIFY(task->bytesReceived() > 0);
        QTRY_VERIFY(QFile::exists(task->partPath()));
        t.app->downloads()->panel()->selectTask(task);
        trigger("actionCancelDownload");
        QTRY_COMPARE(task->state(), DownloadState::Cancelled);
        QVERIFY(!QFile::exists(task->partPath()));
        QCOMPARE(cell(0, DownloadListModel::State), QStringLiteral("Cancelled"));
        QVERIFY(!t.find<QAction>("actionResumeDownload")->isEnabled());
    }

    void unfinishedDownloadsComeBackPaused()
    {
        const QByteArray data = test::GuiTestWindow::content(200 * 1024);
        const QString id = t.addExport({DemoFile{QStringLiteral("restart.csv"), data}});
        t.server->scenario().storageBytesPerSecond = 40 * 1024;
        clickFile(id);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        QTRY_VERIFY(manager()->tasks().constFirst()->bytesReceived() > 0);
        const QString part = manager()->tasks().constFirst()->partPath();

        t.closeWindow(); // quitting pauses the download and remembers it
        const qint64 partSize = QFileInfo(part).size();
        QVERIFY(partSize > 0 && partSize < data.size());

        openWindow();
        QCOMPARE(t.app->downloads()->restoredCount(), 1);
        QCOMPARE(manager()->tasks().size(), 1);
        DownloadTask *task = manager()->tasks().constFirst();
        QCOMPARE(task->state(), DownloadState::Paused);
        QCOMPARE(task->bytesReceived(), partSize);
        QCOMPARE(panelModel()->rowCount(), 1);
        QCOMPARE(cell(0, DownloadListModel::State), QStringLiteral("Paused"));
        QCOMPARE(panelModel()->index(0, 0).data(DownloadListModel::BytesReceivedRole).toLongLong(), partSize);
        QVERIFY(t.app->downloads()->panel()->isVisible()); // the dock's state was saved
        QCOMPARE(statusText(), QStringLiteral("1 download paused"));

        t.server->scenario().storageBytesPerSecond = 0;
        t.app->downloads()->panel()->selectTask(task);
        trigger("actionResumeDownload");
        QTRY_COMPARE(task->state(), DownloadState::Done);
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(t.folderAsks, 1); // the folder of the first window is remembered
    }

    void failedDownloadShowsTheSentence()
    {
        const QString id = t.addExport({DemoFile{QStringLiteral("liar.csv"), test::GuiTestWindow::content(1000), 2000}});
        QSignalSpy notified(t.app->downloads()->notifier(), &Notifier::notified);
        clickFile(id);
        QTRY_COMPARE(manager()->tasks().size(), 1);
        DownloadTask *task = manager()->tasks().constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(task->state(), DownloadState::Failed, 15000);
        QCOMPARE(task->error(), DownloadError::Integrity);
        QVERIFY(!task->errorString().isEmpty());
        QCOMPARE(cell(0, DownloadListModel::State), task->errorString());
        QTRY_VERIFY(t.find<QLabel>("downloadDetailLabel")->text().contains(task->errorString()));
        QTRY_VERIFY(!notified.isEmpty());
        QCOMPARE(notified.constLast().at(0).toString(), QStringLiteral("Download failed"));
        QVERIFY(notified.constLast().at(1).toString().contains(task->errorString()));
        QVERIFY(t.find<QAction>("actionRetryDownload")->isEnabled());
        QVERIFY(!QFile::exists(QDir(t.folder->path()).filePath(QStringLiteral("liar.csv"))));
    }

    void optionsReachTheManager()
    {
        t.find<QCheckBox>("decompressCheck")->setChecked(true);
        t.find<QCheckBox>("keepCompressedCheck")->setChecked(true);
        t.find<QSpinBox>("concurrencySpin")->setValue(2);
        QVERIFY(manager()->defaultOptions().decompress);
        QVERIFY(manager()->defaultOptions().keepCompressed);
        QCOMPARE(manager()->maxConcurrent(), 2);
        // remembered for the next start
        t.closeWindow();
        openWindow();
        QVERIFY(manager()->defaultOptions().decompress);
        QCOMPARE(manager()->maxConcurrent(), 2);
    }

    void panelToggleFromViewMenu()
    {
        QAction *toggle = t.find<QAction>("actionShowDownloads");
        QVERIFY(toggle);
        QDockWidget *dock = t.find<QDockWidget>("downloadsDock");
        const bool before = dock->isVisible();
        toggle->trigger();
        QCOMPARE(dock->isVisible(), !before);
        QMenu *view = t.find<QMenu>("menuView");
        QVERIFY(view->actions().contains(toggle));
    }
};

QTEST_MAIN(TestDownloadsPanel)
#include "tst_downloadspanel.moc"
