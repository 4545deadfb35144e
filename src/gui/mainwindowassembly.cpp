// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowassembly.h"

#include "cache/exportlistcache.h"
#include "cache/exportlistcachelink.h"
#include "cancelexportaction.h"
#include "credentials/apikey.h"
#include "connections/connectionregistry.h"
#include "downloadcontroller.h"
#include "downloads/downloadmanager.h"
#include "exportdetailpane.h"
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "mainmenus.h"
#include "mainwindow.h"
#include "newexportactions.h"
#include "newexportcontroller.h"
#include "notifier.h"
#include "openconnections.h"
#include "profileconnections.h"
#include "statusmessages.h"

#include <QAction>
#include <QTimer>

namespace peaka::gui {

MainWindowAssembly::MainWindowAssembly()
    : MainWindowAssembly(Options{})
{
}

MainWindowAssembly::MainWindowAssembly(const Options &options)
    : m_registry(new ConnectionRegistry(this))
    , m_connections(new OpenConnections(m_registry, this))
    , m_model(new ExportListModel(this))
    , m_filter(new ExportFilterModel(this))
    , m_poller(new LivePoller(nullptr, this))
    , m_cache(options.listCacheDir.isEmpty() ? new ExportListCache(this) : new ExportListCache(options.listCacheDir, this))
    , m_cacheLink(new ExportListCacheLink(m_poller, m_model, m_cache, this))
{
    m_cache->setEnabled(options.listCache);
    // Before the window connects: the cached rows of a connection are asked for
    // as soon as the window switches to it, while its first page is requested.
    m_window = std::make_unique<MainWindow>(MainWindow::Parts{m_registry, m_model, m_filter, m_poller, m_cacheLink});
    MainWindow *window = m_window.get();
    ExportDetailPane *pane = window->detailPane();
    m_status = window->statusMessages();
    // One notifier (one tray icon) for every controller; without a tray its messages go to the status bar.
    m_notifier = new Notifier(this);
    connect(m_notifier, &Notifier::inWindowMessage, m_status,
            [status = m_status](const QString &text) { status->show(text, StatusMessages::Duration::Long); });

    m_downloads = new DownloadController({window, m_connections, m_notifier, m_status, options.downloadStatePath, pane}, this);
    window->addTableMenuAction(m_downloads->downloadFilesAction());
    m_newExport = new NewExportActions({window, m_registry, m_model, pane, m_notifier, m_status, m_downloads}, this);
    if (!options.csvOptionsPath.isEmpty())
        m_newExport->controller()->setCsvMemoryPath(options.csvOptionsPath);
    window->addTableMenuAction(m_newExport->runAgainAction());
    window->addConnectionAction(m_newExport->newExportAction());
    m_cancelExport = new CancelExportAction({window, m_registry, pane, m_status}, this);
    window->addTableMenuAction(m_cancelExport->action());
    connect(m_cancelExport, &CancelExportAction::jobRead, m_poller, &LivePoller::updateJob);
    MainMenus::install(window, {m_newExport->newExportAction(), m_newExport->runAgainAction(),
                                m_downloads->showPanelAction(), m_cancelExport->action(), clearCacheAction(),
                                m_downloads->downloadFilesAction()});
    // After the dock exists, so that its state comes back.
    window->restoreLayout();

    // Work started from the view captures the connection shown at that moment.
    connect(window, &MainWindow::currentConnectionChanged, m_cacheLink,
            [this](const Connection &connection, const QString &project) {
                m_cacheLink->setTarget({connection.baseUrl, connection.key(project), ApiKey::publicPrefix(connection.apiKey)});
            });
    connect(window, &MainWindow::currentConnectionChanged, m_newExport,
            [this](const Connection &connection, const QString &project) {
                m_newExport->setConnection(connection.key(project));
                m_cancelExport->setConnection(connection.key(project));
            });
    connect(window, &MainWindow::fileActivated, m_downloads, [this](const ExportJob &job, const ExportFile &file) {
        m_downloads->downloadFile(m_window->currentKey(), job, file);
    });
    connect(pane, &ExportDetailPane::downloadAllRequested, m_downloads,
            [this](const ExportJob &job) { m_downloads->downloadAll(m_window->currentKey(), job); });
    // "Preview" in the detail pane offers the downloaded files of the export it shows.
    const auto showDownloaded = [this, pane] { pane->setDownloadedFiles(pane->currentId(), m_downloads->downloadedFiles(pane->currentId())); };
    connect(pane, &ExportDetailPane::jobShown, m_downloads, showDownloaded);
    connect(m_downloads->manager(), &DownloadManager::taskFinished, pane, showDownloaded);
    connect(m_newExport, &NewExportActions::selectRequested, window, &MainWindow::selectExport);
    connect(m_newExport, &NewExportActions::refreshRequested, window, &MainWindow::refresh);
    connect(window, &MainWindow::listRefreshed, m_newExport, &NewExportActions::onListed);
}

MainWindowAssembly::~MainWindowAssembly()
{
    // Controllers first: they reach into the window's widgets (dock, status bar).
    delete m_cancelExport;
    delete m_newExport;
    delete m_downloads;
    m_window.reset();
}

QAction *MainWindowAssembly::clearCacheAction()
{
    auto *action = new QAction(tr("Clear &Cache"), m_window.get()); // found by objectName, like the window's own
    action->setObjectName(QStringLiteral("actionClearCache"));
    action->setToolTip(tr("Forget the export lists kept on this computer for a quick start"));
    connect(action, &QAction::triggered, m_cache, &ExportListCache::clearAll);
    connect(m_cache, &ExportListCache::cleared, m_status, [status = m_status](bool ok) {
        status->show(ok ? tr("Cleared the cached export lists.")
                        : tr("Some cached export lists could not be removed."),
                     StatusMessages::Duration::Long);
    });
    return action;
}

void MainWindowAssembly::setConnections(const QList<Connection> &connections, int preferred,
                                        const QString &preferredProject)
{
    m_connections->setConnections(connections);
    m_window->setConnections(connections, preferred, preferredProject);
}

void MainWindowAssembly::attachProfiles(ProfileConnections *profiles)
{
    MainWindow *window = m_window.get();
    profiles->setDialogParent(window);
    connect(profiles, &ProfileConnections::published, this,
            [this](const QList<Connection> &list, int preferred, const QString &project) {
                setConnections(list, preferred, project);
            });
    connect(window, &MainWindow::currentConnectionChanged, profiles, &ProfileConnections::remember);
    connect(window, &MainWindow::currentConnectionChanged, profiles,
            [this, profiles](const Connection &connection, const QString &project) {
                profiles->fillProjectNames(connection, m_registry->client(connection.key(project)));
            });
    connect(window, &MainWindow::addConnectionRequested, profiles, &ProfileConnections::openAddDialog);
    connect(window, &MainWindow::manageConnectionsRequested, profiles, &ProfileConnections::openManager);
    connect(window, &MainWindow::sessionKeyRequested, profiles, &ProfileConnections::askSessionKey);
    connect(window, &MainWindow::editConnectionRequested, profiles, &ProfileConnections::openEditDialog);
    // The keychain is read (and the first list requested) once the window is
    // up, in the first pass of the event loop; until the keys are in, the
    // window says "Connecting…", never the welcome page of a first start.
    if (profiles->hasConnections())
        window->showConnecting();
    QTimer::singleShot(0, profiles, &ProfileConnections::start);
    // The list the window will open, read while the window is built and the keychain read (cache2).
    if (const std::optional<ExportListCacheKey> key = profiles->startTarget())
        m_cache->prefetch(*key);
}

} // namespace peaka::gui
