// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportlistmodel.h"

#include "common/destroyoffthread.h"
#include "exports/exportformat.h"
#include "exports/exportlistdiff.h"
#include "common/logging.h"
#include "exports/stringpool.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace peaka {
namespace {

qint64 orMinusOne(const std::optional<qint64> &v)
{
    return v ? *v : -1;
}

int countInProgress(const QList<ExportJob> &jobs)
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(),
                             [](const ExportJob &j) { return j.status.isInProgress(); }));
}

constexpr qint64 NoBudget = std::numeric_limits<qint64>::max();
// Rows in the first block inserted into an empty model, and into a full one
// (where a sorted proxy may have to place every row in its own gap); later
// blocks are sized to the budget by how long the last one took.
constexpr int FirstInsertBlockEmpty = 1000;
constexpr int FirstInsertBlock = 16;
constexpr int IndexFixBlock = 2048;    // rows between two looks at the clock

} // namespace

// A diff being applied, and where the apply stands.
struct ExportListModel::Apply
{
    ExportListDiff diff;
    QList<ExportJob> graveyard; // replaced and removed rows, freed off this thread
    int nextRun = 0;
    int nextChange = 0;
    int nextAdd = 0;
    int insertBlock = 0;
    bool changesRenumbered = false;
    MergeStats stats;
};

ExportListModel::ExportListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_pool(std::make_shared<StringPool>())
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &ExportListModel::applySlice);
}

ExportListModel::~ExportListModel()
{
    cancelMerge();
}

int ExportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int ExportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportListModel::columnName(Column column)
{
    switch (column) {
    case Status: return tr("Status", "column header");
    case Source: return tr("Source", "column header: the query or table exported");
    case Format: return tr("Format", "column header: file format (CSV, JSONL)");
    case Compression: return tr("Compression", "column header");
    case Rows: return tr("Rows", "column header: number of rows exported");
    case Size: return tr("Size", "column header: bytes exported");
    case Duration: return tr("Duration", "column header: execution time");
    case Created: return tr("Created", "column header: submission time");
    case User: return tr("User", "column header: who started the export");
    case Client: return tr("Client", "column header: the program that started the export");
    case ExportId: return tr("Export ID", "column header");
    case ColumnCount: break;
    }
    return {};
}

QVariant ExportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(Column(section));
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case Rows: case Size: case Duration:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant ExportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportJob &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, index.column());
    case Qt::ToolTipRole:
        return toolTipData(job, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rows: case Size: case Duration:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        return sortData(job, index.column());
    case JobRole:
        return QVariant::fromValue(job);
    case IdRole:
        return job.id;
    case StatusCodeRole:
        return int(job.status.code());
    case ApiKeyPrefixRole:
        return job.apiKeyPrefix;
    default:
        return {};
    }
}

QVariant ExportListModel::displayData(const ExportJob &job, int column) const
{
    const QLocale locale;
    switch (column) {
    case Status: return job.status.displayName();
    case Source: return job.displaySource();
    case Format: return job.format;
    case Compression: return ExportFormat::compression(job.compression);
    case Rows: return job.rowCount ? ExportFormat::count(*job.rowCount, locale) : QString();
    case Size: return job.bytes ? ExportFormat::size(*job.bytes, locale) : QString();
    case Duration: return job.durationMs ? ExportFormat::duration(*job.durationMs, locale) : QString();
    case Created: return ExportFormat::relativeTime(job.createdAt, now(), locale);
    case User: return job.userName.isEmpty() ? job.userId : job.userName;
    case Client: return job.clientSource;
    case ExportId: return job.id;
    default: return {};
    }
}

QVariant ExportListModel::sortData(const ExportJob &job, int column) const
{
    switch (column) {
    case Status: return job.status.sortRank();
    case Rows: return orMinusOne(job.rowCount);
    case Size: return orMinusOne(job.bytes);
    case Duration: return orMinusOne(job.durationMs);
    case Created: return job.createdAt.isValid() ? job.createdAt.toMSecsSinceEpoch() : qint64(-1);
    default: return displayData(job, column);
    }
}

QVariant ExportListModel::toolTipData(const ExportJob &job, int column) const
{
    switch (column) {
    case Status:
        if (job.status.code() == ExportStatus::Failed && !job.error.isEmpty())
            return job.error;
        if (job.status.isUnknown())
            return tr("Status \"%1\" is not known to this version of the app.").arg(job.status.wire());
        return job.status.displayName();
    case Created: return ExportFormat::exactTime(job.createdAt);
    case Rows: return job.rowCount ? tr("%1 rows", "tooltip: exact row count").arg(ExportFormat::count(*job.rowCount)) : QVariant();
    case Size: return job.bytes ? tr("%1 bytes", "tooltip: exact size").arg(ExportFormat::count(*job.bytes)) : QVariant();
    case User:
        if (!job.userName.isEmpty() && !job.userId.isEmpty())
            return QStringLiteral("%1 (%2)").arg(job.userName, job.userId);
        return displayData(job, column);
    default: {
        const QString text = displayData(job, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text); // the full text where the cell cuts it
    }
    }
}

QDateTime ExportListModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void ExportListModel::setReferenceTime(const QDateTime &nowUtc)
{
    m_referenceTime = nowUtc;
    refreshRelativeTimes();
}

void ExportListModel::refreshRelativeTimes()
{
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(rowCount() - 1, Created), {Qt::DisplayRole});
}

int ExportListModel::rowOfId(const QString &id) const
{
    fixIndex(std::numeric_limits<int>::max());
    return m_index.value(id, -1);
}

bool ExportListModel::fixIndex(int maxRows) const
{
    const int end = int(std::min<qint64>(m_jobs.size(), qint64(m_indexValidBelow) + maxRows));
    for (int row = m_indexValidBelow; row < end; ++row)
        m_index[m_jobs.at(row).id] = row;
    m_indexValidBelow = std::max(m_indexValidBelow, end);
    return m_indexValidBelow >= m_jobs.size();
}

void ExportListModel::setJobs(const QList<ExportJob> &incoming)
{
    cancelMerge();
    QElapsedTimer timer;
    timer.start();
    auto apply = std::make_unique<Apply>();
    apply->diff = ExportListDiff::compute(m_jobs, incoming, m_pool.get());
    applySteps(*apply, NoBudget);
    apply->stats.elapsedMs = timer.elapsed();
    finishApply(std::move(apply));
}

void ExportListModel::mergeJobs(const QList<ExportJob> &jobs)
{
    if (m_diffRunning) {
        // The running diff is stale already: start the newest once it is done.
        if (m_queued)
            destroyOffThread(std::move(*m_queued));
        m_queued = jobs;
        return;
    }
    if (m_apply) {
        // Stop between two slices; the model is consistent there. The newer
        // list is diffed against what the model holds now.
        m_sliceTimer.stop();
        destroyOffThread(std::move(m_apply));
    }
    startDiff(jobs);
}

bool ExportListModel::isMerging() const
{
    return m_diffRunning || m_apply;
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
    if (m_apply)
        destroyOffThread(std::move(m_apply));
}

void ExportListModel::startDiff(QList<ExportJob> fresh)
{
    const quint64 generation = ++m_generation;
    m_diffRunning = true;
    // The worker holds the rows through a shallow copy and drops it (with the
    // last reference to the parsed rows) before its result is delivered, so
    // the apply never detaches m_jobs and nothing big is freed on this thread.
    QElapsedTimer clock;
    clock.start();
    QtConcurrent::run([current = m_jobs, fresh = std::move(fresh), pool = m_pool]() mutable {
        const QList<ExportJob> mine = std::move(current);
        const QList<ExportJob> theirs = std::move(fresh);
        return std::make_shared<ExportListDiff>(ExportListDiff::compute(mine, theirs, pool.get()));
    }).then(this, [this, generation, clock](const std::shared_ptr<ExportListDiff> &diff) {
        // A continuation attached to a finished future runs at once, inside
        // mergeJobs(): always go through the event loop instead.
        QMetaObject::invokeMethod(this, [this, generation, clock, diff] {
            onDiffReady(generation, diff, clock.elapsed());
        }, Qt::QueuedConnection);
    });
}

void ExportListModel::onDiffReady(quint64 generation, const std::shared_ptr<ExportListDiff> &diff, qint64 diffMs)
{
    if (generation != m_generation || !m_diffRunning) {
        destroyOffThread(std::move(*diff));
        return; // cleared, replaced by setJobs(), or delivered already
    }
    m_diffRunning = false;
    if (m_queued) {
        destroyOffThread(std::move(*diff));
        QList<ExportJob> next = std::move(*m_queued);
        m_queued.reset();
        startDiff(std::move(next));
        return;
    }
    m_apply = std::make_unique<Apply>();
    m_apply->diff = std::move(*diff);
    m_apply->stats.diffMs = diffMs;
    applySlice();
}

void ExportListModel::applySlice()
{
    if (!m_apply)
        return;
    QElapsedTimer timer;
    timer.start();
    const bool done = applySteps(*m_apply, qint64(m_sliceBudgetMs) * 1000000);
    const qint64 ms = timer.elapsed();
    m_apply->stats.elapsedMs += ms;
    m_apply->stats.longestSliceMs = std::max(m_apply->stats.longestSliceMs, ms);
    ++m_apply->stats.slices;
    if (!done) {
        m_sliceTimer.start(); // the rest in the next event-loop turn
        return;
    }
    finishApply(std::move(m_apply));
    Q_EMIT mergeApplied();
}

// Applies the diff until it is done (true) or the budget is spent. Every step
// is a whole model change, so the model is consistent when this returns.
bool ExportListModel::applySteps(Apply &a, qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    const auto spent = [&] { return clock.nsecsElapsed() >= budgetNs; };
    ExportListDiff &diff = a.diff;

    // 1. Removed rows, in runs from the end: rows before a run keep their numbers.
    while (a.nextRun < diff.removed.size()) {
        const ExportListDiff::Run run = diff.removed.at(a.nextRun++);
        beginRemoveRows({}, run.first, run.last);
        for (int r = run.first; r <= run.last; ++r) {
            m_index.remove(m_jobs.at(r).id);
            a.graveyard.append(std::move(m_jobs[r]));
        }
        m_jobs.erase(m_jobs.begin() + run.first, m_jobs.begin() + run.last + 1);
        m_indexValidBelow = std::min(m_indexValidBelow, run.first);
        endRemoveRows();
        a.stats.removed += run.last - run.first + 1;
        if (spent())
            return false;
    }

    // 2. Changed rows in place, one dataChanged per contiguous run. The diff
    //    numbered them before the removals.
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
               && last - first < 1023)
            ++last;
        for (int i = first; i <= last; ++i) {
            ExportListDiff::Change &c = diff.changed[i];
            Q_ASSERT(m_jobs.at(c.row).id == c.job.id);
            std::swap(m_jobs[c.row], c.job); // the old row goes with the diff
        }
        a.nextChange = last + 1;
        a.stats.changed += last - first + 1;
        Q_EMIT dataChanged(index(diff.changed.at(first).row, 0), index(diff.changed.at(last).row, ColumnCount - 1));
        if (spent())
            return false;
    }

    // 3. The index of the rows that moved up.
    while (!fixIndex(IndexFixBlock)) {
        if (spent())
            return false;
    }

    // 4. New rows at the end, in blocks sized to the budget: the sort proxy
    //    places each block, and a view lays it out.
    if (a.insertBlock == 0)
        a.insertBlock = m_jobs.isEmpty() ? FirstInsertBlockEmpty : FirstInsertBlock;
    while (a.nextAdd < diff.added.size()) {
        const int count = int(std::min<qsizetype>(a.insertBlock, diff.added.size() - a.nextAdd));
        QList<ExportJob *> block;
        block.reserve(count);
        for (int i = a.nextAdd; i < a.nextAdd + count; ++i) {
            ExportJob &job = diff.added[i];
            if (!m_index.contains(job.id)) // updateJob() may have added it meanwhile
                block.append(&job);
        }
        a.nextAdd += count;
        if (block.isEmpty())
            continue;
        QElapsedTimer blockClock;
        blockClock.start();
        const int at = int(m_jobs.size());
        beginInsertRows({}, at, at + int(block.size()) - 1);
        if (m_jobs.isEmpty()) {
            // Room for growth now, while it is cheap: QList::reserve() on a
            // full list copies every row (100,000 rows: over a second here),
            // and appends beyond the capacity move them all.
            const qsizetype rows = diff.added.size() - a.nextAdd + block.size();
            m_jobs.reserve(rows + rows / 4 + 64);
            m_index.reserve(rows + rows / 4 + 64);
        }
        for (ExportJob *job : block) {
            m_index.insert(job->id, int(m_jobs.size()));
            m_jobs.append(std::move(*job));
        }
        m_indexValidBelow = int(m_jobs.size());
        endInsertRows();
        a.stats.inserted += int(block.size());
        if (budgetNs != NoBudget) {
            // Aim the next block at about half the budget, growing at most 4x.
            const qint64 ns = std::max<qint64>(blockClock.nsecsElapsed(), 1000);
            const qint64 next = qint64(block.size()) * (budgetNs / 2) / ns;
            a.insertBlock = int(std::clamp<qint64>(next, 4, std::min<qint64>(20000, 4 * qint64(count))));
        }
        if (spent())
            return a.nextAdd >= diff.added.size();
    }
    return true;
}

void ExportListModel::finishApply(std::unique_ptr<Apply> apply)
{
    m_inProgress = countInProgress(m_jobs);
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
    const ExportJob part = listFieldsOf(job);
    const int row = rowOfId(job.id);
    if (row < 0) {
        const int at = int(m_jobs.size());
        beginInsertRows({}, at, at);
        m_jobs.append(part);
        m_index.insert(part.id, at);
        if (m_indexValidBelow == at)
            m_indexValidBelow = at + 1;
        endInsertRows();
        m_inProgress = countInProgress(m_jobs);
        return at;
    }
    if (m_jobs.at(row) != part) {
        m_jobs[row] = part;
        m_inProgress = countInProgress(m_jobs);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return row;
}

void ExportListModel::clear()
{
    cancelMerge();
    if (m_jobs.isEmpty())
        return;
    beginResetModel();
    destroyOffThread(std::move(m_jobs));
    m_jobs = {};
    m_index.clear();
    m_indexValidBelow = 0;
    m_inProgress = 0;
    m_lastMerge = {};
    endResetModel();
}

} // namespace peaka
