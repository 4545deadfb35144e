// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportrow.h"

#include "exports/stringtable.h"

#include <QDate>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace peaka {
namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    return -1; // upper case is not canonical: it would not come back the same
}

bool isDash(int i) { return i == 8 || i == 13 || i == 18 || i == 23; }

// A lower-case 8-4-4-4-12 UUID as 128 bits; false for anything else.
bool parseUuid(const QString &s, quint64 *hi, quint64 *lo)
{
    if (s.size() != 36)
        return false;
    quint64 parts[2] = {0, 0};
    int nibble = 0;
    for (int i = 0; i < 36; ++i) {
        if (isDash(i)) {
            if (s.at(i) != QLatin1Char('-'))
                return false;
            continue;
        }
        const int v = hexValue(s.at(i));
        if (v < 0)
            return false;
        parts[nibble / 16] = (parts[nibble / 16] << 4) | quint64(v);
        ++nibble;
    }
    if (parts[0] == ExportRowKey::TextMarker)
        return false;
    *hi = parts[0];
    *lo = parts[1];
    return true;
}

QString formatUuid(quint64 hi, quint64 lo)
{
    static const char digits[] = "0123456789abcdef";
    QString s(36, Qt::Uninitialized);
    QChar *out = s.data();
    int nibble = 0;
    for (int i = 0; i < 36; ++i) {
        if (isDash(i)) {
            out[i] = QLatin1Char('-');
            continue;
        }
        const quint64 part = nibble < 16 ? hi : lo;
        out[i] = QLatin1Char(digits[(part >> (4 * (15 - nibble % 16))) & 0xF]);
        ++nibble;
    }
    return s;
}

constexpr qint64 NsPerSec = 1000000000;
const qint64 EpochJulianDay = QDate(1970, 1, 1).toJulianDay();

bool digitsAt(const QString &s, int at, int count, int *value)
{
    int v = 0;
    for (int i = at; i < at + count; ++i) {
        const char16_t u = s.at(i).unicode();
        if (u < '0' || u > '9')
            return false;
        v = v * 10 + (u - '0');
    }
    *value = v;
    return true;
}

// "YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z" as nanoseconds and a digit count.
bool parseWireTime(const QString &s, qint64 *ns, quint8 *digits)
{
    if (s.size() < 20 || s.size() > 30 || !s.endsWith(QLatin1Char('Z')))
        return false;
    int y, mo, d, h, mi, sec;
    if (!digitsAt(s, 0, 4, &y) || s.at(4) != QLatin1Char('-') || !digitsAt(s, 5, 2, &mo)
        || s.at(7) != QLatin1Char('-') || !digitsAt(s, 8, 2, &d) || s.at(10) != QLatin1Char('T')
        || !digitsAt(s, 11, 2, &h) || s.at(13) != QLatin1Char(':') || !digitsAt(s, 14, 2, &mi)
        || s.at(16) != QLatin1Char(':') || !digitsAt(s, 17, 2, &sec))
        return false;
    const int fraction = int(s.size()) - 21; // digits after the dot
    int frac = 0;
    if (fraction > 0) {
        if (s.at(19) != QLatin1Char('.') || !digitsAt(s, 20, fraction, &frac))
            return false;
    } else if (s.size() != 20) {
        return false;
    }
    const QDate date(y, mo, d);
    if (!date.isValid() || y < 1700 || y > 2200 || h > 23 || mi > 59 || sec > 59)
        return false;
    qint64 fracNs = frac;
    for (int i = fraction; i < 9; ++i)
        fracNs *= 10;
    *ns = ((date.toJulianDay() - EpochJulianDay) * 86400 + h * 3600 + mi * 60 + sec) * NsPerSec + fracNs;
    *digits = quint8(std::max(fraction, 0));
    return true;
}

QString formatWireTime(qint64 ns, int digits)
{
    qint64 secs = ns / NsPerSec;
    qint64 fracNs = ns % NsPerSec;
    if (fracNs < 0) {
        fracNs += NsPerSec;
        --secs;
    }
    qint64 days = secs / 86400;
    qint64 daySecs = secs % 86400;
    if (daySecs < 0) {
        daySecs += 86400;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + EpochJulianDay);
    char buf[40];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(),
                          date.day(), int(daySecs / 3600), int(daySecs / 60 % 60), int(daySecs % 60));
    if (digits > 0) {
        char frac[16];
        std::snprintf(frac, sizeof frac, "%09lld", static_cast<long long>(fracNs));
        n += std::snprintf(buf + n, sizeof buf - size_t(n), ".%.*s", digits, frac);
    }
    buf[n++] = 'Z';
    return QString::fromLatin1(buf, n);
}

qint64 orUnset(const std::optional<qint64> &v) { return v ? *v : ExportRow::Unset; }
std::optional<qint64> unlessUnset(qint64 v)
{
    return v == ExportRow::Unset ? std::nullopt : std::optional<qint64>(v);
}

} // namespace

std::optional<ExportRowKey> ExportRow::keyOf(const QString &id, const StringTable &table)
{
    ExportRowKey key;
    if (parseUuid(id, &key.hi, &key.lo))
        return key;
    const std::optional<quint32> text = table.find(id);
    if (!text)
        return std::nullopt;
    key.hi = ExportRowKey::TextMarker;
    key.lo = *text;
    return key;
}

ExportRowKey ExportRow::internKey(const QString &id, StringTable &table)
{
    ExportRowKey key;
    if (!parseUuid(id, &key.hi, &key.lo)) {
        key.hi = ExportRowKey::TextMarker;
        key.lo = table.intern(id);
    }
    return key;
}

QString ExportRow::idOf(const ExportRowKey &key, const StringTable &table)
{
    return key.isText() ? table.at(quint32(key.lo)) : formatUuid(key.hi, key.lo);
}

ExportRow ExportRow::fromJob(const ExportJob &job, StringTable &table)
{
    ExportRow r;
    r.key = internKey(job.id, table);
    r.rowCount = orUnset(job.rowCount);
    r.bytes = orUnset(job.bytes);
    r.durationMs = orUnset(job.durationMs);
    if (job.createdAt.isValid())
        r.createdMs = job.createdAt.toMSecsSinceEpoch();
    if (!job.createdAtText.isNull()) {
        qint64 ns = 0;
        quint8 digits = 0;
        if (parseWireTime(job.createdAtText, &ns, &digits) && formatWireTime(ns, digits) == job.createdAtText) {
            r.createdText = ns;
            r.createdDigits = digits;
        } else {
            r.createdText = table.intern(job.createdAtText);
            r.createdDigits = PooledText;
        }
    }
    const QString *fields[StrCount] = {&job.format, &job.compression, &job.error, &job.queryId,
                                       &job.catalogId, &job.schemaName, &job.tableName, &job.source,
                                       &job.userId, &job.userName, &job.apiKeyPrefix, &job.clientSource,
                                       nullptr};
    for (int i = 0; i < StatusRaw; ++i)
        r.str[i] = table.intern(*fields[i]);
    r.status = quint8(job.status.code());
    if (job.status.isUnknown())
        r.str[StatusRaw] = table.intern(job.status.wire());
    if (job.downloadable)
        r.downloadable = *job.downloadable ? 1 : 0;
    return r;
}

QString ExportRow::id(const StringTable &table) const
{
    return idOf(key, table);
}

ExportJob ExportRow::toJob(const StringTable &table) const
{
    ExportJob j;
    j.id = id(table);
    j.status = statusCode() == ExportStatus::Unknown && str[StatusRaw] != StringTable::Null
        ? ExportStatus::fromWire(table.at(str[StatusRaw]))
        : ExportStatus(statusCode());
    QString *fields[StatusRaw] = {&j.format, &j.compression, &j.error, &j.queryId, &j.catalogId,
                                  &j.schemaName, &j.tableName, &j.source, &j.userId, &j.userName,
                                  &j.apiKeyPrefix, &j.clientSource};
    for (int i = 0; i < StatusRaw; ++i)
        *fields[i] = table.at(str[i]);
    j.rowCount = unlessUnset(rowCount);
    j.bytes = unlessUnset(bytes);
    j.durationMs = unlessUnset(durationMs);
    if (createdMs != Unset)
        j.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    if (createdDigits == PooledText)
        j.createdAtText = table.at(quint32(createdText));
    else if (createdDigits != NoText)
        j.createdAtText = formatWireTime(createdText, createdDigits);
    if (downloadable >= 0)
        j.downloadable = downloadable == 1;
    return j;
}

bool operator==(const ExportRow &a, const ExportRow &b)
{
    return a.key == b.key && a.rowCount == b.rowCount && a.bytes == b.bytes && a.durationMs == b.durationMs
        && a.createdMs == b.createdMs && a.createdText == b.createdText && a.status == b.status
        && a.downloadable == b.downloadable && a.createdDigits == b.createdDigits
        && std::memcmp(a.str, b.str, sizeof a.str) == 0;
}

} // namespace peaka
