// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/exportjob.h"
#include "api/peakaclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace peaka {

class DownloadManager;
class ExportWaiter;
class NewExportDialog;
class Notifier;

// The main-window-agnostic side of "New Export" and "Run again": opens the
// dialog, reports the created job at once, follows it with an ExportWaiter
// until it ends, notifies the user, and asks for the download when the user
// ticked "Download when ready". The main window wires the signals to its
// model, its status bar and its DownloadManager.
class NewExportController : public QObject
{
    Q_OBJECT
public:
    NewExportController(PeakaClient *client, const QString &projectId, QWidget *dialogParent,
                        QObject *parent = nullptr);
    ~NewExportController() override;

    void setClient(PeakaClient *client) { m_client = client; }
    void setProjectId(const QString &projectId) { m_projectId = projectId; }
    QString projectId() const { return m_projectId; }
    // Poll interval of the waiters started from now on.
    void setPollIntervalMs(int ms) { m_intervalMs = ms; }
    Notifier *notifier() const { return m_notifier; }
    // With a manager, "Download when ready" downloads all files of the
    // succeeded job into folder() itself (and downloadRequested is not emitted).
    // `folder` is asked at that moment: the profile's download folder.
    void setDownloadManager(DownloadManager *manager, std::function<QString()> folder);

    // Opens the dialog (non-blocking, window-modal) and returns it; it deletes itself on close.
    NewExportDialog *openNewExport();
    // The dialog filled from `job`, or nullptr when its source is unknown (NewExportDialog::canRunAgain).
    NewExportDialog *openRunAgain(const ExportJob &job);
    // Follows a created job until it ends (also used for jobs created elsewhere).
    void follow(const ExportJob &job, bool downloadWhenReady);
    QStringList followedIds() const { return m_waiters.keys(); }
    void stopAll();

Q_SIGNALS:
    // A 202 arrived: insert the row at the top, select it.
    void jobCreated(const peaka::ExportJob &job);
    // Live update of a followed job (merge into the list).
    void jobUpdated(const peaka::ExportJob &job);
    // The followed job is final (after its last jobUpdated).
    void jobEnded(const peaka::ExportJob &job);
    // The job SUCCEEDED and "Download when ready" was ticked, and no manager is
    // set: download all its files into the profile's folder. `job` comes from
    // Read Export, with files and expiresAt.
    void downloadRequested(const peaka::ExportJob &job);
    // The manager was given the job's files (`count` downloads queued).
    void downloadsStarted(const peaka::ExportJob &job, int count);
    // Following stopped on an error (e.g. the key lost access); `job` is the last row seen.
    void followFailed(const peaka::ExportJob &job, const peaka::ApiError &error);

private:
    NewExportDialog *makeDialog();
    void onFinished(ExportWaiter *waiter, const ExportJob &job, const ApiError &error);

    QPointer<PeakaClient> m_client;
    QString m_projectId;
    QPointer<QWidget> m_dialogParent;
    Notifier *m_notifier;
    QPointer<DownloadManager> m_downloads;
    std::function<QString()> m_downloadFolder;
    QHash<QString, ExportWaiter *> m_waiters;
    QHash<QString, bool> m_downloadWhenReady;
    int m_intervalMs = 2000;
};

} // namespace peaka
