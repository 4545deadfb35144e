// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsetup.h"

#include "baseurl.h"
#include "clicontext.h"
#include "peakaclient.h"

#include <QCoreApplication>

namespace peaka::cli {

void setUpConnection(CliContext &ctx, std::function<void()> ready)
{
    QCommandLineParser &p = *ctx.parser;
    auto *client = new PeakaClient(qApp);
    ctx.client = client;

    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double secs = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || secs <= 0) {
            ctx.fail(ExitUsage, CliContext::tr("--timeout needs a number of seconds greater than 0."));
            return;
        }
        client->setTimeoutMs(int(secs * 1000));
    }

    if (p.isSet(QStringLiteral("profile"))) {
        ctx.fail(ExitUsage, CliContext::tr("Profiles are not available in this build yet."));
        return;
    }

    QString baseUrl = p.value(QStringLiteral("base-url"));
    if (baseUrl.isEmpty())
        baseUrl = qEnvironmentVariable("PEAKA_BASE_URL", QLatin1String(BaseUrl::defaultUrl));
    QString urlError;
    if (!client->setBaseUrl(baseUrl, &urlError)) {
        ctx.fail(ExitUsage, urlError);
        return;
    }
    ctx.projectId = p.value(QStringLiteral("project"));
    if (ctx.projectId.isEmpty())
        ctx.projectId = qEnvironmentVariable("PEAKA_PROJECT");
    ctx.apiKey = qEnvironmentVariable("PEAKA_API_KEY");
    if (ctx.apiKey.isEmpty()) {
        ctx.fail(ExitUsage, CliContext::tr("No API key: set PEAKA_API_KEY or pass --profile NAME."));
        return;
    }
    client->setApiKey(ctx.apiKey);
    ready();
}

} // namespace peaka::cli
