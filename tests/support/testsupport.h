// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace peaka::test {

// Path of a built executable, e.g. executable("src/cli/peaka-exports-cli").
QString executable(const QString &relativePath);

} // namespace peaka::test
