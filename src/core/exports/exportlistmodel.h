// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"
#include "exports/exportrow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>

#include <iterator>
#include <memory>
#include <optional>

namespace peaka {

struct ExportListDiff;
class StringTable;

// The export jobs of one project as a table. DisplayRole is localised text;
// SortRole carries the raw value the sort proxy compares. A refresh merges by
// id (rows inserted, removed, dataChanged for changed rows only) and never
// resets the model, so selection and scroll position survive it.
//
// mergeJobs() keeps the UI fluid with 100,000 rows: the diff is computed on a
// worker thread and applied here in slices of at most sliceBudgetMs() per
// event-loop turn, each slice a complete model change (rows removed, rows
// changed, a block of rows inserted). Rows are only ever appended at the end,
// so a row keeps its number unless rows before it are removed.
//
// Rows are stored compactly (ExportRow: about 112 bytes, strings as ids into
// one StringTable); jobAt() and jobs() rebuild ExportJob values on demand.
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

    // The rows as ExportJob values, built one at a time while iterating.
    class JobsView
    {
    public:
        class const_iterator
        {
        public:
            using iterator_category = std::input_iterator_tag;
            using value_type = ExportJob;
            using difference_type = std::ptrdiff_t;
            using pointer = const ExportJob *;
            using reference = ExportJob;
            const_iterator(const ExportListModel *model, int row) : m_model(model), m_row(row) {}
            ExportJob operator*() const { return m_model->jobAt(m_row); }
            const_iterator &operator++() { ++m_row; return *this; }
            const_iterator operator++(int) { const_iterator old = *this; ++m_row; return old; }
            friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_row == b.m_row; }
            friend bool operator!=(const const_iterator &a, const const_iterator &b) { return a.m_row != b.m_row; }
        private:
            const ExportListModel *m_model;
            int m_row;
        };
        explicit JobsView(const ExportListModel *model) : m_model(model) {}
        const_iterator begin() const { return {m_model, 0}; }
        const_iterator end() const { return {m_model, m_model->rowCount()}; }
        const_iterator cbegin() const { return begin(); }
        const_iterator cend() const { return end(); }
        int size() const { return m_model->rowCount(); }
        bool isEmpty() const { return size() == 0; }
        QList<ExportJob> toList() const { return {begin(), end()}; }
    private:
        const ExportListModel *m_model;
    };

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
    // A partial update the same way: `rows` added or changed (files and link
    // expiry dropped), then the rows of `removedIds` removed; other rows stay.
    // Updates are applied in the order given, each after the one before it
    // (a full list from mergeJobs() supersedes those not started yet), and
    // mergeApplied() follows each one applied. LivePoller::rowsChanged feeds it.
    void mergeRows(const QList<ExportJob> &rows, const QStringList &removedIds = {});
    bool isMerging() const;
    void setSliceBudgetMs(int ms) { m_sliceBudgetMs = ms; }
    int sliceBudgetMs() const { return m_sliceBudgetMs; }
    // A slice's budget: the model's, less what the rest of the last slice's
    // event-loop turn took (the view's layout and paint of the changed rows),
    // so that slice and paint together stay within one frame; at least 1 ms.
    static qint64 sliceBudgetNs(qint64 modelBudgetNs, qint64 restOfTurnNs);
    // Updates one row from Read Export (files and link expiry are not kept in
    // the list); appends it when it is not in the list. Returns its row.
    int updateJob(const ExportJob &job);
    // Empties the model (another connection or project): the only reset.
    // Cancels a merge in progress.
    void clear();

    MergeStats lastMerge() const { return m_lastMerge; }
    int rowOfId(const QString &id) const;
    ExportJob jobAt(int row) const;
    JobsView jobs() const { return JobsView(this); }
    // Cheap reads of one row's fields (no ExportJob built).
    QString idAt(int row) const;
    ExportStatus::Code statusAt(int row) const { return m_rows.at(row).statusCode(); }
    QString apiKeyPrefixAt(int row) const;
    const ExportRow &rowAt(int row) const { return m_rows.at(row); }
    const StringTable &strings() const { return *m_strings; }
    // The rows as they are now with the strings they name, for a reader on
    // another thread (the cache writer): shared, not copied (the model's next
    // change copies its 112-byte rows, not the reader's).
    struct Snapshot
    {
        QList<ExportRow> rows;
        std::shared_ptr<const StringTable> strings;
    };
    Snapshot snapshot() const { return {m_rows, m_strings}; }
    int inProgressCount() const { return m_inProgress; }

    // A whole list read elsewhere (the export list cache, decoded on a worker):
    // its rows and the table their strings are in. No id twice.
    struct Adoptable
    {
        QList<ExportRow> rows;
        std::shared_ptr<StringTable> strings;
    };
    // No diff is being computed or applied (queued updates may wait): adoptRows() can start.
    bool canAdopt() const;
    // Takes `list` (exportlistmodeladopt.cpp): the model adopts its string table
    // (the rows already here, a first page, are re-interned into it: the cost
    // beyond the list is theirs) and appends its rows in blocks, one per
    // event-loop turn, each sized so that the sort proxy and the view take a
    // few milliseconds with it: one insertion of 100,000 rows into a sorting
    // proxy was a 40-90 ms stall. Rows already here keep their place and win
    // over the listed row of their id. Meanwhile the model counts as merging:
    // updates queue and follow (so a page's fresh row and a complete read's
    // removals win), then mergeApplied(). Meant for an empty or nearly empty
    // model. False (nothing changed) when !canAdopt().
    bool adoptRows(Adoptable list);

    // The clock for relative times; invalid = the current time (tests pin it).
    void setReferenceTime(const QDateTime &nowUtc);
    // Relative times ("5 min ago") age: re-emits dataChanged for the Created column.
    void refreshRelativeTimes();

    static QString columnName(Column column);
    // SortRole of a numeric column (Status rank, Rows, Size, Duration, Created)
    // without a QVariant, for a proxy's lessThan(); nullopt for text columns.
    static std::optional<qint64> numericSortKey(const ExportRow &row, int column);

Q_SIGNALS:
    // mergeJobs(): the model now holds the newest list it was given.
    void mergeApplied();

private:
    const QString &str(const ExportRow &row, ExportRow::Str field) const;
    QString displaySource(const ExportRow &row) const;
    QString statusText(const ExportRow &row) const;
    QVariant displayData(const ExportRow &row, int column) const;
    QVariant sortData(const ExportRow &row, int column) const;
    QVariant toolTipData(const ExportRow &row, int column) const;
    QDateTime now() const;
    struct Apply;
    void cancelMerge();
    struct Partial
    {
        QList<ExportJob> rows;
        QStringList removed;
    };
    void startDiff(QList<ExportJob> fresh);
    void startPartialDiff(Partial partial);
    void whenDiffed(QFuture<std::shared_ptr<ExportListDiff>> future, quint64 generation,
                    QElapsedTimer clock);
    void startQueued();
    struct Budget;
    bool applyRemovals(Apply &apply, const Budget &budget);
    bool applyChanges(Apply &apply, const Budget &budget);
    bool applyInsertions(Apply &apply, const Budget &budget);
    void onDiffReady(quint64 generation, const std::shared_ptr<ExportListDiff> &diff, qint64 diffMs);
    void applySlice();
    bool applySteps(Apply &apply, qint64 budgetNs);
    void finishApply(std::unique_ptr<Apply> apply);
    bool fixIndex(int maxRows) const; // true when the whole index is right
    struct Adopting;
    void adoptBlock();

    QList<ExportRow> m_rows;
    // id -> row; entries of rows >= m_indexValidBelow may be stale after a
    // removal and are fixed in slices (rowOfId() finishes the fix at once).
    mutable QHash<ExportRowKey, int> m_index;
    mutable int m_indexValidBelow = 0;
    std::shared_ptr<StringTable> m_strings; // replaced by clear(); a running diff keeps its own
    std::unique_ptr<Apply> m_apply;       // a diff being applied
    std::optional<QList<ExportJob>> m_queued; // the newest whole list, waiting for the running work
    std::optional<Partial> m_queuedPartial;   // partial updates after it, in order, merged into one
    quint64 m_generation = 0;             // bumped to drop a running diff's result
    bool m_diffRunning = false;
    int m_sliceBudgetMs = DefaultSliceBudgetMs;
    QTimer m_sliceTimer;
    QElapsedTimer m_sinceSlice;  // since the last slice of an apply still going
    qint64 m_restOfTurnNs = 0;   // the rest of the last turn that had a slice
    qint64 m_insertRowNs = 0;    // what a row inserted into a full model cost last (the proxy placing it)
    std::shared_ptr<Adopting> m_adopting; // adoptRows() in progress (shared: complete only in its own file)
    QTimer m_adoptTimer;
    MergeStats m_lastMerge;
    int m_inProgress = 0; // kept by every change of m_rows (never a count over all rows)
    QDateTime m_referenceTime;
};

} // namespace peaka

