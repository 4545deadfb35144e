// SPDX-License-Identifier: GPL-3.0-or-later
// gunzip of hostile streams. The first byte picks a mode:
//  0: the bytes as a .gz from the storage: a clear sentence or a file of
//     exactly bytesWritten bytes, never more than deflate's 1032:1 allows;
//  1: the bytes gzip-compressed (as two members): decompressing gives them back;
//  2: the same, cut short: always refused, and no partial output is left.
#include "fuzzsupport.h"

#include "downloads/gunzip.h"

#include <QFile>
#include <QFileInfo>

#include <zlib.h>

using namespace peaka;

namespace {

QByteArray gzip(const QByteArray &plain)
{
    z_stream zs{};
    if (deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        fuzz::fail("deflateInit2", __FILE__, __LINE__, {});
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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int mode = data[0] % 3;
    const QByteArray payload = fuzz::bytes(data + 1, size - 1);
    const QString target = fuzz::scratchDir() + QStringLiteral("/out.csv");
    QFile::remove(target);

    if (mode == 0) {
        const QString source = fuzz::writeScratch(QStringLiteral("in.csv.gz"), payload);
        const Gunzip::Result r = Gunzip::decompress(source, target);
        if (!r.ok) {
            FUZZ_CHECK(!r.error.isEmpty(), QStringLiteral("no sentence"));
            FUZZ_CHECK(!QFileInfo::exists(target), QStringLiteral("partial output left behind"));
            return 0;
        }
        FUZZ_CHECK(r.error.isEmpty(), r.error);
        FUZZ_CHECK(r.bytesWritten >= 0 && QFileInfo(target).size() == r.bytesWritten, QString::number(r.bytesWritten));
        FUZZ_CHECK(r.bytesWritten <= 1032 * qint64(payload.size()), QString::number(r.bytesWritten));
        return 0;
    }

    const qsizetype split = payload.isEmpty() ? 0 : qsizetype(data[0] / 3) % (payload.size() + 1);
    const QByteArray first = gzip(payload.left(split));
    QByteArray gz = first + gzip(payload.mid(split));
    if (mode == 2) {
        // Anywhere but the end of the first member (that leaves one whole, valid member).
        qsizetype cut = qsizetype(payload.size()) % gz.size();
        if (cut == first.size())
            --cut;
        gz.truncate(cut);
    }
    const QString source = fuzz::writeScratch(QStringLiteral("in.csv.gz"), gz);
    const Gunzip::Result r = Gunzip::decompress(source, target);
    if (mode == 2) {
        FUZZ_CHECK(!r.ok, QStringLiteral("a cut stream was accepted"));
        FUZZ_CHECK(!QFileInfo::exists(target), QStringLiteral("partial output left behind"));
        return 0;
    }
    FUZZ_CHECK(r.ok, r.error);
    QFile out(target);
    FUZZ_CHECK(out.open(QIODevice::ReadOnly), target);
    FUZZ_CHECK(out.readAll() == payload, QStringLiteral("round trip changed the data"));
    FUZZ_CHECK(r.bytesWritten == payload.size(), QString::number(r.bytesWritten));
    return 0;
}
