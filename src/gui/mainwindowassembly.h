// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QObject>
#include <QString>

class QAction;

#include <memory>

namespace peaka {
class ConnectionRegistry;
class ExportListCache;
class ExportListCacheLink;
class ExportListModel;
class LivePoller;
}

namespace peaka::gui {

class CancelExportAction;
class DownloadController;
class ExportFilterModel;
class MainWindow;
class NewExportActions;
class Notifier;
class OpenConnections;
class ProfileConnections;
class StatusMessages;

// The composition root of the main window: builds the registry, the models,
// the window (a view) and the controllers, gives each controller only what it
// needs, and wires their signals. The app, the GUI tests and the bench make
// one of these; nothing else reaches across the parts.
//
//     MainWindowAssembly app;
//     app.attachProfiles(&profileConnections);   // or app.setConnection(c)
//     app.window()->show();
class MainWindowAssembly final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString downloadStatePath; // empty: DownloadStore::defaultPath()
        QString csvOptionsPath;    // empty: CsvOptionsMemory::defaultPath()
        bool listCache = true;     // false (--no-cache): the export list cache is neither read nor written
        QString listCacheDir;      // empty: ExportListCache::defaultDir()
    };

    MainWindowAssembly();
    explicit MainWindowAssembly(const Options &options);
    ~MainWindowAssembly() override;

    // Offers `connections` (opening each in the registry) and shows one.
    void setConnections(const QList<Connection> &connections, int preferred = -1,
                        const QString &preferredProject = {});
    void setConnection(const Connection &connection) { setConnections({connection}); }
    // The saved profiles feed the picker from the first pass of the event loop
    // on (their keys are read then: after the window is shown); the window's
    // connection requests (add, edit, manage, session key) go to them.
    void attachProfiles(ProfileConnections *profiles);

    MainWindow *window() const { return m_window.get(); }
    ConnectionRegistry *registry() const { return m_registry; }
    OpenConnections *connections() const { return m_connections; }
    ExportListModel *model() const { return m_model; }
    ExportFilterModel *filterModel() const { return m_filter; }
    LivePoller *poller() const { return m_poller; }
    ExportListCache *listCache() const { return m_cache; }
    ExportListCacheLink *listCacheLink() const { return m_cacheLink; }
    Notifier *notifier() const { return m_notifier; }
    StatusMessages *status() const { return m_status; }
    DownloadController *downloads() const { return m_downloads; }
    NewExportActions *newExport() const { return m_newExport; }
    CancelExportAction *cancelExport() const { return m_cancelExport; }

private:
    QAction *clearCacheAction();

    ConnectionRegistry *m_registry;
    OpenConnections *m_connections;
    ExportListModel *m_model;
    ExportFilterModel *m_filter;
    LivePoller *m_poller;
    ExportListCache *m_cache;
    ExportListCacheLink *m_cacheLink;
    std::unique_ptr<MainWindow> m_window;
    Notifier *m_notifier = nullptr;
    StatusMessages *m_status = nullptr;
    DownloadController *m_downloads = nullptr;
    NewExportActions *m_newExport = nullptr;
    CancelExportAction *m_cancelExport = nullptr;
};

} // namespace peaka::gui
