// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/downloadsource.h"

namespace peaka {

QJsonObject DownloadSource::toJson() const
{
    return QJsonObject{{QStringLiteral("profileId"), profileId},
                       {QStringLiteral("projectId"), projectId},
                       {QStringLiteral("exportId"), exportId},
                       {QStringLiteral("fileName"), fileName},
                       {QStringLiteral("exportSource"), exportSource}};
}

DownloadSource DownloadSource::fromJson(const QJsonObject &obj)
{
    DownloadSource s;
    s.profileId = obj.value(QStringLiteral("profileId")).toString();
    s.projectId = obj.value(QStringLiteral("projectId")).toString();
    s.exportId = obj.value(QStringLiteral("exportId")).toString();
    s.fileName = obj.value(QStringLiteral("fileName")).toString();
    s.exportSource = obj.value(QStringLiteral("exportSource")).toString();
    return s;
}

} // namespace peaka
