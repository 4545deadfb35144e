// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-exports-cli preview FILE [--rows N] [--delimiter C] [--json]
// The first rows of a downloaded CSV or JSONL file (plain or .gz), streamed:
// a file of any size prints at once. No API key needed.
#include "clicontext.h"
#include "command.h"
#include "preview/previewreader.h"
#include "textformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace peaka::cli {
namespace {

constexpr int defaultRows = 20;
constexpr qsizetype cellWidth = 60;   // a table cell is cut beyond this; --json has the full value

// One line per cell: line breaks and tabs are shown escaped, long text cut.
QString cellText(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"));
    if (text.size() > cellWidth)
        text = text.left(cellWidth - 1) + QChar(0x2026);
    return text;
}

void printJson(CliContext &ctx, const PreviewResult &r)
{
    QJsonArray rows;
    for (const QStringList &row : r.rows) {
        QJsonArray cells;
        for (const QString &v : row)
            cells.append(v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
        rows.append(cells);
    }
    const QJsonObject doc{{QStringLiteral("columns"), QJsonArray::fromStringList(r.columns)},
                          {QStringLiteral("rows"), rows}};
    ctx.out() << QJsonDocument(doc).toJson(QJsonDocument::Compact) << '\n';
}

void printHuman(CliContext &ctx, const PreviewResult &r)
{
    if (r.columns.isEmpty())
        return;
    QStringList types;
    for (const ColumnType t : r.types)
        types << PreviewResult::typeName(t);
    QList<QStringList> rows{types};
    for (const QStringList &row : r.rows) {
        QStringList cells;
        for (const QString &v : row)
            cells << cellText(v);
        rows << cells;
    }
    QStringList header;
    for (const QString &c : r.columns)
        header << cellText(c);
    printTable(ctx.out(), header, rows);
}

// Reads `--rows`/`--delimiter`; false (after a usage sentence) when they make no sense.
bool readOptions(CliContext &ctx, PreviewOptions &options)
{
    options.rows = defaultRows;
    const QString rows = ctx.parser->value(QStringLiteral("rows"));
    if (!rows.isEmpty()) {
        bool ok = false;
        options.rows = rows.toInt(&ok);
        if (!ok || options.rows < 0) {
            ctx.fail(ExitUsage, CliContext::tr("--rows needs a whole number of 0 or more, not \u201c%1\u201d.").arg(rows));
            return false;
        }
    }
    QString delimiter = ctx.parser->value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        delimiter = QStringLiteral("\t");
    if (!delimiter.isEmpty()) {
        const QChar c = delimiter.at(0);
        if (delimiter.size() != 1 || c.unicode() > 126 || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r')) {
            ctx.fail(ExitUsage, CliContext::tr("--delimiter needs one ASCII character (or \u201ctab\u201d), not \u201c%1\u201d.")
                                    .arg(delimiter));
            return false;
        }
        options.delimiter = char(c.unicode());
        options.format = PreviewFormat::Csv;
    }
    return true;
}

void run(CliContext &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.fail(ExitUsage, CliContext::tr("Usage: peaka-exports-cli preview FILE [--rows N] [--delimiter C] [--json]"));
        return;
    }
    PreviewOptions options;
    if (!readOptions(ctx, options))
        return;
    const QString path = ctx.args.first();
    const PreviewResult r = previewFile(path, options);
    if (r.failure == PreviewResult::Failure::Missing) {
        ctx.fail(ExitNotFound, r.error);
        return;
    }
    // What was read before a failure is still printed; the sentence follows on stderr.
    if (ctx.json)
        printJson(ctx, r);
    else
        printHuman(ctx, r);
    for (const QString &note : r.notes)
        ctx.err() << note << '\n';
    if (!r.ok()) {
        ctx.fail(ExitIntegrity, r.error);
        return;
    }
    if (!ctx.json) {
        if (r.columns.isEmpty())
            ctx.err() << CliContext::tr("%1 is empty.").arg(path) << '\n';
        else if (!r.atEnd)
            ctx.err() << CliContext::tr("The first %n rows are shown; the file has more (--rows N shows more).", "", int(r.rows.size()))
                      << '\n';
    }
    ctx.finish();
}

} // namespace

Command previewCommand()
{
    Command c = Command::make(QStringLiteral("preview"),
                              QStringLiteral("preview FILE [--rows N] [--delimiter C] [--json]"),
                              CliContext::tr("Show the first rows of a downloaded CSV or JSONL file, plain or .gz."),
                              run);
    c.options = {
        QCommandLineOption(QStringLiteral("rows"),
                           CliContext::tr("How many rows to show (default %1).").arg(defaultRows), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("delimiter"),
                           CliContext::tr("The CSV delimiter (default: guessed among , ; tab |)."), QStringLiteral("C")),
    };
    c.needsApi = false;
    return c;
}

} // namespace peaka::cli
