// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/csvoptionsmemory.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace peaka {

CsvOptionsMemory::CsvOptionsMemory(const QString &path)
    : m_path(path)
{
}

QString CsvOptionsMemory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("csv-options.json"));
}

// Read from disk every time it is needed afresh, so that two windows (or two
// runs) add to one file instead of overwriting each other's entries.
void CsvOptionsMemory::load() const
{
    m_loaded = true;
    m_order.clear();
    m_options.clear();
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcModel) << "cannot read" << m_path << file.errorString();
        return;
    }
    const QJsonArray items = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object()
                                 .value(QLatin1String("exports")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty() || id.size() > 200)
            continue;
        if (m_options.contains(id))
            m_order.removeOne(id);
        m_order.append(id);
        m_options.insert(id, o.value(QLatin1String("csvOptions")).toObject());
    }
}

bool CsvOptionsMemory::remember(const QString &exportId, const CsvOptions &options, QString *error)
{
    if (exportId.isEmpty())
        return false;
    load();
    m_order.removeOne(exportId);
    m_order.append(exportId);
    m_options.insert(exportId, options.toJson());
    while (m_order.size() > kMaxEntries)
        m_options.remove(m_order.takeFirst());

    QJsonArray items;
    for (const QString &id : std::as_const(m_order))
        items.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("csvOptions"), m_options.value(id)}});
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("exports"), items}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Could not save the CSV options of the export (%1): %2.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

std::optional<CsvOptions> CsvOptionsMemory::recall(const QString &exportId) const
{
    if (!m_loaded)
        load();
    const auto it = m_options.constFind(exportId);
    if (it == m_options.constEnd())
        return std::nullopt;
    return CsvOptions::fromJson(*it);
}

} // namespace peaka
