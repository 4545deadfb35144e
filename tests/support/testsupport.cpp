// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

namespace peaka::test {

QString executable(const QString &relativePath)
{
    return QStringLiteral(PEAKA_BINARY_DIR "/") + relativePath;
}

} // namespace peaka::test
