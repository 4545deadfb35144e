// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QList>
#include <QPair>

class QComboBox;

namespace peaka::gui {

// The main window's connection and project picker: one entry per connection
// and project, "Connection · project name" (the id while the name is
// unknown; a name two projects share gets its workspace), the project id in
// the entry's tooltip and, for the current entry, the picker's own.
namespace ConnectionPicker {

// Refills `combo`; returns, per entry, (connection index, project index).
QList<QPair<int, int>> fill(QComboBox *combo, const QList<Connection> &connections);
// The picker's own tooltip names its current entry's project id.
void showCurrent(QComboBox *combo);

} // namespace ConnectionPicker
} // namespace peaka::gui
