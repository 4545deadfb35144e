// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloads/downloadrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace peaka {

// The JSON file that lists unfinished downloads across restarts
// (AppDataLocation/downloads.json). No URLs, no keys. Written atomically.
class DownloadStore
{
    Q_DECLARE_TR_FUNCTIONS(peaka::DownloadStore)
public:
    explicit DownloadStore(const QString &path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    // Unusable entries are skipped; a missing file is an empty list.
    QList<DownloadRecord> load(QString *error = nullptr, const DownloadOptions &defaults = {}) const;
    bool save(const QList<DownloadRecord> &records, QString *error = nullptr) const;

private:
    QString m_path;
};

} // namespace peaka
