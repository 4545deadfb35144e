// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewtablemodel.h"


namespace peaka::gui {
namespace {

constexpr qsizetype tooltipChars = 2000;

// One line per cell: line breaks and tabs are shown as symbols.
QString oneLine(const QString &value)
{
    if (!value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('\t')))
        return value;
    QString text = value;
    text.replace(QLatin1String("\r\n"), QStringLiteral("\u21b5"));
    text.replace(QLatin1Char('\n'), QChar(0x21b5)).replace(QLatin1Char('\r'), QChar(0x21b5));
    text.replace(QLatin1Char('\t'), QChar(0x2192));
    return text;
}

} // namespace

PreviewTableModel::PreviewTableModel(int maxRows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxRows(maxRows)
{
}

void PreviewTableModel::append(const PreviewResult &batch)
{
    m_requested = false;
    if (batch.columns.size() > m_columns.size()) {
        beginInsertColumns({}, int(m_columns.size()), int(batch.columns.size()) - 1);
        m_columns = batch.columns;
        m_types = batch.types;
        endInsertColumns();
    }
    if (batch.types != m_types) {
        m_types = batch.types;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    }
    const qsizetype room = m_maxRows - m_rows.size();
    const qsizetype n = qMin(room, batch.rows.size());
    if (n > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + n) - 1);
        m_rows.append(batch.rows.mid(0, n));
        endInsertRows();
    }
}

void PreviewTableModel::setMoreAvailable(bool more)
{
    m_more = more;
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList &row = m_rows[index.row()];
    // Rows of an earlier JSONL batch are shorter than columns found later.
    const QString value = index.column() < row.size() ? row[index.column()] : QString();
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(value);
    case Qt::ToolTipRole:
        if (value.isNull())
            return tr("No value", "tooltip of an empty preview cell: the key is missing or null");
        return value.size() > tooltipChars ? value.left(tooltipChars) + QChar(0x2026) : value;
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return columnType(index.column()) == ColumnType::Number ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const QString type = PreviewResult::typeName(columnType(section));
    switch (role) {
    case Qt::DisplayRole:
        return m_columns[section] + QLatin1Char('\n') + type;
    case Qt::ToolTipRole:
        return tr("%1: guessed type %2 (from the rows read so far)", "column name: its guessed type")
            .arg(m_columns[section], type);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool PreviewTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_requested && m_rows.size() < m_maxRows;
}

void PreviewTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_requested = true;
    Q_EMIT moreRequested();
}

} // namespace peaka::gui
