// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionkey.h"
#include "downloadspanel.h"
#include "exports/exportjob.h"

#include <QHash>
#include <QLabel>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMainWindow;

namespace peaka {
class DownloadManager;
class DownloadTask;
}

namespace peaka::gui {

class ConnectionLinkRefresher;
class DownloadFolders;
class ExportDetailPane;
class Notifier;
class OpenConnections;
class StatusMessages;

// Downloads in the main window: file links and "Download all files" in the
// detail pane go to the DownloadManager, into the download folder of the
// connection they belong to (asked once, then remembered). Each download keeps
// its connection's id (DownloadSource::profileId): its fresh links come from
// that connection's client. Owns the Downloads dock, its View action, the
// overall progress in the status bar and the notifications when a download
// ends or fails. Unfinished downloads come back paused after a restart; on
// quit running ones are paused so they can resume later.
class DownloadController final : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QMainWindow *dockHost = nullptr;      // gets the Downloads dock; parents the folder question
        OpenConnections *connections = nullptr;
        Notifier *notifier = nullptr;
        StatusMessages *status = nullptr;
        QString statePath;                    // empty: DownloadStore::defaultPath() (AppDataLocation/downloads.json)
        ExportDetailPane *pane = nullptr;     // optional: "Download Files" acts on the export it shows
    };
    explicit DownloadController(const Parts &parts, QObject *parent = nullptr);
    ~DownloadController() override;

    DownloadManager *manager() const { return m_manager; }
    DownloadFolders *folders() const { return m_folders; }
    DownloadsPanel *panel() const { return m_panel.data(); }
    Notifier *notifier() const { return m_notifier; }
    QAction *showPanelAction() const;
    // "Download Files" (Ctrl+D, menu and table menu): every file of the export
    // the detail pane shows, as its button does; disabled while it has none.
    QAction *downloadFilesAction() const { return m_downloadFiles; }
    QLabel *statusLabel() const { return m_statusLabel; }
    int restoredCount() const { return m_restored; }

    // The folder of connection `key` when it is known, without asking.
    QString knownFolder(const ConnectionKey &key) const;
    // Downloads one file / every file of `job` (from Read Export) of connection
    // `key` into that connection's folder, asking for the folder first when needed.
    void downloadFile(const ConnectionKey &key, const ExportJob &job, const ExportFile &file);
    void downloadAll(const ConnectionKey &key, const ExportJob &job);
    // Pauses every running or queued download (quit): they resume later.
    void pauseAll();

    // The files of export `exportId` that are downloaded and still there (for "Preview").
    QStringList downloadedFiles(const QString &exportId) const;

    // The overall progress text of the status bar (empty when nothing runs).
    QString progressText() const;

private:
    void withFolder(const ConnectionKey &key, std::function<void(const QString &folder)> use);
    void started(const QList<DownloadTask *> &tasks);
    void onTaskFinished(DownloadTask *task);
    void updateStatus();

    QPointer<QMainWindow> m_dockHost;
    OpenConnections *m_connections;
    StatusMessages *m_status;
    std::unique_ptr<ConnectionLinkRefresher> m_refresher;
    DownloadManager *m_manager;
    DownloadFolders *m_folders;
    Notifier *m_notifier;
    QPointer<DownloadsPanel> m_panel;
    QPointer<QLabel> m_statusLabel;
    QAction *m_downloadFiles = nullptr;
    int m_restored = 0;
};

} // namespace peaka::gui
