// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcetypes.h"

#include <QAbstractListModel>

namespace peaka::gui {

// A table's columns as checkboxes ("name  type"). Cache plumbing columns
// (`_q_…` parameters, `_cache_…`) are never exported, so they are not offered;
// parameters() names them for an explanation.
class ColumnChoiceModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, DataTypeRole };

    explicit ColumnChoiceModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns); // every offered column starts checked
    void clear() { setColumns({}); }
    QStringList parameters() const { return m_parameters; }
    QStringList checkedNames() const;
    bool allChecked() const;
    void checkAll(bool on);
    void invert();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void choiceChanged();

private:
    QList<Column> m_columns;
    QList<bool> m_checked;
    QStringList m_parameters;
};

} // namespace peaka::gui
