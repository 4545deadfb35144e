// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace peaka {
class DownloadManager;
class DownloadTask;
}

namespace peaka::gui {

// The DownloadManager's tasks as a table, one row per task in the manager's
// order. DisplayRole is translated text; the raw values have their own roles
// (the progress delegate reads ProgressRole). Tasks that are added or removed
// become row inserts and removals; progress is dataChanged of one row.
class DownloadListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Source, Size, Progress, Speed, Eta, State, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        TaskRole = Qt::UserRole + 1, // DownloadTask * (as QObject *)
        ProgressRole,                // int per mille 0..1000, -1 when unknown
        StateRole,                   // DownloadState as int
        BytesReceivedRole,           // qint64
        BytesTotalRole,              // qint64, -1 when unknown
    };

    explicit DownloadListModel(DownloadManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    DownloadTask *taskAt(int row) const;
    int rowOf(const DownloadTask *task) const;
    static QString columnName(Column column);
    // The text of the State column: the failure sentence, a retry note, or the state word.
    static QString stateText(const DownloadTask *task);
    static int perMille(const DownloadTask *task);

private:
    void add(DownloadTask *task);
    void remove(DownloadTask *task);
    void forgetAll();
    void changed(DownloadTask *task, int firstColumn, int lastColumn);
    QVariant display(const DownloadTask *task, int column) const;

    QPointer<DownloadManager> m_manager;
    QList<DownloadTask *> m_tasks;
};

} // namespace peaka::gui
