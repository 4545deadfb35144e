// SPDX-License-Identifier: GPL-3.0-or-later
// Content-Range and Content-Length of storage responses: never a negative
// size, never a range that contradicts itself. Input: "range\nlength".
#include "fuzzsupport.h"

#include "downloads/storageheaders.h"

using namespace peaka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray range = newline < 0 ? input : input.left(newline);
    const QByteArray length = newline < 0 ? input : input.mid(newline + 1);
    const QString shown = QString::fromLatin1(range.left(80));

    const ContentRange r = parseContentRange(range);
    FUZZ_CHECK(r.start >= -1 && r.end >= -1 && r.total >= -1, shown);
    FUZZ_CHECK((r.start < 0) == (r.end < 0), shown);
    if (r.start >= 0)
        FUZZ_CHECK(r.start <= r.end, shown);
    if (r.end >= 0 && r.total >= 0)
        FUZZ_CHECK(r.end < r.total, shown);
    if (r.start >= 0 || r.total >= 0)
        FUZZ_CHECK(range.toLower().contains("bytes"), shown);

    const qint64 n = parseContentLength(length);
    FUZZ_CHECK(n >= -1, QString::fromLatin1(length.left(80)));
    if (n >= 0)
        FUZZ_CHECK(QByteArray::number(n) == length.trimmed() || length.trimmed().startsWith('0'),
                   QString::fromLatin1(length.left(80)));
    return 0;
}
