// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportstatus.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace peaka {
class ExportListModel;
}

namespace peaka::gui {

// Filters and sorts an ExportListModel: a set of statuses (empty = all), a
// search text over source, id, user, error, query id and table name, and
// "Mine" (rows started with the key whose public prefix is myKeyPrefix).
class ExportFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ExportFilterModel(QObject *parent = nullptr);

    void setStatuses(const QSet<ExportStatus::Code> &statuses);
    QSet<ExportStatus::Code> statuses() const { return m_statuses; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setMineOnly(bool mine);
    bool mineOnly() const { return m_mineOnly; }
    void setMyKeyPrefix(const QString &prefix);
    QString myKeyPrefix() const { return m_myPrefix; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Numeric columns compare the rows' fields directly: the same order as
    // comparing SortRole values, without two QVariants per comparison (a
    // block of 100,000 rows costs ~1.7 million comparisons).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<ExportStatus::Code> m_statuses;
    QString m_search;
    QString m_myPrefix;
    bool m_mineOnly = false;
    const ExportListModel *m_exports = nullptr; // the source when it is one (lessThan)
};

} // namespace peaka::gui
