// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "connection.h"
#include "exports/exportjob.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace peaka {
class ExportListModel;
class LivePoller;
class PeakaClient;
}

namespace peaka::gui {

class DownloadController;
class ExportDetailPane;
class ExportFilterModel;
class NewExportActions;
class WelcomePage;

// The export browser: connection/project picker, filters, the table, the
// detail pane, live updates and a non-modal error banner.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The seam for profiles: the connections offered in the picker. An empty
    // list shows the welcome page. Selects connection `preferred` (its project
    // `preferredProject` when it has it), else the last used entry. When that is
    // the connection already shown, the list is kept (no reload).
    void setConnections(const QList<Connection> &connections, int preferred = -1,
                        const QString &preferredProject = {});
    void setConnection(const Connection &connection) { setConnections({connection}); }
    QList<Connection> connections() const { return m_connections; }
    Connection currentConnection() const;
    QString currentProjectId() const;
    void setDemoAvailable(bool available);

    void refresh();
    void openExportById(const QString &exportId);
    void copySelectedIds();
    void selectExport(const QString &exportId);
    void saveSettings() const;
    // Extra actions of the table's context menu (Run again).
    void addTableMenuAction(QAction *action) { m_tableActions.append(action); }

    // For tests and the bench.
    PeakaClient *client() const { return m_client; }
    LivePoller *poller() const { return m_poller; }
    ExportListModel *model() const { return m_model; }
    ExportFilterModel *filterModel() const { return m_filter; }
    ExportDetailPane *detailPane() const;
    QDateTime lastUpdated() const { return m_lastUpdated; }
    DownloadController *downloads() const { return m_downloads; }
    NewExportActions *newExportActions() const { return m_newExport; }

Q_SIGNALS:
    void addConnectionRequested();
    void demoRequested();
    // The picker chose a connection and project (the user, or setConnections()).
    void currentConnectionChanged(const peaka::gui::Connection &connection, const QString &projectId);
    void manageConnectionsRequested();
    // From the banner of a connection whose key could not be read.
    void sessionKeyRequested(const QString &profileId);
    void editConnectionRequested(const QString &profileId);
    // A file link in the detail pane was used; with no receiver the link is
    // opened in the system browser.
    void fileActivated(const peaka::ExportJob &job, const peaka::ExportFile &file);
    // Emitted after each good list refresh (tests, screenshots).
    void listRefreshed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupTable();
    void restoreSettings();
    void activateEntry(int entry);
    void setupConnectionMenu();
    void showKeyProblem(const Connection &connection);
    void onListApplied();
    void onListFailed(const ApiError &error, int retryInMs);
    void onCurrentRowChanged(const QModelIndex &current);
    void onJobLoaded(const ExportJob &job);
    void onFileActivated(const ExportJob &job, const ExportFile &file);
    void showTableMenu(const QPoint &pos);
    void showOpenByIdDialog();
    void updateStatusBar();
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> ui;
    PeakaClient *m_client;
    ExportListModel *m_model;
    ExportFilterModel *m_filter;
    LivePoller *m_poller;
    WelcomePage *m_welcome;
    QLabel *m_statusLabel;
    QTimer m_clockTick;
    QList<Connection> m_connections;
    QList<QPair<int, int>> m_entries; // combo entry -> (connection, project)
    QDateTime m_lastUpdated;
    bool m_hasData = false;
    QAction *m_enterSessionKey = nullptr;
    QAction *m_editConnection = nullptr;
    DownloadController *m_downloads = nullptr;
    NewExportActions *m_newExport = nullptr;
    QList<QAction *> m_tableActions;
};

} // namespace peaka::gui
