// SPDX-License-Identifier: GPL-3.0-or-later
// One chunk of the export-list cache (schema 4), as ExportListCacheFile reads
// it from a file of ours that may be damaged. The input: one byte, the row
// count the chunks table claims, then the chunk's bytes. The decoder either
// adds nothing (and says so) or adds exactly that many rows, every string of
// which is in its table; a decoded chunk encodes and decodes to the same rows.
#include "fuzzsupport.h"

#include "cache/exportlistcachechunk.h"
#include "exports/stringtable.h"

#include <vector>

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype expected = data[0];
    // Exactly the chunk's bytes on the heap: a read past them shows under ASan.
    const std::vector<char> chunk(data + 1, data + size);

    StringTable table;
    ExportListCacheChunk::Decoder decoder(table);
    QList<ExportRow> rows(3); // rows already read from earlier chunks stay as they are
    const bool ok = decoder.decode(chunk.data(), qsizetype(chunk.size()), expected, rows);
    if (!ok) {
        FUZZ_CHECK(rows.size() == 3, QStringLiteral("a refused chunk added rows"));
        return 0;
    }
    FUZZ_CHECK(rows.size() == 3 + expected, QString::number(rows.size()));
    rows.remove(0, 3);
    QList<ExportJob> jobs;
    for (const ExportRow &row : std::as_const(rows))
        jobs.append(row.toJob(table)); // every string id is in the table

    ExportListCacheChunk::Encoder encoder(table);
    const QByteArray again = encoder.encode(rows.constData(), rows.size());
    StringTable table2;
    ExportListCacheChunk::Decoder decoder2(table2);
    QList<ExportRow> rows2;
    FUZZ_CHECK(decoder2.decode(again.constData(), again.size(), rows.size(), rows2),
               QStringLiteral("its own encoding of a decoded chunk was refused"));
    FUZZ_CHECK(rows2.size() == rows.size(), QString::number(rows2.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        FUZZ_CHECK(rows2.at(i).toJob(table2) == jobs.at(i), jobs.at(i).id.left(40));
    return 0;
}
