// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/csvoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace peaka {

// The CSV options of the exports this app started, by export id: the server
// does not send them back, and "Run again" needs them. A small JSON file
// (AppDataLocation/csv-options.json) of export ids and options only (no keys,
// no URLs), written atomically; the newest kMaxEntries are kept. A damaged or
// unreadable file is treated as empty: the options are a convenience.
class CsvOptionsMemory
{
    Q_DECLARE_TR_FUNCTIONS(peaka::CsvOptionsMemory)
public:
    static constexpr int kMaxEntries = 2000;

    explicit CsvOptionsMemory(const QString &path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    // Records the options export `exportId` was started with (defaults too:
    // "started here with the defaults" differs from "not started here").
    bool remember(const QString &exportId, const CsvOptions &options, QString *error = nullptr);
    // The options of an export started here; nullopt for any other export.
    std::optional<CsvOptions> recall(const QString &exportId) const;

private:
    void load() const;

    QString m_path;
    mutable bool m_loaded = false;
    mutable QStringList m_order; // oldest first
    mutable QHash<QString, QJsonObject> m_options;
};

} // namespace peaka
