// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder so the gui library has a source until the main window lands.
