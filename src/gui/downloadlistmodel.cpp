// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadlistmodel.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadtask.h"
#include "exports/exportformat.h"
#include "statusicons.h"

#include <QDir>
#include <QFileInfo>

namespace peaka::gui {

DownloadListModel::DownloadListModel(DownloadManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    for (DownloadTask *task : manager->tasks())
        add(task);
    connect(manager, &DownloadManager::taskAdded, this, &DownloadListModel::add);
    connect(manager, &DownloadManager::taskRemoved, this, &DownloadListModel::remove);
    // The manager deletes its tasks after this: forget them while they are whole.
    connect(manager, &QObject::destroyed, this, &DownloadListModel::forgetAll);
}

void DownloadListModel::forgetAll()
{
    if (m_tasks.isEmpty())
        return;
    beginResetModel();
    for (DownloadTask *task : std::as_const(m_tasks))
        task->disconnect(this);
    m_tasks.clear();
    endResetModel();
}

int DownloadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int DownloadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DownloadTask *DownloadListModel::taskAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row) : nullptr;
}

int DownloadListModel::rowOf(const DownloadTask *task) const
{
    return int(m_tasks.indexOf(const_cast<DownloadTask *>(task)));
}

void DownloadListModel::add(DownloadTask *task)
{
    if (m_tasks.contains(task))
        return;
    const int row = int(m_tasks.size());
    beginInsertRows({}, row, row);
    m_tasks.append(task);
    endInsertRows();
    connect(task, &DownloadTask::progressChanged, this, [this, task] { changed(task, Size, Eta); });
    connect(task, &DownloadTask::stateChanged, this, [this, task] { changed(task, 0, ColumnCount - 1); });
    connect(task, &DownloadTask::recordChanged, this, [this, task] { changed(task, 0, ColumnCount - 1); });
}

void DownloadListModel::remove(DownloadTask *task)
{
    const int row = rowOf(task);
    if (row < 0)
        return;
    task->disconnect(this);
    beginRemoveRows({}, row, row);
    m_tasks.removeAt(row);
    endRemoveRows();
}

void DownloadListModel::changed(DownloadTask *task, int firstColumn, int lastColumn)
{
    const int row = rowOf(task);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

int DownloadListModel::perMille(const DownloadTask *task)
{
    if (task->state() == DownloadState::Done)
        return 1000;
    const qint64 total = task->bytesTotal();
    if (total <= 0)
        return -1;
    return int(qBound(qint64(0), task->bytesReceived() * 1000 / total, qint64(1000)));
}

QString DownloadListModel::stateText(const DownloadTask *task)
{
    const DownloadState state = task->state();
    if (state == DownloadState::Failed && !task->errorString().isEmpty())
        return task->errorString();
    if (!isFinalState(state) && state != DownloadState::Paused && !task->statusText().isEmpty())
        return task->statusText();
    return downloadStateText(state);
}

QVariant DownloadListModel::display(const DownloadTask *task, int column) const
{
    const bool running = task->state() == DownloadState::Running;
    switch (column) {
    case Name:
        return task->displayName();
    case Source:
        return task->source().exportSource.isEmpty() ? task->source().exportId : task->source().exportSource;
    case Size: {
        const qint64 total = task->bytesTotal();
        if (task->state() == DownloadState::Done)
            return total >= 0 ? ExportFormat::size(total) : ExportFormat::size(task->bytesReceived());
        if (total < 0)
            return ExportFormat::size(task->bytesReceived());
        return tr("%1 of %2", "downloaded bytes of total bytes")
            .arg(ExportFormat::size(task->bytesReceived()), ExportFormat::size(total));
    }
    case Progress: {
        const int pm = perMille(task);
        return pm < 0 ? QString() : tr("%1 %", "download progress in percent").arg(pm / 10);
    }
    case Speed:
        return running && task->bytesPerSecond() > 0
            ? tr("%1/s", "download speed").arg(ExportFormat::size(qint64(task->bytesPerSecond())))
            : QString();
    case Eta:
        return running && task->etaSecs() >= 0 ? ExportFormat::duration(task->etaSecs() * 1000) : QString();
    case State:
        return stateText(task);
    default:
        return {};
    }
}

QVariant DownloadListModel::data(const QModelIndex &index, int role) const
{
    const DownloadTask *task = index.isValid() ? taskAt(index.row()) : nullptr;
    if (!task)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return QDir::toNativeSeparators(task->state() == DownloadState::Done ? task->finalPath()
                                                                                 : task->partPath());
        if (index.column() == State || index.column() == Source)
            return display(task, index.column());
        return {};
    case Qt::DecorationRole:
        if (index.column() == Name)
            return uiIcon("file");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Speed || index.column() == Eta)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TaskRole:
        return QVariant::fromValue(static_cast<QObject *>(const_cast<DownloadTask *>(task)));
    case ProgressRole:
        return perMille(task);
    case StateRole:
        return int(task->state());
    case BytesReceivedRole:
        return task->bytesReceived();
    case BytesTotalRole:
        return task->bytesTotal();
    default:
        return {};
    }
}

QString DownloadListModel::columnName(Column column)
{
    switch (column) {
    case Name: return tr("Name", "downloaded file name");
    case Source: return tr("Export", "the source of the export a file belongs to");
    case Size: return tr("Size", "bytes of a download");
    case Progress: return tr("Progress");
    case Speed: return tr("Speed", "download speed");
    case Eta: return tr("Time left", "estimated time until the download ends");
    case State: return tr("State", "state of a download");
    case ColumnCount: break;
    }
    return {};
}

QVariant DownloadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return columnName(Column(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace peaka::gui
