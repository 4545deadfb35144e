// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/columntypeguesser.h"

#include <QDateTime>

namespace peaka {

void ColumnTypeGuesser::add(const QStringList &row)
{
    if (m_columns.size() < size_t(row.size()))
        m_columns.resize(size_t(row.size()));
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QString &v = row[i];
        if (v.isEmpty())
            continue;   // empty and missing values fit every type
        Column &c = m_columns[size_t(i)];
        c.seen = true;
        c.number = c.number && isNumber(v);
        c.boolean = c.boolean && isBoolean(v);
        c.dateTime = c.dateTime && isDateTime(v);
    }
}

ColumnType ColumnTypeGuesser::type(int column) const
{
    if (column < 0 || size_t(column) >= m_columns.size() || !m_columns[size_t(column)].seen)
        return ColumnType::Text;
    const Column &c = m_columns[size_t(column)];
    if (c.number)
        return ColumnType::Number;
    if (c.boolean)
        return ColumnType::Boolean;
    if (c.dateTime)
        return ColumnType::DateTime;
    return ColumnType::Text;
}

QList<ColumnType> ColumnTypeGuesser::types(int columns) const
{
    QList<ColumnType> out;
    out.reserve(columns);
    for (int i = 0; i < columns; ++i)
        out << type(i);
    return out;
}

bool ColumnTypeGuesser::isNumber(const QString &v)
{
    // JSON-like numbers: -12, 3.5, 1e9, also a leading + or .5 as spreadsheets write them.
    qsizetype i = 0;
    const qsizetype n = v.size();
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < n && v[i].isDigit() && v[i].unicode() < 128)
            ++i;
        return i - from;
    };
    if (i < n && (v[i] == QLatin1Char('-') || v[i] == QLatin1Char('+')))
        ++i;
    const qsizetype whole = digits();
    qsizetype fraction = 0;
    if (i < n && v[i] == QLatin1Char('.')) {
        ++i;
        fraction = digits();
    }
    if (whole == 0 && fraction == 0)
        return false;
    if (i < n && (v[i] == QLatin1Char('e') || v[i] == QLatin1Char('E'))) {
        ++i;
        if (i < n && (v[i] == QLatin1Char('-') || v[i] == QLatin1Char('+')))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == n;
}

bool ColumnTypeGuesser::isBoolean(const QString &v)
{
    return v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || v.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

bool ColumnTypeGuesser::isDateTime(const QString &v)
{
    // ISO 8601 dates and date-times, with T or a space between date and time.
    if (v.size() < 10 || v.size() > 40 || !v[0].isDigit() || v[4] != QLatin1Char('-'))
        return false;
    if (v.size() == 10)
        return QDate::fromString(v, Qt::ISODate).isValid();
    QString iso = v;
    if (iso[10] == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    if (iso.endsWith(QLatin1String(" UTC")))
        iso.chop(4), iso += QLatin1Char('Z');
    return QDateTime::fromString(iso, Qt::ISODateWithMs).isValid();
}

} // namespace peaka
