// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsetup.h"

#include "api/baseurl.h"
#include "clicontext.h"
#include "credentials/credentialjob.h"
#include "credentials/credentialstore.h"
#include "api/peakaclient.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>

#include <optional>

namespace peaka::cli {

void setUpConnection(CliContext &ctx, std::function<void()> ready)
{
    QCommandLineParser &p = *ctx.parser;
    auto *client = new PeakaClient(ctx.owner());
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

    // Explicit options win, then the profile, then the environment, then the default.
    std::optional<Profile> profile;
    if (p.isSet(QStringLiteral("profile"))) {
        const QString name = p.value(QStringLiteral("profile"));
        auto *store = new ProfileStore(ProfileStore::defaultSettingsPath(), ctx.owner());
        profile = store->profileByName(name);
        if (!profile) {
            ctx.fail(ExitUsage, CliContext::tr("No profile named \u201c%1\u201d. See: peaka-exports-cli profiles list")
                                    .arg(name));
            return;
        }
        ctx.projectId = p.value(QStringLiteral("project"));
        if (ctx.projectId.isEmpty())
            ctx.projectId = store->currentProject(profile->id);
    }

    QString baseUrl = p.value(QStringLiteral("base-url"));
    if (p.isSet(QStringLiteral("region"))) {
        if (p.isSet(QStringLiteral("base-url"))) {
            ctx.fail(ExitUsage, CliContext::tr("Give either --region or --base-url, not both."));
            return;
        }
        baseUrl = BaseUrl::zoneUrl(p.value(QStringLiteral("region")));
        if (baseUrl.isEmpty()) {
            ctx.fail(ExitUsage, CliContext::tr("Unknown region \u201c%1\u201d: use us or eu, or --base-url URL for "
                                               "another deployment.")
                                    .arg(p.value(QStringLiteral("region"))));
            return;
        }
    }
    if (baseUrl.isEmpty() && profile)
        baseUrl = profile->baseUrl.toString();
    if (baseUrl.isEmpty())
        baseUrl = qEnvironmentVariable("PEAKA_BASE_URL", QLatin1String(BaseUrl::defaultUrl));
    QString urlError;
    if (!client->setBaseUrl(baseUrl, &urlError)) {
        ctx.fail(ExitUsage, urlError);
        return;
    }
    if (!profile) {
        ctx.projectId = p.value(QStringLiteral("project"));
        if (ctx.projectId.isEmpty())
            ctx.projectId = qEnvironmentVariable("PEAKA_PROJECT");
    }

    // PEAKA_API_KEY overrides the profile's key.
    ctx.apiKey = qEnvironmentVariable("PEAKA_API_KEY");
    if (!ctx.apiKey.isEmpty()) {
        client->setApiKey(ctx.apiKey);
        ready();
        return;
    }
    if (!profile) {
        ctx.fail(ExitUsage, CliContext::tr("No API key: set PEAKA_API_KEY or pass --profile NAME."));
        return;
    }

    auto *credentials = new CredentialStore(ctx.owner());
    CredentialJob *job = credentials->readKey(profile->id);
    const QString name = profile->name;
    QObject::connect(job, &CredentialJob::finished, ctx.owner(),
                     [&ctx, client, name, ready](const CredentialResult &r) {
        if (!r.ok()) {
            const bool missing = r.status == CredentialResult::Status::NotFound;
            ctx.fail(missing ? ExitAuth : ExitApi,
                     missing ? CliContext::tr("No API key is stored for profile \u201c%1\u201d. Add the profile "
                                              "again or set PEAKA_API_KEY.").arg(name)
                             : CliContext::tr("Could not read the key of profile \u201c%1\u201d: %2 "
                                              "You can set PEAKA_API_KEY instead.").arg(name, r.message));
            return;
        }
        ctx.apiKey = r.key;
        ctx.keyProfile = name;
        client->setApiKey(ctx.apiKey);
        ready();
    });
}

} // namespace peaka::cli
