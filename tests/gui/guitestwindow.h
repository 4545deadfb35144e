// SPDX-License-Identifier: GPL-3.0-or-later
// The shared fixture of the GUI tests that drive the real main window (built by
// MainWindowAssembly, as the app does) against the real demo server: seams
// answered at once, no tray, fast polling, model contracts checked.
#pragma once

#include "cache/exportlistcache.h"
#include "demoserver.h"
#include "downloadcontroller.h"
#include "downloadfolders.h"
#include "downloadlistmodel.h"
#include "downloadspanel.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadstore.h"
#include "exports/csvoptionsmemory.h"
#include "exportdetailpane.h"
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "mainwindow.h"
#include "mainwindowassembly.h"
#include "connections/connectionregistry.h"
#include "notifier.h"
#include "api/peakaclient.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace peaka::test {

class GuiTestWindow
{
public:
    std::unique_ptr<demo::DemoServer> server;
    std::unique_ptr<gui::MainWindowAssembly> app; // the composition root: window, models, controllers
    gui::MainWindow *window = nullptr;             // app's
    // Every GUI test that opens a window checks the filter and downloads models' contracts as they change.
    std::unique_ptr<QAbstractItemModelTester> filterTester;
    std::unique_ptr<QAbstractItemModelTester> downloadsTester;
    std::unique_ptr<QTemporaryDir> folder;
    int folderAsks = 0;

    // Fresh settings, no remembered downloads or cached lists, a started demo server.
    bool startServer()
    {
        QSettings().clear();
        QFile::remove(DownloadStore::defaultPath());
        QFile::remove(CsvOptionsMemory::defaultPath());
        QDir(ExportListCache::defaultDir()).removeRecursively();
        folder = std::make_unique<QTemporaryDir>();
        folderAsks = 0;
        server = std::make_unique<demo::DemoServer>();
        return server->start();
    }

    gui::Connection connection() const
    {
        gui::Connection c;
        c.name = QStringLiteral("Demo");
        c.baseUrl = server->baseUrl();
        c.apiKey = server->partnerKey().key;
        c.projectIds = {server->projectId()};
        c.demo = true;
        return c;
    }

    // A new window (the state file of an earlier one is restored), shown, with
    // no connection yet; the seams answer at once and the models are checked.
    void openApp(const gui::MainWindowAssembly::Options &options = {})
    {
        app = std::make_unique<gui::MainWindowAssembly>(options);
        window = app->window();
        app->registry()->setClientConfigurer([](PeakaClient *c) { c->setRetryPolicy({0, 100, 100}); });
        app->poller()->setIntervalMs(200);
        app->downloads()->folders()->setAsker([this](const QString &, gui::DownloadFolders::Done done) {
            ++folderAsks;
            done(folder ? folder->path() : QString());
        });
        app->notifier()->setSystemTrayEnabled(false);
        filterTester = std::make_unique<QAbstractItemModelTester>(
            app->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        downloadsTester = std::make_unique<QAbstractItemModelTester>(
            app->downloads()->panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->show();
    }

    // openApp() connected to the demo server.
    void openWindow(const gui::MainWindowAssembly::Options &options = {})
    {
        openApp(options);
        app->setConnection(connection());
    }

    // Closes the window as quitting does (settings and downloads are saved).
    void closeWindow()
    {
        filterTester.reset();
        downloadsTester.reset();
        app.reset();
        window = nullptr;
    }

    void reset()
    {
        filterTester.reset();
        downloadsTester.reset();
        app.reset();
        window = nullptr;
        server.reset();
        folder.reset();
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }

    QTableView *table() const { return find<QTableView>("exportTable"); }

    // An action of the window by objectName, also one a controller owns (New Export, Downloads).
    QAction *action(const char *name) const
    {
        const QString wanted = QLatin1String(name);
        for (QAction *a : window->actions()) {
            if (a->objectName() == wanted)
                return a;
        }
        QAction *a = window->findChild<QAction *>(wanted);
        if (!a)
            qWarning("no action named %s", name);
        return a;
    }

    // Only `count` generated exports, none moving (generated PENDING/RUNNING rows would stay so forever).
    void seedStill(int count)
    {
        server->clearExports();
        server->generateExports(count);
        for (const demo::DemoExport &e : server->exports(server->projectId()))
            if (e.status == QLatin1String("PENDING") || e.status == QLatin1String("RUNNING"))
                server->setExportStatus(e.id, QStringLiteral("SUCCEEDED"));
    }

    // A SUCCEEDED export of the demo user with the given files; returns its id.
    QString addExport(const QList<demo::DemoFile> &files, const QString &source = QStringLiteral("peaka.query.\"tests\""))
    {
        demo::DemoExport e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.projectId = server->projectId();
        e.status = QStringLiteral("SUCCEEDED");
        e.createdAt = server->now();
        e.queryId = QStringLiteral("709922802836177297");
        e.source = source;
        e.ownerKey = server->partnerKey().key;
        e.rowCount = 10;
        qint64 bytes = 0;
        for (const demo::DemoFile &f : files)
            bytes += f.contentSize();
        e.bytes = bytes;
        e.files = files;
        server->addExport(e);
        return e.id;
    }

    static QByteArray content(int size, char seed = 'a')
    {
        QByteArray b;
        b.reserve(size);
        for (int i = 0; i < size; ++i)
            b.append(char(seed + (i * 7 + i / 13) % 26));
        return b;
    }

    bool select(const QString &id) const
    {
        const int row = app->model()->rowOfId(id);
        if (row < 0)
            return false;
        const QModelIndex index = app->filterModel()->mapFromSource(app->model()->index(row, 1));
        if (!index.isValid())
            return false;
        table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
        return true;
    }

    QLabel *fileLink(int index) const
    {
        return window->detailPane()->findChild<QLabel *>(QStringLiteral("fileLink_%1").arg(index));
    }
};

} // namespace peaka::test
