// SPDX-License-Identifier: GPL-3.0-or-later
#include "newexportcontroller.h"

#include "downloads/downloadmanager.h"
#include "exports/exportwaiter.h"
#include "newexportdialog.h"
#include "notifier.h"

#include <QWidget>

namespace peaka {

NewExportController::NewExportController(PeakaClient *client, const QString &projectId, QWidget *dialogParent,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_dialogParent(dialogParent)
    , m_notifier(new Notifier(this))
{
}

NewExportController::~NewExportController()
{
    stopAll();
}

void NewExportController::setDownloadManager(DownloadManager *manager, std::function<QString()> folder)
{
    m_downloads = manager;
    m_downloadFolder = std::move(folder);
}

NewExportDialog *NewExportController::makeDialog()
{
    auto *dialog = new NewExportDialog(m_client, m_projectId, m_dialogParent);
    dialog->setObjectName(QStringLiteral("newExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewExportDialog::exportCreated, this, [this](const ExportJob &job, bool download) {
        emit jobCreated(job);
        follow(job, download);
    });
    return dialog;
}

NewExportDialog *NewExportController::openNewExport()
{
    NewExportDialog *dialog = makeDialog();
    dialog->open();
    return dialog;
}

NewExportDialog *NewExportController::openRunAgain(const ExportJob &job)
{
    if (!NewExportDialog::canRunAgain(job))
        return nullptr;
    NewExportDialog *dialog = makeDialog();
    dialog->prefillFrom(job);
    dialog->open();
    return dialog;
}

void NewExportController::follow(const ExportJob &job, bool downloadWhenReady)
{
    if (job.id.isEmpty() || m_waiters.contains(job.id) || !m_client)
        return;
    auto *waiter = new ExportWaiter(m_client, m_projectId, job.id, this);
    waiter->setIntervalMs(m_intervalMs);
    waiter->setInitialJob(job);
    m_waiters.insert(job.id, waiter);
    m_downloadWhenReady.insert(job.id, downloadWhenReady);
    connect(waiter, &ExportWaiter::statusChanged, this, &NewExportController::jobUpdated);
    connect(waiter, &ExportWaiter::finished, this,
            [this, waiter](const ExportJob &j, const ApiError &e) { onFinished(waiter, j, e); });
    waiter->start();
}

void NewExportController::onFinished(ExportWaiter *waiter, const ExportJob &job, const ApiError &error)
{
    const QString id = waiter->exportId();
    const bool download = m_downloadWhenReady.take(id);
    m_waiters.remove(id);
    waiter->deleteLater();
    if (error.isError()) {
        emit followFailed(job, error);
        m_notifier->notifyMessage(tr("Stopped following an export"),
                                  tr("Stopped following export %1: %2").arg(id, error.message()), true);
        return;
    }
    // The last poll may carry files/expiresAt without a status change: merge it too.
    emit jobUpdated(job);
    emit jobEnded(job);
    m_notifier->notifyJobEnded(job);
    if (!download || job.status.code() != ExportStatus::Succeeded)
        return;
    const QString folder = m_downloadFolder ? m_downloadFolder() : QString();
    if (!m_downloads || folder.isEmpty()) {
        emit downloadRequested(job);
        return;
    }
    if (job.files.isEmpty() || (job.downloadable && !*job.downloadable)) {
        m_notifier->notifyMessage(tr("Nothing to download"),
                                  tr("The export of %1 has no files you may download.").arg(job.displaySource()), true);
        return;
    }
    DownloadSource source;
    source.projectId = m_projectId;
    source.exportId = job.id;
    source.exportSource = job.displaySource();
    const QList<DownloadTask *> tasks = m_downloads->downloadAll(source, job, folder, m_downloads->defaultOptions());
    emit downloadsStarted(job, int(tasks.size()));
}

void NewExportController::stopAll()
{
    for (ExportWaiter *w : std::as_const(m_waiters)) {
        w->stop();
        w->deleteLater();
    }
    m_waiters.clear();
    m_downloadWhenReady.clear();
}

} // namespace peaka
