// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;

namespace peaka::gui {

// Every menu of the main window in one place: the menu bar (File, Edit, View,
// Connection, Help), the toolbar's connection menu, and the New Export / Run again /
// Downloads buttons of the main toolbar, built around the window's existing
// actions (found by objectName) so that every command is in a menu with its
// shortcut. Only the table's context menu is built where it opens.
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
        QAction *cancelExport = nullptr; // optional
        QAction *clearCache = nullptr;   // optional: forget the cached export lists
        QAction *downloadFiles = nullptr; // optional: every file of the selected export
    };
    static void install(QMainWindow *window, const Commands &commands);
};

} // namespace peaka::gui
