// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportlistdiff.h"

#include "exports/stringtable.h"

#include <QHash>

#include <algorithm>

namespace peaka {

ExportJob listFieldsOf(const ExportJob &job)
{
    if (job.files.isEmpty() && !job.expiresAt.isValid())
        return job;
    ExportJob part = job;
    part.files.clear();
    part.expiresAt = {};
    return part;
}

namespace {

// The row of each current key: the caller's index, or one built here.
const QHash<ExportRowKey, int> &rowsByKey(const QList<ExportRow> &current, const QHash<ExportRowKey, int> *index,
                                          QHash<ExportRowKey, int> &built)
{
    if (index) {
        Q_ASSERT(index->size() == current.size());
        return *index;
    }
    built.reserve(current.size());
    for (int row = 0; row < current.size(); ++row)
        built.insert(current.at(row).key, row);
    return built;
}

} // namespace

int ExportListDiff::removedCount() const
{
    int n = 0;
    for (const Run &run : removed)
        n += run.last - run.first + 1;
    return n;
}

ExportListDiff ExportListDiff::compute(const QList<ExportRow> &current, const QList<ExportJob> &fresh,
                                       StringTable &table, const QHash<ExportRowKey, int> *index)
{
    ExportListDiff diff;
    QHash<ExportRowKey, int> built;
    const QHash<ExportRowKey, int> &mine = rowsByKey(current, index, built);

    // Fresh rows: changed or new. `kept` marks current rows still listed;
    // `newIds` the new ids taken (a duplicated id keeps its first row).
    QList<bool> kept(current.size(), false);
    QHash<ExportRowKey, bool> newIds;
    for (const ExportJob &job : fresh) {
        const ExportRow row = ExportRow::fromJob(job, table);
        const auto it = mine.constFind(row.key);
        if (it != mine.cend()) {
            if (kept.at(*it))
                continue; // duplicate
            kept[*it] = true;
            if (current.at(*it) != row)
                diff.changed.append({*it, row});
        } else {
            if (newIds.contains(row.key))
                continue; // duplicate
            newIds.insert(row.key, true);
            diff.added.append(row);
        }
    }
    std::sort(diff.changed.begin(), diff.changed.end(),
              [](const Change &a, const Change &b) { return a.row < b.row; });

    diff.setRemovedFrom(kept);
    diff.freshCount = int(current.size()) - diff.removedCount() + int(diff.added.size());
    return diff;
}

void ExportListDiff::setRemovedFrom(const QList<bool> &kept)
{
    removed.clear();
    for (int row = int(kept.size()) - 1; row >= 0;) {
        if (kept.at(row)) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !kept.at(row - 1))
            --row;
        removed.append({row, last});
        --row;
    }
}

ExportListDiff ExportListDiff::computePartial(const QList<ExportRow> &current, const QList<ExportJob> &rows,
                                              const QStringList &removedIds, StringTable &table,
                                              const QHash<ExportRowKey, int> *index)
{
    ExportListDiff diff;
    QHash<ExportRowKey, int> built;
    const QHash<ExportRowKey, int> &mine = rowsByKey(current, index, built);

    // key -> place in `changed` / `added`, so a later row replaces an earlier one.
    QHash<ExportRowKey, int> changedAt, addedAt;
    for (const ExportJob &job : rows) {
        const ExportRow row = ExportRow::fromJob(job, table);
        const auto it = mine.constFind(row.key);
        if (it != mine.cend()) {
            const auto at = changedAt.constFind(row.key);
            if (at != changedAt.cend())
                diff.changed[*at].job = row;
            else if (current.at(*it) != row) {
                changedAt.insert(row.key, int(diff.changed.size()));
                diff.changed.append({*it, row});
            }
        } else {
            const auto at = addedAt.constFind(row.key);
            if (at != addedAt.cend()) {
                diff.added[*at] = row;
            } else {
                addedAt.insert(row.key, int(diff.added.size()));
                diff.added.append(row);
            }
        }
    }
    // A changed row that came back equal to the current one is no change.
    diff.changed.erase(std::remove_if(diff.changed.begin(), diff.changed.end(),
                                      [&current](const Change &c) { return current.at(c.row) == c.job; }),
                       diff.changed.end());

    QList<bool> kept(current.size(), true);
    QList<bool> addedKept(diff.added.size(), true);
    bool anyRemoved = false, anyAddedRemoved = false;
    for (const QString &id : removedIds) {
        const std::optional<ExportRowKey> key = ExportRow::keyOf(id, table);
        if (!key)
            continue;
        const auto it = mine.constFind(*key);
        if (it != mine.cend()) {
            kept[*it] = false;
            anyRemoved = true;
        }
        const auto at = addedAt.constFind(*key);
        if (at != addedAt.cend()) {
            addedKept[*at] = false;
            anyAddedRemoved = true;
        }
    }
    if (anyRemoved) {
        diff.changed.erase(std::remove_if(diff.changed.begin(), diff.changed.end(),
                                          [&kept](const Change &c) { return !kept.at(c.row); }),
                           diff.changed.end());
        diff.setRemovedFrom(kept);
    }
    if (anyAddedRemoved) {
        QList<ExportRow> added;
        added.reserve(diff.added.size());
        for (int i = 0; i < diff.added.size(); ++i)
            if (addedKept.at(i))
                added.append(diff.added.at(i));
        diff.added = std::move(added);
    }
    std::sort(diff.changed.begin(), diff.changed.end(),
              [](const Change &a, const Change &b) { return a.row < b.row; });
    diff.freshCount = int(current.size()) - diff.removedCount() + int(diff.added.size());
    return diff;
}

} // namespace peaka
