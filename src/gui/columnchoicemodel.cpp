// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchoicemodel.h"

namespace peaka::gui {

ColumnChoiceModel::ColumnChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ColumnChoiceModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns.clear();
    m_parameters.clear();
    for (const Column &c : columns) {
        if (c.isParameter())
            m_parameters << c.name;
        if (!c.isPlumbing() && !c.name.isEmpty())
            m_columns << c;
    }
    m_checked = QList<bool>(m_columns.size(), true);
    endResetModel();
    Q_EMIT choiceChanged();
}

QStringList ColumnChoiceModel::checkedNames() const
{
    QStringList out;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_checked.at(i))
            out << m_columns.at(i).name;
    return out;
}

bool ColumnChoiceModel::allChecked() const
{
    return !m_checked.contains(false);
}

void ColumnChoiceModel::checkAll(bool on)
{
    m_checked.fill(on);
    if (!m_columns.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_columns.size()) - 1), {Qt::CheckStateRole});
    Q_EMIT choiceChanged();
}

void ColumnChoiceModel::invert()
{
    for (bool &b : m_checked)
        b = !b;
    if (!m_columns.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_columns.size()) - 1), {Qt::CheckStateRole});
    Q_EMIT choiceChanged();
}

int ColumnChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ColumnChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const Column &c = m_columns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.dataType.isEmpty() ? c.name : tr("%1  %2", "column name, SQL type").arg(c.name, c.dataType);
    case Qt::ToolTipRole: return c.desc.isEmpty() ? c.dataType : c.desc;
    case Qt::CheckStateRole: return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    case NameRole: return c.name;
    case DataTypeRole: return c.dataType;
    }
    return {};
}

bool ColumnChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.row() >= m_columns.size())
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT choiceChanged();
    return true;
}

Qt::ItemFlags ColumnChoiceModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable : Qt::NoItemFlags;
}

} // namespace peaka::gui
