// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "connections/connectionkey.h"
#include "exports/csvoptionsmemory.h"
#include "exports/exportjob.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace peaka {
class ConnectionRegistry;
class DownloadManager;
class ExportWaiter;
}

namespace peaka::gui {

class NewExportDialog;
class Notifier;

// The main-window-agnostic side of "New Export" and "Run again": opens the
// dialog on the chosen connection, reports the created job at once, follows it
// with an ExportWaiter until it ends, notifies the user, and downloads it when
// the user ticked "Download when ready". Each followed job keeps the
// ConnectionKey it was created on: it is polled and downloaded through that
// connection's client whatever the window shows later. Every signal carries
// that key so receivers can ignore jobs of a connection they do not show.
class NewExportController : public QObject
{
    Q_OBJECT
public:
    NewExportController(ConnectionRegistry *registry, Notifier *notifier, QWidget *dialogParent,
                        QObject *parent = nullptr);
    ~NewExportController() override;

    // The connection new dialogs create exports on (the window's current one).
    void setConnection(const ConnectionKey &key) { m_current = key; }
    ConnectionKey connection() const { return m_current; }
    QString projectId() const { return m_current.projectId; }
    // Poll interval of the waiters started from now on.
    void setPollIntervalMs(int ms) { m_intervalMs = ms; }
    Notifier *notifier() const { return m_notifier; }
    // With a manager, "Download when ready" downloads all files of the
    // succeeded job into folder(key) itself (and downloadRequested is not
    // emitted). `folder` is asked at that moment: the connection's download folder.
    using FolderOf = std::function<QString(const ConnectionKey &key)>;
    void setDownloadManager(DownloadManager *manager, FolderOf folder);
    // Where the CSV options of created exports are remembered for Run again
    // (default: CsvOptionsMemory::defaultPath()).
    void setCsvMemoryPath(const QString &path) { m_csvMemory = CsvOptionsMemory(path); }
    const CsvOptionsMemory &csvMemory() const { return m_csvMemory; }

    // Opens the dialog (non-blocking, window-modal) and returns it; it deletes itself on close.
    NewExportDialog *openNewExport();
    // The dialog filled from `job` (with the CSV options remembered for it), or
    // nullptr when its source is unknown (NewExportDialog::canRunAgain).
    NewExportDialog *openRunAgain(const ExportJob &job);
    // Follows a job of connection `key` until it ends (also used for jobs created elsewhere).
    void follow(const ConnectionKey &key, const ExportJob &job, bool downloadWhenReady);
    QStringList followedIds() const;
    void stopAll();

Q_SIGNALS:
    // A 202 arrived: insert the row at the top, select it.
    void jobCreated(const peaka::ExportJob &job, const peaka::ConnectionKey &key);
    // Live update of a followed job (merge into the list).
    void jobUpdated(const peaka::ExportJob &job, const peaka::ConnectionKey &key);
    // The followed job is final (after its last jobUpdated).
    void jobEnded(const peaka::ExportJob &job, const peaka::ConnectionKey &key);
    // The job SUCCEEDED and "Download when ready" was ticked, and no folder is
    // known yet: download all its files (from Read Export, with files and
    // expiresAt) into the folder of connection `key`.
    void downloadRequested(const peaka::ExportJob &job, const peaka::ConnectionKey &key);
    // The manager was given the job's files (`count` downloads queued).
    void downloadsStarted(const peaka::ExportJob &job, int count);
    // Following stopped on an error (e.g. the key lost access); `job` is the last row seen.
    void followFailed(const peaka::ExportJob &job, const peaka::ApiError &error);

private:
    struct Followed
    {
        ExportWaiter *waiter = nullptr;
        ConnectionKey key;
        bool downloadWhenReady = false;
    };

    NewExportDialog *makeDialog();
    void onFinished(const QString &followId, const ExportJob &job, const ApiError &error);
    void download(const ConnectionKey &key, const ExportJob &job);

    ConnectionRegistry *m_registry;
    Notifier *m_notifier;
    ConnectionKey m_current;
    QPointer<QWidget> m_dialogParent;
    QPointer<DownloadManager> m_downloads;
    FolderOf m_downloadFolder;
    CsvOptionsMemory m_csvMemory;
    // By ConnectionKey::toString() + export id: the same id on two connections is two jobs.
    QHash<QString, Followed> m_followed;
    int m_intervalMs = 2000;
};

} // namespace peaka::gui
