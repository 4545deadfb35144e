// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "credentials/credentialstore.h"
#include "exportdetailpane.h"
#include "exports/exportlistmodel.h"
#include "languagemenu.h"
#include "lazyicons.h"
#include "mainwindow.h"
#include "mainwindowassembly.h"
#include "profileconnections.h"
#include "profiles/profilestore.h"
#include "restartcommand.h"
#include "screenshotscene.h"
#include "statusicons.h"
#include "common/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTableView>
#include <QTimer>

#include <cstdio>

#ifdef PEAKA_HAVE_DEMOSERVER
#include "democatalog.h"
#include "demoserver.h"
#endif

using peaka::gui::Connection;
using peaka::gui::MainWindow;
using peaka::gui::MainWindowAssembly;
using peaka::gui::ProfileConnections;

namespace {

#ifdef PEAKA_HAVE_DEMOSERVER
constexpr int DemoHistoryRows = 400;

// The demo project's name and workspace, as its server lists them: the picker
// and title show names, as they do for a saved connection.
peaka::ProjectLabels demoProjectLabels(const QString &projectId)
{
    peaka::ProjectLabels labels;
    for (const peaka::demo::DemoProject &project : peaka::demo::demoProjects()) {
        if (project.id != projectId)
            continue;
        QString workspace;
        for (const peaka::demo::DemoWorkspace &w : peaka::demo::demoWorkspaces()) {
            if (w.id == project.workspaceId)
                workspace = w.name;
        }
        labels.insert(projectId, peaka::ProjectLabel{project.name, workspace});
    }
    return labels;
}

// Starts the embedded demo server (once) and offers it beside the profiles,
// selected. It is a child of the window, so it goes before the application
// object does (children of qApp would outlive Qt's own teardown).
bool startDemo(ProfileConnections *connections, MainWindow *window)
{
    auto *server = window->findChild<peaka::demo::DemoServer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!server) {
        server = new peaka::demo::DemoServer(window);
        server->seedDemoHistory(DemoHistoryRows); // older exports: the list has pages, as a real project's does
        if (!server->start()) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
                                             "main", "Could not start the demo server: %1").arg(server->errorString())));
            delete server;
            return false;
        }
    }
    Connection demo;
    demo.name = QCoreApplication::translate("main", "Demo", "name of the demo connection");
    demo.baseUrl = server->baseUrl();
    demo.apiKey = server->partnerKey().key;
    demo.projectIds = {server->projectId()};
    demo.projectLabels = demoProjectLabels(server->projectId());
    demo.demo = true;
    connections->setDemoConnection(demo);
    return true;
}
#endif

// --screenshot PATH: once the list is loaded, select a row, let its details
// load, grab the window and quit.
void scheduleScreenshot(MainWindow *window, const QString &path, const QString &selectId)
{
    const auto grabWindow = [window, path] {
        static bool grabbed = false;
        if (grabbed)
            return;
        grabbed = true;
        const bool ok = window->grab().save(path);
        std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    QTimer::singleShot(1000, window, [window, grabWindow] {
        if (window->connections().isEmpty()) // the welcome page
            grabWindow();
    });
    QObject::connect(window, &MainWindow::listRefreshed, window, [window, selectId, grabWindow] {
        static bool done = false;
        if (done)
            return;
        done = true;
        auto *table = window->findChild<QTableView *>(QStringLiteral("exportTable"));
        if (!selectId.isEmpty())
            window->openExportById(selectId);
        else if (table && table->model()->rowCount() > 0)
            table->selectRow(std::min(3, table->model()->rowCount() - 1));
        QObject::connect(window->detailPane(), &peaka::gui::ExportDetailPane::jobLoaded, window,
                         [grabWindow] { QTimer::singleShot(300, grabWindow); });
        QTimer::singleShot(8000, window, grabWindow); // never hang the script
    });
}

// "Restart Now" after a language change: the app quits as it always does
// (settings, layout and downloads saved when the window and its controllers
// go), then this, destroyed after them, starts it again with the same
// arguments but those that pick a language or a one-off run.
struct RestartOnExit
{
    bool wanted = false;
    ~RestartOnExit()
    {
        if (!wanted)
            return;
        peaka::gui::relaunch(
            peaka::gui::restartCommand(QCoreApplication::applicationFilePath(), QCoreApplication::arguments()));
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication::setOrganizationName(QStringLiteral("Peaka"));
    QApplication::setApplicationName(QStringLiteral("Peaka Exports"));
    QApplication::setApplicationVersion(QStringLiteral(PEAKA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.peaka.Exports"));
    QApplication app(argc, argv);
    peaka::Translations::install(app, peaka::Translations::languageFromArguments(app.arguments()));
    RestartOnExit restart; // after the window and the stores are gone

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Browse and download Peaka data exports."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QCoreApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Explore with demo data from a built-in server."));
    const QCommandLineOption noCacheOption(
        QStringLiteral("no-cache"),
        QCoreApplication::translate("main", "Neither show nor keep the cached export lists (every list comes from the server)."));
    const QCommandLineOption quitOption(QStringLiteral("quit-after"),
                                        QCoreApplication::translate("main", "Quit after SEC seconds (for checks)."),
                                        QStringLiteral("SEC"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Use the language CODE (e.g. de, tr)."),
                                        QStringLiteral("CODE"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window and quit."),
                                        QStringLiteral("PATH"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("Export to select for --screenshot."),
                                    QStringLiteral("ID"));
    selectOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption sceneOption(QStringLiteral("scene"), QStringLiteral("Scene for --screenshot: downloads, new-export."),
                                   QStringLiteral("NAME"));
    sceneOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({versionOption, demoOption, noCacheOption, quitOption, langOption, screenshotOption, selectOption, sceneOption});
    parser.process(app);

    if (parser.isSet(versionOption)) {
        std::printf("peaka-exports %s\n", PEAKA_VERSION);
        return 0;
    }
    peaka::gui::deferToolBarExtensionIcons(); // before the first widget: see lazyicons.h
    peaka::gui::initResources();
    peaka::gui::setWindowIconSoon({QStringLiteral(":/icons/com.peaka.Exports.svg"), QStringLiteral(":/icons/app/com.peaka.Exports.svg")});

    // The stores outlive the window and the dialogs it parents.
    peaka::ProfileStore profileStore(peaka::ProfileStore::defaultSettingsPath());
    peaka::CredentialStore credentialStore;
    MainWindowAssembly::Options options;
    options.listCache = !parser.isSet(noCacheOption);
    MainWindowAssembly assembly(options);
    MainWindow &window = *assembly.window();
    ProfileConnections connections(&profileStore, &credentialStore);
    assembly.attachProfiles(&connections);
#ifdef PEAKA_HAVE_DEMOSERVER
    window.setDemoAvailable(true);
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&connections, &window] { startDemo(&connections, &window); });
#else
    window.setDemoAvailable(false);
#endif
    if (parser.isSet(sceneOption)) {
        if (!runScreenshotScene(&assembly, parser.value(sceneOption), parser.value(screenshotOption)))
            return 2;
    } else if (parser.isSet(screenshotOption))
        scheduleScreenshot(&window, parser.value(screenshotOption), parser.value(selectOption));
    if (auto *languages = window.findChild<peaka::gui::LanguageMenu *>(QStringLiteral("languageMenu"))) {
        QObject::connect(languages, &peaka::gui::LanguageMenu::restartRequested, &window, [&restart, &window] {
            restart.wanted = true;
            window.close();
        });
    }
    window.show();

    if (parser.isSet(demoOption)) {
#ifdef PEAKA_HAVE_DEMOSERVER
        if (!startDemo(&connections, &window))
            return 1;
#else
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
                                         "main", "This build has no demo server (it needs Qt HttpServer).")));
        return 2;
#endif
    }
    if (parser.isSet(quitOption)) {
        bool ok = false;
        const double secs = parser.value(quitOption).toDouble(&ok);
        if (!ok || secs < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--quit-after needs a number of seconds.")));
            return 2;
        }
        QTimer::singleShot(int(secs * 1000), &app, [] { QCoreApplication::exit(0); });
    }
    return app.exec();
}
