// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/livepoller.h"

#include "api/backoff.h"
#include "api/exportpager.h"
#include "api/peakaclient.h"
#include "common/logging.h"
#include "exports/exportlistdiff.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace peaka {

LivePoller::LivePoller(PeakaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    m_fullTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_timerIsPass)
            startPass();
        else
            tick();
    });
    connect(&m_fullTimer, &QTimer::timeout, this, &LivePoller::refresh);
}

LivePoller::~LivePoller()
{
    stop();
}

void LivePoller::setClient(PeakaClient *client)
{
    stop();
    ++m_generation;
    m_client = client;
    m_failures = 0;
}

void LivePoller::setProjectId(const QString &projectId)
{
    stop();
    ++m_generation;
    m_projectId = projectId;
    m_failures = 0;
    m_lastSuccess = {};
    m_jobs.clear();
    m_index.clear();
    m_changedRows.clear();
    m_removedIds.clear();
    m_passRows = 0;
    m_complete = false;
}

void LivePoller::setIntervalMs(int ms)
{
    m_intervalMs = std::max(100, ms);
}

void LivePoller::abortWork()
{
    if (m_pass)
        m_pass->abort();
    m_pass.clear();
    for (const QPointer<ExportPager> &p : std::as_const(m_tickPagers))
        if (p)
            p->abort();
    m_tickPagers.clear();
    m_tickParts = 0;
}

void LivePoller::stop()
{
    m_timer.stop();
    m_fullTimer.stop();
    abortWork();
}

void LivePoller::updateJob(const ExportJob &job)
{
    if (job.id.isEmpty() || m_projectId.isEmpty())
        return;
    upsert({job});
    emitListed();
    if (!isBusy() && !m_timer.isActive())
        scheduleTick();
}

bool LivePoller::seedRows(const QList<ExportJob> &rows)
{
    if (m_projectId.isEmpty() || m_lastSuccess.isValid())
        return false;
    for (const ExportJob &row : rows) {
        if (!row.id.isEmpty() && !m_index.contains(row.id)) {
            m_index.insert(row.id, int(m_jobs.size()));
            m_jobs.append(listFieldsOf(row));
            m_changedRows.append(m_jobs.last());
        }
    }
    emitListed();
    return true;
}

void LivePoller::refresh()
{
    if (m_pass)
        return; // its answer counts
    startPass();
}

void LivePoller::startPass()
{
    m_timer.stop();
    m_fullTimer.stop();
    if (m_projectId.isEmpty() || !m_client)
        return;
    abortWork(); // a tick in flight: the full read is newer
    auto *pager = new ExportPager(m_client, m_projectId, {}, this);
    m_pass = pager;
    m_passRows = 0;
    m_complete = false;
    auto seen = std::make_shared<QSet<QString>>();
    const quint64 generation = m_generation;
    connect(pager, &ExportPager::pageLoaded, this, [this, seen, generation](const QList<ExportJob> &rows, int page) {
        if (generation != m_generation)
            return;
        for (const ExportJob &j : rows)
            seen->insert(j.id);
        m_passRows += int(rows.size());
        upsert(rows);
        emitListed();
        Q_EMIT loadProgress(m_passRows, page);
    });
    connect(pager, &ExportPager::finished, this, [this, seen, generation, pager](const ExportListResult &result) {
        if (generation != m_generation || m_pass != pager)
            return;
        m_pass.clear();
        onPassFinished(result.error, *seen, pager->isComplete() && result.ok());
    });
    Q_EMIT refreshStarted();
    pager->start();
}

void LivePoller::onPassFinished(const ApiError &error, const QSet<QString> &seen, bool complete)
{
    m_complete = complete;
    if (complete) {
        // Every page was read: rows the server no longer lists go.
        const qsizetype before = m_jobs.size();
        m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(),
                                    [this, &seen](const ExportJob &j) {
                                        if (j.id.isEmpty() || seen.contains(j.id))
                                            return false;
                                        m_removedIds.append(j.id);
                                        return true;
                                    }),
                     m_jobs.end());
        if (m_jobs.size() != before) {
            m_index.clear();
            for (int i = 0; i < m_jobs.size(); ++i)
                m_index.insert(m_jobs.at(i).id, i);
        }
        if (m_passRows == 0 || m_jobs.size() != before)
            emitListed(); // an empty project still gets its (empty) list
    }
    Q_EMIT loadFinished(error, m_passRows);
    if (error.isError()) {
        fail(error, true);
        return;
    }
    m_failures = 0;
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_fullTimer.start(m_fullRereadMs);
    scheduleTick();
}

void LivePoller::fail(const ApiError &error, bool retryPass)
{
    ++m_failures;
    int retryIn = -1;
    if (error.isTransient()) {
        retryIn = Backoff(m_intervalMs, m_maxBackoffMs).delayMs(m_failures, error);
        m_timerIsPass = retryPass;
        m_timer.start(retryIn);
    }
    qCInfo(lcApi) << "listing exports failed:" << error.kindName() << "retry in" << retryIn << "ms";
    Q_EMIT failed(error, retryIn);
}

bool LivePoller::anyInProgress() const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const ExportJob &j) { return j.status.isInProgress(); });
}

void LivePoller::scheduleTick()
{
    if (anyInProgress() && !isBusy()) {
        m_timerIsPass = false;
        m_timer.start(m_intervalMs);
    }
}

void LivePoller::tick()
{
    if (m_projectId.isEmpty() || !m_client || isBusy())
        return;
    m_runningBefore.clear();
    for (const ExportJob &j : std::as_const(m_jobs))
        if (j.status.isInProgress())
            m_runningBefore.insert(j.id);
    m_runningNow.clear();
    m_seenInTick.clear();
    m_tickError = {};
    const quint64 generation = m_generation;
    // The running set (usually one short page) and the newest page (exports started elsewhere).
    auto *running = new ExportPager(m_client, m_projectId,
                                    ExportStatusFilter({ExportStatus::Pending, ExportStatus::Running}), this);
    auto *newest = new ExportPager(m_client, m_projectId, {}, this);
    newest->setMaxPages(1);
    m_tickPagers = {running, newest};
    m_tickParts = 2;
    Q_EMIT refreshStarted();
    for (ExportPager *p : {running, newest}) {
        const bool runningSet = p == running;
        connect(p, &ExportPager::finished, this, [this, generation, runningSet](const ExportListResult &result) {
            if (generation == m_generation)
                onTickPart(result.value, result.error, runningSet);
        });
        p->start();
    }
}

void LivePoller::onTickPart(const QList<ExportJob> &rows, const ApiError &error, bool runningSet)
{
    if (m_tickParts <= 0)
        return;
    if (error.isError())
        m_tickError = error;
    for (const ExportJob &j : rows) {
        m_seenInTick.insert(j.id);
        if (runningSet && j.status.isInProgress())
            m_runningNow.insert(j.id);
    }
    upsert(rows);
    if (--m_tickParts == 0)
        finishTick();
}

void LivePoller::finishTick()
{
    m_tickPagers.clear();
    emitListed();
    if (m_tickError.isError()) {
        fail(m_tickError, false);
        return;
    }
    m_failures = 0;
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    // Left the running set and still shown in progress: ask for it by id.
    QStringList left;
    for (const QString &id : std::as_const(m_runningBefore)) {
        if (m_runningNow.contains(id))
            continue;
        const auto it = m_index.constFind(id);
        if (it != m_index.constEnd() && m_jobs.at(*it).status.isInProgress())
            left << id;
    }
    if (left.isEmpty())
        scheduleTick();
    else
        readLeft(left);
}

void LivePoller::readLeft(const QStringList &ids)
{
    auto remaining = std::make_shared<int>(int(ids.size()));
    const quint64 generation = m_generation;
    for (const QString &id : ids) {
        ExportRequest *request = m_client->readExport(m_projectId, id);
        connect(request, &ExportRequest::finished, this, [this, remaining, generation, id](const ExportResult &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                upsert({result.value});
            else if (result.error.kind() == ApiError::NotFound)
                removeId(id);
            if (--*remaining == 0) {
                emitListed();
                scheduleTick();
            }
        });
    }
}

void LivePoller::upsert(const QList<ExportJob> &rows)
{
    for (const ExportJob &row : rows) {
        ExportJob job = listFieldsOf(row);
        m_changedRows.append(job);
        const auto it = job.id.isEmpty() ? m_index.constEnd() : m_index.constFind(job.id);
        if (it != m_index.constEnd()) {
            m_jobs[*it] = std::move(job);
        } else {
            m_index.insert(job.id, int(m_jobs.size()));
            m_jobs.append(std::move(job));
        }
    }
}

void LivePoller::removeId(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    m_jobs.removeAt(*it);
    m_removedIds.append(id);
    m_index.clear();
    for (int i = 0; i < m_jobs.size(); ++i)
        m_index.insert(m_jobs.at(i).id, i);
}

void LivePoller::emitListed()
{
    const QList<ExportJob> rows = std::exchange(m_changedRows, {});
    const QStringList removed = std::exchange(m_removedIds, {});
    Q_EMIT rowsChanged(rows, removed);
    Q_EMIT listed(m_jobs);
}

} // namespace peaka
