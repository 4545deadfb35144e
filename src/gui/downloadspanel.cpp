// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadspanel.h"
#include "headerwidths.h"
#include "settingskeys.h"

#include "downloaddelegate.h"
#include "downloadlistmodel.h"
#include "fieldhint.h"
#include "lazyicons.h"
#include "previewdialog.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadtask.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace peaka::gui {

DownloadsPanel::DownloadsPanel(DownloadManager *manager, QWidget *parent)
    : QDockWidget(tr("Downloads", "dock title"), parent)
    , m_manager(manager)
    , m_model(new DownloadListModel(manager, this))
    , m_view(new QTreeView(this))
    , m_toolBar(new QToolBar(this))
    , m_detail(new QLabel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("downloadsDock"));
    setAccessibleName(tr("Downloads", "dock title"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::LeftDockWidgetArea
                    | Qt::RightDockWidgetArea);
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("downloadsContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(4);

    m_toolBar->setObjectName(QStringLiteral("downloadsToolBar"));
    m_toolBar->setAccessibleName(tr("Download actions"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_view->setObjectName(QStringLiteral("downloadsView"));
    m_view->setAccessibleName(tr("Downloads", "list of downloads"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DownloadDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Names of one export differ at their end ("…_part-0003.csv"): keep both ends.
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    setColumnWidths(header, {{DownloadListModel::Name, 260}, {DownloadListModel::Source, 220},
                             {DownloadListModel::Size, 150}, {DownloadListModel::Progress, 140},
                             {DownloadListModel::Speed, 90}, {DownloadListModel::Eta, 80}});

    m_detail->setObjectName(QStringLiteral("downloadDetailLabel"));
    m_detail->setAccessibleName(tr("Selected download"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setVisible(false);

    setUpActions();
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(makeOptions());
    setWidget(content);

    connect(m_view, &QWidget::customContextMenuRequested, this, &DownloadsPanel::showMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_open->isEnabled())
            openFile();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DownloadsPanel::updateDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPanel::updateActions);
    // A new download is shown where the user can see it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        m_view->scrollTo(m_model->index(last, 0));
        updateActions();
    });
    updateActions();
    loadOptions();
}

QAction *DownloadsPanel::makeAction(const char *name, const QString &text, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setToolTip(tip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    return action;
}

void DownloadsPanel::setUpActions()
{
    m_pause = makeAction("actionPauseDownload", tr("Pause", "pause a download"), tr("Pause the selected downloads (Ctrl+P)"));
    m_pause->setShortcut(QKeySequence(tr("Ctrl+P", "shortcut: pause download")));
    m_resume = makeAction("actionResumeDownload", tr("Resume", "resume a download"), tr("Resume the selected downloads (Ctrl+R)"));
    m_resume->setShortcut(QKeySequence(tr("Ctrl+R", "shortcut: resume download")));
    m_retry = makeAction("actionRetryDownload", tr("Retry", "retry a failed download"), tr("Try the failed or cancelled downloads again"));
    m_cancel = makeAction("actionCancelDownload", tr("Cancel", "cancel a download"),
                          tr("Stop the selected downloads and delete their partial files"));
    m_open = makeAction("actionOpenDownload", tr("Open File"), tr("Open the downloaded file (Enter)"));
    m_preview = makeAction("actionPreviewDownload", tr("Preview", "look inside a downloaded file"),
                           tr("Show the first rows of the downloaded file (Ctrl+Shift+P)"));
    m_preview->setShortcut(QKeySequence(tr("Ctrl+Shift+P", "shortcut: preview a download")));
    m_showInFolder = makeAction("actionShowDownloadInFolder", tr("Show in Folder"),
                                tr("Open the folder that holds the file (Ctrl+Shift+F)"));
    m_showInFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+F", "shortcut: show download in folder")));
    m_remove = makeAction("actionRemoveDownload", tr("Remove from List"),
                          tr("Forget the selected downloads; unfinished ones are cancelled (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_clearFinished = makeAction("actionClearFinishedDownloads", tr("Clear Finished"),
                                 tr("Forget every finished and cancelled download; the files stay"));

    // The panel is hidden at start: its icons (theme lookups) come when it is first shown.
    whenFirstShown(this, [this] {
        m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
        m_resume->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_retry->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
        m_open->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
        m_preview->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
        m_showInFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
        m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
        m_clearFinished->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    });
    connect(m_pause, &QAction::triggered, this, [this] { forSelected([this](DownloadTask *t) { m_manager->pause(t); }); });
    connect(m_resume, &QAction::triggered, this, [this] {
        forSelected([this](DownloadTask *t) {
            if (t->state() == DownloadState::Paused)
                m_manager->resume(t);
        });
    });
    connect(m_retry, &QAction::triggered, this, [this] {
        forSelected([this](DownloadTask *t) {
            if (t->state() == DownloadState::Failed || t->state() == DownloadState::Cancelled)
                m_manager->retry(t);
        });
    });
    connect(m_clearFinished, &QAction::triggered, this, [this] {
        if (m_manager)
            m_manager->clearFinished();
    });
    connect(m_cancel, &QAction::triggered, this, [this] { forSelected([this](DownloadTask *t) { m_manager->cancel(t); }); });
    connect(m_open, &QAction::triggered, this, &DownloadsPanel::openFile);
    connect(m_showInFolder, &QAction::triggered, this, &DownloadsPanel::showInFolder);
    connect(m_preview, &QAction::triggered, this, &DownloadsPanel::preview);
    connect(m_remove, &QAction::triggered, this, [this] { forSelected([this](DownloadTask *t) { m_manager->remove(t); }); });

    for (QAction *a : {m_pause, m_resume, m_retry, m_cancel}) {
        m_toolBar->addAction(a);
    }
    m_toolBar->addSeparator();
    for (QAction *a : {m_open, m_preview, m_showInFolder, m_remove, m_clearFinished})
        m_toolBar->addAction(a);
    for (QAction *a : m_toolBar->actions()) {
        if (QWidget *w = m_toolBar->widgetForAction(a); w && !a->isSeparator()) {
            w->setObjectName(a->objectName() + QStringLiteral("Button"));
            w->setAccessibleName(a->text());
        }
    }
}

QWidget *DownloadsPanel::makeOptions()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("downloadOptions"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_decompress = new QCheckBox(tr("Decompress .gz files after download"), box);
    m_decompress->setObjectName(QStringLiteral("decompressCheck"));
    m_decompress->setAccessibleName(tr("Decompress .gz files after download"));
    m_decompress->setToolTip(tr("Applies to downloads started from now on."));
    m_keepCompressed = new QCheckBox(tr("Keep the .gz file"), box);
    m_keepCompressed->setObjectName(QStringLiteral("keepCompressedCheck"));
    m_keepCompressed->setAccessibleName(tr("Keep the .gz file after decompressing"));
    auto *label = new QLabel(tr("Downloads at once:"), box);
    m_concurrency = new QSpinBox(box);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setAccessibleName(tr("Downloads at once"));
    m_concurrency->setRange(1, 8);
    label->setBuddy(m_concurrency);
    row->addWidget(m_decompress);
    row->addWidget(m_keepCompressed);
    row->addStretch(1);
    row->addWidget(label);
    row->addWidget(m_concurrency);
    connect(m_decompress, &QCheckBox::toggled, this, [this](bool on) {
        m_keepCompressed->setEnabled(on);
        saveOptions();
    });
    connect(m_keepCompressed, &QCheckBox::toggled, this, &DownloadsPanel::saveOptions);
    connect(m_concurrency, qOverload<int>(&QSpinBox::valueChanged), this, &DownloadsPanel::saveOptions);
    return box;
}

void DownloadsPanel::loadOptions()
{
    QSettings s;
    const QSignalBlocker b1(m_decompress), b2(m_keepCompressed), b3(m_concurrency);
    m_decompress->setChecked(s.value(SettingsKeys::downloadsDecompress(), false).toBool());
    m_keepCompressed->setChecked(s.value(SettingsKeys::downloadsKeepCompressed(), false).toBool());
    m_keepCompressed->setEnabled(m_decompress->isChecked());
    m_concurrency->setValue(s.value(SettingsKeys::downloadsMaxConcurrent(), 3).toInt());
    saveOptions();
}

void DownloadsPanel::saveOptions()
{
    QSettings s;
    s.setValue(SettingsKeys::downloadsDecompress(), m_decompress->isChecked());
    s.setValue(SettingsKeys::downloadsKeepCompressed(), m_keepCompressed->isChecked());
    s.setValue(SettingsKeys::downloadsMaxConcurrent(), m_concurrency->value());
    if (!m_manager)
        return;
    DownloadOptions options = m_manager->defaultOptions();
    options.decompress = m_decompress->isChecked();
    options.keepCompressed = m_keepCompressed->isChecked();
    m_manager->setDefaultOptions(options);
    m_manager->setMaxConcurrent(m_concurrency->value());
}

QList<DownloadTask *> DownloadsPanel::selectedTasks() const
{
    QList<DownloadTask *> tasks;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (DownloadTask *t = m_model->taskAt(index.row()))
            tasks.append(t);
    }
    if (tasks.isEmpty()) {
        if (DownloadTask *t = m_model->taskAt(m_view->currentIndex().row()))
            tasks.append(t);
    }
    return tasks;
}

void DownloadsPanel::selectTask(DownloadTask *task)
{
    const int row = m_model->rowOf(task);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

void DownloadsPanel::forSelected(const std::function<void(DownloadTask *)> &fn)
{
    if (!m_manager)
        return;
    // Copy: remove() changes the model while we walk.
    const QList<DownloadTask *> tasks = selectedTasks();
    for (DownloadTask *t : tasks)
        fn(t);
    updateActions();
}

void DownloadsPanel::updateActions()
{
    bool pausable = false, resumable = false, retryable = false, cancellable = false;
    const QList<DownloadTask *> tasks = selectedTasks();
    for (const DownloadTask *t : tasks) {
        const DownloadState s = t->state();
        pausable |= s == DownloadState::Queued || s == DownloadState::Running || s == DownloadState::RefreshingLink;
        resumable |= s == DownloadState::Paused;
        retryable |= s == DownloadState::Failed || s == DownloadState::Cancelled;
        cancellable |= !isFinalState(s);
    }
    const DownloadTask *single = tasks.size() == 1 ? tasks.constFirst() : nullptr;
    m_pause->setEnabled(pausable);
    m_resume->setEnabled(resumable);
    m_retry->setEnabled(retryable);
    m_cancel->setEnabled(cancellable);
    const bool haveFile = single && single->state() == DownloadState::Done && QFileInfo::exists(single->finalPath());
    m_open->setEnabled(haveFile);
    m_preview->setEnabled(haveFile);
    m_showInFolder->setEnabled(single != nullptr);
    m_remove->setEnabled(!tasks.isEmpty());
    bool anyFinished = false;
    if (m_manager) {
        for (const DownloadTask *t : m_manager->tasks())
            anyFinished |= t->state() == DownloadState::Done || t->state() == DownloadState::Cancelled;
    }
    m_clearFinished->setEnabled(anyFinished);
}

void DownloadsPanel::updateDetail()
{
    const DownloadTask *t = m_model->taskAt(m_view->currentIndex().row());
    QString text;
    if (t && t->state() == DownloadState::Failed)
        text = tr("%1: %2", "file name: why the download failed").arg(t->displayName(), t->errorString());
    else if (t && t->state() == DownloadState::Done)
        text = tr("Saved as %1", "path of a finished download").arg(QDir::toNativeSeparators(t->finalPath()));
    else if (t && !t->statusText().isEmpty() && !isFinalState(t->state()))
        text = t->statusText();
    if (m_failureTask) {
        if (t == m_failureTask.data())
            return; // the failure stays while its download is the current one
        m_failureTask = nullptr;
        m_detail->setPalette(QPalette());
    }
    m_detail->setText(text);
    m_detail->setVisible(!text.isEmpty());
}

void DownloadsPanel::showMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("downloadsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *a : {m_pause, m_resume, m_retry, m_cancel})
        menu->addAction(a);
    menu->addSeparator();
    for (QAction *a : {m_open, m_preview, m_showInFolder, m_remove})
        menu->addAction(a);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void DownloadsPanel::openFile()
{
    const QList<DownloadTask *> tasks = selectedTasks();
    if (tasks.size() != 1 || tasks.constFirst()->state() != DownloadState::Done)
        return;
    const QString path = tasks.constFirst()->finalPath();
    if (!m_openUrl(QUrl::fromLocalFile(path)))
        showOpenFailure(tr("No program could open %1. It is saved as %2.")
                            .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)));
}

void DownloadsPanel::showInFolder()
{
    const QList<DownloadTask *> tasks = selectedTasks();
    if (tasks.size() != 1)
        return;
    const QString folder = tasks.constFirst()->record().folder;
    if (!m_openUrl(QUrl::fromLocalFile(folder)))
        showOpenFailure(tr("No file manager could show the folder %1.").arg(QDir::toNativeSeparators(folder)));
}

// The desktop gave no program for the file: say so where the user looks, with
// the path to open it by hand (only stderr knew before).
void DownloadsPanel::showOpenFailure(const QString &sentence)
{
    m_detail->setText(sentence);
    FieldHint::styleAsError(m_detail);
    m_detail->setVisible(true);
    m_failureTask = m_model->taskAt(m_view->currentIndex().row());
}

void DownloadsPanel::preview()
{
    const QList<DownloadTask *> tasks = selectedTasks();
    if (tasks.size() != 1 || tasks.constFirst()->state() != DownloadState::Done)
        return;
    PreviewDialog::open(tasks.constFirst()->finalPath(), [this](const QUrl &url) { return m_openUrl(url); }, this);
}

} // namespace peaka::gui
