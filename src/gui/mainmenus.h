// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace peaka::gui {

class MainWindow;

// The menu bar (File, Edit, View) and the New Export / Run again / Downloads
// buttons of the main toolbar, built around the window's existing actions
// (found by objectName) so that every command is in a menu with its shortcut.
class MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(peaka::gui::MainMenus)
public:
    static void install(MainWindow *window);
};

} // namespace peaka::gui
