// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/exportjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>

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

// The usual start of a command on one export: checks for a project and
// exactly one EXPORT_ID argument (else `usage` and exit 1), reads the export,
// and calls `then` with it; an API error ends the program with its sentence.
void withExport(CliContext &ctx, const QString &usage, std::function<void(const ExportJob &job)> then);

} // namespace peaka::cli
