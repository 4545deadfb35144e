// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apikey.h"
#include "errorbanner.h"
#include "exportdetailpane.h"
#include "exportfiltermodel.h"
#include "exportformat.h"
#include "exportlistmodel.h"
#include "livepoller.h"
#include "peakaclient.h"
#include "statusdelegate.h"
#include "statusfilterbutton.h"
#include "statusicons.h"
#include "ui_mainwindow.h"
#include "welcomepage.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaMethod>
#include <QSettings>

namespace peaka::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_client(new PeakaClient(this))
    , m_model(new ExportListModel(this))
    , m_filter(new ExportFilterModel(this))
    , m_poller(new LivePoller(m_client, this))
    , m_welcome(new WelcomePage(this))
    , m_statusLabel(new QLabel(this))
{
    initResources();
    ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    ui->welcomeLayout->addWidget(m_welcome);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("List status"));
    ui->statusbar->addPermanentWidget(m_statusLabel, 1);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->splitter->setSizes({840, 440});
    ui->detailPane->setMinimumWidth(320);

    m_filter->setSourceModel(m_model);
    setupToolBar();
    setupTable();

    QSettings settings;
    m_poller->setIntervalMs(settings.value(QStringLiteral("live/intervalSecs"), 5).toInt() * 1000);
    connect(m_poller, &LivePoller::listed, this, &MainWindow::onListed);
    connect(m_poller, &LivePoller::failed, this, &MainWindow::onListFailed);
    connect(m_poller, &LivePoller::refreshStarted, this, &MainWindow::updateStatusBar);
    connect(ui->errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(ui->detailPane, &ExportDetailPane::jobLoaded, this, &MainWindow::onJobLoaded);
    connect(ui->detailPane, &ExportDetailPane::fileActivated, this, &MainWindow::onFileActivated);
    connect(m_welcome, &WelcomePage::addConnectionRequested, this, &MainWindow::addConnectionRequested);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui->actionOpenById, &QAction::triggered, this, &MainWindow::showOpenByIdDialog);
    connect(ui->actionCopyId, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(ui->actionFind, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(ui->actionFind);
    addAction(ui->actionOpenById);
    // Relative times ("5 min ago") age: repaint what is visible, no model signal.
    m_clockTick.setInterval(30000);
    connect(&m_clockTick, &QTimer::timeout, this, [this] {
        ui->exportTable->viewport()->update();
        updateStatusBar();
    });
    m_clockTick.start();

    setTabOrder(m_connectionCombo, m_statusFilter);
    setTabOrder(m_statusFilter, m_search);
    setTabOrder(m_search, ui->exportTable);
    setTabOrder(ui->exportTable, ui->detailPane);
    restoreSettings();
    setConnections({});
}

MainWindow::~MainWindow()
{
    saveSettings();
}

ExportDetailPane *MainWindow::detailPane() const
{
    return ui->detailPane;
}

void MainWindow::setupToolBar()
{
    QToolBar *bar = ui->mainToolBar;
    m_connectionCombo = new QComboBox(bar);
    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setAccessibleName(tr("Connection and project"));
    m_connectionCombo->setToolTip(tr("Connection and project"));
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionCombo->setMinimumWidth(200);
    bar->addWidget(m_connectionCombo);
    m_demoBadge = new QLabel(tr("Demo data"), bar);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setAccessibleName(tr("Showing demo data"));
    m_demoBadge->setToolTip(tr("A built-in demo server on this computer: nothing here is real."));
    m_demoBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #efe7fb; color: #5b3a9e; border: 1px solid #c9b5ef;"
        " border-radius: 9px; padding: 2px 10px; margin-left: 6px; font-weight: 600; }"));
    QAction *badgeAction = bar->addWidget(m_demoBadge);
    badgeAction->setObjectName(QStringLiteral("demoBadgeAction"));
    bar->addSeparator();
    ui->actionRefresh->setIcon(uiIcon("refresh"));
    bar->addAction(ui->actionRefresh);
    bar->addSeparator();
    m_statusFilter = new StatusFilterButton(bar);
    bar->addWidget(m_statusFilter);
    ui->actionMine->setIcon(uiIcon("mine"));
    bar->addAction(ui->actionMine);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search exports"));
    m_search->setPlaceholderText(tr("Search source, ID, user, error…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(uiIcon("search"), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(420);
    bar->addWidget(m_search);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    ui->actionOpenById->setIcon(uiIcon("openid"));
    bar->addAction(ui->actionOpenById);
    for (QAction *a : {ui->actionRefresh, ui->actionMine, ui->actionOpenById}) {
        if (QWidget *w = bar->widgetForAction(a)) {
            w->setObjectName(a->objectName() + QStringLiteral("Button"));
            w->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
    }

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] {
        m_filter->setSearchText(m_search->text());
        updateStatusBar();
    });
    connect(m_statusFilter, &StatusFilterButton::statusesChanged, this,
            [this](const QSet<ExportStatus::Code> &set) {
                m_filter->setStatuses(set);
                updateStatusBar();
            });
    connect(ui->actionMine, &QAction::toggled, this, [this](bool on) {
        m_filter->setMineOnly(on);
        updateStatusBar();
    });
    connect(m_connectionCombo, qOverload<int>(&QComboBox::activated), this, &MainWindow::activateEntry);
}

void MainWindow::setupTable()
{
    QTableView *table = ui->exportTable;
    table->setModel(m_filter);
    table->setItemDelegateForColumn(ExportListModel::Status, new StatusDelegate(table));
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setIconSize(QSize(14, 14));
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QList<QPair<int, int>> widths = {
        {ExportListModel::Status, 105}, {ExportListModel::Source, 200}, {ExportListModel::Format, 58},
        {ExportListModel::Compression, 90}, {ExportListModel::Rows, 72}, {ExportListModel::Size, 72},
        {ExportListModel::Duration, 82}, {ExportListModel::Created, 90}, {ExportListModel::User, 110},
        {ExportListModel::Client, 110}, {ExportListModel::ExportId, 280}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    for (int column : {ExportListModel::Compression, ExportListModel::Client, ExportListModel::ExportId})
        header->hideSection(column);
    table->sortByColumn(ExportListModel::Created, Qt::DescendingOrder);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(table, &QAbstractItemView::activated, this,
            [this] { ui->detailPane->focusDetails(); });
    ui->actionCopyId->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(ui->actionCopyId);
    table->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->exportTable && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelectedIds();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setDemoAvailable(bool available)
{
    m_welcome->setDemoAvailable(available);
}

void MainWindow::setConnections(const QList<Connection> &connections)
{
    m_connections = connections;
    m_entries.clear();
    const QSignalBlocker block(m_connectionCombo);
    m_connectionCombo->clear();
    for (int c = 0; c < connections.size(); ++c) {
        for (int p = 0; p < connections.at(c).projectIds.size(); ++p) {
            const Connection &conn = connections.at(c);
            m_connectionCombo->addItem(tr("%1 · %2", "connection name · project id")
                                           .arg(conn.name, conn.projectIds.at(p)));
            m_entries.append({c, p});
        }
    }
    if (m_entries.isEmpty()) {
        m_poller->setProjectId({});
        m_model->clear();
        ui->detailPane->clear();
        ui->pages->setCurrentWidget(ui->welcomeContainer);
        ui->mainToolBar->setEnabled(false);
        m_demoBadge->setVisible(false);
        updateTitle();
        updateStatusBar();
        return;
    }
    const QString last = QSettings().value(QStringLiteral("connection/last")).toString();
    int entry = 0;
    for (int i = 0; i < m_connectionCombo->count(); ++i) {
        if (m_connectionCombo->itemText(i) == last)
            entry = i;
    }
    m_connectionCombo->setCurrentIndex(entry);
    activateEntry(entry);
}

Connection MainWindow::currentConnection() const
{
    const int entry = m_connectionCombo->currentIndex();
    return entry >= 0 && entry < m_entries.size() ? m_connections.at(m_entries.at(entry).first) : Connection();
}

QString MainWindow::currentProjectId() const
{
    const int entry = m_connectionCombo->currentIndex();
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
    ui->pages->setCurrentWidget(ui->browsePage);
    ui->mainToolBar->setEnabled(true);
    ui->mainToolBar->widgetForAction(ui->mainToolBar->findChild<QAction *>(QStringLiteral("demoBadgeAction")))
        ->setVisible(conn.demo);
    m_demoBadge->setVisible(conn.demo);
    m_poller->setProjectId({});
    m_model->clear();
    m_hasData = false;
    m_lastUpdated = {};
    ui->errorBanner->dismiss();
    QString error;
    if (!m_client->setBaseUrl(conn.baseUrl.toString(), &error)) {
        ui->detailPane->clear();
        ui->errorBanner->showError(error);
        updateStatusBar();
        return;
    }
    m_client->setApiKey(conn.apiKey);
    m_filter->setMyKeyPrefix(ApiKey::publicPrefix(conn.apiKey));
    ui->detailPane->setClient(m_client, project);
    m_poller->setProjectId(project);
    QSettings().setValue(QStringLiteral("connection/last"), m_connectionCombo->itemText(entry));
    updateTitle();
    refresh();
}

void MainWindow::refresh()
{
    if (m_poller->projectId().isEmpty())
        return;
    m_poller->refresh();
    updateStatusBar();
}

void MainWindow::onListed(const QList<ExportJob> &jobs)
{
    m_model->setJobs(jobs);
    m_hasData = true;
    m_lastUpdated = QDateTime::currentDateTime();
    ui->errorBanner->dismiss();
    // The selected job's details follow its status.
    const QString shown = ui->detailPane->currentId();
    const int row = shown.isEmpty() ? -1 : m_model->rowOfId(shown);
    if (row >= 0 && m_model->jobAt(row).status != ui->detailPane->job().status)
        ui->detailPane->showJob(m_model->jobAt(row));
    updateStatusBar();
    Q_EMIT listRefreshed();
}

void MainWindow::onListFailed(const ApiError &error, int retryInMs)
{
    QString text = error.message();
    if (retryInMs > 0)
        text += QLatin1Char(' ') + tr("Trying again in %n s.", "", (retryInMs + 999) / 1000);
    if (m_hasData)
        text += QLatin1Char(' ') + tr("The list shows the last data received.");
    ui->errorBanner->showError(text, error.detail());
    updateStatusBar();
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return; // a filter hid the row: keep showing its details
    const QModelIndex source = m_filter->mapToSource(current);
    ui->detailPane->showJob(m_model->jobAt(source.row()));
}

void MainWindow::onJobLoaded(const ExportJob &job)
{
    m_model->updateJob(job);
    selectExport(job.id);
    updateStatusBar();
}

void MainWindow::onFileActivated(const ExportJob &job, const ExportFile &file)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::fileActivated)))
        Q_EMIT fileActivated(job, file);
    else
        QDesktopServices::openUrl(file.url);
}

void MainWindow::selectExport(const QString &exportId)
{
    const int row = m_model->rowOfId(exportId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, ExportListModel::Source));
    if (!index.isValid() || ui->exportTable->currentIndex().row() == index.row())
        return;
    ui->exportTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ui->exportTable->scrollTo(index);
}

void MainWindow::openExportById(const QString &exportId)
{
    const QString id = exportId.trimmed();
    if (id.isEmpty())
        return;
    if (m_model->rowOfId(id) >= 0)
        selectExport(id);
    ui->detailPane->openById(id);
}

void MainWindow::showOpenByIdDialog()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("openByIdDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Export"));
    dialog->setLabelText(tr("Export ID:"));
    dialog->setAccessibleName(tr("Open export by ID"));
    connect(dialog, &QInputDialog::textValueSelected, this, &MainWindow::openExportById);
    dialog->open();
}

void MainWindow::copySelectedIds()
{
    QStringList ids;
    const QModelIndexList rows = ui->exportTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(ExportListModel::IdRole).toString();
    if (ids.isEmpty() && !ui->detailPane->currentId().isEmpty())
        ids << ui->detailPane->currentId();
    if (!ids.isEmpty()) {
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
        ui->statusbar->showMessage(tr("Copied the export ID."), 3000);
    }
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = ui->exportTable->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Columns"));
    for (int c = 0; c < ExportListModel::ColumnCount; ++c) {
        QAction *a = menu->addAction(ExportListModel::columnName(ExportListModel::Column(c)));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != ExportListModel::Status); // one column always stays
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu->popup(header->mapToGlobal(pos));
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    if (!ui->exportTable->indexAt(pos).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tableMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    ui->actionCopyId->setIcon(uiIcon("copy"));
    menu->addAction(ui->actionCopyId);
    menu->addAction(ui->actionRefresh);
    menu->popup(ui->exportTable->viewport()->mapToGlobal(pos));
}

void MainWindow::updateStatusBar()
{
    QStringList parts;
    if (m_poller->isBusy() && !m_hasData)
        parts << tr("Loading exports…");
    else if (m_lastUpdated.isValid())
        parts << tr("Updated %1", "list refreshed at a time")
                     .arg(QLocale().toString(m_lastUpdated.time(), QLocale::ShortFormat));
    if (m_hasData) {
        if (m_model->inProgressCount() > 0)
            parts << tr("%n running", "exports pending or running", m_model->inProgressCount());
        const int total = m_model->rowCount();
        const int shown = m_filter->rowCount();
        if (shown == total)
            parts << (total == 1 ? tr("1 export") : tr("%n exports", "", total));
        else
            parts << tr("%1 of %n exports shown", "", total).arg(ExportFormat::count(shown));
    }
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateTitle()
{
    const QString project = currentProjectId();
    if (project.isEmpty()) {
        setWindowTitle(tr("Peaka Exports"));
        return;
    }
    setWindowTitle(tr("%1 · %2 — Peaka Exports", "window title: connection · project")
                       .arg(currentConnection().name, project));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    s.setValue(QStringLiteral("splitter"), ui->splitter->saveState());
    s.setValue(QStringLiteral("header"), ui->exportTable->horizontalHeader()->saveState());
    s.endGroup();
    s.beginGroup(QStringLiteral("filters"));
    s.setValue(QStringLiteral("statuses"), m_statusFilter->statusNames());
    s.setValue(QStringLiteral("search"), m_search->text());
    s.setValue(QStringLiteral("mine"), ui->actionMine->isChecked());
    s.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    ui->exportTable->horizontalHeader()->restoreState(s.value(QStringLiteral("header")).toByteArray());
    s.endGroup();
    s.beginGroup(QStringLiteral("filters"));
    m_statusFilter->setStatusNames(s.value(QStringLiteral("statuses")).toStringList());
    m_search->setText(s.value(QStringLiteral("search")).toString());
    m_filter->setSearchText(m_search->text());
    ui->actionMine->setChecked(s.value(QStringLiteral("mine"), false).toBool());
    s.endGroup();
}

} // namespace peaka::gui
