// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace peaka {

// csvOptions of a new export (schema ExportCsvOptions). Every field left at
// its default is not sent, so the server's defaults apply.
struct CsvOptions
{
    Q_DECLARE_TR_FUNCTIONS(peaka::CsvOptions)
public:
    QString delimiter = QStringLiteral(",");
    QString quoteChar = QStringLiteral("\"");
    bool crlf = false;          // recordSeparator "\r\n" instead of "\n"
    bool includeHeader = true;
    QString nullValue;          // how NULL is written; empty = empty field

    bool isDefault() const { return toJson().isEmpty(); }
    QJsonObject toJson() const;
    static CsvOptions fromJson(const QJsonObject &o);
    // Sentences for what is wrong: one character each, delimiter != quote, no line break.
    QStringList validate() const;

    friend bool operator==(const CsvOptions &a, const CsvOptions &b)
    {
        return a.toJson() == b.toJson();
    }
};

} // namespace peaka
