// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/livepoller.h"

#include "api/backoff.h"
#include "api/exportpager.h"
#include "api/peakaclient.h"
#include "common/logging.h"
#include "exports/exportlistdiff.h"
#include "exports/stringtable.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace peaka {

LivePoller::LivePoller(PeakaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_idTexts(std::make_unique<StringTable>())
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
    forgetList();
}

void LivePoller::forgetList()
{
    m_known.clear();
    m_inProgress.clear();
    m_idTexts = std::make_unique<StringTable>(); // append-only: a new project starts a new one
    m_changedRows.clear();
    m_removedIds.clear();
    m_passRows = 0;
    m_complete = false;
}

bool LivePoller::contains(const QString &id) const
{
    const std::optional<ExportRowKey> key = ExportRow::keyOf(id, *m_idTexts);
    return key && m_known.contains(*key);
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
    upsert({job}, Source::ReadNow);
    emitListed();
    if (!isBusy() && !m_timer.isActive())
        scheduleTick();
}

LivePoller::KnownIds LivePoller::knownIdsOf(const QList<ExportRow> &rows)
{
    KnownIds ids;
    ids.reserve(rows.size());
    for (const ExportRow &row : rows) {
        if (!row.key.isText())
            ids.insert(row.key, {});
    }
    return ids;
}

bool LivePoller::seedIds(const QList<ExportRow> &rows, const StringTable &strings, KnownIds uuids)
{
    if (m_projectId.isEmpty() || m_lastSuccess.isValid())
        return false;
    // Ids only: the rows go to the model whole (ExportListModel::adoptRows),
    // nothing is copied or passed on here. Ids already known keep what they have.
    const bool prebuilt = !uuids.isEmpty();
    KnownIds before;
    if (prebuilt) {
        before = std::exchange(m_known, std::move(uuids));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            m_known.insert(it.key(), it.value()); // a page's ids (a few hundred) over the seeded ones
    } else {
        m_known.reserve(m_known.size() + rows.size());
    }
    for (const ExportRow &row : rows) {
        const bool text = row.key.isText();
        if (prebuilt && !text && !row.isInProgress())
            continue; // known now; nothing more to note
        ExportRowKey key = row.key;
        if (text) {
            const QString &id = strings.at(quint32(key.lo));
            if (id.isEmpty())
                continue; // no id: nothing to follow
            key = ExportRow::internKey(id, *m_idTexts);
        }
        bool fresh = false;
        if (prebuilt && !text) {
            fresh = !before.contains(key);
        } else {
            const qsizetype size = m_known.size();
            m_known[key]; // listed in no read yet
            fresh = m_known.size() != size;
        }
        if (fresh && row.isInProgress())
            m_inProgress.insert(ExportRow::idOf(row.key, strings));
    }
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
    pager->setKeepRows(false); // the rows go on to the model; only ids are kept here
    m_pass = pager;
    m_passRows = 0;
    m_complete = false;
    ++m_passNo;
    const quint64 generation = m_generation;
    connect(pager, &ExportPager::pageLoaded, this, [this, generation](const QList<ExportJob> &rows, int page) {
        if (generation != m_generation)
            return;
        m_passRows += upsert(rows, Source::Page);
        emitListed();
        Q_EMIT loadProgress(m_passRows, page);
    });
    connect(pager, &ExportPager::finished, this, [this, generation, pager](const ExportListResult &result) {
        if (generation != m_generation || m_pass != pager)
            return;
        m_pass.clear();
        onPassFinished(result.error, pager->isComplete() && result.ok());
    });
    Q_EMIT refreshStarted();
    pager->start();
}

void LivePoller::onPassFinished(const ApiError &error, bool complete)
{
    m_complete = complete;
    if (complete) {
        // Every page was read: ids the server no longer lists go. One walk over
        // small entries (no row is touched), so 100,000 ids take about a millisecond.
        const qsizetype before = m_known.size();
        m_known.removeIf([this](const QHash<ExportRowKey, Known>::iterator &it) {
            if (it->listedIn == m_passNo || it->keptFor == m_passNo)
                return false;
            const QString id = ExportRow::idOf(it.key(), *m_idTexts);
            m_inProgress.remove(id);
            m_removedIds.append(id);
            return true;
        });
        if (m_passRows == 0 || m_known.size() != before)
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
    return !m_inProgress.isEmpty();
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
    m_runningBefore = m_inProgress;
    m_runningNow.clear();
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
        if (runningSet && j.status.isInProgress())
            m_runningNow.insert(j.id);
    }
    upsert(rows, Source::ReadNow);
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
        if (!m_runningNow.contains(id) && m_inProgress.contains(id))
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
                upsert({result.value}, Source::ReadNow);
            else if (result.error.kind() == ApiError::NotFound)
                removeId(id);
            if (--*remaining == 0) {
                emitListed();
                scheduleTick();
            }
        });
    }
}

int LivePoller::upsert(const QList<ExportJob> &rows, Source source)
{
    int taken = 0;
    for (const ExportJob &row : rows) {
        if (!row.id.isEmpty()) {
            Known &known = m_known[ExportRow::internKey(row.id, *m_idTexts)];
            if (source == Source::Page) {
                if (known.listedIn == m_passNo)
                    continue; // the server repeated it on another page: shown once
                known.listedIn = m_passNo;
            } else if (source == Source::ReadNow && m_pass) {
                known.keptFor = m_passNo; // the read in flight may have passed it already
            }
            if (row.status.isInProgress())
                m_inProgress.insert(row.id);
            else
                m_inProgress.remove(row.id);
        }
        m_changedRows.append(listFieldsOf(row));
        ++taken;
    }
    return taken;
}

void LivePoller::removeId(const QString &id)
{
    const std::optional<ExportRowKey> key = ExportRow::keyOf(id, *m_idTexts);
    if (!key || !m_known.remove(*key))
        return;
    m_inProgress.remove(id);
    m_removedIds.append(id);
}

void LivePoller::emitListed()
{
    const QList<ExportJob> rows = std::exchange(m_changedRows, {});
    const QStringList removed = std::exchange(m_removedIds, {});
    Q_EMIT rowsChanged(rows, removed);
    Q_EMIT listed();
}

} // namespace peaka
