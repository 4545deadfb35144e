// SPDX-License-Identifier: GPL-3.0-or-later
#include "democontent.h"
#include "democatalog.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <zlib.h>

#include <cstdio>

namespace peaka::demo {

namespace {

using K = DemoColumn::Kind;

DemoColumn col(const char *name, K kind, QStringList choices = {})
{
    return DemoColumn{QString::fromLatin1(name), kind, std::move(choices)};
}

// A column where some rows hold NULL (what csvOptions.nullValue writes).
DemoColumn nullable(DemoColumn c)
{
    c.nullable = true;
    return c;
}

QList<DemoColumn> withSystem(QList<DemoColumn> columns)
{
    return withSystemColumns(std::move(columns));
}

DemoSource query(const char *id, const char *name, QList<DemoColumn> columns)
{
    return querySource(QString::fromLatin1(id), QString::fromLatin1(name), withSystem(std::move(columns)));
}

DemoSource table(const char *catalog, const char *schema, const char *name, QList<DemoColumn> columns)
{
    const DemoCatalog *c = findCatalogByName(QString::fromLatin1(catalog));
    Q_ASSERT(c);
    return tableSource(*c, QString::fromLatin1(schema), QString::fromUtf8(name), withSystem(std::move(columns)));
}

QList<DemoSource> makeSources()
{
    const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("TRY"), QStringLiteral("GBP")};
    return {
        query("709922802836177297", "charges_view",
              {col("charge_id", K::Key, {QStringLiteral("ch_")}), col("customer_id", K::Key, {QStringLiteral("cus_")}),
               nullable(col("customer_name", K::Person)), col("amount", K::Amount), col("currency", K::Choice, currencies),
               col("status", K::Choice, {QStringLiteral("succeeded"), QStringLiteral("pending"), QStringLiteral("failed")}),
               col("created_at", K::Timestamp)}),
        query("709922802836177310", "monthly_revenue",
              {col("month", K::Date), col("region", K::Choice, {QStringLiteral("EMEA"), QStringLiteral("NA"), QStringLiteral("APAC")}),
               col("revenue", K::Amount), col("customers", K::Count)}),
        query("709922802836177342", "active_users",
              {col("user_id", K::Key, {QStringLiteral("usr_")}), col("email", K::Email), col("name", K::Person),
               nullable(col("last_seen_at", K::Timestamp)), col("sessions", K::Count), col("is_paying", K::Flag)}),
        table("stripe", "public", "invoices",
              {col("invoice_id", K::Key, {QStringLiteral("in_")}), col("customer_id", K::Key, {QStringLiteral("cus_")}),
               col("amount_due", K::Amount), col("currency", K::Choice, currencies),
               col("status", K::Choice, {QStringLiteral("paid"), QStringLiteral("open"), QStringLiteral("void"), QStringLiteral("uncollectible")}),
               col("created", K::Timestamp)}),
        table("hubspot", "crm", "deals",
              {col("deal_id", K::Key, {QStringLiteral("")}), col("deal_name", K::Person),
               col("stage", K::Choice, {QStringLiteral("appointmentscheduled"), QStringLiteral("qualifiedtobuy"), QStringLiteral("closedwon"), QStringLiteral("closedlost")}),
               col("amount", K::Amount), col("owner_email", K::Email), nullable(col("close_date", K::Date))}),
        table("postgres", "public", "orders",
              {col("order_id", K::Key, {QStringLiteral("")}), col("customer_id", K::Key, {QStringLiteral("cus_")}),
               col("total", K::Amount), col("items", K::Count),
               col("status", K::Choice, {QStringLiteral("placed"), QStringLiteral("shipped"), QStringLiteral("delivered"), QStringLiteral("returned")}),
               col("ordered_at", K::Timestamp)}),
        table("shopify", "public", "customers",
              {col("customer_id", K::Key, {QStringLiteral("gid_")}), col("name", K::Person), col("email", K::Email),
               col("orders_count", K::Count), col("accepts_marketing", K::Flag), col("created_at", K::Timestamp)}),
    };
}

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

const char *const kFirst[] = {"Ayşe", "Jonas", "Priya", "Mehmet", "Sofia", "Liam", "Chen", "Fatma", "Lucas", "Amara",
                              "Noah", "Elif", "Mateo", "Hana", "Oliver", "Zeynep"};
const char *const kLast[] = {"Demir", "Becker", "Raman", "Yılmaz", "Rossi", "O'Brien", "Wang", "Kaya", "Müller",
                             "Okafor", "Schmidt", "Öztürk", "García", "Tanaka", "Smith", "Şahin"};

// One cell as text, and whether it is a JSON string; *isNull for a NULL cell.
QByteArray cell(const DemoColumn &c, qint64 row, int colIndex, bool *isString, bool *isNull)
{
    const quint64 h = mix(quint64(row) * 131 + quint64(colIndex));
    *isString = true;
    *isNull = c.nullable && (h >> 20) % 9 == 0;
    if (*isNull)
        return {};
    switch (c.kind) {
    case K::SysId:
        return QByteArray::number(qulonglong(mix(quint64(row)) % 90000000000000ULL + 10000000000000ULL));
    case K::SysVersion:
        *isString = false;
        return QByteArray::number(1 + h % 7);
    case K::Key:
        return (c.choices.isEmpty() ? QString() : c.choices.first()).toUtf8() + QByteArray::number(100000 + row);
    case K::Person:
        return QByteArray(kFirst[h % 16]) + ' ' + kLast[(h >> 8) % 16];
    case K::Email:
        return QByteArray(kFirst[h % 16]).toLower() + '.' + QByteArray::number(row) + "@example.com";
    case K::Amount: {
        *isString = false;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", double(h % 500000) / 100.0);
        return buf;
    }
    case K::Count:
        *isString = false;
        return QByteArray::number(qulonglong(h % 250));
    case K::Choice:
        return c.choices.at(int(h % quint64(c.choices.size()))).toUtf8();
    case K::Timestamp: {
        char buf[32];
        const quint64 s = h % (86400 * 28);
        std::snprintf(buf, sizeof buf, "2026-10-%02dT%02d:%02d:%02dZ", int(1 + s / 86400), int(s / 3600 % 24),
                      int(s / 60 % 60), int(s % 60));
        return buf;
    }
    case K::Date: {
        char buf[16];
        std::snprintf(buf, sizeof buf, "2026-%02d-%02d", int(1 + h % 11), int(1 + (h >> 8) % 28));
        return buf;
    }
    case K::Flag:
        *isString = false;
        return (h & 1) ? "true" : "false";
    }
    return {};
}

QByteArray csvQuote(const QByteArray &v, const CsvStyle &csv)
{
    if (!v.contains(csv.delimiter) && !v.contains(csv.quote) && !v.contains('\n') && !v.contains('\r'))
        return v;
    QByteArray q = v;
    q.replace(csv.quote, csv.quote + csv.quote);
    return csv.quote + q + csv.quote;
}

QByteArray jsonString(const QByteArray &v)
{
    QByteArray out;
    out.reserve(v.size() + 2);
    out += '"';
    for (const char c : v) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c; // generated values hold no control characters
    }
    out += '"';
    return out;
}

} // namespace

QList<DemoColumn> withSystemColumns(QList<DemoColumn> columns)
{
    columns.prepend(col("_version", K::SysVersion));
    columns.prepend(col("_id", K::SysId));
    return columns;
}

const QList<DemoSource> &demoSources()
{
    static const QList<DemoSource> sources = makeSources();
    return sources;
}

const DemoSource *findQuerySource(const QString &queryId)
{
    for (const DemoSource &s : allSources())
        if (s.queryId == queryId)
            return &s;
    return nullptr;
}

const DemoSource *findTableSource(const QString &catalog, const QString &schema, const QString &table)
{
    // The built-in query catalog lists the saved queries as tables of schema "query".
    const DemoCatalog *c = findCatalog(catalog);
    const bool queryCatalog = c && c->type == QLatin1String("query");
    for (const DemoSource &s : allSources()) {
        if (queryCatalog && s.isQuery() && schema == QLatin1String("query") && s.shortName == table)
            return &s;
        if (!s.isQuery() && s.catalogId == catalog && s.schemaName == schema && s.tableName == table)
            return &s;
    }
    return nullptr;
}

bool isPlumbingColumn(const QString &name)
{
    return name.startsWith(QLatin1String("_q_")) || name.startsWith(QLatin1String("_cache_"));
}

QStringList columnNames(const DemoSource &source, bool includeSystemColumns)
{
    QStringList names;
    for (const DemoColumn &c : source.columns)
        if (!isPlumbingColumn(c.name) && (includeSystemColumns || !c.isSystem()))
            names << c.name;
    return names;
}

QByteArray renderRows(const DemoSource &source, const QStringList &columns, bool jsonl, qint64 firstRow, qint64 count,
                      const CsvStyle &csv)
{
    QList<int> picked;
    for (const QString &name : columns.isEmpty() ? columnNames(source, true) : columns)
        for (int i = 0; i < source.columns.size(); ++i)
            if (source.columns.at(i).name == name)
                picked << i;
    QByteArray out;
    if (!jsonl && firstRow == 0 && csv.header) {
        for (int i = 0; i < picked.size(); ++i)
            out += (i ? csv.delimiter : QByteArray()) + csvQuote(source.columns.at(picked.at(i)).name.toUtf8(), csv);
        out += csv.recordSeparator;
    }
    for (qint64 row = firstRow; row < firstRow + count; ++row) {
        if (jsonl)
            out += '{';
        for (int i = 0; i < picked.size(); ++i) {
            const DemoColumn &c = source.columns.at(picked.at(i));
            bool isString = false, isNull = false;
            const QByteArray v = cell(c, row, picked.at(i), &isString, &isNull);
            if (jsonl)
                out += (i ? ",\"" : "\"") + c.name.toUtf8() + "\":" + (isNull ? QByteArray("null") : isString ? jsonString(v) : v);
            else
                out += (i ? csv.delimiter : QByteArray()) + (isNull ? csv.nullValue : csvQuote(v, csv));
        }
        if (jsonl)
            out += "}\n";
        else
            out += csv.recordSeparator;
    }
    return out;
}

QByteArray renderToSize(const DemoSource &source, const QStringList &columns, bool jsonl, qint64 bytes,
                        qint64 maxRows, qint64 *rows, const CsvStyle &csv)
{
    QByteArray out;
    qint64 row = 0;
    while (out.size() < bytes && row < maxRows) {
        const qint64 batch = qMin<qint64>(256, maxRows - row);
        out += renderRows(source, columns, jsonl, row, batch, csv);
        row += batch;
    }
    const QByteArray separator = jsonl ? QByteArray("\n") : csv.recordSeparator;
    if (out.size() > bytes && bytes >= separator.size()) {
        out.truncate(bytes);
        out.replace(out.size() - separator.size(), separator.size(), separator);
    }
    if (rows)
        *rows = qMax<qint64>(0, out.count(separator) - (jsonl || !csv.header ? 0 : 1));
    return out;
}

QByteArray cachedContent(const DemoSource &source, bool jsonl, qint64 firstRow, qint64 rows, bool gzip)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> cache;
    const QString key = QStringLiteral("%1|%2|%3|%4|%5").arg(source.source).arg(jsonl).arg(firstRow).arg(rows).arg(gzip);
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QByteArray content;
    if (!jsonl && firstRow > 0)
        content = renderRows(source, {}, jsonl, 0, 0); // every CSV part starts with the header
    content += renderRows(source, {}, jsonl, firstRow, rows);
    if (gzip)
        content = gzipCompress(content);
    cache.insert(key, content);
    return content;
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.truncate(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray generatedChunk(qint64 offset, qint64 length, qint64 total)
{
    constexpr int kLine = 64;
    static const QByteArray header = QByteArray("row_id,customer_id,amount,currency,status,created_at")
                                         .leftJustified(kLine - 1, ' ') + '\n';
    length = qBound<qint64>(0, length, total - offset);
    QByteArray out;
    out.reserve(length + kLine);
    qint64 line = offset / kLine;
    const qint64 skip = offset % kLine;
    char buf[kLine + 1];
    while (out.size() < length + skip) {
        if (line == 0) {
            out += header;
        } else {
            const quint64 h = mix(quint64(line));
            const int n = std::snprintf(buf, sizeof buf, "%012lld,cus_%06d,%9.2f,EUR,%s,2026-10-%02dT12:00:00Z",
                                        static_cast<long long>(line), int(h % 1000000), double(h % 10000000) / 100.0,
                                        (h & 16) ? "paid" : "open", int(1 + h % 28));
            QByteArray l(buf, n);
            out += l.leftJustified(kLine - 1, ' ', true) + '\n';
        }
        ++line;
    }
    out = out.mid(skip, length);
    if (offset + length == total && length > 0)
        out[out.size() - 1] = '\n';
    return out;
}

} // namespace peaka::demo
