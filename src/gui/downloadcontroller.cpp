// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadcontroller.h"

#include "downloads/completefiles.h"

#include "connectionlinkrefresher.h"
#include "downloadfolders.h"
#include "downloadlistmodel.h"
#include "downloads/downloadmanager.h"
#include "downloadspanel.h"
#include "exportdetailpane.h"
#include "downloads/downloadstore.h"
#include "downloads/downloadtask.h"
#include "notifier.h"
#include "openconnections.h"
#include "statusicons.h"
#include "statusmessages.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>

namespace peaka::gui {

DownloadController::DownloadController(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_dockHost(parts.dockHost)
    , m_connections(parts.connections)
    , m_status(parts.status)
    , m_refresher(std::make_unique<ConnectionLinkRefresher>([connections = parts.connections](const QString &id) {
          return connections->client(ConnectionKey{id, {}});
      }))
    , m_manager(new DownloadManager(m_refresher.get(), this))
    , m_folders(new DownloadFolders(parts.dockHost, this))
    , m_notifier(parts.notifier)
    , m_panel(nullptr)
    , m_statusLabel(new QLabel(parts.dockHost))
{
    QMainWindow *window = parts.dockHost;
    m_manager->setStatePath(parts.statePath.isEmpty() ? DownloadStore::defaultPath() : parts.statePath);
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

    m_downloadFiles = new QAction(uiIcon("download"), tr("&Download Files", "download every file of the selected export"), this);
    m_downloadFiles->setObjectName(QStringLiteral("actionDownloadFiles"));
    m_downloadFiles->setShortcut(QKeySequence(tr("Ctrl+D", "shortcut: download the selected export's files")));
    m_downloadFiles->setToolTip(tr("Download every file of the selected export (Ctrl+D)"));
    m_downloadFiles->setEnabled(false);
    window->addAction(m_downloadFiles);
    if (ExportDetailPane *pane = parts.pane) {
        connect(m_downloadFiles, &QAction::triggered, pane, &ExportDetailPane::downloadAll);
        connect(pane, &ExportDetailPane::jobShown, m_downloadFiles,
                [action = m_downloadFiles, pane] { action->setEnabled(pane->hasFiles()); });
    }

    m_statusLabel->setObjectName(QStringLiteral("downloadStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Download progress"));
    m_statusLabel->setVisible(false);
    m_status->addPermanentWidget(m_statusLabel);

    connect(m_manager, &DownloadManager::taskFinished, this, &DownloadController::onTaskFinished);
    connect(m_manager, &DownloadManager::stateFileError, m_status,
            [status = m_status](const QString &sentence) { status->show(sentence, StatusMessages::Duration::Long); });
    DownloadListModel *model = m_panel->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &DownloadController::updateStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DownloadController::updateStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DownloadController::updateStatus);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DownloadController::pauseAll);
    m_status->show(error, StatusMessages::Duration::Long);
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

QString DownloadController::knownFolder(const ConnectionKey &key) const
{
    const std::optional<Connection> c = m_connections->find(key.profileId);
    return c ? m_folders->known(c->id(), c->name, c->downloadFolder) : QString();
}

void DownloadController::withFolder(const ConnectionKey &key, std::function<void(const QString &)> use)
{
    const std::optional<Connection> c = m_connections->find(key.profileId);
    if (!c) {
        m_status->show(tr("The connection of this export is no longer available."), StatusMessages::Duration::Long);
        return;
    }
    QPointer<DownloadController> self(this);
    m_folders->withFolder(c->id(), c->name, c->downloadFolder, [self, use = std::move(use)](const QString &folder) {
        if (self)
            use(folder);
    });
}

void DownloadController::downloadFile(const ConnectionKey &key, const ExportJob &job, const ExportFile &file)
{
    DownloadSource source;
    source.profileId = key.profileId;
    source.projectId = key.projectId;
    source.exportId = job.id;
    source.fileName = file.name;
    source.exportSource = job.displaySource();
    const QDateTime expiresAt = job.expiresAt;
    withFolder(key, [this, source, file, expiresAt](const QString &folder) {
        started({m_manager->download(source, folder, m_manager->defaultOptions(), file, expiresAt)});
    });
}

void DownloadController::downloadAll(const ConnectionKey &key, const ExportJob &job)
{
    if (job.files.isEmpty())
        return;
    DownloadSource source;
    source.profileId = key.profileId;
    source.projectId = key.projectId;
    source.exportId = job.id;
    source.exportSource = job.displaySource();
    withFolder(key, [this, source, job](const QString &folder) {
        // Files already complete in the folder are not fetched again as "name (1)".
        const CompleteFiles files = CompleteFiles::check(folder, job.files);
        ExportJob missing = job;
        missing.files = files.missing;
        const QList<DownloadTask *> tasks = m_manager->downloadAll(source, missing, folder, m_manager->defaultOptions());
        started(tasks);
        if (!files.present.isEmpty())
            m_status->show(tasks.isEmpty() ? tr("All %n files are already in %1.", "", int(files.present.size()))
                                                 .arg(QDir::toNativeSeparators(folder))
                                           : tr("Skipped %n files already in %1.", "", int(files.present.size()))
                                                 .arg(QDir::toNativeSeparators(folder)),
                           StatusMessages::Duration::Long);
    });
}

void DownloadController::started(const QList<DownloadTask *> &tasks)
{
    if (tasks.isEmpty() || !m_dockHost)
        return;
    if (m_panel && !m_panel->isVisible()) {
        m_panel->show();
        m_dockHost->resizeDocks({m_panel.data()}, {240}, Qt::Vertical);
    }
    if (m_panel)
        m_panel->selectTask(tasks.constLast());
    m_status->show(
        tasks.size() == 1
            ? tr("Downloading %1 into %2", "file name, folder")
                  .arg(tasks.constFirst()->displayName(), QDir::toNativeSeparators(tasks.constFirst()->record().folder))
            : tr("Downloading %n files into %1", "", int(tasks.size()))
                  .arg(QDir::toNativeSeparators(tasks.constFirst()->record().folder)),
        StatusMessages::Duration::Normal);
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

QStringList DownloadController::downloadedFiles(const QString &exportId) const
{
    QStringList paths;
    const QList<DownloadTask *> tasks = m_manager->tasks();
    for (const DownloadTask *t : tasks) {
        if (!exportId.isEmpty() && t->record().source.exportId == exportId && t->state() == DownloadState::Done
            && QFileInfo::exists(t->finalPath()) && !paths.contains(t->finalPath()))
            paths << t->finalPath();
    }
    return paths;
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
