// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace peaka::test {

// Path of a built executable, e.g. executable("src/cli/peaka-exports-cli").
QString executable(const QString &relativePath);

// `size` deterministic pseudo-random bytes.
QByteArray randomBytes(qint64 size, quint32 seed = 42);
// The whole file, or an empty array when it cannot be read.
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);

} // namespace peaka::test
