// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-demo-server: the fake Peaka as a process, for the CLI, curl and benchmarks.
#include "demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

// SIGTERM / SIGINT quit the event loop cleanly (self-pipe: no Qt calls in the handler).
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}
#else
void quitOnSignals(QCoreApplication &) {}
#endif

// Quits when stdin reaches end of file (the parent process went away).
void quitOnStdinClose(QCoreApplication &app)
{
    std::thread([&app] {
        char buf[256];
        while (std::fread(buf, 1, sizeof buf, stdin) > 0) {
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("peaka-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEAKA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local fake of Peaka's data-export API with presigned-style storage links.\n"
        "Prints KEY=value lines (base URL, project ids, demo keys) and READY, then serves until "
        "SIGTERM/SIGINT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption apiPort(QStringLiteral("api-port"), QStringLiteral("API port (0 = any free port)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption storagePort(QStringLiteral("storage-port"),
                                         QStringLiteral("Storage port (0 = any free port)."), QStringLiteral("N"),
                                         QStringLiteral("0"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Add N generated exports to the demo project."),
                                  QStringLiteral("N"));
    const QCommandLineOption lifetime(QStringLiteral("link-lifetime"),
                                      QStringLiteral("Presigned link lifetime in seconds."), QStringLiteral("SEC"));
    const QCommandLineOption pendingMs(QStringLiteral("pending-ms"),
                                       QStringLiteral("How long created exports stay PENDING."), QStringLiteral("N"));
    const QCommandLineOption runningMs(QStringLiteral("running-ms"),
                                       QStringLiteral("How long created exports stay RUNNING."), QStringLiteral("N"));
    const QCommandLineOption exitOnStdinClose(QStringLiteral("exit-on-stdin-close"),
                                              QStringLiteral("Quit when standard input is closed."));
    parser.addOptions({apiPort, storagePort, rows, lifetime, pendingMs, runningMs, exitOnStdinClose});
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &option, qint64 min, qint64 max, qint64 fallback) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            std::fprintf(stderr, "peaka-demo-server: --%s must be a number from %lld to %lld\n",
                         qPrintable(option.names().constFirst()), static_cast<long long>(min),
                         static_cast<long long>(max));
            std::exit(1);
        }
        return value;
    };

    peaka::demo::DemoServer server;
    peaka::demo::Scenario &scenario = server.scenario();
    scenario.linkLifetimeSec = int(number(lifetime, -86400, 7 * 86400, scenario.linkLifetimeSec));
    scenario.pendingMs = int(number(pendingMs, 0, 86400000, scenario.pendingMs));
    scenario.runningMs = int(number(runningMs, 0, 86400000, scenario.runningMs));
    const qint64 extraRows = number(rows, 0, 10000000, 0);
    if (extraRows > 0)
        server.generateExports(int(extraRows));

    if (!server.start(quint16(number(apiPort, 0, 65535, 0)), quint16(number(storagePort, 0, 65535, 0)))) {
        std::fprintf(stderr, "peaka-demo-server: %s\n", qPrintable(server.errorString()));
        return 2;
    }

    quitOnSignals(app);
    if (parser.isSet(exitOnStdinClose))
        quitOnStdinClose(app);

    std::printf("PEAKA_BASE_URL=%s\n", qPrintable(server.baseUrl().toString()));
    std::printf("PEAKA_PROJECT=%s\n", qPrintable(server.projectId()));
    std::printf("PEAKA_OTHER_PROJECT=%s\n", qPrintable(server.otherProjectId()));
    std::printf("PEAKA_PARTNER_KEY=%s\n", qPrintable(server.partnerKey().key));
    std::printf("PEAKA_PROJECT_KEY=%s\n", qPrintable(server.projectKey().key));
    std::printf("PEAKA_COLLEAGUE_KEY=%s\n", qPrintable(server.colleagueKey().key));
    std::printf("PEAKA_STORAGE_URL=%s\n", qPrintable(server.storageUrl().toString()));
    std::printf("READY\n");
    std::fflush(stdout);

    return app.exec();
}
