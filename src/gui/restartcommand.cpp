// SPDX-License-Identifier: GPL-3.0-or-later
#include "restartcommand.h"

#include <QProcess>

#include <algorithm>

namespace peaka::gui {

RestartCommand restartCommand(const QString &program, const QStringList &arguments)
{
    static const QStringList oneOff{QStringLiteral("--lang"), QStringLiteral("--screenshot"),
                                    QStringLiteral("--select"), QStringLiteral("--scene"),
                                    QStringLiteral("--quit-after")};
    RestartCommand c;
    c.program = program;
    const QStringList args = arguments.mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (oneOff.contains(a)) {
            ++i; // and its value
            continue;
        }
        const bool joined = std::any_of(oneOff.cbegin(), oneOff.cend(), [&a](const QString &o) {
            return a.startsWith(o + QLatin1Char('='));
        });
        if (!joined)
            c.arguments << a;
    }
    return c;
}

bool relaunch(const RestartCommand &command, const Launcher &launch)
{
    if (launch)
        return launch(command.program, command.arguments);
    return QProcess::startDetached(command.program, command.arguments);
}

} // namespace peaka::gui
