// SPDX-License-Identifier: GPL-3.0-or-later
// ExportListModel: merging a fresh list (diff on a worker, applied in slices).
#include "exports/exportlistmodel.h"

#include "common/destroyoffthread.h"
#include "common/logging.h"
#include "exports/exportlistdiff.h"
#include "exports/stringtable.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace peaka {
namespace {

[[maybe_unused]] int countInProgress(const QList<ExportRow> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ExportRow &r) { return r.isInProgress(); }));
}

constexpr qint64 NoBudget = std::numeric_limits<qint64>::max();
// Rows in the first block inserted into an empty model, and into a full one
// (where a sorted proxy may have to place every row in its own gap); later
// blocks are sized to the budget by how long the last one took.
constexpr int FirstInsertBlockEmpty = 1000;
constexpr int FirstInsertBlock = 16;
// At least this many new rows, into a model of at most a quarter as many (a
// whole list merged into a nearly empty model; the cached list at start goes
// through adoptRows() instead, in blocks sized to the frame): one block. The sort proxy sorts a block once
// (k log k cheap comparisons) where every further block would rebuild its
// mapping of all the rows placed so far, and the view lays out and paints once.
constexpr int BulkInsertMin = 2000;
// A slice's event-loop turn also runs what its changes cause after it: the
// view's layout and paint of the rows now shown (the sort proxy and the view's
// bookkeeping run inside the slice, in endInsertRows). The whole turn aims at
// this, so a slice gets what the rest of the last turn left, never less than
// MinSliceNs (the apply must progress) nor more than the model's budget.
constexpr qint64 TurnBudgetNs = 11'000'000;
constexpr qint64 MinSliceNs = 1'000'000;
constexpr int IndexFixBlock = 2048;    // rows between two looks at the clock
constexpr int MaxChangedRun = 1024;    // rows in one dataChanged

} // namespace

// A diff being applied, and where the apply stands.
struct ExportListModel::Apply
{
    ExportListDiff diff;
    int nextRun = 0;
    int nextChange = 0;
    int nextAdd = 0;
    int insertBlock = 0;
    bool changesRenumbered = false;
    MergeStats stats;
};

struct ExportListModel::Budget
{
    QElapsedTimer clock;
    qint64 ns = NoBudget;
    bool spent() const { return clock.nsecsElapsed() >= ns; }
};

ExportListModel::ExportListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_strings(std::make_shared<StringTable>())
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &ExportListModel::applySlice);
}

ExportListModel::~ExportListModel()
{
    cancelMerge();
}

int ExportListModel::rowOfId(const QString &id) const
{
    const std::optional<ExportRowKey> key = ExportRow::keyOf(id, *m_strings);
    if (!key)
        return -1;
    fixIndex(std::numeric_limits<int>::max());
    return m_index.value(*key, -1);
}

bool ExportListModel::fixIndex(int maxRows) const
{
    const int end = int(std::min<qint64>(m_rows.size(), qint64(m_indexValidBelow) + maxRows));
    for (int row = m_indexValidBelow; row < end; ++row)
        m_index[m_rows.at(row).key] = row;
    m_indexValidBelow = std::max(m_indexValidBelow, end);
    return m_indexValidBelow >= m_rows.size();
}

void ExportListModel::setJobs(const QList<ExportJob> &incoming)
{
    cancelMerge();
    QElapsedTimer timer;
    timer.start();
    auto apply = std::make_unique<Apply>();
    apply->diff = ExportListDiff::compute(m_rows, incoming, *m_strings);
    applySteps(*apply, NoBudget);
    apply->stats.elapsedMs = timer.elapsed();
    finishApply(std::move(apply));
}

void ExportListModel::mergeJobs(const QList<ExportJob> &jobs)
{
    // The whole list supersedes every update not started yet.
    if (m_queued)
        destroyOffThread(std::move(*m_queued));
    if (m_queuedPartial)
        destroyOffThread(std::move(*m_queuedPartial));
    m_queuedPartial.reset();
    if (m_diffRunning) {
        // The running diff is stale already: start the newest once it is done.
        m_queued = jobs;
        return;
    }
    m_queued.reset();
    if (m_apply) {
        // Stop between two slices; the model is consistent there. The newer
        // list is diffed against what the model holds now.
        m_sliceTimer.stop();
        destroyOffThread(std::move(m_apply));
    }
    startDiff(jobs);
}

void ExportListModel::mergeRows(const QList<ExportJob> &rows, const QStringList &removedIds)
{
    if (!m_diffRunning && !m_apply) {
        startPartialDiff({rows, removedIds});
        return;
    }
    // After the work in progress (a partial update stopped half-way would be lost).
    if (!m_queuedPartial) {
        m_queuedPartial = Partial{rows, removedIds};
        return;
    }
    Partial &q = *m_queuedPartial;
    if (!rows.isEmpty() && !q.removed.isEmpty()) {
        QSet<QString> back; // removed earlier, listed again now
        for (const ExportJob &job : rows)
            back.insert(job.id);
        q.removed.removeIf([&back](const QString &id) { return back.contains(id); });
    }
    q.rows += rows;
    q.removed += removedIds;
}

bool ExportListModel::isMerging() const
{
    return m_diffRunning || m_apply || m_queued || m_queuedPartial;
}

void ExportListModel::cancelMerge()
{
    ++m_generation;
    m_diffRunning = false;
    m_sliceTimer.stop();
    if (m_queued) {
        destroyOffThread(std::move(*m_queued));
        m_queued.reset();
    }
    if (m_queuedPartial) {
        destroyOffThread(std::move(*m_queuedPartial));
        m_queuedPartial.reset();
    }
    if (m_apply)
        destroyOffThread(std::move(m_apply));
}

void ExportListModel::startDiff(QList<ExportJob> fresh)
{
    const quint64 generation = ++m_generation;
    m_diffRunning = true;
    // The worker holds the rows through a shallow copy and drops it (with the
    // last reference to the parsed rows) before its result is delivered, so
    // the apply never detaches m_rows and nothing big is freed on this thread.
    QElapsedTimer clock;
    clock.start();
    fixIndex(std::numeric_limits<int>::max()); // whole already unless a removal was cut short
    whenDiffed(QtConcurrent::run([current = m_rows, index = m_index, fresh = std::move(fresh),
                                  strings = m_strings]() mutable {
        const QList<ExportRow> mine = std::move(current);
        const QHash<ExportRowKey, int> rows = std::move(index);
        const QList<ExportJob> theirs = std::move(fresh);
        return std::make_shared<ExportListDiff>(ExportListDiff::compute(mine, theirs, *strings, &rows));
    }), generation, clock);
}

void ExportListModel::whenDiffed(QFuture<std::shared_ptr<ExportListDiff>> future, quint64 generation,
                                 QElapsedTimer clock)
{
    // A watcher owned by the model, not `.then(this, …)`: a model destroyed
    // while its diff still runs (a window closed mid-load) then simply never
    // hears of it, where Qt 6.4's context continuation asserts on the dead
    // context. The watcher always reports through the event loop, never
    // inside mergeJobs().
    auto *watcher = new QFutureWatcher<std::shared_ptr<ExportListDiff>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, clock] {
        const std::shared_ptr<ExportListDiff> diff = watcher->result();
        watcher->deleteLater();
        onDiffReady(generation, diff, clock.elapsed());
    });
    watcher->setFuture(std::move(future));
}

void ExportListModel::startPartialDiff(Partial partial)
{
    const quint64 generation = ++m_generation;
    m_diffRunning = true;
    QElapsedTimer clock;
    clock.start();
    fixIndex(std::numeric_limits<int>::max());
    // The index goes along shared, like the rows: nothing is built per update.
    whenDiffed(QtConcurrent::run([current = m_rows, index = m_index, partial = std::move(partial),
                                  strings = m_strings]() mutable {
        const QList<ExportRow> mine = std::move(current);
        const QHash<ExportRowKey, int> rows = std::move(index);
        const Partial theirs = std::move(partial);
        return std::make_shared<ExportListDiff>(
            ExportListDiff::computePartial(mine, theirs.rows, theirs.removed, *strings, &rows));
    }), generation, clock);
}

void ExportListModel::startQueued()
{
    if (m_queued) {
        QList<ExportJob> next = std::move(*m_queued);
        m_queued.reset();
        startDiff(std::move(next));
    } else if (m_queuedPartial) {
        Partial next = std::move(*m_queuedPartial);
        m_queuedPartial.reset();
        startPartialDiff(std::move(next));
    }
}

void ExportListModel::onDiffReady(quint64 generation, const std::shared_ptr<ExportListDiff> &diff, qint64 diffMs)
{
    if (generation != m_generation || !m_diffRunning) {
        destroyOffThread(std::move(*diff));
        return; // cleared, replaced by setJobs(), or delivered already
    }
    m_diffRunning = false;
    if (m_queued) {
        // A newer whole list came meanwhile: this diff is stale.
        destroyOffThread(std::move(*diff));
        startQueued();
        return;
    }
    m_apply = std::make_unique<Apply>();
    m_apply->diff = std::move(*diff);
    m_apply->stats.diffMs = diffMs;
    applySlice();
}

qint64 ExportListModel::sliceBudgetNs(qint64 modelBudgetNs, qint64 restOfTurnNs)
{
    return std::min(modelBudgetNs, std::max(MinSliceNs, TurnBudgetNs - restOfTurnNs));
}

void ExportListModel::applySlice()
{
    if (!m_apply)
        return;
    if (m_sinceSlice.isValid()) // the rest of the last slice's turn: layout, paint, other events
        m_restOfTurnNs = m_sinceSlice.nsecsElapsed();
    QElapsedTimer timer;
    timer.start();
    const bool done = applySteps(*m_apply, sliceBudgetNs(qint64(m_sliceBudgetMs) * 1000000, m_restOfTurnNs));
    const qint64 ms = timer.elapsed();
    m_apply->stats.elapsedMs += ms;
    m_apply->stats.longestSliceMs = std::max(m_apply->stats.longestSliceMs, ms);
    ++m_apply->stats.slices;
    if (!done) {
        m_sliceTimer.start(); // the rest in the next event-loop turn
        m_sinceSlice.start();
        return;
    }
    m_sinceSlice.invalidate(); // the next merge's first slice follows a wait, not a turn
    finishApply(std::move(m_apply));
    Q_EMIT mergeApplied();
    if (!m_apply && !m_diffRunning) // a receiver may have started one
        startQueued();
}

// Applies the diff until it is done (true) or the budget is spent. Every step
// is a whole model change, so the model is consistent when this returns.
bool ExportListModel::applySteps(Apply &a, qint64 budgetNs)
{
    Budget budget;
    budget.ns = budgetNs;
    budget.clock.start();
    if (!applyRemovals(a, budget) || !applyChanges(a, budget))
        return false;
    // The index of the rows that moved up.
    while (!fixIndex(IndexFixBlock)) {
        if (budget.spent())
            return false;
    }
    return applyInsertions(a, budget);
}

// Removed rows, in runs from the end: rows before a run keep their numbers.
bool ExportListModel::applyRemovals(Apply &a, const Budget &budget)
{
    const ExportListDiff &diff = a.diff;
    while (a.nextRun < diff.removed.size()) {
        const ExportListDiff::Run run = diff.removed.at(a.nextRun++);
        beginRemoveRows({}, run.first, run.last);
        for (int r = run.first; r <= run.last; ++r) {
            m_index.remove(m_rows.at(r).key);
            m_inProgress -= m_rows.at(r).isInProgress();
        }
        m_rows.erase(m_rows.begin() + run.first, m_rows.begin() + run.last + 1);
        m_indexValidBelow = std::min(m_indexValidBelow, run.first);
        endRemoveRows();
        a.stats.removed += run.last - run.first + 1;
        if (budget.spent())
            return false;
    }
    return true;
}

// Changed rows in place, one dataChanged per contiguous run. The diff numbered
// them before the removals.
bool ExportListModel::applyChanges(Apply &a, const Budget &budget)
{
    ExportListDiff &diff = a.diff;
    if (!a.changesRenumbered) {
        a.changesRenumbered = true;
        int shift = 0;
        int run = int(diff.removed.size()) - 1; // runs are descending
        for (ExportListDiff::Change &c : diff.changed) {
            while (run >= 0 && diff.removed.at(run).last < c.row) {
                shift += diff.removed.at(run).last - diff.removed.at(run).first + 1;
                --run;
            }
            c.row -= shift;
        }
    }
    while (a.nextChange < diff.changed.size()) {
        const int first = a.nextChange;
        int last = first;
        while (last + 1 < diff.changed.size() && diff.changed.at(last + 1).row == diff.changed.at(last).row + 1
               && last - first < MaxChangedRun - 1)
            ++last;
        for (int i = first; i <= last; ++i) {
            const ExportListDiff::Change &c = diff.changed.at(i);
            Q_ASSERT(m_rows.at(c.row).key == c.job.key);
            m_inProgress += int(c.job.isInProgress()) - int(m_rows.at(c.row).isInProgress());
            m_rows[c.row] = c.job;
        }
        a.nextChange = last + 1;
        a.stats.changed += last - first + 1;
        Q_EMIT dataChanged(index(diff.changed.at(first).row, 0), index(diff.changed.at(last).row, ColumnCount - 1));
        if (budget.spent())
            return false;
    }
    return true;
}

// New rows at the end, in blocks sized to the budget: the sort proxy places
// each block, and a view lays it out.
bool ExportListModel::applyInsertions(Apply &a, const Budget &budget)
{
    const ExportListDiff &diff = a.diff;
    if (a.insertBlock == 0) {
        const qsizetype toAdd = diff.added.size() - a.nextAdd;
        if (toAdd >= BulkInsertMin && m_rows.size() * 4 <= toAdd)
            a.insertBlock = int(toAdd);
        else if (m_rows.isEmpty())
            a.insertBlock = FirstInsertBlockEmpty;
        else if (m_insertRowNs > 0 && budget.ns != NoBudget)
            // As the last merge's rows cost: its first block fits this slice's budget too.
            a.insertBlock = int(std::clamp<qint64>(budget.ns / 2 / m_insertRowNs, 4, FirstInsertBlock));
        else
            a.insertBlock = FirstInsertBlock;
    }
    while (a.nextAdd < diff.added.size()) {
        const int count = int(std::min<qsizetype>(a.insertBlock, diff.added.size() - a.nextAdd));
        QList<const ExportRow *> block;
        block.reserve(count);
        for (int i = a.nextAdd; i < a.nextAdd + count; ++i) {
            const ExportRow &row = diff.added.at(i);
            if (!m_index.contains(row.key)) // updateJob() may have added it meanwhile
                block.append(&row);
        }
        a.nextAdd += count;
        if (block.isEmpty())
            continue;
        QElapsedTimer blockClock;
        blockClock.start();
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(block.size()) - 1);
        const qsizetype rows = m_rows.size() + diff.added.size() - a.nextAdd + block.size();
        if (m_rows.isEmpty() || m_rows.size() * 4 <= rows) {
            // Room for growth now, while it is cheap (few rows to move): later
            // appends beyond the capacity move every row. Pages never touched cost no memory.
            if (m_rows.capacity() < rows)
                m_rows.reserve(rows + rows / 4 + 64);
            m_index.reserve(rows + rows / 4 + 64);
        }
        for (const ExportRow *row : block) {
            m_index.insert(row->key, int(m_rows.size()));
            m_rows.append(*row);
            m_inProgress += row->isInProgress();
        }
        m_indexValidBelow = int(m_rows.size());
        endInsertRows();
        a.stats.inserted += int(block.size());
        if (budget.ns != NoBudget) {
            // Aim the next block at about half the budget, growing at most 4x.
            const qint64 ns = std::max<qint64>(blockClock.nsecsElapsed(), 1000);
            if (at > 0)
                m_insertRowNs = ns / qint64(block.size());
            const qint64 next = qint64(block.size()) * (budget.ns / 2) / ns;
            a.insertBlock = int(std::clamp<qint64>(next, 4, std::min<qint64>(20000, 4 * qint64(count))));
        }
        if (budget.spent())
            return a.nextAdd >= diff.added.size();
    }
    return true;
}

void ExportListModel::finishApply(std::unique_ptr<Apply> apply)
{
    // m_inProgress was kept by each step: a count over every row here cost
    // about a millisecond per merge (501 merges in a paged read of 100,000).
    Q_ASSERT(m_inProgress == countInProgress(m_rows));
    m_lastMerge = apply->stats;
    qCDebug(lcModel) << "merged: " << m_lastMerge.inserted << "inserted," << m_lastMerge.removed << "removed,"
                     << m_lastMerge.changed << "changed; diff" << m_lastMerge.diffMs << "ms, applied in"
                     << m_lastMerge.elapsedMs << "ms over" << m_lastMerge.slices << "slices";
    destroyOffThread(std::move(apply));
}

int ExportListModel::updateJob(const ExportJob &job)
{
    if (job.id.isEmpty())
        return -1;
    const ExportRow part = ExportRow::fromJob(job, *m_strings);
    const int row = rowOfId(job.id);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(part);
        m_index.insert(part.key, at);
        if (m_indexValidBelow == at)
            m_indexValidBelow = at + 1;
        m_inProgress += part.isInProgress();
        endInsertRows();
        return at;
    }
    if (m_rows.at(row) != part) {
        m_inProgress += int(part.isInProgress()) - int(m_rows.at(row).isInProgress());
        m_rows[row] = part;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return row;
}

void ExportListModel::clear()
{
    cancelMerge();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    destroyOffThread(std::move(m_rows));
    m_rows = {};
    m_index.clear();
    m_indexValidBelow = 0;
    m_inProgress = 0;
    m_lastMerge = {};
    m_strings = std::make_shared<StringTable>(); // the old one goes with the last row using it
    endResetModel();
}

} // namespace peaka
