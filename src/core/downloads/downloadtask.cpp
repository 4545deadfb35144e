// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/downloadtask.h"

#include "api/backoff.h"
#include "downloads/filenames.h"
#include "downloads/gunzipjob.h"
#include "downloads/linkrefresher.h"
#include "common/logging.h"
#include "downloads/storagetransfer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>

namespace peaka {
namespace {

std::unique_ptr<QIODevice> openFile(const QString &path, bool append)
{
    auto file = std::make_unique<QFile>(path);
    file->open(QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate));
    return file;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DownloadTask::DownloadTask(const DownloadRecord &record, QNetworkAccessManager *nam, LinkRefresher *refresher,
                           QObject *parent)
    : QObject(parent)
    , m_record(record)
    , m_nam(nam)
    , m_refresher(refresher)
    , m_opener(openFile)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadTask::beginTransfer);
    if (!m_record.finishedPath.isEmpty()) {
        // From the history: finished before the restart, nothing to do.
        m_state = DownloadState::Done;
        m_finalPath = m_record.finishedPath;
        m_received = m_record.expectedBytes.value_or(QFileInfo(m_finalPath).size());
    } else if (!m_record.targetName.isEmpty()) {
        m_received = QFileInfo(partPath()).size();
    }
}

DownloadTask::~DownloadTask()
{
    stopActivity();
}

void DownloadTask::setLink(const ExportFile &file, const QDateTime &expiresAtUtc)
{
    m_link = file.url;
    m_expiresAt = expiresAtUtc;
    if (file.bytes && m_record.expectedBytes != file.bytes) {
        m_record.expectedBytes = file.bytes;
        Q_EMIT recordChanged();
    }
}

QString DownloadTask::displayName() const
{
    return m_record.targetName.isEmpty() ? FileNames::sanitize(m_record.source.fileName) : m_record.targetName;
}

qint64 DownloadTask::bytesTotal() const
{
    return m_record.expectedBytes ? *m_record.expectedBytes : m_storageTotal;
}

qint64 DownloadTask::etaSecs() const
{
    return m_state == DownloadState::Running ? m_rate.etaSecs(m_received, bytesTotal()) : -1;
}

bool DownloadTask::reserveTarget(const std::function<bool(const QString &)> &taken)
{
    if (!m_record.targetName.isEmpty())
        return true;
    if (!QDir().mkpath(m_record.folder)) {
        fail(DownloadError::Path, tr("Could not create the download folder %1.").arg(native(m_record.folder)));
        return false;
    }
    const QString name = FileNames::uniqueName(m_record.folder, FileNames::sanitize(m_record.source.fileName), taken);
    if (!FileNames::isInside(m_record.folder, name + QStringLiteral(".part"))) {
        fail(DownloadError::Path, tr("The file %1 would land outside the download folder %2; it was not downloaded.")
                                      .arg(name, native(m_record.folder)));
        return false;
    }
    m_record.targetName = name;
    Q_EMIT recordChanged();
    return true;
}

void DownloadTask::setState(DownloadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state != DownloadState::Running)
        m_statusText.clear();
    qCDebug(lcDownload) << displayName() << "->" << downloadStateKey(state);
    Q_EMIT stateChanged(state);
    emitProgress(true);
    if (isFinalState(state))
        Q_EMIT finished();
}

void DownloadTask::fail(DownloadError error, const QString &sentence)
{
    stopActivity();
    m_error = error;
    m_errorString = sentence;
    qCInfo(lcDownload) << displayName() << "failed:" << sentence;
    setState(DownloadState::Failed);
}

void DownloadTask::start()
{
    if (isActiveState(m_state) || m_state == DownloadState::Done || m_state == DownloadState::Cancelled)
        return;
    m_error = DownloadError::None;
    m_errorString.clear();
    m_tries = 0;
    m_refreshesInRow = 0;
    m_restartedAfter416 = false;
    m_rate.reset();
    if (!reserveTarget())
        return;
    m_received = QFileInfo(partPath()).size();
    setState(DownloadState::Running);
    beginTransfer();
}

void DownloadTask::markQueued()
{
    // A cancelled download starts again from the first byte (its part was removed).
    if (m_state == DownloadState::Paused || m_state == DownloadState::Failed || m_state == DownloadState::Queued
        || m_state == DownloadState::Cancelled)
        setState(DownloadState::Queued);
}

void DownloadTask::stopActivity()
{
    ++m_generation;   // drops a pending Read Export answer
    m_retryTimer.stop();
    if (m_transfer) {
        // May run inside one of the transfer's own signals: abort now, delete later.
        m_transfer->disconnect(this);
        m_transfer->abort();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    if (m_sink) {
        m_sink->close();
        m_sink.reset();
    }
    if (m_gunzip) {
        m_gunzip->disconnect(this);
        m_gunzip->cancel();
        m_gunzip->deleteLater();
        m_gunzip = nullptr;
    }
}

bool DownloadTask::pause()
{
    if (m_state != DownloadState::Running && m_state != DownloadState::RefreshingLink
        && m_state != DownloadState::Queued)
        return false;
    stopActivity();
    m_received = QFileInfo(partPath()).size();
    setState(DownloadState::Paused);
    return true;
}

void DownloadTask::cancel()
{
    if (m_state == DownloadState::Done || m_state == DownloadState::Cancelled)
        return;
    const bool decompressing = m_gunzip != nullptr;
    stopActivity();
    if (!partPath().isEmpty())
        QFile::remove(partPath());
    if (decompressing)
        QFile::remove(m_gunzipTarget);   // the worker may still hold it open; removing the name is enough
    m_received = 0;
    setState(DownloadState::Cancelled);
}

void DownloadTask::refreshLink()
{
    if (!m_refresher) {
        fail(DownloadError::Link, tr("No fresh download link can be fetched for %1.").arg(displayName()));
        return;
    }
    if (++m_refreshesInRow > m_record.options.maxLinkRefreshes) {
        fail(DownloadError::Link,
             tr("The storage keeps refusing the download link for %1, even after fresh links were fetched. "
                "Check the computer's clock, then retry.").arg(displayName()));
        return;
    }
    ++m_totalRefreshes;
    setState(DownloadState::RefreshingLink);
    const int generation = m_generation;
    m_refresher->refresh(m_record.source, this, [this, generation](const ExportResult &result) {
        if (generation == m_generation && m_state == DownloadState::RefreshingLink)
            onRefreshed(result);
    });
}

void DownloadTask::onRefreshed(const ExportResult &result)
{
    if (!result.ok()) {
        if (result.error.isTransient()) {
            setState(DownloadState::Running);
            --m_refreshesInRow;   // not the link's fault
            m_link.clear();
            retryLater(result.error.message());
            return;
        }
        fail(DownloadError::Link, tr("Could not get a fresh download link for %1: %2")
                                      .arg(displayName(), result.error.message()));
        return;
    }
    const ExportJob &job = result.value;
    const ExportFile *file = job.fileNamed(m_record.source.fileName);
    if (!file || !file->url.isValid()) {
        QString why;
        if (job.status.code() == ExportStatus::Expired)
            why = tr("The export has expired and its files were removed. Start a new export to get the data again.");
        else if (job.downloadable == false)
            why = tr("Only the owner of an export can download it.");
        else
            why = tr("The export no longer lists this file.");
        fail(DownloadError::Link, tr("Cannot download %1. %2").arg(displayName(), why));
        return;
    }
    if (file->bytes && m_record.expectedBytes && *file->bytes != *m_record.expectedBytes && m_received > 0) {
        qCInfo(lcDownload) << displayName() << "changed size on the server; starting over";
        truncatePart();
    }
    m_freshLink = true;
    setLink(*file, job.expiresAt);
    setState(DownloadState::Running);
    beginTransfer();
}

QIODevice *DownloadTask::openSink(bool append)
{
    if (m_sink)
        m_sink->close();
    m_sink = m_opener(partPath(), append);
    if (!m_sink || !m_sink->isOpen()) {
        fail(DownloadError::Write, tr("Could not write %1: %2. Check the folder's permissions and free space.")
                                       .arg(native(partPath()), m_sink ? m_sink->errorString() : QString()));
        return nullptr;
    }
    return m_sink.get();
}

bool DownloadTask::truncatePart()
{
    if (!QFile::exists(partPath()) || QFile::resize(partPath(), 0)) {
        m_received = 0;
        return true;
    }
    return false;
}

void DownloadTask::beginTransfer()
{
    if (m_state != DownloadState::Running)
        return;
    const bool fresh = std::exchange(m_freshLink, false);
    if (!m_link.isValid()
        || (!fresh && m_expiresAt.isValid()
            && QDateTime::currentDateTimeUtc().addSecs(m_record.options.expiryMarginSecs) >= m_expiresAt)) {
        refreshLink();
        return;
    }
    m_transferBase = QFileInfo(partPath()).size();
    m_received = m_transferBase;
    m_lastEmittedBytes = m_received;
    QIODevice *sink = openSink(m_transferBase > 0);
    if (!sink)
        return;
    m_transfer = new StorageTransfer(
        m_nam, m_link, m_transferBase, sink,
        [this]() -> QIODevice * {
            m_transferBase = 0;
            m_received = 0;
            QIODevice *fresh = openSink(false);
            return fresh;
        },
        m_record.options.readBufferBytes, m_record.options.inactivityTimeoutMs, this);
    connect(m_transfer, &StorageTransfer::received, this, &DownloadTask::onReceived);
    connect(m_transfer, &StorageTransfer::responseStarted, this, &DownloadTask::responseStarted);
    connect(m_transfer, &StorageTransfer::finished, this, &DownloadTask::onTransferFinished);
    m_progressClock.start();
    m_transfer->start();
}

void DownloadTask::onReceived(qint64 writtenThisTransfer)
{
    m_received = m_transferBase + writtenThisTransfer;
    m_tries = 0;            // progress: the next failure starts a new count
    m_refreshesInRow = 0;
    m_rate.update(m_received);
    emitProgress(false);
}

void DownloadTask::emitProgress(bool force)
{
    // Every 100 ms, or every percent of the file, whichever comes first.
    const qint64 total = bytesTotal();
    const bool percentStep = total > 0 && m_received - m_lastEmittedBytes >= total / 100;
    if (!force && !percentStep && m_progressClock.isValid() && m_progressClock.elapsed() < 100)
        return;
    m_progressClock.start();
    m_lastEmittedBytes = m_received;
    Q_EMIT progressChanged(m_received, bytesTotal());
}

void DownloadTask::onTransferFinished(const StorageTransfer::Outcome &o)
{
    if (!m_transfer || o.kind == StorageTransfer::Outcome::Aborted)
        return;
    m_transfer->disconnect(this);
    m_transfer->deleteLater();
    m_transfer = nullptr;
    auto *file = qobject_cast<QFileDevice *>(m_sink.get());
    if (o.kind != StorageTransfer::Outcome::WriteError && file && !file->flush()) {
        const QString why = file->errorString();
        fail(DownloadError::Write, tr("Could not write %1: %2. Check the free disk space; the partial file was kept "
                                      "and the download can resume.").arg(native(partPath()), why));
        return;
    }
    if (m_sink) {
        m_sink->close();
        m_sink.reset();
    }
    if (o.storageTotal >= 0)
        m_storageTotal = o.storageTotal;
    m_received = QFileInfo(partPath()).size();

    using K = StorageTransfer::Outcome;
    switch (o.kind) {
    case K::Complete:
        verify(o.storageTotal);
        return;
    case K::RangeNotSatisfiable: {
        const qint64 expected = m_record.expectedBytes.value_or(o.storageTotal);
        if ((expected >= 0 && m_received == expected) || (o.storageTotal >= 0 && o.storageTotal == m_received)) {
            verify(o.storageTotal);
        } else if (!std::exchange(m_restartedAfter416, true) && truncatePart()) {
            qCInfo(lcDownload) << displayName() << "416 with a .part of another size; starting over";
            beginTransfer();
        } else {
            verify(o.storageTotal);
        }
        return;
    }
    case K::AccessDenied:
        qCInfo(lcDownload) << displayName() << "storage refused the link (" << o.errorCode << o.detail
                           << "); fetching a fresh one";
        refreshLink();
        return;
    case K::HttpError:
        if (ApiError::isTransientHttpStatus(o.httpStatus)) {
            retryLater(tr("the storage answered HTTP %1").arg(o.httpStatus));
        } else if (o.httpStatus == 404) {
            fail(DownloadError::Storage, tr("The storage no longer has %1 (HTTP 404). The export may have expired; "
                                            "start a new export to get the data again.").arg(displayName()));
        } else {
            fail(DownloadError::Storage, tr("The storage refused to send %1 (HTTP %2%3).")
                                             .arg(displayName()).arg(o.httpStatus)
                                             .arg(o.detail.isEmpty() ? QString() : QStringLiteral(": ") + o.detail));
        }
        return;
    case K::NetworkError:
        retryLater(o.detail.isEmpty() ? tr("the connection was lost") : o.detail);
        return;
    case K::Timeout:
        retryLater(tr("no data arrived for %1 seconds").arg(m_record.options.inactivityTimeoutMs / 1000));
        return;
    case K::WriteError:
        fail(DownloadError::Write, tr("Could not write %1: %2. Check the free disk space; the partial file was kept "
                                      "and the download can resume.").arg(native(partPath()), o.detail));
        return;
    case K::Aborted:
        return;
    }
}

void DownloadTask::retryLater(const QString &reason)
{
    ++m_tries;
    const int maxTries = qMax(1, m_record.options.maxTries);
    if (m_tries >= maxTries) {
        fail(DownloadError::Network, tr("Downloading %1 failed after %2 tries: %3. Check the network connection "
                                        "and retry; the partial file was kept.")
                                         .arg(displayName()).arg(m_tries).arg(reason));
        return;
    }
    const int delay = Backoff(m_record.options.retryBaseDelayMs, m_record.options.retryMaxDelayMs)
                          .delayMs(m_tries - 1);
    m_statusText = tr("Retrying in %1 s (try %2 of %3): %4")
                       .arg(qMax(1, (delay + 999) / 1000)).arg(m_tries + 1).arg(maxTries).arg(reason);
    qCInfo(lcDownload) << displayName() << m_statusText;
    Q_EMIT stateChanged(m_state);
    m_retryTimer.start(delay);
}

void DownloadTask::verify(qint64 storageTotal)
{
    setState(DownloadState::Verifying);
    const qint64 size = QFileInfo(partPath()).size();
    const qint64 expected = m_record.expectedBytes.value_or(storageTotal);
    if (expected >= 0 && size != expected) {
        fail(DownloadError::Integrity,
             tr("%1 is %2 bytes, but the export says it has %3 bytes: the file is incomplete or damaged. "
                "It was kept as %4; retry the download or start a new export.")
                 .arg(displayName(), QLocale().toString(size), QLocale().toString(expected), native(partPath())));
        return;
    }
    if (expected < 0)
        qCWarning(lcDownload) << displayName() << "size unknown on both sides; accepting" << size << "bytes";
    finalizeFile();
}

void DownloadTask::finalizeFile()
{
    QString error;
    const QString path = FileNames::renameToUnique(partPath(), m_record.folder, m_record.targetName, &error);
    if (path.isEmpty()) {
        fail(DownloadError::Path, tr("Could not rename %1 to its final name: %2. The complete file was kept as %1.")
                                      .arg(native(partPath()), error));
        return;
    }
    m_finalPath = path;
    const QString plainName = FileNames::withoutGz(QFileInfo(path).fileName());
    if (m_record.options.decompress && !plainName.isEmpty()) {
        decompress();
        return;
    }
    finishDone();
}

void DownloadTask::decompress()
{
    setState(DownloadState::Decompressing);
    const QString plainName = FileNames::withoutGz(QFileInfo(m_finalPath).fileName());
    const QString name = FileNames::uniqueName(m_record.folder, plainName);
    m_gunzipTarget = QDir(m_record.folder).filePath(name + QStringLiteral(".part"));
    m_gunzip = new GunzipJob(m_finalPath, m_gunzipTarget, this);
    connect(m_gunzip, &GunzipJob::finished, this, [this, name](const Gunzip::Result &result) {
        m_gunzip->deleteLater();
        m_gunzip = nullptr;
        if (!result.ok) {
            fail(DownloadError::Decompress, result.error);
            return;
        }
        QString error;
        const QString path = FileNames::renameToUnique(m_gunzipTarget, m_record.folder, name, &error);
        if (path.isEmpty()) {
            fail(DownloadError::Path, tr("Could not rename %1 to its final name: %2.")
                                          .arg(native(m_gunzipTarget), error));
            return;
        }
        if (m_record.options.keepCompressed)
            m_compressedPath = m_finalPath;
        else
            QFile::remove(m_finalPath);
        m_finalPath = path;
        finishDone();
    });
    m_gunzip->start();
}

void DownloadTask::finishDone()
{
    qCInfo(lcDownload) << "saved" << m_finalPath;
    m_record.finishedPath = m_finalPath;
    setState(DownloadState::Done);
}

} // namespace peaka
