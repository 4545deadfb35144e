// SPDX-License-Identifier: GPL-3.0-or-later
// queries | tables [CATALOG [SCHEMA]] | columns CATALOG SCHEMA TABLE: what can be exported.
#include "clicontext.h"
#include "command.h"
#include "sourcelookup.h"
#include "textformat.h"
#include "api/peakaclient.h"
#include "sources/sourcesession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace peaka::cli {
namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString yesNo(bool b)
{
    return b ? CliContext::tr("yes") : CliContext::tr("no");
}

// Prints rows as --json (the API's field names) or as an aligned table.
template<typename T>
void printRows(CliContext &ctx, const QList<T> &rows, const QStringList &header,
               const std::function<QStringList(const T &)> &cells)
{
    if (ctx.json) {
        QJsonArray arr;
        for (const T &r : rows)
            arr.append(r.toJson());
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return;
    }
    QList<QStringList> lines;
    lines.reserve(rows.size());
    for (const T &r : rows)
        lines << cells(r);
    printTable(ctx.out(), header, lines);
}

// The usual end of a listing: fail with the error, else print and exit 0.
template<typename T>
SourceCallback<QList<T>> printer(CliContext &ctx, QStringList header, std::function<QStringList(const T &)> cells)
{
    return printOrFail<ApiResult<QList<T>>>(
        ctx, [&ctx, header, cells](const QList<T> &rows) { printRows<T>(ctx, rows, header, cells); });
}

void runQueries(CliContext &ctx)
{
    if (!ctx.requireProject())
        return;
    if (!ctx.args.isEmpty()) {
        ctx.fail(ExitUsage, CliContext::tr("Usage: peaka-exports-cli queries"));
        return;
    }
    sourceSession(ctx)->queries(
        ctx.projectId, ctx.client,
        printer<SavedQuery>(ctx,
                            {CliContext::tr("ID"), CliContext::tr("DISPLAY NAME"), CliContext::tr("SQL NAME"),
                             CliContext::tr("FOLDER"), CliContext::tr("TYPE")},
                            [](const SavedQuery &q) {
                                return QStringList{q.id, orDash(q.displayName), orDash(q.name),
                                                   q.path.isEmpty() ? QStringLiteral("/") : q.path, orDash(q.queryType)};
                            }));
}

void runTables(CliContext &ctx)
{
    if (!ctx.requireProject())
        return;
    SourceSession *s = sourceSession(ctx);
    if (ctx.args.isEmpty()) {
        s->catalogs(ctx.projectId, ctx.client,
                    printer<Catalog>(ctx,
                                     {CliContext::tr("ID"), CliContext::tr("NAME"), CliContext::tr("TYPE"),
                                      CliContext::tr("DISPLAY NAME")},
                                     [](const Catalog &c) {
                                         return QStringList{c.id, orDash(c.name), orDash(c.catalogType), orDash(c.displayName)};
                                     }));
        return;
    }
    if (ctx.args.size() > 2) {
        ctx.fail(ExitUsage, CliContext::tr("Usage: peaka-exports-cli tables [CATALOG [SCHEMA]]"));
        return;
    }
    resolveCatalogArgument(ctx, ctx.args.at(0), [&ctx, s](const QString &catalogId) {
        if (ctx.args.size() == 1) {
            s->schemas(ctx.projectId, catalogId, ctx.client,
                       printer<SchemaRef>(ctx, {CliContext::tr("SCHEMA"), CliContext::tr("CATALOG")},
                                          [](const SchemaRef &r) {
                                              return QStringList{orDash(r.schemaName), orDash(r.catalogName)};
                                          }));
            return;
        }
        s->tables(ctx.projectId, catalogId, ctx.args.at(1), ctx.client,
                  printer<TableRef>(ctx, {CliContext::tr("TABLE"), CliContext::tr("DYNAMIC"), CliContext::tr("CACHED")},
                                    [](const TableRef &t) {
                                        return QStringList{orDash(t.tableName), yesNo(t.isDynamic()),
                                                           yesNo(t.isCached.value_or(false))};
                                    }));
    });
}

void runColumns(CliContext &ctx)
{
    if (!ctx.requireProject())
        return;
    if (ctx.args.size() != 3) {
        ctx.fail(ExitUsage, CliContext::tr("Usage: peaka-exports-cli columns CATALOG SCHEMA TABLE"));
        return;
    }
    resolveCatalogArgument(ctx, ctx.args.at(0), [&ctx](const QString &catalogId) {
        sourceSession(ctx)->columns(
            ctx.projectId, catalogId, ctx.args.at(1), ctx.args.at(2), ctx.client,
            printer<Column>(ctx, {CliContext::tr("NAME"), CliContext::tr("TYPE"), CliContext::tr("NOTE")},
                            [](const Column &c) {
                                const QString note = c.isParameter()
                                    ? CliContext::tr("query parameter of a dynamic table; never exported")
                                    : c.isPlumbing() ? CliContext::tr("cache column; never exported")
                                                     : QString();
                                return QStringList{orDash(c.name), orDash(c.dataType), note};
                            }));
    });
}

} // namespace

Command queriesCommand()
{
    return Command::make(QStringLiteral("queries"),
                         QStringLiteral("queries"),
                         CliContext::tr("List the project's saved queries (id, display name, SQL name, folder, type)."),
                         runQueries);
}

Command tablesCommand()
{
    return Command::make(QStringLiteral("tables"),
                         QStringLiteral("tables [CATALOG [SCHEMA]]"),
                         CliContext::tr("List the catalogs; the schemas of one catalog; the tables of one schema. "
                                        "CATALOG is an id or a name."),
                         runTables);
}

Command columnsCommand()
{
    return Command::make(QStringLiteral("columns"),
                         QStringLiteral("columns CATALOG SCHEMA TABLE"),
                         CliContext::tr("List a table's columns with their SQL types (names for create --columns)."),
                         runColumns);
}

} // namespace peaka::cli
