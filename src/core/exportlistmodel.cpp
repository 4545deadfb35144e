// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlistmodel.h"

#include "exportformat.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

namespace peaka {
namespace {

// The list never carries files or link expiry: compare what the list shows.
ExportJob listPart(ExportJob job)
{
    job.files.clear();
    job.expiresAt = {};
    return job;
}

bool hasDetails(const ExportJob &job)
{
    return !job.files.isEmpty() || job.expiresAt.isValid();
}

// `stored` never has details; compare without copying in the common case.
bool sameListFields(const ExportJob &stored, const ExportJob &fresh)
{
    return hasDetails(fresh) ? stored == listPart(fresh) : stored == fresh;
}

qint64 orMinusOne(const std::optional<qint64> &v)
{
    return v ? *v : -1;
}

int countInProgress(const QList<ExportJob> &jobs)
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(),
                             [](const ExportJob &j) { return j.status.isInProgress(); }));
}

} // namespace

ExportListModel::ExportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ExportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int ExportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportListModel::columnName(Column column)
{
    switch (column) {
    case Status: return tr("Status", "column header");
    case Source: return tr("Source", "column header: the query or table exported");
    case Format: return tr("Format", "column header: file format (CSV, JSONL)");
    case Compression: return tr("Compression", "column header");
    case Rows: return tr("Rows", "column header: number of rows exported");
    case Size: return tr("Size", "column header: bytes exported");
    case Duration: return tr("Duration", "column header: execution time");
    case Created: return tr("Created", "column header: submission time");
    case User: return tr("User", "column header: who started the export");
    case Client: return tr("Client", "column header: the program that started the export");
    case ExportId: return tr("Export ID", "column header");
    case ColumnCount: break;
    }
    return {};
}

QVariant ExportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(Column(section));
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case Rows: case Size: case Duration:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant ExportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportJob &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, index.column());
    case Qt::ToolTipRole:
        return toolTipData(job, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rows: case Size: case Duration:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        return sortData(job, index.column());
    case JobRole:
        return QVariant::fromValue(job);
    case IdRole:
        return job.id;
    case StatusCodeRole:
        return int(job.status.code());
    case ApiKeyPrefixRole:
        return job.apiKeyPrefix;
    default:
        return {};
    }
}

QVariant ExportListModel::displayData(const ExportJob &job, int column) const
{
    const QLocale locale;
    switch (column) {
    case Status: return job.status.displayName();
    case Source: return job.displaySource();
    case Format: return job.format;
    case Compression: return ExportFormat::compression(job.compression);
    case Rows: return job.rowCount ? ExportFormat::count(*job.rowCount, locale) : QString();
    case Size: return job.bytes ? ExportFormat::size(*job.bytes, locale) : QString();
    case Duration: return job.durationMs ? ExportFormat::duration(*job.durationMs, locale) : QString();
    case Created: return ExportFormat::relativeTime(job.createdAt, now(), locale);
    case User: return job.userName.isEmpty() ? job.userId : job.userName;
    case Client: return job.clientSource;
    case ExportId: return job.id;
    default: return {};
    }
}

QVariant ExportListModel::sortData(const ExportJob &job, int column) const
{
    switch (column) {
    case Status: return job.status.sortRank();
    case Rows: return orMinusOne(job.rowCount);
    case Size: return orMinusOne(job.bytes);
    case Duration: return orMinusOne(job.durationMs);
    case Created: return job.createdAt.isValid() ? job.createdAt.toMSecsSinceEpoch() : qint64(-1);
    default: return displayData(job, column);
    }
}

QVariant ExportListModel::toolTipData(const ExportJob &job, int column) const
{
    switch (column) {
    case Status:
        if (job.status.code() == ExportStatus::Failed && !job.error.isEmpty())
            return job.error;
        if (job.status.isUnknown())
            return tr("Status \"%1\" is not known to this version of the app.").arg(job.status.wire());
        return job.status.displayName();
    case Created: return ExportFormat::exactTime(job.createdAt);
    case Rows: return job.rowCount ? tr("%1 rows", "tooltip: exact row count").arg(ExportFormat::count(*job.rowCount)) : QVariant();
    case Size: return job.bytes ? tr("%1 bytes", "tooltip: exact size").arg(ExportFormat::count(*job.bytes)) : QVariant();
    case User:
        if (!job.userName.isEmpty() && !job.userId.isEmpty())
            return QStringLiteral("%1 (%2)").arg(job.userName, job.userId);
        return displayData(job, column);
    default: {
        const QString text = displayData(job, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text); // the full text where the cell cuts it
    }
    }
}

QDateTime ExportListModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void ExportListModel::setReferenceTime(const QDateTime &nowUtc)
{
    m_referenceTime = nowUtc;
    refreshRelativeTimes();
}

void ExportListModel::refreshRelativeTimes()
{
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(rowCount() - 1, Created), {Qt::DisplayRole});
}

void ExportListModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_jobs.size(); ++row)
        m_index.insert(m_jobs.at(row).id, row);
}

void ExportListModel::emitChangedRuns(QList<int> &rows)
{
    std::sort(rows.begin(), rows.end());
    int i = 0;
    while (i < rows.size()) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void ExportListModel::setJobs(const QList<ExportJob> &incoming)
{
    QElapsedTimer timer;
    timer.start();
    MergeStats stats;

    // Index the fresh list; a duplicated id keeps its first row.
    QHash<QString, int> fresh;
    fresh.reserve(incoming.size());
    for (int i = 0; i < incoming.size(); ++i)
        fresh.insert(incoming.at(i).id, i);

    // 1. Remove vanished rows, in contiguous runs from the end so that rows
    //    before each run keep their numbers.
    int row = int(m_jobs.size()) - 1;
    int lowestRemoved = int(m_jobs.size());
    while (row >= 0) {
        if (fresh.contains(m_jobs.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !fresh.contains(m_jobs.at(row - 1).id))
            --row;
        beginRemoveRows({}, row, last);
        for (int r = row; r <= last; ++r)
            m_index.remove(m_jobs.at(r).id);
        m_jobs.erase(m_jobs.begin() + row, m_jobs.begin() + last + 1);
        endRemoveRows();
        stats.removed += last - row + 1;
        lowestRemoved = row;
        --row;
    }
    if (lowestRemoved < m_jobs.size())
        rebuildIndex(lowestRemoved);

    // 2. Update changed rows in place; collect new ones.
    QList<int> changed;
    QList<int> added; // positions in `incoming`
    for (int i = 0; i < incoming.size(); ++i) {
        const ExportJob &job = incoming.at(i);
        if (fresh.value(job.id) != i)
            continue; // duplicate id in the answer
        const auto it = m_index.constFind(job.id);
        if (it == m_index.cend()) {
            added.append(i);
            continue;
        }
        ExportJob &mine = m_jobs[*it];
        if (!sameListFields(mine, job)) {
            mine = hasDetails(job) ? listPart(job) : job;
            changed.append(*it);
        }
    }
    stats.changed = int(changed.size());
    emitChangedRuns(changed);

    // 3. Append new rows in one go; the proxy orders them.
    if (!added.isEmpty()) {
        const int first = int(m_jobs.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_jobs.reserve(first + added.size());
        m_index.reserve(first + added.size());
        for (int i : added) {
            const ExportJob &job = incoming.at(i);
            m_jobs.append(hasDetails(job) ? listPart(job) : job);
            m_index.insert(m_jobs.constLast().id, int(m_jobs.size()) - 1);
        }
        endInsertRows();
        stats.inserted = int(added.size());
    }

    m_inProgress = countInProgress(m_jobs);
    stats.elapsedMs = timer.elapsed();
    m_lastMerge = stats;
    qCDebug(lcModel) << "merged" << incoming.size() << "rows:" << stats.inserted << "inserted,"
                     << stats.removed << "removed," << stats.changed << "changed in"
                     << stats.elapsedMs << "ms";
}

int ExportListModel::updateJob(const ExportJob &job)
{
    if (job.id.isEmpty())
        return -1;
    const ExportJob part = listPart(job);
    const int row = rowOfId(job.id);
    if (row < 0) {
        const int at = int(m_jobs.size());
        beginInsertRows({}, at, at);
        m_jobs.append(part);
        m_index.insert(part.id, at);
        endInsertRows();
        m_inProgress = countInProgress(m_jobs);
        return at;
    }
    if (m_jobs.at(row) != part) {
        m_jobs[row] = part;
        m_inProgress = countInProgress(m_jobs);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return row;
}

void ExportListModel::clear()
{
    if (m_jobs.isEmpty())
        return;
    beginResetModel();
    m_jobs.clear();
    m_index.clear();
    m_inProgress = 0;
    m_lastMerge = {};
    endResetModel();
}

} // namespace peaka
