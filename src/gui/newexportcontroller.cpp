// SPDX-License-Identifier: GPL-3.0-or-later
#include "newexportcontroller.h"

#include "connections/connectionregistry.h"
#include "downloads/downloadmanager.h"
#include "exports/exportwaiter.h"
#include "newexportdialog.h"
#include "notifier.h"

#include <QWidget>

namespace peaka::gui {
namespace {

QString followId(const ConnectionKey &key, const QString &exportId)
{
    return key.toString() + QLatin1Char('/') + exportId;
}

} // namespace

NewExportController::NewExportController(ConnectionRegistry *registry, Notifier *notifier, QWidget *dialogParent,
                                         QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_notifier(notifier)
    , m_dialogParent(dialogParent)
{
}

NewExportController::~NewExportController()
{
    stopAll();
}

void NewExportController::setDownloadManager(DownloadManager *manager, FolderOf folder)
{
    m_downloads = manager;
    m_downloadFolder = std::move(folder);
}

NewExportDialog *NewExportController::makeDialog()
{
    const ConnectionKey key = m_current; // the dialog creates on the connection it was opened for
    auto *dialog = new NewExportDialog(m_registry->client(key), key.projectId, m_dialogParent);
    dialog->setObjectName(QStringLiteral("newExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewExportDialog::exportCreated, this, [this, key, dialog](const ExportJob &job, bool download) {
        // The server does not send them back: Run again finds them here.
        m_csvMemory.remember(job.id, CsvOptions::fromJson(dialog->sentOptions().csvOptions));
        emit jobCreated(job, key);
        follow(key, job, download);
    });
    return dialog;
}

NewExportDialog *NewExportController::openNewExport()
{
    if (!m_registry->client(m_current))
        return nullptr;
    NewExportDialog *dialog = makeDialog();
    dialog->open();
    return dialog;
}

NewExportDialog *NewExportController::openRunAgain(const ExportJob &job)
{
    if (!NewExportDialog::canRunAgain(job) || !m_registry->client(m_current))
        return nullptr;
    NewExportDialog *dialog = makeDialog();
    dialog->prefillFrom(job, m_csvMemory.recall(job.id));
    dialog->open();
    return dialog;
}

void NewExportController::follow(const ConnectionKey &key, const ExportJob &job, bool downloadWhenReady)
{
    const QString id = followId(key, job.id);
    PeakaClient *client = m_registry->client(key);
    if (job.id.isEmpty() || m_followed.contains(id) || !client)
        return;
    auto *waiter = new ExportWaiter(client, key.projectId, job.id, this);
    waiter->setIntervalMs(m_intervalMs);
    waiter->setInitialJob(job);
    m_followed.insert(id, {waiter, key, downloadWhenReady});
    connect(waiter, &ExportWaiter::statusChanged, this, [this, key](const ExportJob &j) { emit jobUpdated(j, key); });
    connect(waiter, &ExportWaiter::finished, this,
            [this, id](const ExportJob &j, const ApiError &e) { onFinished(id, j, e); });
    waiter->start();
}

QStringList NewExportController::followedIds() const
{
    QStringList ids;
    for (const Followed &f : m_followed)
        ids << f.waiter->exportId();
    return ids;
}

void NewExportController::onFinished(const QString &followId, const ExportJob &job, const ApiError &error)
{
    const Followed followed = m_followed.take(followId);
    if (!followed.waiter)
        return;
    followed.waiter->deleteLater();
    const QString exportId = followed.waiter->exportId();
    if (error.isError()) {
        emit followFailed(job, error);
        m_notifier->notifyMessage(tr("Stopped following an export"),
                                  tr("Stopped following export %1: %2").arg(exportId, error.message()), true);
        return;
    }
    // The last poll may carry files/expiresAt without a status change: merge it too.
    emit jobUpdated(job, followed.key);
    emit jobEnded(job, followed.key);
    m_notifier->notifyJobEnded(job);
    if (followed.downloadWhenReady && job.status.code() == ExportStatus::Succeeded)
        download(followed.key, job);
}

void NewExportController::download(const ConnectionKey &key, const ExportJob &job)
{
    const QString folder = m_downloadFolder ? m_downloadFolder(key) : QString();
    if (!m_downloads || folder.isEmpty()) {
        emit downloadRequested(job, key);
        return;
    }
    if (job.files.isEmpty() || (job.downloadable && !*job.downloadable)) {
        m_notifier->notifyMessage(tr("Nothing to download"),
                                  tr("The export of %1 has no files you may download.").arg(job.displaySource()), true);
        return;
    }
    DownloadSource source;
    source.profileId = key.profileId; // its link refreshes go to this connection
    source.projectId = key.projectId;
    source.exportId = job.id;
    source.exportSource = job.displaySource();
    const QList<DownloadTask *> tasks = m_downloads->downloadAll(source, job, folder, m_downloads->defaultOptions());
    emit downloadsStarted(job, int(tasks.size()));
}

void NewExportController::stopAll()
{
    for (const Followed &f : std::as_const(m_followed)) {
        f.waiter->stop();
        f.waiter->deleteLater();
    }
    m_followed.clear();
}

} // namespace peaka::gui
