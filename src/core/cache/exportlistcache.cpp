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
            qCInfo(lcCache).noquote() << "read" << result.size() << "cached rows in" << clock.elapsed() << "ms";
        if (result.found && result.digest != 0)
            onDisk->insert(path, result.digest);
        else
            onDisk->remove(path);
        QMetaObject::invokeMethod(self, [self, key, result = std::move(result)]() mutable {
            if (self)
                Q_EMIT self->loaded(key, result);
            // Nobody took the rows (a late list, another target): freed off this thread.
            if (result.size() > 0)
                destroyOffThread(result.take());
        }, Qt::QueuedConnection);
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
