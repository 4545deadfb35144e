// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/exportjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

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
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    PeakaClient *client = nullptr;
    QString projectId;
    QString apiKey;        // memory only
    QString keyProfile;    // the profile the key was read from; empty: from $PEAKA_API_KEY
    bool json = false;
    QCommandLineParser *parser = nullptr;
    QStringList args;      // positional arguments after the command name

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // One sentence on stderr, then exit with `code`.
    void fail(int code, const QString &sentence);
    // The error's sentence; a rejected key (401) also says where the key came
    // from and how to replace it, in shell terms.
    void failWith(const ApiError &error);
    void finish(int code = ExitOk);
    bool requireProject();
    static bool stderrIsTerminal();

    // The parent of every QObject a command creates (client, stores, requests).
    // It goes with the context, which main() destroys before the application,
    // while Qt's threads and event dispatcher still work: children of qApp
    // would die only after the application's own teardown and leak what they hold.
    QObject *owner() const { return m_owner.get(); }
    // Keeps `object` until the context ends; kept objects go newest first and
    // before owner()'s children (a download manager before the client it uses).
    template<typename T>
    T *keep(std::shared_ptr<T> object)
    {
        m_kept.push_back(object);
        return object.get();
    }

private:
    QTextStream m_out;
    QTextStream m_err;
    std::vector<std::shared_ptr<void>> m_kept;
    std::unique_ptr<QObject> m_owner;
};

// The usual end of one request: on an error its sentence and exit code, else
// `print(result.value)` and exit 0. For a connect() or a source callback.
template<typename Result, typename Print>
auto printOrFail(CliContext &ctx, Print print)
{
    return [&ctx, print = std::move(print)](const Result &result) {
        if (!result.ok()) {
            ctx.failWith(result.error);
            return;
        }
        print(result.value);
        ctx.finish();
    };
}

// The usual start of a command on one export: checks for a project and
// exactly one EXPORT_ID argument (else `usage` and exit 1), reads the export,
// and calls `then` with it; an API error ends the program with its sentence.
void withExport(CliContext &ctx, const QString &usage, std::function<void(const ExportJob &job)> then);

} // namespace peaka::cli
