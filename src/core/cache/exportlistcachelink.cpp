// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/exportlistcachelink.h"

#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "common/destroyoffthread.h"

namespace peaka {

ExportListCacheLink::ExportListCacheLink(LivePoller *poller, ExportListModel *model, ExportListCache *cache,
                                         QObject *parent)
    : QObject(parent)
    , m_poller(poller)
    , m_model(model)
    , m_cache(cache)
{
    // Before anything else hears of it: a list waiting for the model's merge goes in first.
    connect(m_model, &ExportListModel::mergeApplied, this, &ExportListCacheLink::adoptWhenIdle);
    connect(m_model, &ExportListModel::mergeApplied, this, &ExportListCacheLink::saveWhenApplied);
    connect(m_cache, &ExportListCache::loaded, this, &ExportListCacheLink::onLoaded);
    connect(m_poller, &LivePoller::loadFinished, this,
            [this](const ApiError &error, int) { onLoadFinished(error); });
}

void ExportListCacheLink::setTarget(const ExportListCacheKey &key)
{
    m_key = key;
    m_savePending = false;
    dropPending();
    setShowingCache(false);
    if (key.isValid()) // disabled (--no-cache): loaded() says "nothing"
        m_cache->load(key);
}

void ExportListCacheLink::onLoaded(const ExportListCacheKey &key, const ExportListCache::LoadResult &result)
{
    // Too late (another target) or nothing to show.
    if (key != m_key || !result.found || result.size() == 0 || m_poller->projectId() != key.connection.projectId)
        return;
    dropPending();
    m_pending = result.take();
    adoptWhenIdle();
}

void ExportListCacheLink::adoptWhenIdle()
{
    // A page's diff in progress: after it is applied (mergeApplied), before the next one starts.
    if (!m_pending || !m_model->canAdopt())
        return;
    ExportListCache::LoadResult::Rows cached = std::move(*m_pending);
    m_pending.reset();
    if (m_poller->projectId() != m_key.connection.projectId
        || !m_poller->seedIds(cached.list.rows, *cached.list.strings, std::move(cached.ids))) {
        destroyOffThread(std::move(cached)); // the server's whole list is already in
        return;
    }
    const int rows = int(cached.list.rows.size());
    setShowingCache(true);
    m_model->adoptRows(std::move(cached.list));
    Q_EMIT cachedRowsShown(rows);
}

void ExportListCacheLink::dropPending()
{
    if (m_pending)
        destroyOffThread(std::move(*m_pending));
    m_pending.reset();
}

void ExportListCacheLink::onLoadFinished(const ApiError &error)
{
    if (!m_key.isValid() || m_poller->projectId() != m_key.connection.projectId)
        return;
    if (error.isError() || !m_poller->isComplete())
        return; // cached rows the server did not confirm stay marked
    setShowingCache(false);
    m_savePending = m_cache->isEnabled();
    saveWhenApplied();
}

void ExportListCacheLink::saveWhenApplied()
{
    if (!m_savePending || m_model->isMerging())
        return;
    m_savePending = false;
    m_cache->save(m_key, m_model->snapshot());
}

void ExportListCacheLink::setShowingCache(bool on)
{
    if (m_showingCache == on)
        return;
    m_showingCache = on;
    Q_EMIT stateChanged();
}

} // namespace peaka
