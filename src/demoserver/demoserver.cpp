// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder: the demo server helper replaces this file.
#include "demoserver.h"
