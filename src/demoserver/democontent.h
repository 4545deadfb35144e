// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fake Peaka can export: its queries and tables with their columns,
// and deterministic CSV / JSONL content for them.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace peaka::demo {

// csvOptions of a POST as its files apply them (UTF-8 bytes).
struct CsvStyle
{
    QByteArray delimiter = ",";
    QByteArray quote = "\"";
    QByteArray recordSeparator = "\n";
    bool header = true;
    QByteArray nullValue;
};

struct DemoColumn
{
    enum class Kind { SysId, SysVersion, Key, Person, Email, Amount, Count, Choice, Timestamp, Date, Flag };
    QString name;
    Kind kind = Kind::Key;
    QStringList choices; // Choice values; Key prefix in choices.first()
    bool nullable = false; // about one row in nine holds NULL here
    bool isSystem() const { return name.startsWith(QLatin1Char('_')); }
};

struct DemoSource
{
    QString queryId;                        // query exports
    QString catalogId, schemaName, tableName; // table exports (catalogId: the catalog's numeric id)
    QString catalogName;                    // table exports: the catalog's name, e.g. stripe
    QString source;                         // display name, e.g. peaka.query."charges_view"
    QString shortName;                      // used in file names
    QList<DemoColumn> columns;
    bool isQuery() const { return !queryId.isEmpty(); }
};

// The seven featured sources the seeded and generated exports use (index order is fixed).
const QList<DemoSource> &demoSources();
QList<DemoColumn> withSystemColumns(QList<DemoColumn> columns); // _id, _version first
// Every exportable source: the featured ones, then the rest of the catalog (democatalog.cpp).
const QList<DemoSource> &allSources();
const DemoSource *findQuerySource(const QString &queryId);
const DemoSource *findTableSource(const QString &catalog, const QString &schema, const QString &table);
// Export columns; cache plumbing (_q_*, _cache_*) is never exported.
QStringList columnNames(const DemoSource &source, bool includeSystemColumns);
bool isPlumbingColumn(const QString &name);

// Rows [firstRow, firstRow + count) of `source` restricted to `columns`
// (empty = all), as CSV (with header when firstRow == 0 and csv.header) or JSONL.
QByteArray renderRows(const DemoSource &source, const QStringList &columns, bool jsonl,
                      qint64 firstRow, qint64 count, const CsvStyle &csv = {});
// A whole file of at most `bytes` bytes (the last line is cut and ends in the record
// separator); *rows receives the number of data rows in it.
QByteArray renderToSize(const DemoSource &source, const QStringList &columns, bool jsonl,
                        qint64 bytes, qint64 maxRows, qint64 *rows, const CsvStyle &csv = {});
// Cached seed content: rows [firstRow, firstRow + rows) of `source` (CSV with its
// header line), gzip-compressed when asked.
QByteArray cachedContent(const DemoSource &source, bool jsonl, qint64 firstRow, qint64 rows, bool gzip);

QByteArray gzipCompress(const QByteArray &data);

// A lazily generated, deterministic body of any size (for DemoFile::generatedBytes):
// fixed-width CSV lines, so any byte range is computed without the rest.
QByteArray generatedChunk(qint64 offset, qint64 length, qint64 total);

} // namespace peaka::demo
