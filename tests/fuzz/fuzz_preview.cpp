// SPDX-License-Identifier: GPL-3.0-or-later
// The preview readers (CSV, JSONL, plain or gzip) on hostile files, with small
// limits so they are reached: every row has one value per column, values and
// column names stay within the field limit, columns within maxColumns, rows
// within the batch; a failure has a sentence; the same bytes gzipped read the same.
// The first byte picks the format hint and the file name; the rest is the file.
#include "fuzzsupport.h"

#include "preview/previewreader.h"

#include <zlib.h>

using namespace peaka;

namespace {

QByteArray gzip(const QByteArray &plain)
{
    z_stream zs{};
    deflateInit2(&zs, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(plain.size()))) + 64, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    zs.avail_in = uInt(plain.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        fuzz::fail("deflate", __FILE__, __LINE__, QString::number(rc));
    return out;
}

void checkResult(const PreviewResult &r, const PreviewOptions &o)
{
    const QString why = r.error.left(120);
    FUZZ_CHECK(r.rows.size() <= o.rows, QString::number(r.rows.size()));
    FUZZ_CHECK(r.columns.size() <= o.maxColumns, QString::number(r.columns.size()));
    FUZZ_CHECK(r.types.size() == r.columns.size(), QString::number(r.types.size()));
    FUZZ_CHECK(r.totalRows >= r.rows.size(), QString::number(r.totalRows));
    for (const QString &c : r.columns)
        FUZZ_CHECK(c.size() <= o.maxFieldBytes + 1, c.left(80));
    for (const QStringList &row : r.rows) {
        FUZZ_CHECK(row.size() == r.columns.size(), QStringLiteral("%1 values, %2 columns").arg(row.size()).arg(r.columns.size()));
        for (const QString &v : row)
            FUZZ_CHECK(v.size() <= o.maxFieldBytes + 1, v.left(80));
    }
    FUZZ_CHECK(r.ok() == r.error.isEmpty(), why);
    for (const QString &note : r.notes)
        FUZZ_CHECK(!note.isEmpty(), why);
    if (r.format == PreviewFormat::Csv)
        FUZZ_CHECK(r.delimiter != 0, why);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *names[] = {"export.csv", "export.jsonl", "export.csv.gz", "export"};
    PreviewOptions options;
    options.name = QLatin1String(names[data[0] % 4]);
    options.format = PreviewFormat((data[0] / 4) % 3);
    options.rows = 50;
    options.maxFieldBytes = 64;
    options.maxLineBytes = 512;
    options.maxColumns = 24;
    options.memoryBudget = 8 * 1024;
    const QByteArray file = fuzz::bytes(data + 1, size - 1);

    const PreviewResult plain = previewBytes(file, options);
    checkResult(plain, options);

    // The same bytes through gzip read the same (unless they were gzip already,
    // or the name says .gz, which reads them as gzip).
    if (file.startsWith("\x1f\x8b") || options.name.endsWith(QLatin1String(".gz")))
        return 0;
    const PreviewResult zipped = previewBytes(gzip(file), options);
    checkResult(zipped, options);
    FUZZ_CHECK(zipped.compressed, QStringLiteral("gzip not detected"));
    FUZZ_CHECK(zipped.columns == plain.columns, plain.columns.join(QLatin1Char(',')).left(120));
    FUZZ_CHECK(zipped.rows == plain.rows, QString::number(plain.rows.size()));
    FUZZ_CHECK(zipped.failure == plain.failure, zipped.error.left(80) + QStringLiteral(" vs ") + plain.error.left(80));
    return 0;
}
