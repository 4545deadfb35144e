// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace peaka::gui {
class MainWindowAssembly;
}

// --scene NAME --screenshot PATH (hidden, for scripts/screenshots.sh): sets up a
// scene in demo mode once the list is loaded, saves a PNG and quits.
//   downloads   the Downloads panel with a finished and a running download
//   new-export  the New Export dialog, filled by "Run again" from a row
// Returns false for an unknown scene name.
bool runScreenshotScene(peaka::gui::MainWindowAssembly *app, const QString &scene, const QString &path);
