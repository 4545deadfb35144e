// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadcontroller.h"

#include "downloads/completefiles.h"

#include "connectionlinkrefresher.h"
#include "downloadfolders.h"
#include "downloadlistmodel.h"
#include "downloads/downloadmanager.h"
#include "downloadspanel.h"
#include "downloads/downloadstore.h"
#include "downloads/downloadtask.h"
#include "exportdetailpane.h"
#include "mainwindow.h"
#include "notifier.h"
#include "api/peakaclient.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace peaka::gui {

DownloadController::DownloadController(MainWindow *window, const QString &statePath)
    : QObject(window)
    , m_window(window)
    , m_refresher(std::make_unique<ConnectionLinkRefresher>(
          [this](const QString &name) { return clientFor(name); }))
    , m_manager(new DownloadManager(m_refresher.get(), this))
    , m_folders(new DownloadFolders(window, this))
    , m_notifier(new Notifier(this))
    , m_panel(nullptr)
    , m_statusLabel(new QLabel(window))
{
    m_manager->setStatePath(statePath.isEmpty() ? DownloadStore::defaultPath() : statePath);
    // Loaded before the panel exists: restored tasks are rows from the start.
    QString error;
    m_restored = m_manager->restore(&error);

    m_panel = new DownloadsPanel(m_manager, window);
    m_panel->hide();
    window->addDockWidget(Qt::BottomDockWidgetArea, m_panel);
    QAction *toggle = m_panel->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowDownloads"));
    toggle->setText(tr("&Downloads", "menu item that shows the downloads panel"));
    toggle->setToolTip(tr("Show or hide the downloads (Ctrl+J)"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+J", "shortcut: downloads panel")));
    window->addAction(toggle);

    m_statusLabel->setObjectName(QStringLiteral("downloadStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Download progress"));
    m_statusLabel->setVisible(false);
    window->statusBar()->addPermanentWidget(m_statusLabel);

    connect(m_notifier, &Notifier::inWindowMessage, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 10000); });
    connect(m_manager, &DownloadManager::taskFinished, this, &DownloadController::onTaskFinished);
    connect(m_manager, &DownloadManager::stateFileError, window,
            [window](const QString &sentence) { window->statusBar()->showMessage(sentence, 10000); });
    DownloadListModel *model = m_panel->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &DownloadController::updateStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DownloadController::updateStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DownloadController::updateStatus);
    connect(window, &MainWindow::fileActivated, this, &DownloadController::downloadFile);
    connect(window->detailPane(), &ExportDetailPane::downloadAllRequested, this, &DownloadController::downloadAll);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DownloadController::pauseAll);
    if (!error.isEmpty())
        window->statusBar()->showMessage(error, 10000);
    updateStatus();
}

DownloadController::~DownloadController()
{
    // The window's widgets may be gone already (the status bar is older than
    // this controller): nothing may reach them from here on.
    if (m_panel)
        m_panel->model()->disconnect(this);
    m_manager->disconnect(this);
    pauseAll();
    // The manager goes before the refresher (a member) it points to.
    delete m_manager;
}

QAction *DownloadController::showPanelAction() const
{
    return m_panel->toggleViewAction();
}

QString DownloadController::keyOf(const Connection &connection)
{
    // A saved profile keeps its id across renames; the demo and ad-hoc connections have a name only.
    return connection.profileId.isEmpty() ? connection.name : connection.profileId;
}

PeakaClient *DownloadController::clientFor(const QString &connectionName)
{
    if (!m_window)
        return nullptr;
    const Connection current = m_window->currentConnection();
    if (connectionName.isEmpty() || connectionName == keyOf(current))
        return m_window->client();
    const QList<Connection> connections = m_window->connections();
    for (const Connection &c : connections) {
        if (keyOf(c) != connectionName)
            continue;
        PeakaClient *&client = m_otherClients[connectionName];
        if (!client)
            client = new PeakaClient(this);
        if (!client->setBaseUrl(c.baseUrl.toString()))
            return nullptr;
        client->setApiKey(c.apiKey);
        return client;
    }
    return nullptr;
}

QString DownloadController::knownFolder() const
{
    if (!m_window)
        return {};
    const Connection c = m_window->currentConnection();
    return m_folders->known(c.name, c.downloadFolder);
}

void DownloadController::downloadFile(const ExportJob &job, const ExportFile &file)
{
    if (!m_window)
        return;
    const Connection c = m_window->currentConnection();
    DownloadSource source;
    source.profileId = keyOf(c);
    source.projectId = m_window->currentProjectId();
    source.exportId = job.id;
    source.fileName = file.name;
    source.exportSource = job.displaySource();
    const QDateTime expiresAt = job.expiresAt;
    QPointer<DownloadController> self(this);
    m_folders->withFolder(c.name, c.downloadFolder, [self, source, file, expiresAt](const QString &folder) {
        if (!self)
            return;
        DownloadManager *m = self->m_manager;
        self->started({m->download(source, folder, m->defaultOptions(), file, expiresAt)});
    });
}

void DownloadController::downloadAll(const ExportJob &job)
{
    if (!m_window || job.files.isEmpty())
        return;
    const Connection c = m_window->currentConnection();
    DownloadSource source;
    source.profileId = keyOf(c);
    source.projectId = m_window->currentProjectId();
    source.exportId = job.id;
    source.exportSource = job.displaySource();
    QPointer<DownloadController> self(this);
    m_folders->withFolder(c.name, c.downloadFolder, [self, source, job](const QString &folder) {
        if (!self)
            return;
        DownloadManager *m = self->m_manager;
        // Files already complete in the folder are not fetched again as "name (1)".
        const CompleteFiles files = CompleteFiles::check(folder, job.files);
        ExportJob missing = job;
        missing.files = files.missing;
        const QList<DownloadTask *> tasks = m->downloadAll(source, missing, folder, m->defaultOptions());
        self->started(tasks);
        if (!files.present.isEmpty() && self->m_window)
            self->m_window->statusBar()->showMessage(
                tasks.isEmpty() ? tr("All %n files are already in %1.", "", int(files.present.size()))
                                      .arg(QDir::toNativeSeparators(folder))
                                : tr("Skipped %n files already in %1.", "", int(files.present.size()))
                                      .arg(QDir::toNativeSeparators(folder)),
                10000);
    });
}

void DownloadController::started(const QList<DownloadTask *> &tasks)
{
    if (tasks.isEmpty() || !m_window)
        return;
    if (m_panel && !m_panel->isVisible()) {
        m_panel->show();
        m_window->resizeDocks({m_panel.data()}, {240}, Qt::Vertical);
    }
    if (m_panel)
        m_panel->selectTask(tasks.constLast());
    m_window->statusBar()->showMessage(
        tasks.size() == 1
            ? tr("Downloading %1 into %2", "file name, folder")
                  .arg(tasks.constFirst()->displayName(), QDir::toNativeSeparators(tasks.constFirst()->record().folder))
            : tr("Downloading %n files into %1", "", int(tasks.size()))
                  .arg(QDir::toNativeSeparators(tasks.constFirst()->record().folder)),
        5000);
}

void DownloadController::pauseAll()
{
    if (m_manager)
        m_manager->pauseAll();
}

void DownloadController::onTaskFinished(DownloadTask *task)
{
    switch (task->state()) {
    case DownloadState::Done:
        m_notifier->notifyMessage(tr("Download finished"),
                                  tr("%1 is saved in %2.", "file name, folder")
                                      .arg(QFileInfo(task->finalPath()).fileName(),
                                           QDir::toNativeSeparators(task->record().folder)),
                                  false);
        break;
    case DownloadState::Failed:
        m_notifier->notifyMessage(tr("Download failed"),
                                  tr("%1 could not be downloaded: %2", "file name, the reason")
                                      .arg(task->displayName(), task->errorString()),
                                  true);
        break;
    default:
        break; // cancelled by the user: nothing to tell
    }
    updateStatus();
}

QString DownloadController::progressText() const
{
    int active = 0;
    int paused = 0;
    qint64 received = 0;
    qint64 total = 0;
    for (const DownloadTask *t : m_manager->tasks()) {
        const DownloadState s = t->state();
        if (s == DownloadState::Paused) {
            ++paused;
            continue;
        }
        if (isFinalState(s))
            continue;
        ++active;
        if (t->bytesTotal() > 0) {
            received += t->bytesReceived();
            total += t->bytesTotal();
        }
    }
    if (active > 0) {
        const QString files = active == 1 ? tr("Downloading 1 file", "status bar")
                                          : tr("Downloading %n files", "status bar", active);
        if (total <= 0)
            return files;
        return tr("%1 · %2 %", "Downloading 2 files · 45 %").arg(files).arg(int(received * 100 / total));
    }
    if (paused > 0)
        return paused == 1 ? tr("1 download paused", "status bar") : tr("%n downloads paused", "status bar", paused);
    return {};
}

void DownloadController::updateStatus()
{
    if (!m_statusLabel)
        return;
    const QString text = progressText();
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

} // namespace peaka::gui
