// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotscene.h"

#include "downloadcontroller.h"
#include "downloadfolders.h"
#include "downloads/downloadmanager.h"
#include "downloadspanel.h"
#include "downloads/downloadtask.h"
#include "exportdetailpane.h"
#include "exports/exportlistmodel.h"
#include "mainwindow.h"
#include "mainwindowassembly.h"
#include "newexportactions.h"
#include "newexportdialog.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QScreen>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

#ifdef PEAKA_HAVE_DEMOSERVER
#include "demoserver.h"
#endif

using peaka::gui::MainWindow;
using peaka::gui::MainWindowAssembly;

namespace {

void save(const QPixmap &pixmap, const QString &path)
{
    const bool ok = pixmap.save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    QCoreApplication::exit(ok ? 0 : 1);
}

// The window with its dialogs: top-level windows painted where they are on screen.
QPixmap grabWithDialogs(MainWindow *window)
{
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != window && w->isVisible() && qobject_cast<QDialog *>(w)) {
            // No window manager under xvfb: a thin frame tells the dialog from the window.
            const QRect r(window->mapFromGlobal(w->mapToGlobal(QPoint(0, 0))), w->size());
            painter.drawPixmap(r.topLeft(), w->grab());
            painter.setPen(QColor(0x70, 0x78, 0x84));
            painter.drawRect(r.adjusted(-1, -1, 0, 0));
        }
    }
    return shot;
}

QString selectRow(MainWindowAssembly *app, const std::function<bool(const peaka::ExportJob &)> &pred)
{
    for (const peaka::ExportJob &job : app->model()->jobs()) {
        if (pred(job)) {
            app->window()->selectExport(job.id);
            return job.id;
        }
    }
    return {};
}

void downloadsScene(MainWindowAssembly *app, const QString &path)
{
    MainWindow *window = app->window();
#ifdef PEAKA_HAVE_DEMOSERVER
    auto *server = window->findChild<peaka::demo::DemoServer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!server) {
        std::fprintf(stderr, "the downloads scene needs --demo\n");
        QCoreApplication::exit(2);
        return;
    }
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("peaka-screenshot-downloads"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    app->downloads()->folders()->setAsker(
        [folder](const QString &, peaka::gui::DownloadFolders::Done done) { done(folder); });
    // Two exports of the demo user with files: the first finishes, the second crawls.
    QList<peaka::demo::DemoExport> mine;
    for (const peaka::demo::DemoExport &e : server->exports(server->projectId())) {
        if (e.status == QLatin1String("SUCCEEDED") && e.ownerKey == server->partnerKey().key && !e.files.isEmpty())
            mine.append(e);
    }
    if (mine.size() < 2) {
        QCoreApplication::exit(1);
        return;
    }
    selectRow(app, [&mine](const peaka::ExportJob &j) { return j.id == mine.at(0).id; });
    peaka::DownloadManager *manager = app->downloads()->manager();
    const auto sourceOf = [window](const peaka::demo::DemoExport &e, int file) {
        peaka::DownloadSource s;
        s.profileId = window->currentKey().profileId;
        s.projectId = e.projectId;
        s.exportId = e.id;
        s.fileName = e.files.at(file).name;
        s.exportSource = e.source;
        return s;
    };
    app->downloads()->panel()->show();
    peaka::DownloadTask *first = manager->download(sourceOf(mine.at(0), 0), folder);
    QObject::connect(first, &peaka::DownloadTask::finished, window, [=] {
        const qint64 size = mine.at(1).files.at(0).contentSize();
        server->scenario().storageBytesPerSecond = int(qMax<qint64>(1024, size / 8));
        peaka::DownloadTask *second = manager->download(sourceOf(mine.at(1), 0), folder);
        app->downloads()->panel()->selectTask(second);
        QTimer::singleShot(2500, window, [window, path] { save(window->grab(), path); });
    });
#else
    Q_UNUSED(window)
    Q_UNUSED(path)
    QCoreApplication::exit(2);
#endif
}

void newExportScene(MainWindowAssembly *app, const QString &path)
{
    MainWindow *window = app->window();
    selectRow(app, [](const peaka::ExportJob &j) {
        return j.status.code() == peaka::ExportStatus::Expired && peaka::gui::NewExportDialog::canRunAgain(j);
    });
    QTimer::singleShot(800, window, [app, window, path] {
        peaka::gui::NewExportDialog *dialog = app->newExport()->openRunAgain(window->detailPane()->job());
        if (!dialog)
            dialog = app->newExport()->openNewExport();
        QTimer::singleShot(600, window, [window, path] { save(grabWithDialogs(window), path); });
    });
}

} // namespace

bool runScreenshotScene(MainWindowAssembly *app, const QString &scene, const QString &path)
{
    MainWindow *window = app->window();
    void (*run)(MainWindowAssembly *, const QString &) = nullptr;
    if (scene == QLatin1String("downloads"))
        run = downloadsScene;
    else if (scene == QLatin1String("new-export"))
        run = newExportScene;
    if (!run)
        return false;
    auto started = std::make_shared<bool>(false);
    QObject::connect(window, &MainWindow::listRefreshed, window, [app, path, run, started] {
        if (std::exchange(*started, true))
            return;
        run(app, path);
    });
    QTimer::singleShot(30000, window, [] { QCoreApplication::exit(3); }); // never hang the script
    return true;
}
