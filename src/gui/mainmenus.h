// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;

namespace peaka::gui {

// The menu bar (File, Edit, View) and the New Export / Run again / Downloads
// buttons of the main toolbar, built around the window's existing actions
// (found by objectName) so that every command is in a menu with its shortcut.
class MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(peaka::gui::MainMenus)
public:
    // The commands that live outside the window (New Export, Run again, Downloads).
    struct Commands
    {
        QAction *newExport = nullptr;
        QAction *runAgain = nullptr;
        QAction *showDownloads = nullptr;
    };
    static void install(QMainWindow *window, const Commands &commands);
};

} // namespace peaka::gui
