// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: which connection it shows. The picker's entries (a connection
// and project each), switching between them, the welcome and "Connecting…"
// states, a key that could not be read, and the Connection menu's actions.
#include "mainwindow.h"

#include "api/baseurl.h"
#include "api/peakaclient.h"
#include "connectionpicker.h"
#include "connections/connectionregistry.h"
#include "credentials/apikey.h"
#include "errorbanner.h"
#include "exportdetailpane.h"
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "exporttoolbar.h"
#include "ui_mainwindow.h"
#include "welcomepage.h"

#include <QAction>
#include <QComboBox>

namespace peaka::gui {

void MainWindow::setDemoAvailable(bool available)
{
    m_welcome->setDemoAvailable(available);
}

void MainWindow::showConnecting()
{
    if (m_entries.isEmpty())
        m_welcome->setConnecting(true);
}

namespace {

// The same server, key and project: switching between them needs no reload.
bool sameTarget(const Connection &a, const QString &aProject, const Connection &b, const QString &bProject)
{
    return a.id() == b.id() && a.baseUrl == b.baseUrl && a.apiKey == b.apiKey && a.keyProblem == b.keyProblem
           && a.demo == b.demo && aProject == bProject;
}

} // namespace

void MainWindow::setConnections(const QList<Connection> &connections, int preferred,
                                const QString &preferredProject)
{
    const bool browsing = ui->pages->currentWidget() == ui->browsePage;
    const Connection before = currentConnection();
    const QString beforeProject = currentProjectId();
    m_connections = connections;
    m_welcome->setConnecting(false);
    const QSignalBlocker block(ui->mainToolBar->connectionCombo());
    m_entries = ConnectionPicker::fill(ui->mainToolBar->connectionCombo(), connections);
    if (m_entries.isEmpty()) {
        m_poller->setProjectId({});
        m_model->clear();
        ui->detailPane->clear();
        ui->pages->setCurrentWidget(ui->welcomeContainer);
        ui->mainToolBar->setVisible(false);
        ui->mainToolBar->setDemoBadgeVisible(false);
        updateConnectionActions();
        updateTitle();
        updateStatusBar();
        return;
    }
    int entry = -1;
    for (int pass = 0; pass < 2 && entry < 0 && preferred >= 0; ++pass) {
        for (int i = 0; i < m_entries.size() && entry < 0; ++i) {
            const auto [c, p] = m_entries.at(i);
            if (c == preferred && (pass == 1 || connections.at(c).projectIds.at(p) == preferredProject))
                entry = i;
        }
    }
    // Else the connection shown before stays (the saved choice across restarts
    // is the ProfileStore's: ProfileConnections passes it as `preferred`).
    const ConnectionKey beforeKey = beforeProject.isEmpty() ? ConnectionKey() : before.key(beforeProject);
    for (int i = 0; i < m_entries.size() && entry < 0 && beforeKey.isValid(); ++i) {
        const auto [c, p] = m_entries.at(i);
        if (connections.at(c).key(connections.at(c).projectIds.at(p)) == beforeKey)
            entry = i;
    }
    entry = std::max(entry, 0);
    ui->mainToolBar->connectionCombo()->setCurrentIndex(entry);
    ConnectionPicker::showCurrent(ui->mainToolBar->connectionCombo());
    if (browsing && sameTarget(before, beforeProject, currentConnection(), currentProjectId())) {
        ui->mainToolBar->setDemoBadgeVisible(currentConnection().demo);
        updateTitle();
        Q_EMIT currentConnectionChanged(currentConnection(), currentProjectId());
        return;
    }
    activateEntry(entry);
}

Connection MainWindow::currentConnection() const
{
    const int entry = ui->mainToolBar->connectionCombo()->currentIndex();
    return entry >= 0 && entry < m_entries.size() ? m_connections.at(m_entries.at(entry).first) : Connection();
}

ConnectionKey MainWindow::currentKey() const
{
    const QString project = currentProjectId();
    return project.isEmpty() ? ConnectionKey() : currentConnection().key(project);
}

QString MainWindow::currentProjectId() const
{
    const int entry = ui->mainToolBar->connectionCombo()->currentIndex();
    if (entry < 0 || entry >= m_entries.size())
        return {};
    return m_connections.at(m_entries.at(entry).first).projectIds.at(m_entries.at(entry).second);
}

void MainWindow::activateEntry(int entry)
{
    if (entry < 0 || entry >= m_entries.size())
        return;
    const Connection &conn = m_connections.at(m_entries.at(entry).first);
    const QString project = conn.projectIds.at(m_entries.at(entry).second);
    ConnectionPicker::showCurrent(ui->mainToolBar->connectionCombo());
    Q_EMIT currentConnectionChanged(conn, project);
    ui->pages->setCurrentWidget(ui->browsePage);
    ui->mainToolBar->setVisible(true);
    ui->mainToolBar->setDemoBadgeVisible(conn.demo);
    updateConnectionActions();
    m_poller->setProjectId({});
    m_model->clear();
    m_hasData = false;
    m_lastUpdated = {};
    ui->errorBanner->dismiss();
    if (!conn.keyProblem.isEmpty()) {
        showKeyProblem(conn);
        return;
    }
    PeakaClient *client = m_registry->client(conn.key(project));
    if (!client) {
        QString error;
        if (BaseUrl::normalise(conn.baseUrl.toString(), &error).isValid() || error.isEmpty())
            error = tr("The connection %1 is not open.").arg(conn.name);
        m_poller->setClient(nullptr);
        ui->detailPane->clear();
        ui->errorBanner->showError(error);
        updateStatusBar();
        return;
    }
    m_filter->setMyKeyPrefix(ApiKey::publicPrefix(conn.apiKey));
    ui->detailPane->setClient(client, project);
    m_poller->setClient(client);
    m_poller->setProjectId(project);
    updateTitle();
    refresh();
}

void MainWindow::addConnectionAction(QAction *action)
{
    m_connectionActions.append(action);
    updateConnectionActions();
}

void MainWindow::updateConnectionActions()
{
    // The welcome page has nothing to search, refresh or open: its shortcuts
    // and menu items are off until a connection is added (the page says how).
    const bool browsing = ui->pages->currentWidget() == ui->browsePage;
    for (QAction *action : std::as_const(m_connectionActions))
        action->setEnabled(browsing);
}

void MainWindow::setupConnectionMenu()
{
    auto *add = new QAction(tr("&Add Connection…"), this);
    add->setObjectName(QStringLiteral("actionAddConnection"));
    auto *manage = new QAction(tr("&Manage Connections…"), this);
    manage->setObjectName(QStringLiteral("actionManageConnections"));
    manage->setToolTip(tr("Add, edit or remove connection profiles"));
    // MainMenus puts them in the Connection menu (and the toolbar's connection button).
    connect(add, &QAction::triggered, this, &MainWindow::addConnectionRequested);
    connect(manage, &QAction::triggered, this, &MainWindow::manageConnectionsRequested);

    m_enterSessionKey = new QAction(tr("Enter Key for This Session…"), this);
    m_enterSessionKey->setObjectName(QStringLiteral("actionEnterSessionKey"));
    m_enterSessionKey->setToolTip(tr("Type the API key; it is kept in memory only, until the app quits"));
    m_editConnection = new QAction(tr("Edit Connection…"), this);
    m_editConnection->setObjectName(QStringLiteral("actionEditConnection"));
    connect(m_enterSessionKey, &QAction::triggered, this,
            [this] { Q_EMIT sessionKeyRequested(currentConnection().profileId); });
    connect(m_editConnection, &QAction::triggered, this,
            [this] { Q_EMIT editConnectionRequested(currentConnection().profileId); });
}

void MainWindow::showKeyProblem(const Connection &connection)
{
    m_filter->setMyKeyPrefix({});
    ui->detailPane->clear();
    QList<QAction *> actions;
    if (connection.isSavedProfile())
        actions = {m_enterSessionKey, m_editConnection};
    ui->errorBanner->showError(connection.keyProblem, {}, actions);
    updateTitle();
    updateStatusBar();
}

} // namespace peaka::gui
