// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/apikey.h"

namespace peaka::ApiKey {

QString publicPrefix(const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return {};
    return key.left(dot).trimmed();
}

QString masked(const QString &key)
{
    const QString bullets = QStringLiteral("\u2022\u2022\u2022\u2022");
    const QString prefix = publicPrefix(key);
    return prefix.isEmpty() ? bullets : prefix + QLatin1Char('.') + bullets;
}

bool looksValid(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace peaka::ApiKey
