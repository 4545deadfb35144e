// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/exportlistcache.h"

#include "common/destroyoffthread.h"
#include "common/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace peaka {

ExportListCache::ExportListCache(QObject *parent)
    : ExportListCache(defaultDir(), parent)
{
}

ExportListCache::ExportListCache(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir)
{
    qRegisterMetaType<ExportListCacheKey>();
    qRegisterMetaType<ExportListCacheFile::LoadResult>();
    m_worker.setMaxThreadCount(1);
}

ExportListCache::~ExportListCache()
{
    m_worker.waitForDone();
}

QString ExportListCache::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/export-lists");
}

QString ExportListCache::pathFor(const ExportListCacheKey &key) const
{
    return m_dir + QLatin1Char('/') + key.fileName();
}

void ExportListCache::load(const ExportListCacheKey &key)
{
    QPointer<ExportListCache> self(this);
    if (!m_enabled || !key.isValid()) {
        QMetaObject::invokeMethod(this, [self, key] {
            if (self)
                Q_EMIT self->loaded(key, {});
        }, Qt::QueuedConnection);
        return;
    }
    const QString path = pathFor(key);
    QThreadPool *pool = &m_worker;
    (void)QtConcurrent::run(pool, [self, key, path, onDisk = m_onDisk] {
        QElapsedTimer clock;
        clock.start();
        LoadResult result = ExportListCacheFile::read(path, key.identity());
        if (result.found)
            qCInfo(lcCache).noquote() << "read" << result.jobs.size() << "cached rows in" << clock.elapsed() << "ms";
        const bool found = result.found;
        const QList<ExportJob> jobs = result.jobs; // shared, read-only: for the digest below
        // The rows first; the digest (a pass over every field) after they are on their way.
        // The list is freed off the UI thread: 100,000 rows are millions of strings.
        QMetaObject::invokeMethod(self, [self, key, result = std::move(result)]() mutable {
            if (self)
                Q_EMIT self->loaded(key, result);
            destroyOffThread(std::move(result));
        }, Qt::QueuedConnection);
        if (found)
            onDisk->insert(path, ExportListCacheFile::digest(jobs));
        else
            onDisk->remove(path);
    });
}

void ExportListCache::save(const ExportListCacheKey &key, const QList<ExportJob> &jobs)
{
    saveRows(key, [jobs] { return jobs; });
}

void ExportListCache::save(const ExportListCacheKey &key, const ExportListModel::Snapshot &rows)
{
    saveRows(key, [rows] { return rows.toJobs(); });
}

void ExportListCache::saveRows(const ExportListCacheKey &key, std::function<QList<ExportJob>()> rows)
{
    if (!m_enabled || !key.isValid())
        return;
    const QString path = pathFor(key);
    QPointer<ExportListCache> self(this);
    (void)QtConcurrent::run(&m_worker, [self, key, path, rows = std::move(rows), onDisk = m_onDisk] {
        const QList<ExportJob> jobs = rows();
        const size_t digest = ExportListCacheFile::digest(jobs);
        bool ok = true;
        if (onDisk->value(path, 0) != digest || !QFile::exists(path)) {
            QString error;
            ok = ExportListCacheFile::write(path, key.identity(), jobs, &error);
            if (ok)
                onDisk->insert(path, digest);
            else
                onDisk->remove(path);
            if (!ok)
                qCWarning(lcCache).noquote() << "could not write the export list cache" << path << ":" << error;
        }
        QMetaObject::invokeMethod(self, [self, key, ok] {
            if (self)
                Q_EMIT self->saved(key, ok);
        }, Qt::QueuedConnection);
    });
}

void ExportListCache::clearAll()
{
    QPointer<ExportListCache> self(this);
    const QString dir = m_dir;
    (void)QtConcurrent::run(&m_worker, [self, dir, onDisk = m_onDisk] {
        onDisk->clear();
        bool ok = true;
        const QDir d(dir);
        const QStringList files = d.entryList({QStringLiteral("*.sqlite*")}, QDir::Files);
        for (const QString &f : files)
            ok = QFile::remove(d.filePath(f)) && ok;
        qCInfo(lcCache).noquote() << "cleared the export list cache in" << dir << (ok ? "" : "(some files remain)");
        QMetaObject::invokeMethod(self, [self, ok] {
            if (self)
                Q_EMIT self->cleared(ok);
        }, Qt::QueuedConnection);
    });
}

void ExportListCache::waitForDone()
{
    m_worker.waitForDone();
}

} // namespace peaka
