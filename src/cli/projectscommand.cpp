// SPDX-License-Identifier: GPL-3.0-or-later
// projects: every project a Partner key reaches, with its organization and workspace.
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

void run(CliContext &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.fail(ExitUsage, CliContext::tr("Usage: peaka-exports-cli projects"));
        return;
    }
    const auto print = printOrFail<ApiResult<QList<ProjectEntry>>>(ctx, [&ctx](const QList<ProjectEntry> &entries) {
        if (ctx.json) {
            QJsonArray arr;
            for (const ProjectEntry &e : entries)
                arr.append(e.toJson());
            ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
            return;
        }
        QList<QStringList> rows;
        for (const ProjectEntry &e : entries)
            rows << QStringList{e.project.id, e.project.name, e.workspace.name, e.organization.name};
        printTable(ctx.out(),
                   {CliContext::tr("ID"), CliContext::tr("PROJECT"), CliContext::tr("WORKSPACE"),
                    CliContext::tr("ORGANIZATION")},
                   rows);
    });
    sourceSession(ctx)->projectDirectory(ctx.client, [&ctx, print](const ApiResult<QList<ProjectEntry>> &r) {
        if (r.error.kind() == ApiError::Forbidden) { // a 401 is a bad key: failWith() says so
            ctx.fail(ExitAuth, CliContext::tr("Listing projects needs a Partner API key; this key was refused (%1). "
                                              "A Project API key reaches only its own project: pass its id with "
                                              "--project.")
                                   .arg(r.error.httpStatus()));
            return;
        }
        print(r);
    });
}

} // namespace

Command projectsCommand()
{
    return Command::make(QStringLiteral("projects"),
                         QStringLiteral("projects"),
                         CliContext::tr("List every project (organization, workspace, name, id); needs a Partner API key."),
                         run);
}

} // namespace peaka::cli
