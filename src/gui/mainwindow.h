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
class ConnectionRegistry;
class ExportListModel;
class ExportListCacheLink;
class LivePoller;
}

namespace peaka::gui {

class ExportDetailPane;
class ExportFilterBar;
class EmptyListHint;
class ExportFilterModel;
class SelectionKeeper;
class StatusMessages;
class WelcomePage;

// The export browser, a view: connection/project picker, filters, the table,
// the detail pane, live updates and a non-modal error banner. It shows the
// connection chosen in the picker through that connection's client from the
// registry; it owns no client. MainWindowAssembly builds it and wires the
// controllers around it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Parts
    {
        ConnectionRegistry *registry = nullptr; // the clients of the offered connections
        ExportListModel *model = nullptr;       // the list shown (of the current connection)
        ExportFilterModel *filter = nullptr;
        LivePoller *poller = nullptr;           // keeps the shown list fresh
        const ExportListCacheLink *cache = nullptr; // optional: whether the rows shown are cached ones
    };
    explicit MainWindow(const Parts &parts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The seam for profiles: the connections offered in the picker. An empty
    // list shows the welcome page. Selects connection `preferred` (its project
    // `preferredProject` when it has it), else the one shown before. When that is
    // the connection already shown, the list is kept (no reload).
    void setConnections(const QList<Connection> &connections, int preferred = -1,
                        const QString &preferredProject = {});
    void setConnection(const Connection &connection) { setConnections({connection}); }
    QList<Connection> connections() const { return m_connections; }
    Connection currentConnection() const;
    QString currentProjectId() const;
    // The connection and project shown (invalid on the welcome page).
    ConnectionKey currentKey() const;
    void setDemoAvailable(bool available);
    // Until the first setConnections(): "Connecting…" rather than the welcome
    // page (saved connections are being opened; their keys are read).
    void showConnecting();

    void refresh();
    void openExportById(const QString &exportId);
    void copySelectedIds();
    // Makes the export the table's current row; false when it is not a row shown.
    bool selectExport(const QString &exportId);
    void saveSettings() const;
    // Window geometry, dock and header state; call once the docks exist.
    void restoreLayout();
    // The size of a first window (no saved layout): fits the screen it opens on.
    QSize firstSize() const;
    // Extra actions of the table's context menu (Run again).
    void addTableMenuAction(QAction *action) { m_tableActions.append(action); }
    // An action that needs a connection (New Export): disabled on the welcome page.
    void addConnectionAction(QAction *action);

    // Parts of the view the composition root wires controllers to.
    ExportDetailPane *detailPane() const;
    StatusMessages *statusMessages() const { return m_status; }

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
    void updateConnectionActions();
    void updateEmptyHint();

    std::unique_ptr<Ui::MainWindow> ui;
    ConnectionRegistry *m_registry;
    ExportListModel *m_model;
    ExportFilterModel *m_filter;
    LivePoller *m_poller;
    const ExportListCacheLink *m_cache;
    WelcomePage *m_welcome;
    ExportFilterBar *m_filterBar = nullptr;
    SelectionKeeper *m_keeper = nullptr;
    EmptyListHint *m_emptyHint = nullptr;
    QLabel *m_statusLabel;
    StatusMessages *m_status;
    QTimer m_clockTick;
    QList<Connection> m_connections;
    QList<QPair<int, int>> m_entries; // combo entry -> (connection, project)
    QDateTime m_lastUpdated;
    bool m_hasData = false;
    QAction *m_enterSessionKey = nullptr;
    QAction *m_editConnection = nullptr;
    QList<QAction *> m_tableActions;
    QList<QAction *> m_connectionActions;
};

} // namespace peaka::gui
