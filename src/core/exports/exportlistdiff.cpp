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

int ExportListDiff::removedCount() const
{
    int n = 0;
    for (const Run &run : removed)
        n += run.last - run.first + 1;
    return n;
}

ExportListDiff ExportListDiff::compute(const QList<ExportRow> &current, const QList<ExportJob> &fresh,
                                       StringTable &table)
{
    ExportListDiff diff;

    QHash<ExportRowKey, int> mine;
    mine.reserve(current.size());
    for (int row = 0; row < current.size(); ++row)
        mine.insert(current.at(row).key, row);

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

    for (int row = int(current.size()) - 1; row >= 0;) {
        if (kept.at(row)) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !kept.at(row - 1))
            --row;
        diff.removed.append({row, last});
        --row;
    }
    diff.freshCount = int(current.size()) - diff.removedCount() + int(diff.added.size());
    return diff;
}

} // namespace peaka
