// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace peaka::gui {

// "Restart Now" after a language change: what the app starts again with.
struct RestartCommand
{
    QString program;
    QStringList arguments;
};

// The program with the arguments it was started with (arguments() as
// QCoreApplication gives them, program name first), minus those that pick a
// language (the setting now does) or make a one-off run: --lang,
// --screenshot, --select, --scene, --quit-after, with their values.
RestartCommand restartCommand(const QString &program, const QStringList &arguments);

// Starts the command detached (QProcess::startDetached unless a test passes
// its own launcher); false when it could not be started.
using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;
bool relaunch(const RestartCommand &command, const Launcher &launch = {});

} // namespace peaka::gui
