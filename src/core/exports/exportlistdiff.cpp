// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportlistdiff.h"

#include "exports/stringpool.h"

#include <QHash>
#include <QStringView>

namespace peaka {
namespace {

bool hasDetails(const ExportJob &job)
{
    return !job.files.isEmpty() || job.expiresAt.isValid();
}

} // namespace

ExportJob listFieldsOf(const ExportJob &job)
{
    if (!hasDetails(job))
        return job;
    ExportJob part = job;
    part.files.clear();
    part.expiresAt = {};
    return part;
}

bool sameListFields(const ExportJob &stored, const ExportJob &fresh)
{
    return hasDetails(fresh) ? stored == listFieldsOf(fresh) : stored == fresh;
}

int ExportListDiff::removedCount() const
{
    int n = 0;
    for (const Run &run : removed)
        n += run.last - run.first + 1;
    return n;
}

ExportListDiff ExportListDiff::compute(const QList<ExportJob> &current, const QList<ExportJob> &fresh,
                                       StringPool *pool)
{
    ExportListDiff diff;

    // The current rows by id (views into `current`, which outlives this call).
    QHash<QStringView, int> mine;
    mine.reserve(current.size());
    for (int row = 0; row < current.size(); ++row)
        mine.insert(QStringView(current.at(row).id), row);

    // Fresh rows: changed or new. `seen` marks current rows still listed and
    // fresh ids already taken (a duplicated id keeps its first row).
    QList<bool> kept(current.size(), false);
    QHash<QStringView, bool> newIds;
    for (const ExportJob &job : fresh) {
        const auto it = mine.constFind(QStringView(job.id));
        if (it != mine.cend()) {
            if (kept.at(*it))
                continue; // duplicate
            kept[*it] = true;
            if (!sameListFields(current.at(*it), job))
                diff.changed.append({*it, listFieldsOf(job)});
        } else {
            if (newIds.contains(QStringView(job.id)))
                continue; // duplicate
            newIds.insert(QStringView(job.id), true);
            diff.added.append(listFieldsOf(job));
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

    if (pool) {
        for (Change &c : diff.changed)
            pool->internJob(c.job);
        for (ExportJob &job : diff.added)
            pool->internJob(job);
    }
    return diff;
}

} // namespace peaka
