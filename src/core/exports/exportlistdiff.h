// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"
#include "exports/exportrow.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace peaka {

class StringTable;

// What turns the rows a model holds into a fresh list, merged by id. Computed
// without touching the model (on a worker thread for big lists); the model
// applies it in order: removals (runs from the end), changes, insertions.
struct ExportListDiff
{
    struct Change
    {
        int row = -1;  // in the current list, before any removal
        ExportRow job; // the new list fields
    };
    struct Run
    {
        int first = 0;
        int last = 0;
    };

    QList<Change> changed;  // ascending rows
    QList<Run> removed;     // rows of the current list, contiguous runs, descending
    QList<ExportRow> added; // new rows, in the order of the fresh list
    int freshCount = 0;     // rows of the fresh list (duplicated ids counted once)

    bool isEmpty() const { return changed.isEmpty() && removed.isEmpty() && added.isEmpty(); }
    int removedCount() const;

    // O(n) with one hash of the current ids. A duplicated id keeps its first
    // row. The fresh rows' strings are interned into `table` (the one the
    // current rows use); files and link expiry (Read Export only) are dropped.
    // `index`, when given, is the row of every current key (the model's own
    // index, shared): building one costs 10-20 ms per 100,000 rows, on every page.
    static ExportListDiff compute(const QList<ExportRow> &current, const QList<ExportJob> &fresh,
                                  StringTable &table, const QHash<ExportRowKey, int> *index = nullptr);
    // A partial update: `rows` added or changed (a repeated id: the last row
    // wins), then the rows of `removedIds` removed; every other row stays.
    static ExportListDiff computePartial(const QList<ExportRow> &current, const QList<ExportJob> &rows,
                                         const QStringList &removedIds, StringTable &table,
                                         const QHash<ExportRowKey, int> *index = nullptr);

private:
    void setRemovedFrom(const QList<bool> &kept); // `removed`: the runs of rows not kept
};

// The list fields of a row: files and link expiry are not kept in the list.
ExportJob listFieldsOf(const ExportJob &job);

} // namespace peaka
