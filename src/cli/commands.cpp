// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

namespace peaka::cli {

QList<Command> allCommands()
{
    return {
        listCommand(),
        showCommand(),
        downloadCommand(),
        createCommand(),
        cancelCommand(),
        waitCommand(),
        profilesCommand(),
        projectsCommand(),
        queriesCommand(),
        tablesCommand(),
        columnsCommand(),
        previewCommand(),
    };
}

} // namespace peaka::cli
