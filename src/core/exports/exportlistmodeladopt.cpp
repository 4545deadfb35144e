// SPDX-License-Identifier: GPL-3.0-or-later
// ExportListModel: adopting a whole list decoded elsewhere (the export list cache).
#include "exports/exportlistmodel.h"

#include "common/destroyoffthread.h"
#include "exports/stringtable.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>
#include <vector>

namespace peaka {
namespace {

// The first block: shown at once, and small enough for a sorting proxy
// whatever the machine; later blocks are sized by how long the last one took.
constexpr int FirstAdoptBlock = 2000;
// What a block aims at: the sort proxy places it (a sort of the block and a
// search per row), the view lays it out. Half the 16 ms frame, for the rest of the turn.
constexpr qint64 AdoptBlockNs = 6 * 1000 * 1000;
constexpr int MinAdoptBlock = 256;
constexpr int MaxAdoptBlock = 50000;

// `row` with its strings (ids into `from`) interned into `to`.
ExportRow reinterned(const ExportRow &row, const StringTable &from, StringTable &to)
{
    ExportRow r = row;
    if (r.key.isText())
        r.key.lo = to.intern(from.at(quint32(r.key.lo)));
    if (r.createdDigits == ExportRow::PooledText)
        r.createdText = to.intern(from.at(quint32(r.createdText)));
    for (quint32 &id : r.str)
        id = to.intern(from.at(id));
    return r;
}

} // namespace

struct ExportListModel::Adopting
{
    QList<ExportRow> rows;
    qsizetype next = 0;
    int block = FirstAdoptBlock;
    quint64 generation = 0; // cancelMerge() (clear, setJobs) bumps the model's: the rest is dropped
    MergeStats stats;
    qint64 ns = 0, longestNs = 0;
};

bool ExportListModel::canAdopt() const
{
    return !m_diffRunning && !m_apply;
}

bool ExportListModel::adoptRows(Adoptable list)
{
    if (!canAdopt() || !list.strings)
        return false;
    // The rows here (a first page, a Read Export) name the adopted table from now on;
    // what they hold does not change, so no signal.
    if (!m_rows.isEmpty()) {
        bool textKeys = false;
        for (ExportRow &row : m_rows) {
            row = reinterned(row, *m_strings, *list.strings);
            textKeys = textKeys || row.key.isText();
        }
        if (textKeys) { // their keys are table ids too
            m_index.clear();
            m_indexValidBelow = 0;
        }
    }
    fixIndex(std::numeric_limits<int>::max());
    destroyOffThread(std::exchange(m_strings, std::move(list.strings))); // a snapshot may still hold it
    m_rows.reserve(m_rows.size() + list.rows.size()); // a few rows move now, none later
    m_index.reserve(m_rows.size() + list.rows.size());
    auto adopting = std::make_shared<Adopting>();
    adopting->rows = std::move(list.rows);
    // To the merge this is work in progress: mergeRows() and mergeJobs() queue
    // behind it, isMerging() holds, cancelMerge() ends it (exportlistmodelmerge.cpp).
    m_diffRunning = true;
    adopting->generation = m_generation;
    m_adopting = std::move(adopting);
    m_adoptTimer.setSingleShot(true);
    m_adoptTimer.setInterval(0);
    connect(&m_adoptTimer, &QTimer::timeout, this, &ExportListModel::adoptBlock, Qt::UniqueConnection);
    adoptBlock(); // the first block in this turn
    return true;
}

void ExportListModel::adoptBlock()
{
    const std::shared_ptr<Adopting> a = m_adopting;
    if (!a)
        return;
    if (a->generation != m_generation || !m_diffRunning) { // cleared or replaced meanwhile
        m_adopting.reset();
        destroyOffThread(std::move(a->rows));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const qsizetype end = std::min<qsizetype>(a->rows.size(), a->next + a->block);
    // Ids here already (a first page, a Read Export) keep their row.
    std::vector<const ExportRow *> fresh;
    fresh.reserve(size_t(end - a->next));
    for (qsizetype i = a->next; i < end; ++i) {
        const ExportRow &row = a->rows.at(i);
        if (!m_index.contains(row.key))
            fresh.push_back(&row);
    }
    const qsizetype offered = end - a->next;
    a->next = end;
    if (!fresh.empty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        for (const ExportRow *row : fresh) {
            m_index.insert(row->key, int(m_rows.size()));
            m_rows.append(*row);
            m_inProgress += row->isInProgress();
        }
        m_indexValidBelow = int(m_rows.size());
        endInsertRows();
        a->stats.inserted += int(fresh.size());
    }
    const qint64 ns = std::max<qint64>(clock.nsecsElapsed(), 1000);
    a->ns += ns;
    a->longestNs = std::max(a->longestNs, ns);
    ++a->stats.slices;
    if (a->next < a->rows.size()) {
        // About linear in the block (the proxy's search per row dominates); grow at most 4x.
        const qint64 next = offered * AdoptBlockNs / ns;
        a->block = int(std::clamp<qint64>(next, MinAdoptBlock, std::min<qint64>(MaxAdoptBlock, 4 * qint64(a->block))));
        m_adoptTimer.start();
        return;
    }
    m_adopting.reset();
    m_diffRunning = false;
    m_lastMerge = a->stats;
    m_lastMerge.elapsedMs = a->ns / 1000000;
    m_lastMerge.longestSliceMs = a->longestNs / 1000000;
    destroyOffThread(std::move(a->rows));
    Q_EMIT mergeApplied();
    if (!m_apply && !m_diffRunning) // a receiver may have started one
        startQueued();
}

} // namespace peaka
