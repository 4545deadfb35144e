// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/exportlistcachekey.h"

#include <QCryptographicHash>

namespace peaka {

QString ExportListCacheKey::identity() const
{
    const QString server = connection.isDemo()
        ? QStringLiteral("demo")
        : baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
              .toString(QUrl::FullyEncoded);
    return QStringList{server, connection.profileId, connection.projectId, keyPrefix}.join(QLatin1Char('\n'));
}

QString ExportListCacheKey::fileName() const
{
    const QByteArray hash = QCryptographicHash::hash(identity().toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

} // namespace peaka
