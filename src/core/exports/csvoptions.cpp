// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/csvoptions.h"

namespace peaka {

QJsonObject CsvOptions::toJson() const
{
    QJsonObject o;
    if (delimiter != QLatin1String(","))
        o.insert(QStringLiteral("delimiter"), delimiter);
    if (quoteChar != QLatin1String("\""))
        o.insert(QStringLiteral("quoteChar"), quoteChar);
    if (crlf)
        o.insert(QStringLiteral("recordSeparator"), QStringLiteral("\r\n"));
    if (!includeHeader)
        o.insert(QStringLiteral("includeHeader"), false);
    if (!nullValue.isEmpty())
        o.insert(QStringLiteral("nullValue"), nullValue);
    return o;
}

CsvOptions CsvOptions::fromJson(const QJsonObject &o)
{
    CsvOptions c;
    c.delimiter = o.value(QLatin1String("delimiter")).toString(c.delimiter);
    c.quoteChar = o.value(QLatin1String("quoteChar")).toString(c.quoteChar);
    c.crlf = o.value(QLatin1String("recordSeparator")).toString() == QLatin1String("\r\n");
    c.includeHeader = o.value(QLatin1String("includeHeader")).toBool(true);
    c.nullValue = o.value(QLatin1String("nullValue")).toString();
    return c;
}

QStringList CsvOptions::validate() const
{
    QStringList problems;
    const auto isBreak = [](const QString &s) { return s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')); };
    if (delimiter.size() != 1)
        problems << tr("The CSV delimiter must be exactly one character.");
    else if (isBreak(delimiter))
        problems << tr("The CSV delimiter cannot be a line break.");
    if (quoteChar.size() != 1)
        problems << tr("The CSV quote character must be exactly one character.");
    else if (isBreak(quoteChar))
        problems << tr("The CSV quote character cannot be a line break.");
    if (problems.isEmpty() && delimiter == quoteChar)
        problems << tr("The CSV delimiter and quote character must differ.");
    if (isBreak(nullValue))
        problems << tr("The text for NULL cannot contain a line break.");
    return problems;
}

} // namespace peaka
