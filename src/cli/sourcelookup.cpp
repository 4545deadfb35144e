// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelookup.h"

#include "clicontext.h"
#include "textformat.h"
#include "api/peakaclient.h"
#include "sources/nameresolution.h"
#include "sources/sourcesession.h"

#include <QString>
#include <QTextStream>

namespace peaka::cli {
namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

// Candidates as an aligned table, for the stderr message.
QString candidateTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    QTextStream stream(&text);
    printTable(stream, header, rows);
    return text;
}

} // namespace

SourceSession *sourceSession(CliContext &ctx)
{
    return SourceSession::of(ctx.client);
}

bool looksLikeId(const QString &text)
{
    if (text.size() < 10)
        return false;
    for (const QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

void resolveQueryArgument(CliContext &ctx, const QString &text, std::function<void(const QString &)> then)
{
    if (looksLikeId(text)) {
        then(text);
        return;
    }
    sourceSession(ctx)->queries(ctx.projectId, ctx.client, [&ctx, text, then](const ApiResult<QList<SavedQuery>> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        const NameMatch<SavedQuery> m = resolveQuery(r.value, text);
        if (m.outcome == NameMatch<SavedQuery>::Unique) {
            then(m.value.id);
            return;
        }
        if (m.outcome == NameMatch<SavedQuery>::NoMatch) {
            ctx.fail(ExitNotFound, CliContext::tr("No saved query in project %1 has the id, SQL name or display name "
                                                  "\u201c%2\u201d. See: peaka-exports-cli queries")
                                       .arg(ctx.projectId, text));
            return;
        }
        QList<QStringList> rows;
        for (const SavedQuery &q : m.candidates)
            rows << QStringList{q.id, orDash(q.name), orDash(q.displayName), q.path.isEmpty() ? QStringLiteral("/") : q.path,
                                orDash(q.queryType)};
        ctx.fail(ExitUsage,
                 CliContext::tr("\u201c%1\u201d names %n saved queries; give the id or the SQL name of one:", "", int(rows.size()))
                         .arg(text)
                     + QLatin1Char('\n')
                     + candidateTable({CliContext::tr("ID"), CliContext::tr("SQL NAME"), CliContext::tr("DISPLAY NAME"),
                                       CliContext::tr("FOLDER"), CliContext::tr("TYPE")},
                                      rows)
                           .trimmed());
    });
}

void resolveCatalogArgument(CliContext &ctx, const QString &text, std::function<void(const QString &)> then)
{
    if (looksLikeId(text)) {
        then(text);
        return;
    }
    sourceSession(ctx)->catalogs(ctx.projectId, ctx.client, [&ctx, text, then](const ApiResult<QList<Catalog>> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        const NameMatch<Catalog> m = resolveCatalog(r.value, text);
        if (m.outcome == NameMatch<Catalog>::Unique) {
            then(m.value.id);
            return;
        }
        if (m.outcome == NameMatch<Catalog>::NoMatch) {
            ctx.fail(ExitNotFound, CliContext::tr("No catalog in project %1 has the id or name \u201c%2\u201d. "
                                                  "See: peaka-exports-cli tables")
                                       .arg(ctx.projectId, text));
            return;
        }
        QList<QStringList> rows;
        for (const Catalog &c : m.candidates)
            rows << QStringList{c.id, orDash(c.name), orDash(c.catalogType), orDash(c.displayName)};
        ctx.fail(ExitUsage,
                 CliContext::tr("\u201c%1\u201d names %n catalogs; give the id of one:", "", int(rows.size())).arg(text)
                     + QLatin1Char('\n')
                     + candidateTable({CliContext::tr("ID"), CliContext::tr("NAME"), CliContext::tr("TYPE"),
                                       CliContext::tr("DISPLAY NAME")},
                                      rows)
                           .trimmed());
    });
}

} // namespace peaka::cli
