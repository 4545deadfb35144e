// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportrow.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <vector>

namespace peaka {

class StringTable;

// A run of cached rows as one value (a `data` BLOB of the cache's chunks
// table, schema 4): the distinct strings of the run (varint(length + 1) and
// UTF-8, 0: null), then each row: a flags byte, the id (16 bytes of a UUID, or
// a string), the set numbers as zigzag varints, the created-at text (fraction
// digits and nanoseconds, or a string), the status (a byte; an unknown one
// with the server's text) and the other string fields as indices into the run's strings. One SQLite step and one
// QVariant per few thousand rows, and a decode that is integer work except for
// the few distinct strings (interned once a run), straight into ExportRows.
namespace ExportListCacheChunk {

constexpr int RowsPerChunk = 2048;

// The CRC-32 stored beside each chunk: damage SQLite does not see.
quint32 checksum(const QByteArray &chunk);

// Encodes rows [first, first + count) of `rows`, whose strings are in `table`.
class Encoder
{
public:
    explicit Encoder(const StringTable &table);
    QByteArray encode(const ExportRow *rows, qsizetype count);

private:
    quint32 local(quint32 id);
    const StringTable &m_table;
    std::vector<quint32> m_local; // table id -> index in the chunk's strings + 1 (0: not yet)
    QList<quint32> m_used;        // table ids of the chunk's strings, in order
};

// Decodes chunks into rows interned in one table. Bounded: every length and
// index is checked against the bytes and the chunk's strings; a damaged chunk
// adds nothing.
class Decoder
{
public:
    explicit Decoder(StringTable &table) : m_table(table) {}
    // Appends the chunk's `expectedRows` rows to `out`; false (and `out` as it
    // was) when the bytes are not exactly that many whole rows.
    bool decode(const char *data, qsizetype size, qsizetype expectedRows, QList<ExportRow> &out);

private:
    StringTable &m_table;
    QHash<QByteArray, quint32> m_ids;   // bytes -> table id, across chunks
    std::vector<quint32> m_chunkIds;    // the current chunk's strings as table ids
};

} // namespace ExportListCacheChunk
} // namespace peaka
