// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportoptions.h"

#include "exports/csvoptions.h"

#include <QJsonArray>
#include <QLocale>

#include <limits>

namespace peaka {

QJsonObject ExportOptions::toJson() const
{
    QJsonObject o;
    if (!format.isEmpty())
        o.insert(QStringLiteral("format"), format);
    if (!compression.isEmpty())
        o.insert(QStringLiteral("compression"), compression);
    if (limit)
        o.insert(QStringLiteral("limit"), *limit);
    if (!columns.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    if (includeSystemColumns)
        o.insert(QStringLiteral("includeSystemColumns"), *includeSystemColumns);
    if (!csvOptions.isEmpty() && format != QLatin1String("JSONL"))
        o.insert(QStringLiteral("csvOptions"), csvOptions);
    return o;
}

QStringList ExportOptions::validate() const
{
    QStringList problems;
    if (!format.isEmpty() && format != QLatin1String("CSV") && format != QLatin1String("JSONL"))
        problems << tr("The format must be CSV or JSONL.");
    if (!compression.isEmpty() && compression != QLatin1String("NONE") && compression != QLatin1String("GZIP"))
        problems << tr("The compression must be NONE or GZIP.");
    if (limit && (*limit < kMinLimit || *limit > kMaxLimit))
        problems << tr("The row limit must be between 1 and 1,000,000.");
    if (format != QLatin1String("JSONL"))
        problems += CsvOptions::fromJson(csvOptions).validate();
    for (const QString &c : columns) {
        if (c.trimmed().isEmpty()) {
            problems << tr("A column name is empty.");
            break;
        }
    }
    return problems;
}

// "250000", "250,000", "250 000" (and the locale's group separator) → 250000.
std::optional<qint64> ExportOptions::parseLimit(const QString &text, bool *ok)
{
    QString digits;
    const QChar group = QLocale().groupSeparator().isEmpty() ? QLatin1Char(',') : QLocale().groupSeparator().at(0);
    for (const QChar c : text.trimmed()) {
        if (c == QLatin1Char(',') || c == QLatin1Char('_') || c == group || c.isSpace())
            continue;
        digits += c;
    }
    *ok = true;
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *ok = false;
            return std::nullopt;
        }
    }
    bool converted = false;
    const qint64 value = digits.left(12).toLongLong(&converted);
    if (!converted || digits.size() > 12)
        return std::numeric_limits<qint64>::max();
    return value;
}

QStringList ExportOptions::parseColumns(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

} // namespace peaka
