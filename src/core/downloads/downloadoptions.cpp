// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/downloadoptions.h"

namespace peaka {

QJsonObject DownloadOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("decompress"), decompress},
                       {QStringLiteral("keepCompressed"), keepCompressed}};
}

DownloadOptions DownloadOptions::fromJson(const QJsonObject &obj, const DownloadOptions &defaults)
{
    DownloadOptions o = defaults;
    o.decompress = obj.value(QStringLiteral("decompress")).toBool(defaults.decompress);
    o.keepCompressed = obj.value(QStringLiteral("keepCompressed")).toBool(defaults.keepCompressed);
    return o;
}

} // namespace peaka
