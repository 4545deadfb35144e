// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "settingskeys.h"

#include "cache/exportlistcachelink.h"
#include "emptylisthint.h"
#include "errorbanner.h"
#include "exportdetailpane.h"
#include "exportfiltermodel.h"
#include "exportfilterbar.h"
#include "exports/exportformat.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "exporttableview.h"
#include "exporttoolbar.h"
#include "profiles/projectlabel.h"
#include "selectionkeeper.h"
#include "statusfilterbutton.h"
#include "statusicons.h"
#include "statusmessages.h"
#include "ui_mainwindow.h"
#include "welcomepage.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMetaMethod>
#include <QScreen>
#include <QSettings>

namespace peaka::gui {

MainWindow::MainWindow(const Parts &parts, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_registry(parts.registry)
    , m_model(parts.model)
    , m_filter(parts.filter)
    , m_poller(parts.poller)
    , m_cache(parts.cache)
    , m_welcome(new WelcomePage(this))
    , m_statusLabel(new QLabel(this))
{
    initResources();
    ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    m_status = new StatusMessages(ui->statusbar, this);
    ui->welcomeLayout->addWidget(m_welcome);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("List status"));
    m_status->addPermanentWidget(m_statusLabel);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->splitter->setSizes({800, 480});
    ui->detailPane->setMinimumWidth(320);
    // The list, the pane and the filters stay usable (and the Downloads panel
    // clear of the status bar) down to this size.
    setMinimumSize(760, 520);

    m_filter->setSourceModel(m_model);
    ExportToolBar *bar = ui->mainToolBar;
    bar->setup(ui->actionRefresh, ui->actionOpenById);
    m_filterBar = new ExportFilterBar(ui->actionMine, ui->listPane);
    ui->listLayout->insertWidget(0, m_filterBar);
    connect(m_filterBar, &ExportFilterBar::searchTextChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateStatusBar();
    });
    connect(m_filterBar, &ExportFilterBar::statusesChanged, this, [this](const QSet<ExportStatus::Code> &set) {
        m_filter->setStatuses(set);
        updateStatusBar();
    });
    connect(ui->actionMine, &QAction::toggled, this, [this](bool on) {
        m_filter->setMineOnly(on);
        updateStatusBar();
    });
    connect(bar->connectionCombo(), qOverload<int>(&QComboBox::activated), this, &MainWindow::activateEntry);
    setupConnectionMenu();
    setupTable();

    QSettings settings;
    m_poller->setIntervalMs(settings.value(SettingsKeys::liveIntervalSecs(), 5).toInt() * 1000);
    // 100,000 rows: each change (a page, a tick) diffed on a worker, applied in
    // slices; then onListApplied(). Never the whole list: see LivePoller::rowsChanged.
    connect(m_poller, &LivePoller::rowsChanged, m_model, &ExportListModel::mergeRows);
    connect(m_model, &ExportListModel::mergeApplied, this, &MainWindow::onListApplied);
    connect(m_poller, &LivePoller::failed, this, &MainWindow::onListFailed);
    connect(m_poller, &LivePoller::refreshStarted, this, &MainWindow::updateStatusBar);
    connect(m_poller, &LivePoller::loadProgress, this, &MainWindow::updateStatusBar);
    connect(m_poller, &LivePoller::loadFinished, this, &MainWindow::updateStatusBar);
    if (m_cache)
        connect(m_cache, &ExportListCacheLink::stateChanged, this, &MainWindow::updateStatusBar);
    connect(ui->errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(ui->detailPane, &ExportDetailPane::jobLoaded, this, &MainWindow::onJobLoaded);
    connect(ui->detailPane, &ExportDetailPane::fileActivated, this, &MainWindow::onFileActivated);
    connect(m_welcome, &WelcomePage::addConnectionRequested, this, &MainWindow::addConnectionRequested);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui->actionOpenById, &QAction::triggered, this, &MainWindow::showOpenByIdDialog);
    connect(ui->actionCopyId, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(ui->actionFind, &QAction::triggered, m_filterBar, &ExportFilterBar::focusSearch);
    addAction(ui->actionFind);
    addAction(ui->actionOpenById);
    m_connectionActions = {ui->actionRefresh, ui->actionOpenById, ui->actionFind, ui->actionMine, ui->actionCopyId};
    // Relative times ("5 min ago") age: repaint what is visible, no model signal.
    m_clockTick.setInterval(30000);
    connect(&m_clockTick, &QTimer::timeout, this, [this] {
        ui->exportTable->viewport()->update();
        updateStatusBar();
    });
    m_clockTick.start();

    setTabOrder(bar->connectionCombo(), m_filterBar->statusFilter());
    setTabOrder(m_filterBar->statusFilter(), m_filterBar->mineButton());
    setTabOrder(m_filterBar->mineButton(), m_filterBar->searchField());
    setTabOrder(m_filterBar->searchField(), ui->exportTable);
    setTabOrder(ui->exportTable, ui->detailPane->firstTabStop());
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

void MainWindow::setupTable()
{
    ExportTableView *table = ui->exportTable;
    auto *keeper = m_keeper = new SelectionKeeper(table, m_filter, ExportListModel::IdRole);
    table->setModel(m_filter);
    keeper->attach();
    table->setupColumns();
    m_emptyHint = new EmptyListHint(table);
    connect(table, &ExportTableView::copyRequested, this, &MainWindow::copySelectedIds);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(keeper, &SelectionKeeper::chosen, this, &MainWindow::onCurrentRowChanged);
    connect(keeper, &SelectionKeeper::chosenHidden, ui->detailPane, &ExportDetailPane::clear);
    connect(table, &QAbstractItemView::activated, ui->detailPane, &ExportDetailPane::focusDetails);
}

void MainWindow::refresh()
{
    if (m_poller->projectId().isEmpty())
        return;
    m_poller->refresh();
    updateStatusBar();
}

void MainWindow::onListApplied()
{
    m_hasData = true;
    m_lastUpdated = QDateTime::currentDateTime();
    if (m_poller->consecutiveFailures() == 0) // a failed page's banner stays until a read succeeds
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
    const bool partial = !m_poller->isComplete() && m_poller->loadedRows() > 0;
    if (partial) // a page part-way failed: say what is shown and that the rest is missing
        text = tr("Showing %n exports; the rest could not be loaded:", "", m_poller->loadedRows()) + QLatin1Char(' ')
            + text;
    if (retryInMs > 0)
        text += QLatin1Char(' ') + tr("Trying again in %n s.", "", (retryInMs + 999) / 1000);
    if (m_hasData && !partial)
        text += QLatin1Char(' ') + tr("The list shows the last data received.");
    ui->errorBanner->showError(text, error.detail());
    updateStatusBar();
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
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

bool MainWindow::selectExport(const QString &exportId)
{
    const int row = m_model->rowOfId(exportId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, ExportListModel::Source));
    if (!index.isValid())
        return false;
    if (ui->exportTable->currentIndex().row() == index.row() && ui->exportTable->selectionModel()->isRowSelected(index.row()))
        return true;
    ui->exportTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ui->exportTable->scrollTo(index);
    return true;
}

void MainWindow::openExportById(const QString &exportId)
{
    const QString id = exportId.trimmed();
    if (id.isEmpty())
        return;
    // The table highlights the export opened, or nothing when it is not a row
    // shown (unknown, or filtered out): never the export selected before.
    if (!selectExport(id))
        m_keeper->forget();
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
        m_status->show(tr("Copied the export ID."), StatusMessages::Duration::Brief);
    }
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
    if (!m_tableActions.isEmpty())
        menu->addSeparator();
    menu->addActions(m_tableActions);
    menu->popup(ui->exportTable->viewport()->mapToGlobal(pos));
}

void MainWindow::updateStatusBar()
{
    QStringList parts;
    if (m_cache && m_cache->showsCachedRows())
        parts << (m_poller->isBusy() ? tr("cached · updating…", "status: the list shows rows kept from the last run while the server is read")
                                     : tr("cached", "status: the list shows rows kept from the last run; the server could not confirm them"));
    else if (m_poller->isLoading() && m_poller->loadedRows() > 0)
        parts << tr("Loading exports… %1 so far", "rows of a paged list read so far")
                     .arg(ExportFormat::count(m_poller->loadedRows()));
    else if (m_poller->isBusy() && !m_hasData)
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
            parts << tr("%n exports", "", total); // "1 export": English has a catalogue of plural forms
        else
            parts << tr("%1 of %n exports shown", "", total).arg(ExportFormat::count(shown));
    }
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    updateEmptyHint();
}

void MainWindow::updateEmptyHint()
{
    QString hint;
    if (m_hasData && m_poller->isComplete() && m_model->rowCount() == 0)
        hint = tr("No exports in this project yet. New Export\u2026 (Ctrl+N) starts one.");
    else if (m_hasData && m_model->rowCount() > 0 && m_filter->rowCount() == 0)
        hint = tr("No export matches the status filter, \u201cMine\u201d or the search. Esc in the search clears it.");
    m_emptyHint->setHint(hint);
}

void MainWindow::updateTitle()
{
    const QString project = currentProjectId();
    if (project.isEmpty()) {
        setWindowTitle(tr("Peaka Exports"));
        return;
    }
    // The project as the picker shows it: its name where known, else its id.
    const Connection connection = currentConnection();
    const int index = connection.projectIds.indexOf(project);
    const QString shown = index < 0 ? project
                                    : ProjectLabelText::displayNames(connection.projectIds, connection.projectLabels).at(index);
    setWindowTitle(tr("%1 · %2 — Peaka Exports", "window title: connection · project").arg(connection.name, shown));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.beginGroup(SettingsKeys::mainWindowGroup());
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    s.setValue(QStringLiteral("splitter"), ui->splitter->saveState());
    s.setValue(QStringLiteral("header"), ui->exportTable->horizontalHeader()->saveState());
    s.endGroup();
    m_filterBar->saveFilters(s);
}

// 1280 × 800 where the screen has room, else most of a small screen (a laptop's
// 1366 × 768 has less than 800 px of height to give), never below the minimum.
QSize MainWindow::firstSize() const
{
    QSize size(1280, 800);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    return size.expandedTo(minimumSize());
}

void MainWindow::restoreLayout()
{
    QSettings s;
    s.beginGroup(SettingsKeys::mainWindowGroup());
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray()))
        resize(firstSize());
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    ui->exportTable->horizontalHeader()->restoreState(s.value(QStringLiteral("header")).toByteArray());
    s.endGroup();
    m_filterBar->restoreFilters(s);
}

} // namespace peaka::gui
