// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a widget by objectName in GUI tests.
#pragma once

#include <QLatin1String>
#include <QObject>
#include <QtGlobal>

namespace peaka::test {

// A named child of parent, with a warning (not a crash later) when it is missing.
template<typename T>
T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace peaka::test
