// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "cache/exportlistcache.h"

#include <QObject>

#include <optional>

namespace peaka {

class ExportListModel;
class LivePoller;

// Shows a project's cached list while its server is read, and writes the
// server's list back. setTarget() (the window's connection and project) loads
// the cached rows off-thread (decoded into rows, strings and an index there);
// unless a full read has already completed, the model takes them whole
// (ExportListModel::adoptRows, once no page's diff is running) and the poller
// their ids (LivePoller::seedIds). The paged read then reconciles them (rows
// replaced by id, new rows added, rows the server no longer has dropped when
// the last page is in). After each complete full read, once the model has
// applied it, the model's rows are saved as a shared snapshot the cache's
// worker encodes: the UI thread never walks them.
class ExportListCacheLink final : public QObject
{
    Q_OBJECT
public:
    ExportListCacheLink(LivePoller *poller, ExportListModel *model, ExportListCache *cache,
                        QObject *parent = nullptr);

    // Another connection or project (an invalid key: none).
    void setTarget(const ExportListCacheKey &key);
    ExportListCacheKey target() const { return m_key; }
    // The list holds cached rows the server has not confirmed yet.
    bool showsCachedRows() const { return m_showingCache; }
    ExportListCache *cache() const { return m_cache; }

Q_SIGNALS:
    void cachedRowsShown(int rows);
    // showsCachedRows() changed.
    void stateChanged();

private:
    void onLoaded(const ExportListCacheKey &key, const ExportListCache::LoadResult &result);
    void adoptWhenIdle();
    void dropPending();
    void onLoadFinished(const ApiError &error);
    void saveWhenApplied();
    void setShowingCache(bool on);

    LivePoller *m_poller;
    ExportListModel *m_model;
    ExportListCache *m_cache;
    ExportListCacheKey m_key;
    bool m_showingCache = false;
    bool m_savePending = false; // a complete read waits for the model to apply it
    std::optional<ExportListCache::LoadResult::Rows> m_pending; // read, waiting for the model's diff in progress
};

} // namespace peaka
