// SPDX-License-Identifier: GPL-3.0-or-later
// wait EXPORT_ID: follow any export until it ends.
#include "clicontext.h"
#include "command.h"
#include "followjob.h"

namespace peaka::cli {
namespace {

void run(CliContext &ctx)
{
    if (ctx.args.size() != 1 || ctx.args.first().trimmed().isEmpty()) {
        ctx.fail(ExitUsage, CliContext::tr("Usage: peaka-exports-cli wait EXPORT_ID [--wait-timeout SEC] [--download DIR]"));
        return;
    }
    FollowSettings follow;
    if (!readFollowOptions(ctx, &follow) || !ctx.requireProject())
        return;
    ExportJob job;
    job.id = ctx.args.first().trimmed();
    followJob(ctx, job, follow);
}

} // namespace

Command waitCommand()
{
    Command c = Command::make(QStringLiteral("wait"),
                              QStringLiteral("wait EXPORT_ID [--wait-timeout SEC] [--poll-interval SEC] [--download DIR]"),
                              CliContext::tr("Wait until an export has ended and print its status (--json: the row). Exit 0 when it "
                                             "succeeded, 2 when it failed, was cancelled or expired, 3 when --wait-timeout ran out."),
                              run);
    c.options = followOptions();
    return c;
}

} // namespace peaka::cli
