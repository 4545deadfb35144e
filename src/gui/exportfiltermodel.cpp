// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfiltermodel.h"

#include "exports/exportlistmodel.h"

namespace peaka::gui {

ExportFilterModel::ExportFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ExportListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ExportFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_exports = qobject_cast<const ExportListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ExportFilterModel::setStatuses(const QSet<ExportStatus::Code> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void ExportFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void ExportFilterModel::setMineOnly(bool mine)
{
    if (mine == m_mineOnly)
        return;
    m_mineOnly = mine;
    invalidateRowsFilter();
}

void ExportFilterModel::setMyKeyPrefix(const QString &prefix)
{
    if (prefix == m_myPrefix)
        return;
    m_myPrefix = prefix;
    if (m_mineOnly)
        invalidateRowsFilter();
}

bool ExportFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ExportListModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    // Cheap reads first: building the whole ExportJob is only worth it for a search.
    if (!m_statuses.isEmpty() && !m_statuses.contains(model->statusAt(sourceRow)))
        return false;
    if (m_mineOnly && (m_myPrefix.isEmpty() || model->apiKeyPrefixAt(sourceRow) != m_myPrefix))
        return false;
    if (m_search.isEmpty())
        return true;
    const ExportJob job = model->jobAt(sourceRow);
    const auto has = [this](const QString &field) {
        return field.contains(m_search, Qt::CaseInsensitive);
    };
    return has(job.displaySource()) || has(job.id) || has(job.userName) || has(job.userId)
        || has(job.error) || has(job.queryId) || has(job.tableName);
}

bool ExportFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ExportListModel *model = m_exports;
    if (model && sortRole() == ExportListModel::SortRole && left.column() == right.column()
        && !left.parent().isValid() && !right.parent().isValid()) {
        const std::optional<qint64> l = ExportListModel::numericSortKey(model->rowAt(left.row()), left.column());
        if (l)
            return *l < *ExportListModel::numericSortKey(model->rowAt(right.row()), right.column());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace peaka::gui
