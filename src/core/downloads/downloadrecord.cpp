// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/downloadrecord.h"

#include "downloads/filenames.h"

#include <QDir>

namespace peaka {

QString DownloadRecord::partPath() const
{
    if (targetName.isEmpty())
        return {};
    return QDir(folder).filePath(targetName + QStringLiteral(".part"));
}

QJsonObject DownloadRecord::toJson() const
{
    QJsonObject obj = source.toJson();
    obj.insert(QStringLiteral("folder"), folder);
    obj.insert(QStringLiteral("targetName"), targetName);
    obj.insert(QStringLiteral("partPath"), partPath());
    if (expectedBytes)
        obj.insert(QStringLiteral("expectedBytes"), QJsonValue(*expectedBytes));
    obj.insert(QStringLiteral("options"), options.toJson());
    if (!finishedPath.isEmpty())
        obj.insert(QStringLiteral("finishedPath"), finishedPath);
    return obj;
}

std::optional<DownloadRecord> DownloadRecord::fromJson(const QJsonObject &obj, const DownloadOptions &defaults)
{
    DownloadRecord r;
    r.source = DownloadSource::fromJson(obj);
    r.folder = obj.value(QStringLiteral("folder")).toString();
    // The name was sanitised when it was reserved; sanitise again, the file may have been edited.
    const QString name = obj.value(QStringLiteral("targetName")).toString();
    r.targetName = name.isEmpty() ? QString() : FileNames::sanitize(name);
    const QJsonValue expected = obj.value(QStringLiteral("expectedBytes"));
    // toInteger() refuses fractions and values beyond 64 bits (a cast would be undefined).
    if (const qint64 bytes = expected.toInteger(-1); expected.isDouble() && bytes >= 0)
        r.expectedBytes = bytes;
    r.options = DownloadOptions::fromJson(obj.value(QStringLiteral("options")).toObject(), defaults);
    // Only a file inside its folder; anything else is not shown as this download's file.
    const QString finished = obj.value(QStringLiteral("finishedPath")).toString();
    if (!finished.isEmpty() && QDir::isAbsolutePath(finished)
        && QDir::cleanPath(finished).startsWith(QDir::cleanPath(r.folder) + QLatin1Char('/')))
        r.finishedPath = QDir::cleanPath(finished);
    if (!r.source.isValid() || r.folder.isEmpty() || !QDir::isAbsolutePath(r.folder))
        return std::nullopt;
    return r;
}

} // namespace peaka
