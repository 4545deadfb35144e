// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>

namespace peaka::test {

QString executable(const QString &relativePath)
{
    return QStringLiteral(PEAKA_BINARY_DIR "/") + relativePath;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    const qint64 words = size / 4;
    gen.fillRange(reinterpret_cast<quint32 *>(data.data()), words);
    for (qint64 i = words * 4; i < size; ++i)
        data[i] = char(gen.generate() & 0xff);
    return data;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace peaka::test
