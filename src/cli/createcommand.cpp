// SPDX-License-Identifier: GPL-3.0-or-later
// create query QUERY | create table CATALOG SCHEMA TABLE: start an export (names resolved to ids).
#include "clicontext.h"
#include "command.h"
#include "exports/csvoptions.h"
#include "exports/csvoptionsmemory.h"
#include "exports/exportsourceref.h"
#include "followjob.h"
#include "sourcelookup.h"
#include "api/peakaclient.h"

#include <QJsonDocument>

namespace peaka::cli {
namespace {

QString usage()
{
    return CliContext::tr("Usage: peaka-exports-cli create query QUERY | create table CATALOG SCHEMA TABLE [options] "
                          "(QUERY: id, SQL name or display name; CATALOG: id or name)");
}

// The source from the positional arguments (names not yet resolved); false after ctx.fail().
bool readSource(CliContext &ctx, ExportSourceRef *source)
{
    const QString kind = ctx.args.value(0);
    if (kind == QLatin1String("query") && ctx.args.size() == 2)
        *source = ExportSourceRef::query(ctx.args.at(1));
    else if (kind == QLatin1String("table") && ctx.args.size() == 4)
        *source = ExportSourceRef::table(ctx.args.at(1), ctx.args.at(2), ctx.args.at(3));
    else {
        ctx.fail(ExitUsage, usage());
        return false;
    }
    return true;
}

// Turns a query or catalog name into its id (ids pass unchanged), then checks the source.
void resolveSource(CliContext &ctx, const ExportSourceRef &typed, std::function<void(const ExportSourceRef &)> then)
{
    const auto checked = [&ctx, then](const ExportSourceRef &source) {
        const QStringList problems = source.validate();
        if (!problems.isEmpty()) {
            ctx.fail(ExitUsage, problems.first());
            return;
        }
        then(source);
    };
    if (typed.kind == ExportSourceRef::Query) {
        resolveQueryArgument(ctx, typed.queryId, [checked](const QString &id) { checked(ExportSourceRef::query(id)); });
        return;
    }
    resolveCatalogArgument(ctx, typed.catalogId, [checked, typed](const QString &id) {
        checked(ExportSourceRef::table(id, typed.schemaName, typed.tableName));
    });
}

// The body from the options; false after ctx.fail().
bool readOptions(CliContext &ctx, ExportOptions *o)
{
    QCommandLineParser *p = ctx.parser;
    if (p->isSet(QStringLiteral("format"))) {
        o->format = p->value(QStringLiteral("format")).trimmed().toUpper();
        if (o->format != QLatin1String("CSV") && o->format != QLatin1String("JSONL")) {
            ctx.fail(ExitUsage, CliContext::tr("--format must be CSV or JSONL."));
            return false;
        }
    }
    if (p->isSet(QStringLiteral("compression"))) {
        o->compression = p->value(QStringLiteral("compression")).trimmed().toUpper();
        if (o->compression != QLatin1String("NONE") && o->compression != QLatin1String("GZIP")) {
            ctx.fail(ExitUsage, CliContext::tr("--compression must be NONE or GZIP."));
            return false;
        }
    }
    if (p->isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const qint64 limit = p->value(QStringLiteral("limit")).trimmed().toLongLong(&ok);
        if (!ok || limit < ExportOptions::kMinLimit || limit > ExportOptions::kMaxLimit) {
            ctx.fail(ExitUsage, CliContext::tr("--limit must be a whole number from 1 to 1000000."));
            return false;
        }
        o->limit = int(limit);
    }
    if (p->isSet(QStringLiteral("columns"))) {
        const QString text = p->value(QStringLiteral("columns"));
        for (const QString &part : text.split(QLatin1Char(','))) {
            if (part.trimmed().isEmpty()) {
                ctx.fail(ExitUsage, CliContext::tr("--columns has an empty column name; separate names with single commas."));
                return false;
            }
        }
        o->columns = ExportOptions::parseColumns(text);
        if (o->columns.removeDuplicates() > 0) {
            ctx.fail(ExitUsage, CliContext::tr("--columns names a column twice."));
            return false;
        }
    }
    if (p->isSet(QStringLiteral("no-system-columns")))
        o->includeSystemColumns = false;
    CsvOptions csv;
    if (p->isSet(QStringLiteral("csv-delimiter")))
        csv.delimiter = p->value(QStringLiteral("csv-delimiter"));
    if (p->isSet(QStringLiteral("csv-quote")))
        csv.quoteChar = p->value(QStringLiteral("csv-quote"));
    csv.crlf = p->isSet(QStringLiteral("csv-crlf"));
    csv.includeHeader = !p->isSet(QStringLiteral("csv-no-header"));
    if (p->isSet(QStringLiteral("csv-null")))
        csv.nullValue = p->value(QStringLiteral("csv-null"));
    if (csv.delimiter == QLatin1String("\\t"))
        csv.delimiter = QStringLiteral("\t"); // a tab is hard to type in a shell
    if (!csv.isDefault() && o->format == QLatin1String("JSONL")) {
        ctx.fail(ExitUsage, CliContext::tr("The --csv-… options apply to CSV only, not to --format JSONL."));
        return false;
    }
    o->csvOptions = csv.toJson();
    const QStringList problems = o->validate();
    if (!problems.isEmpty()) {
        ctx.fail(ExitUsage, problems.first());
        return false;
    }
    return true;
}

void start(CliContext &ctx, const ExportSourceRef &source, const ExportOptions &options, const FollowSettings &follow,
           bool wait)
{
    auto *request = source.start(ctx.client, ctx.projectId, options);
    QObject::connect(request, &ExportRequest::finished, ctx.client,
                     [&ctx, source, options, follow, wait](const ExportResult &result) {
                         if (!result.ok()) {
                             ctx.failWith(result.error);
                             return;
                         }
                         if (result.value.id.isEmpty()) {
                             ctx.fail(ExitApi, CliContext::tr("The server accepted the export but sent no id."));
                             return;
                         }
                         const ExportJob job = source.createdJob(result.value, options);
                         // The server does not send them back: the window's Run again finds
                         // them here, as for the exports it starts itself. Best effort: a
                         // file that cannot be written costs Run again its options, not the export.
                         QString memoryError;
                         if (!CsvOptionsMemory().remember(job.id, CsvOptions::fromJson(options.csvOptions), &memoryError))
                             ctx.err() << memoryError << Qt::endl;
                         // The id first, at once: a script has it even if the wait is interrupted.
                         if (!ctx.json || !wait) {
                             if (ctx.json)
                                 ctx.out() << QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented);
                             else
                                 ctx.out() << job.id << '\n';
                             ctx.out().flush();
                         }
                         if (!wait) {
                             ctx.finish(ExitOk);
                             return;
                         }
                         followJob(ctx, job, follow);
                     });
}

void run(CliContext &ctx)
{
    ExportSourceRef source;
    ExportOptions options;
    FollowSettings follow;
    follow.printId = true;
    if (!readSource(ctx, &source) || !readOptions(ctx, &options) || !readFollowOptions(ctx, &follow))
        return;
    if (!ctx.requireProject())
        return;
    // --download and --wait-timeout make no sense without waiting: they imply --wait.
    const bool wait = ctx.parser->isSet(QStringLiteral("wait")) || !follow.downloadDir.isEmpty()
        || ctx.parser->isSet(QStringLiteral("wait-timeout"));

    resolveSource(ctx, source, [&ctx, options, follow, wait](const ExportSourceRef &resolved) {
        start(ctx, resolved, options, follow, wait);
    });
}

} // namespace

Command createCommand()
{
    Command c = Command::make(
        QStringLiteral("create"),
        QStringLiteral(
            "create query QUERY | create table CATALOG SCHEMA TABLE [--format CSV|JSONL] [--compression NONE|GZIP] "
            "[--limit N] [--columns A,B] [--no-system-columns] [--csv-delimiter C] [--csv-quote C] [--csv-crlf] "
            "[--csv-no-header] [--csv-null TEXT] [--wait [--wait-timeout SEC]] [--download DIR]"),
        CliContext::tr("Start an export and print its id (--json: the row). --wait follows it to the end "
                       "(exit 2 if it fails); --download DIR also fetches its files (implies --wait)."),
        run);
    c.options = {
        QCommandLineOption(QStringLiteral("format"), CliContext::tr("CSV (default) or JSONL."), QStringLiteral("F")),
        QCommandLineOption(QStringLiteral("compression"), CliContext::tr("NONE (default) or GZIP."), QStringLiteral("C")),
        QCommandLineOption(QStringLiteral("limit"), CliContext::tr("Row limit, 1 to 1000000 (the server clamps)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("columns"), CliContext::tr("Comma-separated columns to export (default: all)."),
                           QStringLiteral("A,B")),
        QCommandLineOption(QStringLiteral("no-system-columns"), CliContext::tr("Leave out Peaka system columns (_id, _version, \u2026).")),
        QCommandLineOption(QStringLiteral("csv-delimiter"),
                           CliContext::tr("CSV field delimiter, one character (default ,; \\t for a tab)."),
                           QStringLiteral("C")),
        QCommandLineOption(QStringLiteral("csv-quote"), CliContext::tr("CSV quote character, one character (default \")."),
                           QStringLiteral("C")),
        QCommandLineOption(QStringLiteral("csv-crlf"), CliContext::tr("End CSV records with CRLF instead of LF.")),
        QCommandLineOption(QStringLiteral("csv-no-header"), CliContext::tr("Leave out the CSV header row.")),
        QCommandLineOption(QStringLiteral("csv-null"), CliContext::tr("Write NULL as TEXT (default: an empty field)."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("wait"), CliContext::tr("Wait until the export has ended.")),
    };
    c.options += followOptions();
    return c;
}

} // namespace peaka::cli
