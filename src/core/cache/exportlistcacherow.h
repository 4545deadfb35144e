// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QByteArray>
#include <QHash>

namespace peaka {

// The list fields of one cached row as one compact value (the `fields` BLOB of
// the cache's exports table): a flags byte, the set numbers as zigzag varints,
// then each string as varint(length + 1) and its UTF-8 bytes (0: null). One
// column per row instead of twenty: Qt SQL turns every column of every row into
// a QVariant, which made reading 100,000 rows take about a second.
namespace ExportListCacheRow {

void encode(const ExportJob &job, QByteArray &out); // appends to `out`

// Decodes rows, sharing the repeated strings (formats, users, sources, ...)
// by their bytes, before a QString is made: one per distinct value.
class Decoder
{
public:
    // False (and `job` unspecified) when the bytes are not a whole row.
    bool decode(const char *data, qsizetype size, ExportJob &job);

private:
    QString shared(const char *data, qsizetype size);
    QHash<QByteArray, QString> m_strings;
};

} // namespace ExportListCacheRow
} // namespace peaka
