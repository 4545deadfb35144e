// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloads/downloadrecord.h"
#include "downloads/downloadstate.h"
#include "exports/exportjob.h"
#include "api/exportrequests.h"
#include "downloads/gunzip.h"
#include "downloads/storagetransfer.h"
#include "downloads/transferrate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QIODevice;
class QNetworkAccessManager;

namespace peaka {

class GunzipJob;
class LinkRefresher;

// Opens the .part file: append (resume) or truncate. A seam for tests that need a failing disk.
using FileOpener = std::function<std::unique_ptr<QIODevice>(const QString &path, bool append)>;

// One file of one export, downloaded into <folder>/<safe name>.part, verified
// against files[].bytes, then renamed atomically to a name that overwrites
// nothing. Resumes with Range, refreshes expired links through Read Export,
// retries transient failures with backoff. Lives on one thread; never blocks it
// (decompression runs on the thread pool).
class DownloadTask : public QObject
{
    Q_OBJECT
public:
    DownloadTask(const DownloadRecord &record, QNetworkAccessManager *nam, LinkRefresher *refresher,
                 QObject *parent = nullptr);
    ~DownloadTask() override;

    // A link already known (from a Read Export the caller just did); optional.
    void setLink(const ExportFile &file, const QDateTime &expiresAtUtc);
    void setFileOpener(FileOpener opener) { m_opener = std::move(opener); }
    // Picks the safe, unique target name (once). `taken` names other downloads have reserved in the folder.
    bool reserveTarget(const std::function<bool(const QString &)> &taken = {});

    // Control. start() runs now (the manager calls it when a slot is free).
    void start();
    bool pause();          // keeps the .part; false when it cannot pause now (verifying, finished)
    void cancel();         // removes the .part
    void markQueued();     // Paused/Failed/Queued → Queued, waiting for the manager

    DownloadState state() const { return m_state; }
    DownloadError error() const { return m_error; }
    QString errorString() const { return m_errorString; }   // a sentence, when Failed
    QString statusText() const { return m_statusText; }     // e.g. "Retrying in 4 s (try 2 of 5)"
    const DownloadRecord &record() const { return m_record; }
    const DownloadSource &source() const { return m_record.source; }
    QString displayName() const;             // the safe target name, else the server's name
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesTotal() const;               // -1 when unknown
    double bytesPerSecond() const { return m_state == DownloadState::Running ? m_rate.bytesPerSecond() : 0; }
    qint64 etaSecs() const;                  // -1 when unknown
    QString partPath() const { return m_record.partPath(); }
    QString finalPath() const { return m_finalPath; }       // the file the user gets, once Done
    QString compressedPath() const { return m_compressedPath; } // the kept .gz after decompression
    int linkRefreshes() const { return m_totalRefreshes; }

Q_SIGNALS:
    void stateChanged(peaka::DownloadState state);
    void progressChanged(qint64 received, qint64 total);   // at most ~10 per second
    void recordChanged();                                  // persisted fields changed
    // The storage answered a request: 206 from `fromByte` is a resume, 200 a (re)start,
    // 403/416/5xx are handled as described above. For logs and the CLI.
    void responseStarted(int httpStatus, qint64 fromByte);
    void finished();                                       // reached Done, Failed or Cancelled

private:
    void setState(DownloadState state);
    void fail(DownloadError error, const QString &sentence);
    void refreshLink();
    void onRefreshed(const ExportResult &result);
    void beginTransfer();
    void onReceived(qint64 writtenThisTransfer);
    void onTransferFinished(const StorageTransfer::Outcome &o);
    void retryLater(const QString &reason);
    bool truncatePart();
    void verify(qint64 storageTotal);
    void finalizeFile();
    void decompress();
    void finishDone();
    void stopActivity();
    QIODevice *openSink(bool append);
    void emitProgress(bool force);

    DownloadRecord m_record;
    QPointer<QNetworkAccessManager> m_nam;
    LinkRefresher *m_refresher;
    FileOpener m_opener;
    std::unique_ptr<QIODevice> m_sink;
    StorageTransfer *m_transfer = nullptr;
    QUrl m_link;
    QDateTime m_expiresAt;
    DownloadState m_state = DownloadState::Queued;
    DownloadError m_error = DownloadError::None;
    QString m_errorString;
    QString m_statusText;
    QString m_finalPath;
    QString m_compressedPath;
    qint64 m_received = 0;
    qint64 m_transferBase = 0;
    qint64 m_lastEmittedBytes = 0;
    qint64 m_storageTotal = -1;
    int m_tries = 0;
    int m_refreshesInRow = 0;
    int m_totalRefreshes = 0;
    int m_generation = 0;
    bool m_freshLink = false;
    bool m_restartedAfter416 = false;
    QTimer m_retryTimer;
    TransferRate m_rate;
    QElapsedTimer m_progressClock;
    GunzipJob *m_gunzip = nullptr;
    QString m_gunzipTarget;
};

} // namespace peaka
