// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportjob.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace peaka {

// The export jobs of one project as a table. DisplayRole is localised text;
// SortRole carries the raw value the sort proxy compares. A refresh merges by
// id (rows inserted, removed, dataChanged for changed rows only) and never
// resets the model, so selection and scroll position survive it.
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

    // What the last setJobs() did.
    struct MergeStats
    {
        int inserted = 0;
        int removed = 0;
        int changed = 0;
        qint64 elapsedMs = 0; // time spent in setJobs, signals included
    };

    explicit ExportListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Merges a fresh list by id: O(n) with a hash index.
    void setJobs(const QList<ExportJob> &jobs);
    // Updates one row from Read Export (files and link expiry are not kept in
    // the list); appends it when it is not in the list. Returns its row.
    int updateJob(const ExportJob &job);
    // Empties the model (another connection or project): the only reset.
    void clear();

    MergeStats lastMerge() const { return m_lastMerge; }
    int rowOfId(const QString &id) const { return m_index.value(id, -1); }
    const ExportJob &jobAt(int row) const { return m_jobs.at(row); }
    const QList<ExportJob> &jobs() const { return m_jobs; }
    int inProgressCount() const { return m_inProgress; }

    // The clock for relative times; invalid = the current time (tests pin it).
    void setReferenceTime(const QDateTime &nowUtc);
    // Relative times ("5 min ago") age: re-emits dataChanged for the Created column.
    void refreshRelativeTimes();

    static QString columnName(Column column);

private:
    QVariant displayData(const ExportJob &job, int column) const;
    QVariant sortData(const ExportJob &job, int column) const;
    QVariant toolTipData(const ExportJob &job, int column) const;
    QDateTime now() const;
    void rebuildIndex(int fromRow = 0);
    void emitChangedRuns(QList<int> &rows);

    QList<ExportJob> m_jobs;
    QHash<QString, int> m_index; // id -> row
    MergeStats m_lastMerge;
    int m_inProgress = 0;
    QDateTime m_referenceTime;
};

} // namespace peaka

