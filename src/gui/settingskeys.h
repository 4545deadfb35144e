// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Every QSettings key of the GUI, in one place. The profiles (and which one
// was used last) live in the ProfileStore's own file; the language key is
// Translations::settingsKey() (core, read before any window exists).
namespace peaka::gui::SettingsKeys {

// Main window layout (a group: geometry, state, splitter, header).
inline QString mainWindowGroup() { return QStringLiteral("mainWindow"); }
// Toolbar filters.
inline QString filterStatuses() { return QStringLiteral("filters/statuses"); }
inline QString filterSearch() { return QStringLiteral("filters/search"); }
inline QString filterMine() { return QStringLiteral("filters/mine"); }
// Seconds between list refreshes while something runs.
inline QString liveIntervalSecs() { return QStringLiteral("live/intervalSecs"); }
// Download options of the Downloads panel.
inline QString downloadsDecompress() { return QStringLiteral("downloads/decompress"); }
inline QString downloadsKeepCompressed() { return QStringLiteral("downloads/keepCompressed"); }
inline QString downloadsMaxConcurrent() { return QStringLiteral("downloads/maxConcurrent"); }
// The folder chosen per connection: this prefix + the percent-encoded connection id.
inline QString downloadFolderGroup() { return QStringLiteral("downloads/folders/"); }
// The folder chosen last, for any connection: where the folder dialog starts.
inline QString downloadsLastFolder() { return QStringLiteral("downloads/lastFolder"); }

} // namespace peaka::gui::SettingsKeys
