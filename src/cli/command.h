// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace peaka::cli {

class CliContext;

// One sub-command of peaka-exports-cli. `run` starts the work and ends it
// with ctx.finish()/ctx.fail(); it may return before that (asynchronous).
struct Command
{
    QString name;
    QString synopsis;     // "list [--status S1,S2] [--mine]"
    QString summary;      // one line for the help text
    QList<QCommandLineOption> options;
    bool needsApi = true; // needs base URL + key (false for e.g. `profiles`)
    std::function<void(CliContext &ctx)> run;

    // The one way a command file describes its command (options and needsApi after).
    static Command make(const QString &name, const QString &synopsis, const QString &summary,
                        std::function<void(CliContext &ctx)> run)
    {
        Command c;
        c.name = name;
        c.synopsis = synopsis;
        c.summary = summary;
        c.run = std::move(run);
        return c;
    }
};

// Every command; each lives in its own file and is registered in commands.cpp.
QList<Command> allCommands();

Command listCommand();
Command showCommand();
Command downloadCommand();
Command createCommand();
Command waitCommand();
Command profilesCommand();
Command projectsCommand();
Command queriesCommand();
Command tablesCommand();
Command columnsCommand();
Command cancelCommand();
Command previewCommand();

} // namespace peaka::cli
