// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QHashFunctions>

#include <limits>

namespace peaka {

class StringTable;

// The key of a row in a hash: a canonical UUID id as its 16 bytes, any other
// id as the StringTable id of its text (hi = TextMarker; a UUID whose first
// half is all ones is kept as text so the two never meet).
struct ExportRowKey
{
    static constexpr quint64 TextMarker = ~quint64(0);
    quint64 hi = TextMarker;
    quint64 lo = 0;
    bool isText() const { return hi == TextMarker; }
    friend bool operator==(const ExportRowKey &a, const ExportRowKey &b) { return a.hi == b.hi && a.lo == b.lo; }
};
inline size_t qHash(const ExportRowKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.hi, k.lo);
}

// The list fields of one export (no files, no link expiry) in 112 bytes and
// no allocation of its own: strings are StringTable ids, the id a UUID's 16
// bytes, numbers plain with a sentinel for "unset", createdAt as milliseconds
// plus its exact wire text (nanoseconds and a digit count, or a table id when
// the server spelt it some other way). Trivially copyable, so a list of them
// is moved, swapped and freed without touching the heap row by row.
struct ExportRow
{
    static constexpr qint64 Unset = std::numeric_limits<qint64>::min();
    enum Str : quint8 {
        Format, Compression, Error, QueryId, CatalogId, SchemaName, TableName, Source,
        UserId, UserName, ApiKeyPrefix, ClientSource, StatusRaw, StrCount
    };
    enum CreatedText : quint8 { NoText = 0xFE, PooledText = 0xFF }; // else: fraction digits 0-9

    ExportRowKey key;
    qint64 rowCount = Unset;
    qint64 bytes = Unset;
    qint64 durationMs = Unset;
    qint64 createdMs = Unset;
    qint64 createdText = 0; // nanoseconds since the epoch, or a table id (PooledText)
    quint32 str[StrCount] = {};
    quint8 status = 0;       // ExportStatus::Code
    qint8 downloadable = -1; // -1 unset, 0 false, 1 true
    quint8 createdDigits = NoText;

    ExportStatus::Code statusCode() const { return ExportStatus::Code(status); }
    bool isInProgress() const { return status == ExportStatus::Pending || status == ExportStatus::Running; }

    // Interns the strings into `table`. Files and link expiry are dropped.
    static ExportRow fromJob(const ExportJob &job, StringTable &table);
    ExportJob toJob(const StringTable &table) const;
    QString id(const StringTable &table) const;
    // The key of `id` as fromJob() would make it; nullopt when it cannot be in the table.
    static std::optional<ExportRowKey> keyOf(const QString &id, const StringTable &table);
    // The key of `id`, interning a non-UUID id into `table`; idOf() turns it back.
    static ExportRowKey internKey(const QString &id, StringTable &table);
    static QString idOf(const ExportRowKey &key, const StringTable &table);

    friend bool operator==(const ExportRow &a, const ExportRow &b);
    friend bool operator!=(const ExportRow &a, const ExportRow &b) { return !(a == b); }
};

} // namespace peaka
