// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/exportlistcachechunk.h"

#include "exports/exportstatus.h"
#include "exports/stringtable.h"

#include <zlib.h>

#include <iterator>

namespace peaka::ExportListCacheChunk {
namespace {

enum Flag : quint8 {
    TextKey = 1, HasRowCount = 2, HasBytes = 4, HasDuration = 8, HasCreated = 16,
    DownloadableShift = 5, DownloadableMask = 3 << DownloadableShift, // 0 unset, 1 false, 2 true
    Reserved = 128,
};

// The statuses as written: a status's place here is its byte on disk.
constexpr ExportStatus::Code StatusOnDisk[] = {ExportStatus::Unknown, ExportStatus::Pending, ExportStatus::Running,
                                               ExportStatus::Succeeded, ExportStatus::Failed, ExportStatus::Cancelled,
                                               ExportStatus::Expired};

quint8 onDisk(ExportStatus::Code code)
{
    for (size_t i = 0; i < std::size(StatusOnDisk); ++i) {
        if (StatusOnDisk[i] == code)
            return quint8(i);
    }
    return 0;
}

// The smallest row: flags, a 16-byte id, the digits byte, the status, 12 string indices.
constexpr qsizetype MinRowBytes = 1 + 16 + 1 + 1 + 12;

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

void putNumber(QByteArray &out, qint64 v)
{
    putVarint(out, (quint64(v) << 1) ^ quint64(v >> 63)); // zigzag: small negatives stay short
}

void putU64(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.append(char(v >> (8 * i)));
}

// Bounds-checked reads over one chunk's bytes; `ok` turns false for good on the first overrun.
struct Reader
{
    const char *p;
    const char *end;
    bool ok = true;

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p == end)
                break;
            const quint8 b = quint8(*p++);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        ok = false;
        return 0;
    }
    qint64 number()
    {
        const quint64 z = varint();
        return qint64(z >> 1) ^ -qint64(z & 1);
    }
    quint8 byte()
    {
        if (p == end) {
            ok = false;
            return 0;
        }
        return quint8(*p++);
    }
    quint64 u64()
    {
        if (end - p < 8) {
            ok = false;
            p = end;
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v |= quint64(quint8(p[i])) << (8 * i);
        p += 8;
        return v;
    }
};

} // namespace

quint32 checksum(const QByteArray &chunk)
{
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size())));
}

Encoder::Encoder(const StringTable &table)
    : m_table(table)
    , m_local(size_t(table.size()), 0)
{
}

quint32 Encoder::local(quint32 id)
{
    if (id == StringTable::Null || id >= m_local.size())
        return 0; // null (an id past the table cannot be in it: null as well)
    quint32 &slot = m_local[id];
    if (slot == 0) {
        m_used.append(id);
        slot = quint32(m_used.size());
    }
    return slot;
}

QByteArray Encoder::encode(const ExportRow *rows, qsizetype count)
{
    for (quint32 id : std::as_const(m_used))
        m_local[id] = 0;
    m_used.clear();
    QByteArray body;
    body.reserve(count * 48);
    for (qsizetype i = 0; i < count; ++i) {
        const ExportRow &r = rows[i];
        quint8 flags = 0;
        if (r.key.isText())
            flags |= TextKey;
        if (r.rowCount != ExportRow::Unset)
            flags |= HasRowCount;
        if (r.bytes != ExportRow::Unset)
            flags |= HasBytes;
        if (r.durationMs != ExportRow::Unset)
            flags |= HasDuration;
        if (r.createdMs != ExportRow::Unset)
            flags |= HasCreated;
        flags |= quint8((r.downloadable < 0 ? 0 : r.downloadable + 1) << DownloadableShift);
        body.append(char(flags));
        if (r.key.isText()) {
            putVarint(body, local(quint32(r.key.lo)));
        } else {
            putU64(body, r.key.hi);
            putU64(body, r.key.lo);
        }
        if (flags & HasRowCount)
            putNumber(body, r.rowCount);
        if (flags & HasBytes)
            putNumber(body, r.bytes);
        if (flags & HasDuration)
            putNumber(body, r.durationMs);
        if (flags & HasCreated)
            putNumber(body, r.createdMs);
        body.append(char(r.createdDigits));
        if (r.createdDigits == ExportRow::PooledText)
            putVarint(body, local(quint32(r.createdText)));
        else if (r.createdDigits != ExportRow::NoText)
            putNumber(body, r.createdText);
        // The status as its place in the codec's own list (not the enum's number),
        // and the server's raw text of an unknown one.
        body.append(char(onDisk(r.statusCode())));
        if (r.statusCode() == ExportStatus::Unknown)
            putVarint(body, local(r.str[ExportRow::StatusRaw]));
        for (int s = 0; s < ExportRow::StatusRaw; ++s)
            putVarint(body, local(r.str[s]));
    }
    QByteArray out;
    putVarint(out, quint64(m_used.size()));
    for (quint32 id : std::as_const(m_used)) {
        const QByteArray utf8 = m_table.at(id).toUtf8();
        putVarint(out, quint64(utf8.size()) + 1);
        out.append(utf8);
    }
    out.append(body);
    return out;
}

bool Decoder::decode(const char *data, qsizetype size, qsizetype expectedRows, QList<ExportRow> &out)
{
    if (size < 0 || expectedRows < 0 || expectedRows > size / MinRowBytes + 1)
        return false;
    Reader in{data, data + size};
    const quint64 strings = in.varint();
    if (!in.ok || strings > quint64(size)) // every string takes a byte at least
        return false;
    m_chunkIds.assign(size_t(strings) + 1, StringTable::Null);
    for (quint64 i = 1; i <= strings; ++i) {
        const quint64 n = in.varint();
        if (!in.ok || n == 0 || n - 1 > quint64(in.end - in.p)) {
            if (!in.ok || n != 0)
                return false;
            continue; // a null string: id 0 already
        }
        const qsizetype len = qsizetype(n - 1);
        const QByteArray bytes = QByteArray::fromRawData(in.p, len); // no copy to look up
        in.p += len;
        const auto it = m_ids.constFind(bytes);
        if (it != m_ids.cend()) {
            m_chunkIds[i] = *it;
        } else {
            const quint32 id = m_table.intern(QString::fromUtf8(bytes.constData(), len));
            m_ids.insert(QByteArray(bytes.constData(), len), id);
            m_chunkIds[i] = id;
        }
    }
    const qsizetype before = out.size();
    const quint64 limit = strings + 1;
    const auto string = [&](quint32 *id) {
        const quint64 i = in.varint();
        if (!in.ok || i >= limit)
            return in.ok = false;
        *id = m_chunkIds[size_t(i)];
        return true;
    };
    out.reserve(before + expectedRows);
    for (qsizetype row = 0; row < expectedRows && in.ok; ++row) {
        ExportRow r;
        const quint8 flags = in.byte();
        if (flags & Reserved || ((flags & DownloadableMask) >> DownloadableShift) == 3) {
            in.ok = false;
            break;
        }
        if (flags & TextKey) {
            quint32 id = 0;
            if (!string(&id) || id == StringTable::Null)
                break;
            r.key = {ExportRowKey::TextMarker, id};
        } else {
            r.key.hi = in.u64();
            r.key.lo = in.u64();
            if (r.key.hi == ExportRowKey::TextMarker)
                in.ok = false;
        }
        if (flags & HasRowCount)
            r.rowCount = in.number();
        if (flags & HasBytes)
            r.bytes = in.number();
        if (flags & HasDuration)
            r.durationMs = in.number();
        if (flags & HasCreated)
            r.createdMs = in.number();
        r.downloadable = qint8(((flags & DownloadableMask) >> DownloadableShift) - 1);
        r.createdDigits = in.byte();
        if (r.createdDigits == ExportRow::PooledText) {
            quint32 id = 0;
            if (!string(&id))
                break;
            r.createdText = id;
        } else if (r.createdDigits != ExportRow::NoText) {
            if (r.createdDigits > 9)
                in.ok = false;
            r.createdText = in.number();
        }
        const quint8 status = in.byte();
        if (status >= std::size(StatusOnDisk)) {
            in.ok = false;
            break;
        }
        r.status = quint8(StatusOnDisk[status]);
        if (r.statusCode() == ExportStatus::Unknown && !string(&r.str[ExportRow::StatusRaw]))
            break;
        for (int s = 0; s < ExportRow::StatusRaw; ++s) {
            if (!string(&r.str[s]))
                break;
        }
        if (!in.ok)
            break;
        out.append(r);
    }
    if (!in.ok || in.p != in.end || out.size() - before != expectedRows) {
        out.resize(before);
        return false;
    }
    return true;
}

} // namespace peaka::ExportListCacheChunk
