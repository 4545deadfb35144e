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
        dropPrefetch();
        QMetaObject::invokeMethod(this, [self, key] {
            if (self)
                Q_EMIT self->loaded(key, {});
        }, Qt::QueuedConnection);
        return;
    }
    if (m_prefetch && m_prefetch->key == key) {
        if (!m_prefetch->result) {
            m_prefetch->wanted = true; // delivered when it arrives
            return;
        }
        // In already: delivered from the event loop, as a read would be.
        auto result = std::make_shared<LoadResult>(std::move(*m_prefetch->result));
        m_prefetch.reset();
        QMetaObject::invokeMethod(this, [self, key, result] {
            if (self)
                self->deliver(key, *result);
        }, Qt::QueuedConnection);
        return;
    }
    dropPrefetch();
    read(key, [self, key](LoadResult &result) {
        if (self)
            self->deliver(key, result);
        else if (result.size() > 0)
            destroyOffThread(result.take());
    });
}

void ExportListCache::prefetch(const ExportListCacheKey &key)
{
    dropPrefetch();
    if (!m_enabled || !key.isValid())
        return;
    const quint64 id = ++m_prefetches;
    m_prefetch = Prefetch{key, id, false, std::nullopt};
    QPointer<ExportListCache> self(this);
    read(key, [self, key, id](LoadResult &result) {
        if (!self || !self->m_prefetch || self->m_prefetch->id != id) {
            if (result.size() > 0) // dropped meanwhile
                destroyOffThread(result.take());
            return;
        }
        if (self->m_prefetch->wanted) {
            self->m_prefetch.reset();
            self->deliver(key, result);
        } else {
            self->m_prefetch->result = std::move(result);
        }
    });
}

void ExportListCache::dropPrefetch()
{
    if (m_prefetch && m_prefetch->result && m_prefetch->result->size() > 0)
        destroyOffThread(m_prefetch->result->take());
    m_prefetch.reset();
}

void ExportListCache::deliver(const ExportListCacheKey &key, LoadResult &result)
{
    Q_EMIT loaded(key, result);
    // Nobody took the rows (a late list, another target): freed off this thread.
    if (result.size() > 0)
        destroyOffThread(result.take());
}

void ExportListCache::read(const ExportListCacheKey &key, std::function<void(LoadResult &)> arrived)
{
    const QString path = pathFor(key);
    QPointer<ExportListCache> self(this);
    (void)QtConcurrent::run(&m_worker, [self, key, path, onDisk = m_onDisk, arrived = std::move(arrived)] {
        QElapsedTimer clock;
        clock.start();
        LoadResult result = ExportListCacheFile::read(path, key.identity());
        if (result.found)
            qCInfo(lcCache).noquote() << "read" << result.size() << "cached rows in" << clock.elapsed() << "ms";
        if (result.found && result.digest != 0)
            onDisk->insert(path, result.digest);
        else
            onDisk->remove(path);
        if (!self) {
            destroyOffThread(std::move(result));
            return;
        }
        QMetaObject::invokeMethod(self, [arrived, result = std::move(result)]() mutable { arrived(result); },
                                  Qt::QueuedConnection);
    });
}

void ExportListCache::save(const ExportListCacheKey &key, const QList<ExportJob> &jobs)
{
    saveRows(key, [jobs] { return ExportListCacheFile::encode(jobs); });
}

void ExportListCache::save(const ExportListCacheKey &key, const ExportListModel::Snapshot &rows)
{
    saveRows(key, [rows] { return ExportListCacheFile::encode(rows.rows.constData(), rows.rows.size(), *rows.strings); });
}

void ExportListCache::saveRows(const ExportListCacheKey &key, std::function<ExportListCacheFile::Encoded()> encode)
{
    if (!m_enabled || !key.isValid())
        return;
    if (m_prefetch && m_prefetch->key == key)
        dropPrefetch(); // older than what is written now
    const QString path = pathFor(key);
    QPointer<ExportListCache> self(this);
    (void)QtConcurrent::run(&m_worker, [self, key, path, encode = std::move(encode), onDisk = m_onDisk] {
        const ExportListCacheFile::Encoded list = encode();
        bool ok = true;
        if (onDisk->value(path, 0) != list.digest || !QFile::exists(path)) {
            QString error;
            ok = ExportListCacheFile::write(path, key.identity(), list, &error);
            if (ok)
                onDisk->insert(path, list.digest);
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
    dropPrefetch();
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
