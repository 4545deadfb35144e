// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>

namespace peaka {

struct ExportListDiff;
class StringPool;

// The export jobs of one project as a table. DisplayRole is localised text;
// SortRole carries the raw value the sort proxy compares. A refresh merges by
// id (rows inserted, removed, dataChanged for changed rows only) and never
// resets the model, so selection and scroll position survive it.
//
// mergeJobs() keeps the UI fluid with 100,000 rows: the diff is computed on a
// worker thread and applied here in slices of at most sliceBudgetMs() per
// event-loop turn, each slice a complete model change (rows removed, rows
// changed, a block of rows inserted). Rows are only ever appended at the end,
// so a row keeps its number unless rows before it are removed. Repeated
// strings of the rows share their data (StringPool).
class ExportListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Status,
        Source,
        Format,
        Compression,
        Rows,
        Size,
        Duration,
        Created,
        User,
        Client,
        ExportId,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: qint64, QString or an int rank
        JobRole,                     // the whole ExportJob (QVariant::fromValue)
        IdRole,                      // the export id
        StatusCodeRole,              // ExportStatus::Code as int
        ApiKeyPrefixRole,            // public prefix of the key that started it
    };

    // What the last merge did.
    struct MergeStats
    {
        int inserted = 0;
        int removed = 0;
        int changed = 0;
        qint64 elapsedMs = 0;      // time this thread spent merging, signals included
        qint64 diffMs = 0;         // mergeJobs(): time the worker spent computing the diff
        qint64 longestSliceMs = 0; // mergeJobs(): the longest slice applied in one event-loop turn
        int slices = 0;            // mergeJobs(): event-loop turns the apply took
    };

    static constexpr int DefaultSliceBudgetMs = 4;

    explicit ExportListModel(QObject *parent = nullptr);
    ~ExportListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Merges a fresh list by id, at once: O(n) with a hash index. Cancels a
    // mergeJobs() still in progress.
    void setJobs(const QList<ExportJob> &jobs);
    // Merges a fresh list by id without stalling this thread: diff on a worker,
    // apply in slices, then mergeApplied(). A newer list supersedes one still
    // being diffed or applied (the model ends in the newest state, and
    // mergeApplied() is emitted once, for it). The model is consistent
    // between slices.
    void mergeJobs(const QList<ExportJob> &jobs);
    bool isMerging() const;
    void setSliceBudgetMs(int ms) { m_sliceBudgetMs = ms; }
    int sliceBudgetMs() const { return m_sliceBudgetMs; }
    // Updates one row from Read Export (files and link expiry are not kept in
    // the list); appends it when it is not in the list. Returns its row.
    int updateJob(const ExportJob &job);
    // Empties the model (another connection or project): the only reset.
    // Cancels a merge in progress.
    void clear();

    MergeStats lastMerge() const { return m_lastMerge; }
    int rowOfId(const QString &id) const;
    const ExportJob &jobAt(int row) const { return m_jobs.at(row); }
    const QList<ExportJob> &jobs() const { return m_jobs; }
    int inProgressCount() const { return m_inProgress; }

    // The clock for relative times; invalid = the current time (tests pin it).
    void setReferenceTime(const QDateTime &nowUtc);
    // Relative times ("5 min ago") age: re-emits dataChanged for the Created column.
    void refreshRelativeTimes();

    static QString columnName(Column column);

Q_SIGNALS:
    // mergeJobs(): the model now holds the newest list it was given.
    void mergeApplied();

private:
    QVariant displayData(const ExportJob &job, int column) const;
    QVariant sortData(const ExportJob &job, int column) const;
    QVariant toolTipData(const ExportJob &job, int column) const;
    QDateTime now() const;
    struct Apply;
    void cancelMerge();
    void startDiff(QList<ExportJob> fresh);
    void onDiffReady(quint64 generation, const std::shared_ptr<ExportListDiff> &diff, qint64 diffMs);
    void applySlice();
    bool applySteps(Apply &apply, qint64 budgetNs);
    void finishApply(std::unique_ptr<Apply> apply);
    bool fixIndex(int maxRows) const; // true when the whole index is right

    QList<ExportJob> m_jobs;
    // id -> row; entries of rows >= m_indexValidBelow may be stale after a
    // removal and are fixed in slices (rowOfId() finishes the fix at once).
    mutable QHash<QString, int> m_index;
    mutable int m_indexValidBelow = 0;
    std::shared_ptr<StringPool> m_pool;
    std::unique_ptr<Apply> m_apply;       // a diff being applied
    std::optional<QList<ExportJob>> m_queued; // the newest list, waiting for the running diff
    quint64 m_generation = 0;             // bumped to drop a running diff's result
    bool m_diffRunning = false;
    int m_sliceBudgetMs = DefaultSliceBudgetMs;
    QTimer m_sliceTimer;
    MergeStats m_lastMerge;
    int m_inProgress = 0;
    QDateTime m_referenceTime;
};

} // namespace peaka

