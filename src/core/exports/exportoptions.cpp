// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportoptions.h"

#include "exports/csvoptions.h"

#include <QJsonArray>

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
