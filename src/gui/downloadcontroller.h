// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "downloadspanel.h"
#include "exports/exportjob.h"

#include <QHash>
#include <QLabel>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;

namespace peaka {
class DownloadManager;
class DownloadTask;
class Notifier;
class PeakaClient;
}

namespace peaka::gui {

class ConnectionLinkRefresher;
class DownloadFolders;
class MainWindow;

// Downloads in the main window: file links and "Download all files" in the
// detail pane go to the DownloadManager, into the connection's download folder
// (asked once, then remembered). Owns the Downloads dock, its View action, the
// overall progress in the status bar and the notifications when a download
// ends or fails. Unfinished downloads come back paused after a restart; on
// quit running ones are paused so they can resume later.
class DownloadController final : public QObject
{
    Q_OBJECT
public:
    // `statePath` empty: DownloadStore::defaultPath() (AppDataLocation/downloads.json).
    explicit DownloadController(MainWindow *window, const QString &statePath = {});
    ~DownloadController() override;

    DownloadManager *manager() const { return m_manager; }
    DownloadFolders *folders() const { return m_folders; }
    DownloadsPanel *panel() const { return m_panel.data(); }
    Notifier *notifier() const { return m_notifier; }
    QAction *showPanelAction() const;
    QLabel *statusLabel() const { return m_statusLabel; }
    int restoredCount() const { return m_restored; }

    // The folder of the current connection when it is known, without asking.
    QString knownFolder() const;
    // Downloads one file / every file of `job` (from Read Export) into the folder
    // of the current connection, asking for the folder first when needed.
    void downloadFile(const ExportJob &job, const ExportFile &file);
    void downloadAll(const ExportJob &job);
    // Pauses every running or queued download (quit): they resume later.
    void pauseAll();

    // The overall progress text of the status bar (empty when nothing runs).
    QString progressText() const;

private:
    static QString keyOf(const Connection &connection);
    PeakaClient *clientFor(const QString &connectionKey);
    void started(const QList<DownloadTask *> &tasks);
    void onTaskFinished(DownloadTask *task);
    void updateDownloadedFiles(const ExportJob &job);
    void updateStatus();

    QPointer<MainWindow> m_window;
    std::unique_ptr<ConnectionLinkRefresher> m_refresher;
    DownloadManager *m_manager;
    DownloadFolders *m_folders;
    Notifier *m_notifier;
    QPointer<DownloadsPanel> m_panel;
    QPointer<QLabel> m_statusLabel;
    QHash<QString, PeakaClient *> m_otherClients;
    int m_restored = 0;
};

} // namespace peaka::gui
