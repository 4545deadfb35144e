// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QList>

namespace peaka {

class StringPool;

// What turns the rows a model holds into a fresh list, merged by id. Computed
// without touching the model (on a worker thread for big lists); the model
// applies it in order: changes, removals (runs from the end), insertions.
struct ExportListDiff
{
    struct Change
    {
        int row = -1;  // in the current list, before any removal
        ExportJob job; // the new list fields
    };
    struct Run
    {
        int first = 0;
        int last = 0;
    };

    QList<Change> changed;  // ascending rows
    QList<Run> removed;     // rows of the current list, contiguous runs, descending
    QList<ExportJob> added; // new rows, in the order of the fresh list
    int freshCount = 0;     // rows of the fresh list (duplicated ids counted once)

    bool isEmpty() const { return changed.isEmpty() && removed.isEmpty() && added.isEmpty(); }
    int removedCount() const;

    // O(n) with one hash of the fresh ids. A duplicated id keeps its first row.
    // Files and link expiry (Read Export only) are dropped from the rows; the
    // repeated strings of changed and added rows are interned when `pool` is given.
    static ExportListDiff compute(const QList<ExportJob> &current, const QList<ExportJob> &fresh,
                                  StringPool *pool = nullptr);
};

// The list fields of a row: files and link expiry are not kept in the list.
ExportJob listFieldsOf(const ExportJob &job);
bool sameListFields(const ExportJob &stored, const ExportJob &fresh);

} // namespace peaka
