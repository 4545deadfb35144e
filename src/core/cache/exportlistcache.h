// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/exportlistcachefile.h"
#include "cache/exportlistcachekey.h"
#include "exports/exportlistmodel.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace peaka {

// The last known export lists, one file per connection and project in the
// user's cache folder (ExportListCacheFile), so a restart shows a project's
// list at once while its server is asked. Every read and write runs on one
// worker thread, in order (a load after a save sees it); results come back as
// signals on this object's thread.
class ExportListCache : public QObject
{
    Q_OBJECT
public:
    using LoadResult = ExportListCacheFile::LoadResult;

    explicit ExportListCache(QObject *parent = nullptr); // in defaultDir()
    explicit ExportListCache(const QString &dir, QObject *parent = nullptr);
    ~ExportListCache() override; // waits for the queued work

    // QStandardPaths::CacheLocation + "/export-lists".
    static QString defaultDir();
    QString dir() const { return m_dir; }
    QString pathFor(const ExportListCacheKey &key) const;

    // Off (--no-cache): loads find nothing, saves write nothing (clearAll() still clears).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    void load(const ExportListCacheKey &key);
    // Starts reading `key`'s list now: the app does at start-up, from the saved
    // profile, while the window is built and the keychain read. The load() of
    // the same key that follows takes that result (at once when it is in)
    // instead of reading again; a load() of another key, a save or a clear drops it.
    void prefetch(const ExportListCacheKey &key);
    // Writes the list unless the file already holds exactly these rows.
    void save(const ExportListCacheKey &key, const QList<ExportJob> &jobs);
    // The same for a model's rows: encoded on the cache's worker straight from
    // the shared rows and strings, so the UI thread never walks them.
    void save(const ExportListCacheKey &key, const ExportListModel::Snapshot &rows);
    // Removes every cached list.
    void clearAll();
    // Blocks until the queued work is done (tests, shutdown).
    void waitForDone();

Q_SIGNALS:
    void loaded(const peaka::ExportListCacheKey &key, const peaka::ExportListCacheFile::LoadResult &result);
    void saved(const peaka::ExportListCacheKey &key, bool ok);
    void cleared(bool ok);

private:
    void saveRows(const ExportListCacheKey &key, std::function<ExportListCacheFile::Encoded()> encode);
    // Reads on the worker; `arrived` runs on this object's thread with the result.
    void read(const ExportListCacheKey &key, std::function<void(LoadResult &)> arrived);
    void deliver(const ExportListCacheKey &key, LoadResult &result);
    void dropPrefetch();
    struct Prefetch
    {
        ExportListCacheKey key;
        quint64 id = 0;      // which prefetch a result belongs to
        bool wanted = false; // load() came before the result
        std::optional<LoadResult> result;
    };
    std::optional<Prefetch> m_prefetch;
    quint64 m_prefetches = 0;
    QString m_dir;
    bool m_enabled = true;
    QThreadPool m_worker; // one thread: the work runs in order
    // Worker only: the digest of the list each file holds (read or written by
    // this object), so that an unchanged list (most full re-reads) is not written again.
    std::shared_ptr<QHash<QString, size_t>> m_onDisk = std::make_shared<QHash<QString, size_t>>();
};

} // namespace peaka
