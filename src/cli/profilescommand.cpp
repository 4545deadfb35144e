// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-exports-cli profiles list | add NAME ... --key-stdin | remove NAME
// The same ProfileStore file and keychain entries as the app. The key is read
// from standard input only; without a keychain `add` fails (a session-only key
// would be gone when the command ends).
#include "credentials/apikey.h"
#include "clicontext.h"
#include "command.h"
#include "credentials/credentialjob.h"
#include "credentials/credentialstore.h"
#include "profiles/profileremoval.h"
#include "profiles/profilestore.h"
#include "profiles/projectlabel.h"
#include "textformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace peaka::cli {
namespace {

using Status = CredentialResult::Status;

// Exit code for a keychain failure: NotFound is an authentication problem,
// anything else (no keychain, locked, refused) an error of the service.
int exitCodeFor(const CredentialResult &r)
{
    return r.status == Status::NotFound ? ExitAuth : ExitApi;
}

ProfileStore *openStore(CliContext &ctx)
{
    return new ProfileStore(ProfileStore::defaultSettingsPath(), ctx.owner());
}

// The key from standard input: one line typed without echo on a terminal,
// otherwise everything piped in, trimmed.
QString readKeyFromStdin(QTextStream &err)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        err << CliContext::tr("Paste the API key and press Enter (it is not shown): ") << Qt::flush;
        termios old {};
        const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
        if (haveTerm) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        std::string line;
        std::getline(std::cin, line);
        if (haveTerm)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        err << Qt::endl;
        return QString::fromStdString(line).trimmed();
    }
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    // A key is short: read at most 64 KiB, so a wrong pipe cannot exhaust memory.
    return QString::fromUtf8(in.read(64 * 1024)).trimmed();
}

// Each project id with its name and workspace where the profile knows them
// (null otherwise), beside the plain "projectIds" that scripts already read.
QJsonArray projectsJson(const Profile &p)
{
    QJsonArray out;
    for (const QString &id : p.projectIds) {
        const ProjectLabel label = p.labelOf(id);
        const auto orNull = [](const QString &s) { return s.trimmed().isEmpty() ? QJsonValue() : QJsonValue(s.trimmed()); };
        out.append(QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), orNull(label.name)},
                               {QStringLiteral("workspace"), orNull(label.workspace)}});
    }
    return out;
}

QJsonObject toJson(const Profile &p, bool current)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("baseUrl"), p.baseUrl.toString()},
        {QStringLiteral("keyKind"), keyKindToString(p.keyKind)},
        {QStringLiteral("projectIds"), QJsonArray::fromStringList(p.projectIds)},
        {QStringLiteral("projects"), projectsJson(p)},
        {QStringLiteral("downloadFolder"), p.downloadFolder},
        {QStringLiteral("apiKeyPrefix"), p.keyPrefix},
        {QStringLiteral("key"), p.maskedKey()},
        {QStringLiteral("current"), current},
    };
}

void list(CliContext &ctx)
{
    ProfileStore *store = openStore(ctx);
    const QList<Profile> profiles = store->profiles();
    const QString current = store->currentProfileId();
    if (ctx.json) {
        QJsonArray arr;
        for (const Profile &p : profiles)
            arr.append(toJson(p, p.id == current));
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        ctx.finish();
        return;
    }
    if (profiles.isEmpty()) {
        ctx.err() << CliContext::tr("No profiles yet. Add one with: "
                                    "peaka-exports-cli profiles add NAME --project ID --key-stdin")
                  << Qt::endl;
        ctx.finish();
        return;
    }
    QList<QStringList> rows;
    for (const Profile &p : profiles) {
        rows << QStringList{p.name, p.baseUrl.toString(), keyKindToString(p.keyKind),
                            p.projectIds.join(QLatin1Char(',')), p.maskedKey(),
                            ProjectLabelText::namesWithIds(p.projectIds, p.projectLabels)
                                .join(CliContext::tr(", ", "between project names"))};
    }
    printTable(ctx.out(),
               {CliContext::tr("NAME", "profiles table header: profile name"),
                CliContext::tr("BASE URL", "profiles table header"),
                CliContext::tr("KIND", "profiles table header: partner or project key"),
                CliContext::tr("PROJECTS", "profiles table header: project ids"),
                CliContext::tr("KEY", "profiles table header: masked API key"),
                // Last: names may hold spaces, the columns before stay one word each.
                CliContext::tr("PROJECT NAMES", "profiles table header: project names with their ids")},
               rows);
    ctx.finish();
}

void add(CliContext &ctx)
{
    QCommandLineParser &p = *ctx.parser;
    if (ctx.args.size() != 2) {
        ctx.fail(ExitUsage, CliContext::tr("Usage: profiles add NAME --project ID [--project ID2 ...] "
                                           "[--base-url URL] [--kind partner|project] "
                                           "[--download-folder DIR] --key-stdin"));
        return;
    }
    if (!p.isSet(QStringLiteral("key-stdin"))) {
        ctx.fail(ExitUsage, CliContext::tr("Pass --key-stdin and give the API key on standard input, "
                                           "e.g. printenv PEAKA_API_KEY | peaka-exports-cli profiles add ..."));
        return;
    }
    Profile profile = Profile::create(ctx.args.at(1).trimmed());
    if (p.isSet(QStringLiteral("base-url")))
        profile.baseUrl = QUrl(p.value(QStringLiteral("base-url")).trimmed());
    bool kindOk = true;
    if (p.isSet(QStringLiteral("kind")))
        profile.keyKind = keyKindFromString(p.value(QStringLiteral("kind")), &kindOk);
    if (!kindOk) {
        ctx.fail(ExitUsage, CliContext::tr("--kind must be \u201cpartner\u201d or \u201cproject\u201d."));
        return;
    }
    for (const QString &value : p.values(QStringLiteral("project"))) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            profile.projectIds << id.trimmed();
    }
    if (p.isSet(QStringLiteral("download-folder")))
        profile.downloadFolder = QDir::cleanPath(QDir::current().absoluteFilePath(p.value(QStringLiteral("download-folder"))));

    ProfileStore *store = openStore(ctx);
    const QStringList problems = store->problems(profile);
    if (!problems.isEmpty()) {
        ctx.fail(ExitUsage, problems.join(QLatin1Char('\n')));
        return;
    }

    const QString key = readKeyFromStdin(ctx.err());
    if (key.isEmpty()) {
        ctx.fail(ExitUsage, CliContext::tr("No API key on standard input."));
        return;
    }
    if (!ApiKey::looksValid(key)) {
        ctx.fail(ExitUsage, CliContext::tr("The API key on standard input contains spaces or control "
                                           "characters. Give exactly the key."));
        return;
    }
    profile.setKeyPrefixFromKey(key);

    // The key first: a profile is saved only once its key is safe in the keychain.
    auto *credentials = new CredentialStore(ctx.owner());
    CredentialJob *job = credentials->writeKey(profile.id, key);
    QObject::connect(job, &CredentialJob::finished, ctx.owner(),
                     [&ctx, store, credentials, profile](const CredentialResult &r) {
        if (!r.ok()) {
            ctx.fail(exitCodeFor(r), CliContext::tr("The profile was not saved: %1").arg(r.message));
            return;
        }
        if (!store->add(profile)) {
            const QStringList problems = store->problems(profile);
            // Take the key out again so nothing is left half-saved.
            CredentialJob *undo = credentials->deleteKey(profile.id);
            QObject::connect(undo, &CredentialJob::finished, ctx.owner(), [&ctx, problems](const CredentialResult &) {
                ctx.fail(ExitApi, problems.isEmpty()
                                      ? CliContext::tr("The profile could not be saved to %1.")
                                            .arg(QDir::toNativeSeparators(ProfileStore::defaultSettingsPath()))
                                      : problems.join(QLatin1Char('\n')));
            });
            return;
        }
        if (ctx.json) {
            ctx.out() << QJsonDocument(toJson(profile, false)).toJson(QJsonDocument::Indented);
        } else {
            ctx.out() << CliContext::tr("Saved profile \u201c%1\u201d; its key %2 is in the keychain.")
                             .arg(profile.name, profile.maskedKey())
                      << Qt::endl;
        }
        ctx.finish();
    });
}

void remove(CliContext &ctx)
{
    if (ctx.args.size() != 2) {
        ctx.fail(ExitUsage, CliContext::tr("Usage: profiles remove NAME"));
        return;
    }
    ProfileStore *store = openStore(ctx);
    const auto profile = store->profileByName(ctx.args.at(1));
    if (!profile) {
        ctx.fail(ExitNotFound, CliContext::tr("No profile named \u201c%1\u201d. See: peaka-exports-cli profiles list")
                                   .arg(ctx.args.at(1)));
        return;
    }
    auto *credentials = new CredentialStore(ctx.owner());
    const QString name = profile->name;
    ProfileRemoval::start(store, credentials, profile->id, ctx.owner(),
                          [&ctx, name](bool removed, const QString &sentence) {
        if (!removed) {
            ctx.fail(ExitApi, sentence);
            return;
        }
        if (!ctx.json)
            ctx.out() << CliContext::tr("Removed profile \u201c%1\u201d and its key.").arg(name) << Qt::endl;
        ctx.finish();
    });
}

void run(CliContext &ctx)
{
    if (ctx.parser->isSet(QStringLiteral("key"))) {
        ctx.fail(ExitUsage, CliContext::tr("The API key is never accepted as an argument: it would stay in "
                                           "your shell history and the process list. Use --key-stdin."));
        return;
    }
    const QString sub = ctx.args.value(0);
    if (sub == QLatin1String("list"))
        list(ctx);
    else if (sub == QLatin1String("add"))
        add(ctx);
    else if (sub == QLatin1String("remove"))
        remove(ctx);
    else
        ctx.fail(ExitUsage, CliContext::tr("Usage: profiles list | profiles add NAME ... --key-stdin | "
                                           "profiles remove NAME"));
}

} // namespace

Command profilesCommand()
{
    Command c = Command::make(QStringLiteral("profiles"),
                              QStringLiteral("profiles list | add NAME --project ID [--project ID2 ...] [--base-url URL] "
                                             "[--kind partner|project] [--download-folder DIR] --key-stdin | remove NAME"),
                              CliContext::tr("Saved connection profiles; keys live in the OS keychain."), run);
    c.options = {
        QCommandLineOption(QStringLiteral("kind"), CliContext::tr("Key kind: partner or project (default project)."),
                           QStringLiteral("KIND")),
        QCommandLineOption(QStringLiteral("download-folder"), CliContext::tr("Default download folder."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("key-stdin"), CliContext::tr("Read the API key from standard input.")),
        // Recognised only to refuse it with a sentence.
        QCommandLineOption(QStringLiteral("key"), CliContext::tr("Refused: use --key-stdin."), QStringLiteral("KEY")),
    };
    c.options.last().setFlags(QCommandLineOption::HiddenFromHelp);
    c.needsApi = false;
    return c;
}

} // namespace peaka::cli
