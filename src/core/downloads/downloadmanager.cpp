// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/downloadmanager.h"

#include "common/logging.h"

#include <QDir>
#include <QNetworkAccessManager>

namespace peaka {

DownloadManager::DownloadManager(LinkRefresher *refresher, QObject *parent)
    : QObject(parent)
    , m_refresher(refresher)
    // Our own manager: no cookie jar or cache shared with the API client, and never a key.
    , m_nam(new QNetworkAccessManager(this))
    , m_statePath(DownloadStore::defaultPath())
{
    m_nam->setAutoDeleteReplies(false);
}

DownloadManager::~DownloadManager()
{
    // Tasks are children; they close their files and drop their replies when deleted.
    for (DownloadTask *task : std::as_const(m_tasks))
        task->disconnect(this);
}

void DownloadManager::setStatePath(const QString &path)
{
    m_statePath = path;
}

void DownloadManager::setMaxConcurrent(int n)
{
    m_maxConcurrent = qMax(1, n);
    scheduleSoon();
}

int DownloadManager::restore(QString *error)
{
    if (m_statePath.isEmpty())
        return 0;
    QString loadError;
    const QList<DownloadRecord> records = DownloadStore(m_statePath).load(&loadError, m_defaults);
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        Q_EMIT stateFileError(loadError);
    }
    int count = 0;
    m_restoring = true;
    for (const DownloadRecord &record : records) {
        auto *task = new DownloadTask(record, m_nam, m_refresher, this);
        adopt(task);
        if (task->state() != DownloadState::Done)
            task->pause();   // Queued → Paused: the user decides when to go on
        ++count;
    }
    m_restoring = false;
    return count;
}

DownloadTask *DownloadManager::adopt(DownloadTask *task)
{
    if (m_opener)
        task->setFileOpener(m_opener);
    m_tasks.append(task);
    connect(task, &DownloadTask::stateChanged, this, [this, task](DownloadState state) {
        if (isFinalState(state))
            Q_EMIT taskFinished(task);
        save();
        scheduleSoon();
    });
    connect(task, &DownloadTask::recordChanged, this, &DownloadManager::save);
    Q_EMIT taskAdded(task);
    return task;
}

DownloadTask *DownloadManager::download(const DownloadSource &source, const QString &folder,
                                        const DownloadOptions &options, const std::optional<ExportFile> &file,
                                        const QDateTime &expiresAtUtc)
{
    const QString cleanFolder = QDir::cleanPath(QDir(folder).absolutePath());
    for (DownloadTask *t : std::as_const(m_tasks)) {
        const DownloadSource &s = t->source();
        if (!isFinalState(t->state()) && s.projectId == source.projectId && s.exportId == source.exportId
            && s.fileName == source.fileName && t->record().folder == cleanFolder && s.profileId == source.profileId) {
            if (file)
                t->setLink(*file, expiresAtUtc);
            resume(t);
            return t;
        }
    }
    DownloadRecord record;
    record.source = source;
    record.folder = cleanFolder;
    record.options = options;
    if (file && file->bytes)
        record.expectedBytes = file->bytes;
    auto *task = new DownloadTask(record, m_nam, m_refresher, this);
    if (file)
        task->setLink(*file, expiresAtUtc);
    task->reserveTarget([this, task, cleanFolder](const QString &name) { return nameTaken(task, cleanFolder, name); });
    adopt(task);
    save();
    scheduleSoon();
    return task;
}

QList<DownloadTask *> DownloadManager::downloadAll(const DownloadSource &source, const ExportJob &job,
                                                   const QString &folder, const DownloadOptions &options)
{
    QList<DownloadTask *> result;
    for (const ExportFile &file : job.files) {
        DownloadSource s = source;
        s.fileName = file.name;
        result.append(download(s, folder, options, file, job.expiresAt));
    }
    return result;
}

bool DownloadManager::nameTaken(const DownloadTask *self, const QString &folder, const QString &name) const
{
    for (const DownloadTask *t : m_tasks) {
        if (t != self && t->record().folder == folder && !isFinalState(t->state())
            && t->record().targetName.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void DownloadManager::pause(DownloadTask *task)
{
    if (task && m_tasks.contains(task))
        task->pause();
}

void DownloadManager::resume(DownloadTask *task)
{
    if (!task || !m_tasks.contains(task))
        return;
    task->markQueued();
    scheduleSoon();
}

void DownloadManager::cancel(DownloadTask *task)
{
    if (task && m_tasks.contains(task))
        task->cancel();
}

void DownloadManager::remove(DownloadTask *task)
{
    if (!task || !m_tasks.contains(task))
        return;
    if (!isFinalState(task->state()))
        task->cancel();
    task->disconnect(this);
    m_tasks.removeAll(task);
    Q_EMIT taskRemoved(task);
    task->deleteLater();
    save();
    scheduleSoon();
}

void DownloadManager::clearFinished()
{
    const QList<DownloadTask *> all = m_tasks;
    for (DownloadTask *t : all) {
        if (t->state() == DownloadState::Done || t->state() == DownloadState::Cancelled)
            remove(t);
    }
}

void DownloadManager::pauseAll()
{
    for (DownloadTask *t : std::as_const(m_tasks))
        t->pause();
}

void DownloadManager::resumeAll()
{
    for (DownloadTask *t : std::as_const(m_tasks)) {
        if (t->state() == DownloadState::Paused)
            t->markQueued();
    }
    scheduleSoon();
}

int DownloadManager::activeCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                             [](const DownloadTask *t) { return isActiveState(t->state()); }));
}

qint64 DownloadManager::pendingBytesReceived() const
{
    qint64 sum = 0;
    for (const DownloadTask *t : m_tasks) {
        if (!isFinalState(t->state()) && t->bytesTotal() > 0)
            sum += t->bytesReceived();
    }
    return sum;
}

qint64 DownloadManager::pendingBytesTotal() const
{
    qint64 sum = 0;
    for (const DownloadTask *t : m_tasks) {
        if (!isFinalState(t->state()) && t->bytesTotal() > 0)
            sum += t->bytesTotal();
    }
    return sum;
}

void DownloadManager::scheduleSoon()
{
    if (m_schedulePending)
        return;
    m_schedulePending = true;
    QMetaObject::invokeMethod(this, &DownloadManager::schedule, Qt::QueuedConnection);
}

void DownloadManager::schedule()
{
    m_schedulePending = false;
    int free = m_maxConcurrent - activeCount();
    for (DownloadTask *t : std::as_const(m_tasks)) {
        if (free <= 0)
            break;
        if (t->state() == DownloadState::Queued) {
            t->start();
            if (isActiveState(t->state()))
                --free;
        }
    }
}

void DownloadManager::save()
{
    if (m_statePath.isEmpty() || m_restoring)
        return;
    // Unfinished downloads to resume, and the newest finished ones as a history.
    QList<DownloadRecord> records;
    int finished = 0;
    for (auto it = m_tasks.crbegin(); it != m_tasks.crend(); ++it) {
        const DownloadTask *t = *it;
        const DownloadState s = t->state();
        if (s == DownloadState::Done && !t->record().finishedPath.isEmpty() && finished < kHistorySize) {
            ++finished;
            records.prepend(t->record());
        } else if (s != DownloadState::Done && s != DownloadState::Cancelled && !t->record().targetName.isEmpty()) {
            records.prepend(t->record());
        }
    }
    QString error;
    if (!DownloadStore(m_statePath).save(records, &error)) {
        qCWarning(lcDownload) << error;
        Q_EMIT stateFileError(error);
    }
}

} // namespace peaka
