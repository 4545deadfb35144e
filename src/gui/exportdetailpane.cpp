// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdetailpane.h"

#include "detailloader.h"
#include "exports/exportformat.h"
#include "lazyicons.h"
#include "newexportdialog.h"
#include "previewdialog.h"
#include "api/peakaclient.h"
#include "sources/sourcesession.h"
#include "statusicons.h"
#include "ui_exportdetailpane.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenu>
#include <QStyle>
#include <QGuiApplication>

namespace peaka::gui {
namespace {

constexpr int LinkMarginSecs = 30; // renew links this close to their expiry

} // namespace

ExportDetailPane::ExportDetailPane(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ExportDetailPane>())
    , m_loader(new DetailLoader(this))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("detailPane"));
    ui->copyIdButton->setIcon(deferredUiIcon("copy"));
    ui->copyErrorButton->setIcon(deferredUiIcon("copy"));
    QFont title = ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    ui->titleLabel->setFont(title);
    QFont heading = ui->filesHeading->font();
    heading.setBold(true);
    ui->filesHeading->setFont(heading);
    ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyText = ui->emptyLabel->text(); // "Select an export…"; a not-found sentence replaces it for a while
    ui->loadingLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->loadingLabel->setWordWrap(true); // a long error wraps; the pane never scrolls sideways for it
    // An export id and a catalog.schema.table have no place to wrap: in a
    // narrow pane they may be cut at the right (the tooltip, selecting and
    // "Copy" give the whole text) rather than make the pane scroll sideways.
    // (An explicit minimum replaces the label's minimum size hint; its size
    // hint, the whole text, still rules when there is room.)
    for (QLabel *unbreakable : {ui->idValue, ui->tableValue})
        unbreakable->setMinimumWidth(1);
    ui->errorBox->setStyleSheet(QStringLiteral(
        "#errorBox { background: #fdecec; border: 1px solid #e8a5a5; border-radius: 4px; }"
        "#errorText { color: #7a1f1f; font-family: monospace; }"));
    ui->errorText->setTextFormat(Qt::PlainText);
    ui->titleLabel->setTextFormat(Qt::PlainText);
    ui->pages->setCurrentWidget(ui->emptyPage);

    connect(ui->copyIdButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_job.id); });
    connect(ui->copyErrorButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_job.error); });
    connect(ui->fileLinks, &FileLinksView::actionRequested, this, &ExportDetailPane::onFileAction);
    ui->downloadAllButton->setIcon(deferredUiIcon("download"));
    ui->runAgainButton->setIcon(deferredUiIcon("runagain"));
    connect(ui->downloadAllButton, &QPushButton::clicked, this, &ExportDetailPane::downloadAll);
    connect(ui->runAgainButton, &QPushButton::clicked, this, [this] { Q_EMIT runAgainRequested(m_job); });
    setStandardIconWhenShown(ui->cancelExportButton, QStyle::SP_BrowserStop); // shown for a running export only
    connect(ui->cancelExportButton, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_job); });
    setStandardIconWhenShown(ui->previewButton, QStyle::SP_FileDialogContentsView);
    ui->previewButton->setVisible(false);
    connect(ui->previewButton, &QPushButton::clicked, this, [this] {
        if (m_downloaded.size() == 1)
            PreviewDialog::open(m_downloaded.constFirst(), QDesktopServices::openUrl, this);
    });
    connect(m_loader, &DetailLoader::loaded, this, &ExportDetailPane::onLoaded);
    connect(m_loader, &DetailLoader::failed, this, &ExportDetailPane::onFailed);
    m_countdown.setInterval(15000);
    connect(&m_countdown, &QTimer::timeout, this, &ExportDetailPane::updateExpiry);
    chainTabStops();
}

ExportDetailPane::~ExportDetailPane() = default;

void ExportDetailPane::setClient(PeakaClient *client, const QString &projectId)
{
    m_loader->setClient(client, projectId);
    m_client = client;
    m_projectId = projectId;
    m_nameFor.clear();
    clear();
}

bool ExportDetailPane::isLoading() const
{
    return m_loader->isLoading();
}

QDateTime ExportDetailPane::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void ExportDetailPane::showJob(const ExportJob &job)
{
    if (job.id == m_job.id && job.status == m_job.status && (m_loaded || isLoading()))
        return;
    const bool sameJob = job.id == m_job.id;
    m_job = job;
    m_loaded = false;
    if (!sameJob)
        m_pending.reset();
    render();
    m_loader->load(job.id);
    ui->loadingLabel->setVisible(true);
}

void ExportDetailPane::openById(const QString &exportId)
{
    ExportJob job;
    job.id = exportId.trimmed();
    showJob(job);
}

void ExportDetailPane::reload()
{
    if (m_job.id.isEmpty())
        return;
    m_loader->load(m_job.id);
    ui->loadingLabel->setText(tr("Loading details…"));
    ui->loadingLabel->setVisible(true);
}

void ExportDetailPane::focusDetails()
{
    if (ui->pages->currentWidget() != ui->detailsPage)
        return;
    // Enter on a row: the first thing to do with this export (download its
    // files, run it again), else its ID to copy.
    for (QWidget *w : {static_cast<QWidget *>(ui->downloadAllButton), static_cast<QWidget *>(ui->runAgainButton),
                       static_cast<QWidget *>(ui->copyIdButton)}) {
        if (w->isVisibleTo(this) && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    ui->idValue->setFocus(Qt::TabFocusReason);
}

QWidget *ExportDetailPane::firstTabStop() const
{
    return ui->cancelExportButton;
}

// File links are made when an export is shown, so they would come last in
// the window's Tab chain: put them back between the pane's buttons.
void ExportDetailPane::chainTabStops()
{
    QList<QWidget *> stops{ui->cancelExportButton, ui->runAgainButton, ui->copyErrorButton, ui->copyIdButton};
    stops << ui->fileLinks->tabStops();
    stops << ui->downloadAllButton;
    for (int i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

void ExportDetailPane::clear()
{
    m_loader->cancel();
    m_job = {};
    m_loaded = false;
    m_pending.reset();
    m_countdown.stop();
    ui->emptyLabel->setText(m_emptyText);
    ui->pages->setCurrentWidget(ui->emptyPage);
    Q_EMIT jobShown(m_job);
}

void ExportDetailPane::downloadAll()
{
    if (hasFiles())
        Q_EMIT downloadAllRequested(m_job);
}

void ExportDetailPane::onLoaded(const ExportJob &job)
{
    if (job.id != m_job.id)
        return;
    m_job = job;
    m_loaded = true;
    render();
    Q_EMIT jobLoaded(job);
    if (m_pending) {
        const PendingAction pending = *m_pending;
        m_pending.reset();
        if (const ExportFile *fresh = m_job.fileNamed(pending.fileName))
            perform(pending.action, *fresh);
    }
}

void ExportDetailPane::onFailed(const QString &exportId, const ApiError &error)
{
    if (exportId != m_job.id)
        return;
    m_pending.reset();
    if (error.kind() == ApiError::NotFound && !m_loaded) {
        // Nothing to show but the id (Open by ID with a wrong or foreign id): a sentence, not a "Loading" badge.
        ui->emptyLabel->setText(tr("There is no export with the ID %1 in this project. Check the ID, or open "
                                   "the connection and project it belongs to.")
                                    .arg(exportId));
        ui->pages->setCurrentWidget(ui->emptyPage);
        Q_EMIT loadFailed(exportId, error);
        return;
    }
    ui->loadingLabel->setText(tr("Could not load the details: %1").arg(error.message()));
    ui->loadingLabel->setVisible(true);
    Q_EMIT loadFailed(exportId, error);
}

void ExportDetailPane::setField(QWidget *value, const QString &text)
{
    auto *label = qobject_cast<QLabel *>(value);
    label->setText(text);
    ui->form->setRowVisible(value, !text.isEmpty());
}

void ExportDetailPane::render()
{
    ui->pages->setCurrentWidget(ui->detailsPage);
    const ExportJob &j = m_job;
    const ExportStatus::Code code = j.status.code();
    const QColor color = statusColor(code);
    ui->statusBadge->setText(j.status.wire().isEmpty() ? tr("Loading", "status badge") : j.status.displayName());
    ui->statusBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: %1; color: white; border-radius: 9px; padding: 2px 10px; font-weight: 600; }")
                                       .arg(color.name()));
    ui->loadingLabel->setText(tr("Loading details…"));
    ui->loadingLabel->setVisible(isLoading());

    ui->idValue->setText(j.id);
    ui->idValue->setToolTip(j.id);
    setField(ui->statusValue, j.status.isUnknown() && !j.status.wire().isEmpty()
                                  ? tr("%1 (not known to this app)").arg(j.status.wire())
                                  : (j.status.wire().isEmpty() ? QString() : j.status.displayName()));
    renderSource();
    setField(ui->queryIdValue, j.queryId);
    QStringList table;
    for (const QString &part : {j.catalogId, j.schemaName, j.tableName})
        if (!part.isEmpty())
            table << part;
    setField(ui->tableValue, table.join(QLatin1Char('.')));
    ui->tableValue->setToolTip(ui->tableValue->text());
    setField(ui->formatValue, j.format);
    setField(ui->compressionValue, ExportFormat::compression(j.compression));
    setField(ui->rowsValue, j.rowCount ? ExportFormat::count(*j.rowCount) : QString());
    // Under 1 kB the readable size is the exact one: said once ("333 bytes").
    setField(ui->sizeValue, !j.bytes        ? QString()
                            : *j.bytes < 1000 ? ExportFormat::size(*j.bytes)
                                              : tr("%1 (%2 bytes)", "size: human readable (exact)")
                                                    .arg(ExportFormat::size(*j.bytes), ExportFormat::count(*j.bytes)));
    setField(ui->durationValue, j.durationMs ? ExportFormat::duration(*j.durationMs) : QString());
    setField(ui->createdValue, j.createdAt.isValid()
                                   ? tr("%1 (%2)", "created: exact time (relative time)")
                                         .arg(ExportFormat::exactTime(j.createdAt),
                                              ExportFormat::relativeTime(j.createdAt, now()))
                                   : QString());
    QString user = j.userName;
    if (!j.userId.isEmpty())
        user = user.isEmpty() ? j.userId : tr("%1 (%2)", "user name (user id)").arg(user, j.userId);
    setField(ui->userValue, user);
    setField(ui->keyPrefixValue, j.apiKeyPrefix.isEmpty() ? QString() : j.apiKeyPrefix + QStringLiteral(".••••"));
    setField(ui->clientValue, j.clientSource);

    ui->errorBox->setVisible(code == ExportStatus::Failed);
    ui->errorText->setText(j.error.isEmpty() ? tr("The server gave no reason.") : j.error);
    ui->copyErrorButton->setEnabled(!j.error.isEmpty());
    renderState();
    renderFiles();
    chainTabStops();
    Q_EMIT jobShown(m_job);
}

void ExportDetailPane::renderState()
{
    QString text;
    switch (m_job.status.code()) {
    case ExportStatus::Pending:
        text = tr("This export is waiting to start. This pane updates itself when it changes.");
        break;
    case ExportStatus::Running:
        text = tr("This export is running. This pane updates itself when it finishes.");
        break;
    case ExportStatus::Succeeded:
        break;
    case ExportStatus::Failed:
        text = tr("This export failed. Fix the cause below and start a new export.");
        break;
    case ExportStatus::Cancelled:
        text = tr("This export was cancelled before it finished. Start a new export to get the data.");
        break;
    case ExportStatus::Expired:
        text = tr("The files of this export were removed by the retention policy. Exports are never "
                  "regenerated: start a new export to get the data again.");
        break;
    case ExportStatus::Unknown:
        if (!m_job.status.wire().isEmpty())
            text = tr("This export has the status \"%1\", which this version of the app does not know. "
                      "Its details are shown as the server sent them.")
                       .arg(m_job.status.wire());
        break;
    }
    ui->stateLabel->setText(text);
    ui->stateLabel->setVisible(!text.isEmpty());
    const ExportStatus::Code code = m_job.status.code();
    const bool ended = code == ExportStatus::Expired || code == ExportStatus::Failed || code == ExportStatus::Cancelled;
    ui->runAgainButton->setVisible(ended && NewExportDialog::canRunAgain(m_job));
    ui->cancelExportButton->setVisible(m_job.status.isInProgress());
}

// The title and the Source row name the source as the API lists it ("Monthly
// revenue", "Stripe › public › charges") once it is looked up; until then, or
// when it is not listed, what the export row says. The ids keep their rows.
void ExportDetailPane::renderSource()
{
    const ExportJob &j = m_job;
    lookUpSourceName();
    const QString name = sourceName();
    const QString fallback = j.displaySource();
    ui->titleLabel->setText(!name.isEmpty() ? name : fallback.isEmpty() ? j.id : fallback);
    setField(ui->sourceValue, name.isEmpty() ? fallback : name);
    QString tip;
    if (!name.isEmpty())
        tip = j.source.isEmpty() ? m_sourceName.ids : tr("%1 (%2)", "server's source name (ids)").arg(j.source, m_sourceName.ids);
    ui->sourceValue->setToolTip(tip);
    ui->titleLabel->setToolTip(tip);
}

void ExportDetailPane::lookUpSourceName()
{
    const std::optional<ExportSourceRef> src = ExportSourceRef::fromJob(m_job);
    if (!src || !m_client || m_nameFor == m_job.id)
        return;
    m_nameFor = m_job.id;
    m_sourceName = {};
    const QString id = m_job.id;
    SourceName::lookUp(SourceSession::of(m_client), m_projectId, *src, this, [this, id](const SourceName &n) {
        if (id != m_nameFor || m_job.id != id)
            return;
        m_sourceName = n;
        if (n.known() && ui->pages->currentWidget() == ui->detailsPage)
            renderSource();
    });
}

void ExportDetailPane::renderFiles()
{
    const bool succeeded = m_job.status.code() == ExportStatus::Succeeded;
    ui->fileLinks->setFiles(m_job.files);
    QString note;
    if (succeeded && m_job.downloadable == false)
        note = tr("Only the user who started an export can download it.");
    else if (succeeded && m_loaded && m_job.files.isEmpty())
        note = tr("The server listed no files for this export.");
    ui->downloadNote->setText(note);
    ui->downloadNote->setVisible(!note.isEmpty());
    const bool hasFiles = !m_job.files.isEmpty();
    ui->filesHeading->setVisible(hasFiles || !note.isEmpty());
    ui->fileLinks->setVisible(hasFiles);
    ui->downloadAllButton->setVisible(hasFiles);
    updatePreviewButton();
    ui->downloadAllButton->setText(m_job.files.size() == 1 ? tr("Download File")
                                                            : tr("Download All %n Files", "", int(m_job.files.size())));
    updateExpiry();
    if (hasFiles && m_job.expiresAt.isValid())
        m_countdown.start();
    else
        m_countdown.stop();
}

void ExportDetailPane::setDownloadedFiles(const QString &exportId, const QStringList &paths)
{
    m_downloadedFor = exportId;
    m_downloaded = paths;
    updatePreviewButton();
}

void ExportDetailPane::updatePreviewButton()
{
    const bool show = !m_job.id.isEmpty() && m_downloadedFor == m_job.id && !m_downloaded.isEmpty();
    ui->previewButton->setVisible(show);
    if (show && m_downloaded.size() == 1)
        ui->previewButton->setToolTip(tr("Show the first rows of %1").arg(QFileInfo(m_downloaded.constFirst()).fileName()));
    else if (show)
        ui->previewButton->setToolTip(tr("Show the first rows of a downloaded file"));
    // Several downloaded files: the button offers each by name.
    QMenu *menu = ui->previewButton->menu();
    if (show && m_downloaded.size() > 1) {
        if (!menu) {
            menu = new QMenu(ui->previewButton);
            menu->setObjectName(QStringLiteral("previewMenu"));
            ui->previewButton->setMenu(menu);
        }
        menu->clear();
        for (const QString &path : std::as_const(m_downloaded)) {
            menu->addAction(QFileInfo(path).fileName(), this,
                            [this, path] { PreviewDialog::open(path, QDesktopServices::openUrl, this); });
        }
    } else if (menu) {
        ui->previewButton->setMenu(nullptr);
        menu->deleteLater();
    }
}

void ExportDetailPane::updateExpiry()
{
    const bool show = !m_job.files.isEmpty() && m_job.expiresAt.isValid();
    ui->expiryLabel->setVisible(show);
    if (!show)
        return;
    ui->expiryLabel->setText(ExportFormat::linkExpiry(m_job.expiresAt, now()));
    ui->expiryLabel->setToolTip(ExportFormat::exactTime(m_job.expiresAt));
}

void ExportDetailPane::onFileAction(FileLinksView::Action action, const ExportFile &file)
{
    if (m_job.linksExpired(now(), LinkMarginSecs)) {
        // Presigned links stop working at expiresAt: renew them, then act.
        m_pending = PendingAction{action, file.name};
        reload();
        return;
    }
    perform(action, file);
}

void ExportDetailPane::perform(FileLinksView::Action action, const ExportFile &file)
{
    switch (action) {
    case FileLinksView::Action::Activate:
        Q_EMIT fileActivated(m_job, file);
        break;
    case FileLinksView::Action::CopyLink:
        QGuiApplication::clipboard()->setText(file.url.toString());
        break;
    case FileLinksView::Action::OpenInBrowser:
        QDesktopServices::openUrl(file.url);
        break;
    }
}

} // namespace peaka::gui
