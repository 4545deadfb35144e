// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace peaka {

// The body of Export Query / Export Table. Unset fields are not sent, so the
// server's defaults apply (CSV, NONE, all columns, system columns included).
struct ExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ExportOptions)
public:
    static constexpr int kMinLimit = 1;
    static constexpr int kMaxLimit = 1000000;

    QString format;                           // "CSV" or "JSONL"; empty = server default
    QString compression;                      // "NONE" or "GZIP"; empty = server default
    std::optional<int> limit;                 // clamped by the server to [1, 1000000]
    QStringList columns;                      // empty = all columns
    std::optional<bool> includeSystemColumns; // unset = server default (true)
    QJsonObject csvOptions;                   // sent only when not empty, and never for JSONL

    QJsonObject toJson() const;
    // Sentences for what is wrong before anything is sent; empty when fine.
    QStringList validate() const;
    // "a, b ,c" -> ["a","b","c"]
    static QStringList parseColumns(const QString &text);
    // A typed row limit: "250000", "250,000", "250 000" (and the locale's
    // group separator) -> 250000; nullopt for empty text; *ok false for
    // anything but digits; more than 12 digits -> the largest qint64.
    static std::optional<qint64> parseLimit(const QString &text, bool *ok);
};

} // namespace peaka
