// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-exports-cli: the same core as the app, behind a command line.
#include "clicontext.h"
#include "command.h"
#include "connectionsetup.h"
#include "api/baseurl.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace peaka::cli;

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("base-url"),
                           CliContext::tr("API base URL (default: the profile's, else $PEAKA_BASE_URL, else %1).")
                               .arg(QLatin1String("https://partner.peaka.studio/api/v1")),
                           QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("region"),
                           CliContext::tr("Peaka zone: us (%1) or eu (%2); a shorthand for --base-url.")
                               .arg(QLatin1String(peaka::BaseUrl::usUrl), QLatin1String(peaka::BaseUrl::euUrl)),
                           QStringLiteral("us|eu")),
        QCommandLineOption(QStringLiteral("project"),
                           CliContext::tr("Project id (default: the profile's first, else $PEAKA_PROJECT)."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("profile"),
                           CliContext::tr("Use this saved connection profile (key from the OS keychain)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("json"), CliContext::tr("Print JSON with the API's field names.")),
        QCommandLineOption(QStringLiteral("verbose"), CliContext::tr("Log requests to stderr (never keys or link signatures).")),
        QCommandLineOption(QStringLiteral("timeout"),
                           CliContext::tr("Network timeout in seconds (default 30)."), QStringLiteral("SEC")),
        QCommandLineOption(QStringLiteral("lang"), CliContext::tr("Use the language CODE (e.g. de, tr)."),
                           QStringLiteral("CODE")),
        // The app keeps export lists for a quick start; the CLI never prints
        // cached data, so this is accepted for scripts that pass it to both.
        QCommandLineOption(QStringLiteral("no-cache"),
                           CliContext::tr("Accepted for symmetry with the app: the CLI never uses cached lists; "
                                          "every list is read from the server.")),
    };
}

// The first argument that is not an option or an option's value names the command.
int commandIndex(const QStringList &args, const QList<QCommandLineOption> &globals)
{
    QStringList takesValue;
    for (const QCommandLineOption &o : globals) {
        if (!o.valueName().isEmpty())
            takesValue << o.names();
    }
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--"))
            return i + 1 < args.size() ? i + 1 : -1;
        if (!a.startsWith(QLatin1Char('-')))
            return i;
        const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!name.contains(QLatin1Char('=')) && takesValue.contains(name))
            ++i; // skip the option's value
    }
    return -1;
}

QString helpText(QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + CliContext::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : allCommands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    text += QLatin1Char('\n')
        + CliContext::tr("The API key comes from $PEAKA_API_KEY or from a profile in the OS keychain; "
                         "it is never accepted as an argument.\n"
                         "Exit codes: 0 ok, 1 usage, 2 API error, 3 network/timeout/TLS, "
                         "4 unauthorized/forbidden, 5 not found, 6 integrity.\n");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Peaka"));
    QCoreApplication::setApplicationName(QStringLiteral("Peaka Exports"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEAKA_VERSION));
    peaka::Translations::install(app, peaka::Translations::languageFromArguments(app.arguments()));

    const QStringList args = QCoreApplication::arguments();
    const QList<QCommandLineOption> globals = globalOptions();
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Browse, download and create Peaka data exports."));
    parser.addPositionalArgument(QStringLiteral("command"), CliContext::tr("The command to run."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions(globals);

    const int index = commandIndex(args, globals);
    const QString name = index > 0 ? args[index] : QString();
    const QList<Command> commands = allCommands();
    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (c.name == name)
            command = &c;
    }
    if (command)
        parser.addOptions(command->options);

    QTextStream err(stderr);
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << CliContext::tr("Try --help.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << "peaka-exports-cli " << PEAKA_VERSION << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(help) || name.isEmpty()) {
        if (!parser.isSet(help)) {
            err << helpText(parser);
            return ExitUsage;
        }
        QTextStream(stdout) << helpText(parser);
        return ExitOk;
    }
    if (!command) {
        err << CliContext::tr("Unknown command \u201c%1\u201d. Try --help.").arg(name) << Qt::endl;
        return ExitUsage;
    }

    // Errors reach the user as one sentence; the request log is for --verbose.
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("peaka.*.debug=false\npeaka.*.info=false"));

    CliContext ctx;
    ctx.parser = &parser;
    ctx.json = parser.isSet(QStringLiteral("json"));
    ctx.args = parser.positionalArguments().mid(1);
    QTimer::singleShot(0, &app, [&ctx, command] {
        if (!command->needsApi) {
            command->run(ctx);
            return;
        }
        setUpConnection(ctx, [&ctx, command] { command->run(ctx); });
    });
    return QCoreApplication::exec();
}
