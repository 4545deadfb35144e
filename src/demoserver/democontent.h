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
    QString catalogId, schemaName, tableName; // table exports
    QString source;                         // display name, e.g. peaka.query."charges_view"
    QString shortName;                      // used in file names
    QList<DemoColumn> columns;
    bool isQuery() const { return !queryId.isEmpty(); }
};

const QList<DemoSource> &demoSources();
const DemoSource *findQuerySource(const QString &queryId);
const DemoSource *findTableSource(const QString &catalog, const QString &schema, const QString &table);
QStringList columnNames(const DemoSource &source, bool includeSystemColumns);

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
