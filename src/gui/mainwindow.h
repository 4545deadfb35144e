// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "connection.h"
#include "exportjob.h"

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

class ExportDetailPane;
class ExportFilterModel;
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
    // list shows the welcome page. The last used entry is selected again.
    void setConnections(const QList<Connection> &connections);
    void setConnection(const Connection &connection) { setConnections({connection}); }
    QList<Connection> connections() const { return m_connections; }
    Connection currentConnection() const;
    QString currentProjectId() const;
    void setDemoAvailable(bool available);

    void refresh();
    void openExportById(const QString &exportId);
    void copySelectedIds();
    void saveSettings() const;

    // For tests and the bench.
    PeakaClient *client() const { return m_client; }
    LivePoller *poller() const { return m_poller; }
    ExportListModel *model() const { return m_model; }
    ExportFilterModel *filterModel() const { return m_filter; }
    ExportDetailPane *detailPane() const;
    QDateTime lastUpdated() const { return m_lastUpdated; }

Q_SIGNALS:
    void addConnectionRequested();
    void demoRequested();
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
    void onListApplied();
    void onListFailed(const ApiError &error, int retryInMs);
    void onCurrentRowChanged(const QModelIndex &current);
    void onJobLoaded(const ExportJob &job);
    void onFileActivated(const ExportJob &job, const ExportFile &file);
    void selectExport(const QString &exportId);
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
};

} // namespace peaka::gui
