// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace peaka {
class PeakaClient;
}

namespace peaka::cli {

// Exit codes, documented in the man page and the README.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitApi = 2,
    ExitNetwork = 3,
    ExitAuth = 4,
    ExitNotFound = 5,
    ExitIntegrity = 6,
};

int exitCodeFor(const ApiError &error);

// What every command gets: the client, the chosen project, output streams
// and the global flags. Commands report through finish(); the event loop ends then.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(peaka::cli::CliContext)
public:
    CliContext();

    PeakaClient *client = nullptr;
    QString projectId;
    QString apiKey;        // memory only
    bool json = false;
    QCommandLineParser *parser = nullptr;
    QStringList args;      // positional arguments after the command name

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // One sentence on stderr, then exit with `code`.
    void fail(int code, const QString &sentence);
    void failWith(const ApiError &error);
    void finish(int code = ExitOk);
    bool requireProject();
    static bool stderrIsTerminal();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace peaka::cli
