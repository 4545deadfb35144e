// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportstatus.h"

#include <QColor>
#include <QIcon>

namespace peaka::gui {

// Registers the UI resources of the static peaka_gui library (idempotent).
void initResources();

// The colored icon and color of a status (one place for every view).
QIcon statusIcon(ExportStatus::Code code);
QColor statusColor(ExportStatus::Code code);
// An icon of the UI set by file name: uiIcon("refresh") -> :/icons/ui/refresh.svg.
QIcon uiIcon(const char *name);

} // namespace peaka::gui
