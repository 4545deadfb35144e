// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/downloadstore.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace peaka {

DownloadStore::DownloadStore(const QString &path)
    : m_path(path)
{
}

QString DownloadStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("downloads.json"));
}

QList<DownloadRecord> DownloadStore::load(QString *error, const DownloadOptions &defaults) const
{
    QList<DownloadRecord> records;
    QFile file(m_path);
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read the list of unfinished downloads (%1): %2.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return records;
    }
    // A list of unfinished downloads is kilobytes; one over 16 MB was not written
    // by us. Check the size instead of read(16 MB), which allocates 16 MB per load.
    constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    QJsonParseError parseError{};
    const QJsonDocument doc = file.size() <= kMaxBytes ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                                       : QJsonDocument();
    const QJsonArray items = doc.object().value(QStringLiteral("downloads")).toArray();
    if ((file.size() > kMaxBytes || parseError.error != QJsonParseError::NoError) && error)
        *error = tr("The list of unfinished downloads (%1) is damaged; it was ignored.")
                     .arg(QDir::toNativeSeparators(m_path));
    for (const QJsonValue &item : items) {
        if (auto record = DownloadRecord::fromJson(item.toObject(), defaults))
            records.append(*record);
        else
            qCWarning(lcDownload) << "skipping an unusable entry in" << m_path;
    }
    return records;
}

bool DownloadStore::save(const QList<DownloadRecord> &records, QString *error) const
{
    QJsonArray items;
    for (const DownloadRecord &r : records)
        items.append(r.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("downloads"), items}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not save the list of unfinished downloads (%1): %2.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

} // namespace peaka
