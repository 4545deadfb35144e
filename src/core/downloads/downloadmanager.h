// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloads/downloadstore.h"
#include "downloads/downloadtask.h"

#include <QList>
#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace peaka {

class LinkRefresher;

// The download queue: at most maxConcurrent() tasks run at once, the rest wait
// Queued. Unfinished downloads are saved to a state file and come back Paused
// after a restart (restore()). Storage requests use a network access manager
// that never carries the API key.
class DownloadManager : public QObject
{
    Q_OBJECT
public:
    // `refresher` gets fresh links through Read Export; it must outlive the manager.
    explicit DownloadManager(LinkRefresher *refresher, QObject *parent = nullptr);
    ~DownloadManager() override;

    // Where unfinished downloads are remembered; empty disables persistence.
    // Default: DownloadStore::defaultPath().
    void setStatePath(const QString &path);
    QString statePath() const { return m_statePath; }
    void setDefaultOptions(const DownloadOptions &options) { m_defaults = options; }
    DownloadOptions defaultOptions() const { return m_defaults; }
    void setFileOpener(FileOpener opener) { m_opener = std::move(opener); }
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int n);

    // Loads the state file: each unfinished download reappears Paused with the
    // size of its .part. Returns the number of restored tasks; `error` gets a sentence.
    int restore(QString *error = nullptr);

    // Queues one file. `file`/`expiresAtUtc` are an already known link (optional:
    // without one the task calls Read Export first). Returns the existing task
    // when the same file is already being downloaded into the same folder.
    DownloadTask *download(const DownloadSource &source, const QString &folder, const DownloadOptions &options,
                           const std::optional<ExportFile> &file = std::nullopt,
                           const QDateTime &expiresAtUtc = {});
    DownloadTask *download(const DownloadSource &source, const QString &folder)
    {
        return download(source, folder, m_defaults);
    }
    // "Download all files" of an export (job from Read Export). `source.fileName` is ignored.
    QList<DownloadTask *> downloadAll(const DownloadSource &source, const ExportJob &job, const QString &folder,
                                      const DownloadOptions &options);

    void pause(DownloadTask *task);
    void resume(DownloadTask *task);   // Paused/Failed → Queued → Running when a slot is free
    void retry(DownloadTask *task) { resume(task); }
    void cancel(DownloadTask *task);   // removes the .part
    void remove(DownloadTask *task);   // cancels an unfinished one, forgets it, deletes it later
    // Forgets every Done and Cancelled download (the files stay).
    void clearFinished();
    void pauseAll();
    void resumeAll();
    // How many finished downloads the state file keeps for the next start.
    static constexpr int kHistorySize = 200;

    QList<DownloadTask *> tasks() const { return m_tasks; }
    int activeCount() const;
    // Sum over unfinished tasks with a known size, for a status bar.
    qint64 pendingBytesReceived() const;
    qint64 pendingBytesTotal() const;

Q_SIGNALS:
    void taskAdded(peaka::DownloadTask *task);
    void taskRemoved(peaka::DownloadTask *task);
    void taskFinished(peaka::DownloadTask *task);   // Done, Failed or Cancelled
    void stateFileError(const QString &sentence);

private:
    DownloadTask *adopt(DownloadTask *task);
    void scheduleSoon();
    void schedule();
    void save();
    bool nameTaken(const DownloadTask *self, const QString &folder, const QString &name) const;

    LinkRefresher *m_refresher;
    QNetworkAccessManager *m_nam;
    QList<DownloadTask *> m_tasks;
    DownloadOptions m_defaults;
    FileOpener m_opener;
    QString m_statePath;
    int m_maxConcurrent = 3;
    bool m_schedulePending = false;
    bool m_restoring = false;
};

} // namespace peaka
