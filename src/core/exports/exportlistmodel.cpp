// SPDX-License-Identifier: GPL-3.0-or-later
// ExportListModel: the table's cells. The merge is in exportlistmodelmerge.cpp.
#include "exports/exportlistmodel.h"

#include "exports/exportformat.h"
#include "exports/stringtable.h"

#include <QLocale>

namespace peaka {
namespace {

qint64 orMinusOne(qint64 v)
{
    return v == ExportRow::Unset ? qint64(-1) : v;
}

QDateTime createdOf(const ExportRow &row)
{
    return row.createdMs == ExportRow::Unset ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC);
}

} // namespace

int ExportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

ExportJob ExportListModel::jobAt(int row) const
{
    return m_rows.at(row).toJob(*m_strings);
}

QString ExportListModel::idAt(int row) const
{
    return m_rows.at(row).id(*m_strings);
}

QString ExportListModel::apiKeyPrefixAt(int row) const
{
    return str(m_rows.at(row), ExportRow::ApiKeyPrefix);
}

const QString &ExportListModel::str(const ExportRow &row, ExportRow::Str field) const
{
    return m_strings->at(row.str[field]);
}

QVariant ExportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rows: case Size: case Duration:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        return sortData(row, index.column());
    case JobRole:
        return QVariant::fromValue(row.toJob(*m_strings));
    case IdRole:
        return row.id(*m_strings);
    case StatusCodeRole:
        return int(row.status);
    case ApiKeyPrefixRole:
        return str(row, ExportRow::ApiKeyPrefix);
    default:
        return {};
    }
}

// As ExportJob::displaySource(), on the compact row.
QString ExportListModel::displaySource(const ExportRow &row) const
{
    const QString &source = str(row, ExportRow::Source);
    if (!source.isEmpty())
        return source;
    if (!str(row, ExportRow::TableName).isEmpty()) {
        QStringList parts;
        for (ExportRow::Str f : {ExportRow::CatalogId, ExportRow::SchemaName, ExportRow::TableName}) {
            if (!str(row, f).isEmpty())
                parts.append(str(row, f));
        }
        return parts.join(QLatin1Char('.'));
    }
    return str(row, ExportRow::QueryId);
}

QString ExportListModel::statusText(const ExportRow &row) const
{
    if (row.statusCode() == ExportStatus::Unknown)
        return ExportStatus::fromWire(str(row, ExportRow::StatusRaw)).displayName();
    return ExportStatus(row.statusCode()).displayName();
}

QVariant ExportListModel::displayData(const ExportRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Status: return statusText(row);
    case Source: return displaySource(row);
    case Format: return str(row, ExportRow::Format);
    case Compression: return ExportFormat::compression(str(row, ExportRow::Compression));
    case Rows: return row.rowCount != ExportRow::Unset ? ExportFormat::count(row.rowCount, locale) : QString();
    case Size: return row.bytes != ExportRow::Unset ? ExportFormat::size(row.bytes, locale) : QString();
    case Duration:
        return row.durationMs != ExportRow::Unset ? ExportFormat::duration(row.durationMs, locale) : QString();
    case Created: return ExportFormat::relativeTime(createdOf(row), now(), locale);
    case User: {
        const QString &name = str(row, ExportRow::UserName);
        return name.isEmpty() ? str(row, ExportRow::UserId) : name;
    }
    case Client: return str(row, ExportRow::ClientSource);
    case ExportId: return row.id(*m_strings);
    default: return {};
    }
}

QVariant ExportListModel::sortData(const ExportRow &row, int column) const
{
    if (const std::optional<qint64> key = numericSortKey(row, column))
        return *key;
    return displayData(row, column);
}

std::optional<qint64> ExportListModel::numericSortKey(const ExportRow &row, int column)
{
    switch (column) {
    case Status: return ExportStatus(row.statusCode()).sortRank();
    case Rows: return orMinusOne(row.rowCount);
    case Size: return orMinusOne(row.bytes);
    case Duration: return orMinusOne(row.durationMs);
    case Created: return orMinusOne(row.createdMs);
    default: return std::nullopt;
    }
}

QVariant ExportListModel::toolTipData(const ExportRow &row, int column) const
{
    switch (column) {
    case Status:
        if (row.statusCode() == ExportStatus::Failed && !str(row, ExportRow::Error).isEmpty())
            return str(row, ExportRow::Error);
        if (row.statusCode() == ExportStatus::Unknown)
            return tr("Status \"%1\" is not known to this version of the app.").arg(str(row, ExportRow::StatusRaw));
        return statusText(row);
    case Created: return ExportFormat::exactTime(createdOf(row));
    case Rows:
        return row.rowCount != ExportRow::Unset
            ? tr("%1 rows", "tooltip: exact row count").arg(ExportFormat::count(row.rowCount)) : QVariant();
    case Size:
        return row.bytes != ExportRow::Unset
            ? tr("%1 bytes", "tooltip: exact size").arg(ExportFormat::count(row.bytes)) : QVariant();
    case User: {
        const QString &name = str(row, ExportRow::UserName);
        const QString &id = str(row, ExportRow::UserId);
        if (!name.isEmpty() && !id.isEmpty())
            return QStringLiteral("%1 (%2)").arg(name, id);
        return displayData(row, column);
    }
    default: {
        const QString text = displayData(row, column).toString();
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
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(rowCount() - 1, Created), {Qt::DisplayRole});
}

} // namespace peaka
