// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace peaka {

// Localised text for the numbers and times of an export: sizes, durations,
// "5 min ago", "Links expire in 42 min". Widget-free so the CLI can use it too.
class ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ExportFormat)
public:
    // "3.5 MB" (SI units, as file managers show them).
    static QString size(qint64 bytes, const QLocale &locale = QLocale());
    // "850 ms", "12 s", "1 min 12 s", "2 h 5 min".
    static QString duration(qint64 ms, const QLocale &locale = QLocale());
    // "just now", "5 min ago", "3 h ago", "2 days ago"; older than a week: the short date.
    static QString relativeTime(const QDateTime &when, const QDateTime &nowUtc,
                                const QLocale &locale = QLocale());
    // The exact local time for tooltips: "Tuesday, 9 June 2026 14:02:11".
    static QString exactTime(const QDateTime &when, const QLocale &locale = QLocale());
    // "Links expire in 42 min" / "Links expired 5 min ago".
    static QString linkExpiry(const QDateTime &expiresAt, const QDateTime &nowUtc);
    // "None", "gzip", or the server's own word.
    static QString compression(const QString &wire);
    // A count with the locale's group separators: "100,000".
    static QString count(qint64 n, const QLocale &locale = QLocale());
};

} // namespace peaka
