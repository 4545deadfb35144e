// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/exportlistcacherow.h"

#include <QTimeZone>

namespace peaka::ExportListCacheRow {
namespace {

enum Flag : quint8 {
    HasRowCount = 1, HasBytes = 2, HasDuration = 4, HasCreated = 8, HasDownloadable = 16, Downloadable = 32,
};

constexpr int MaxSharedLength = 512;    // longer strings are rarely repeated
constexpr int MaxSharedStrings = 50000; // past this, strings are no longer shared (memory bound)

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

void putString(QByteArray &out, const QString &s)
{
    if (s.isNull()) {
        putVarint(out, 0);
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    putVarint(out, quint64(utf8.size()) + 1);
    out.append(utf8);
}

// Bounds-checked reads over one row's bytes.
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
    // The bytes of one string: `isNull` for a null one; false when cut off.
    bool string(const char **data, qsizetype *size, bool *isNull)
    {
        const quint64 n = varint();
        *isNull = n == 0;
        *data = p;
        *size = 0;
        if (!ok || n == 0)
            return ok;
        if (n - 1 > quint64(end - p))
            return ok = false;
        *size = qsizetype(n - 1);
        p += *size;
        return true;
    }
};

} // namespace

void encode(const ExportJob &j, QByteArray &out)
{
    quint8 flags = 0;
    if (j.rowCount)
        flags |= HasRowCount;
    if (j.bytes)
        flags |= HasBytes;
    if (j.durationMs)
        flags |= HasDuration;
    if (j.createdAt.isValid())
        flags |= HasCreated;
    if (j.downloadable)
        flags |= HasDownloadable | (*j.downloadable ? Downloadable : 0);
    out.append(char(flags));
    if (j.rowCount)
        putNumber(out, *j.rowCount);
    if (j.bytes)
        putNumber(out, *j.bytes);
    if (j.durationMs)
        putNumber(out, *j.durationMs);
    if (j.createdAt.isValid())
        putNumber(out, j.createdAt.toMSecsSinceEpoch());
    for (const QString *s : {&j.id, &j.createdAtText, &j.error, &j.queryId, &j.catalogId, &j.schemaName,
                             &j.tableName, &j.source, &j.userId, &j.userName, &j.apiKeyPrefix, &j.clientSource,
                             &j.format, &j.compression})
        putString(out, *s);
    putString(out, j.status.wire());
}

QString Decoder::shared(const char *data, qsizetype size)
{
    if (size > MaxSharedLength)
        return QString::fromUtf8(data, size);
    const auto it = m_strings.constFind(QByteArray::fromRawData(data, size)); // no copy to look up
    if (it != m_strings.cend())
        return *it;
    QString s = QString::fromUtf8(data, size);
    if (m_strings.size() < MaxSharedStrings)
        m_strings.insert(QByteArray(data, size), s);
    return s;
}

bool Decoder::decode(const char *data, qsizetype size, ExportJob &j)
{
    Reader in{data, data + size};
    if (size < 1)
        return false;
    const quint8 flags = quint8(*in.p++);
    if (flags & HasRowCount)
        j.rowCount = in.number();
    if (flags & HasBytes)
        j.bytes = in.number();
    if (flags & HasDuration)
        j.durationMs = in.number();
    if (flags & HasCreated)
        j.createdAt = QDateTime::fromMSecsSinceEpoch(in.number(), QTimeZone::utc());
    if (flags & HasDownloadable)
        j.downloadable = (flags & Downloadable) != 0;
    const char *s = nullptr;
    qsizetype n = 0;
    bool isNull = false;
    // The id and the created text are the row's own; the rest repeat across rows.
    const auto own = [&](QString &field) {
        if (!in.string(&s, &n, &isNull))
            return false;
        field = isNull ? QString() : QString::fromUtf8(s, n);
        return true;
    };
    const auto repeated = [&](QString &field) {
        if (!in.string(&s, &n, &isNull))
            return false;
        field = isNull ? QString() : shared(s, n);
        return true;
    };
    QString status;
    const bool whole = own(j.id) && own(j.createdAtText) && repeated(j.error) && repeated(j.queryId)
        && repeated(j.catalogId) && repeated(j.schemaName) && repeated(j.tableName) && repeated(j.source)
        && repeated(j.userId) && repeated(j.userName) && repeated(j.apiKeyPrefix) && repeated(j.clientSource)
        && repeated(j.format) && repeated(j.compression) && repeated(status);
    if (!whole || !in.ok || in.p != in.end)
        return false;
    j.status = ExportStatus::fromWire(status);
    return true;
}

} // namespace peaka::ExportListCacheRow
