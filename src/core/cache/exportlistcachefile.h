// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace peaka {

// One cached export list on disk: a SQLite file (Qt SQL, QSQLITE) holding the
// list fields of each row (no files, no download URLs, no key) and the
// identity of the connection it belongs to. Writes are one transaction in WAL
// mode, so a crash or kill -9 mid-write leaves the last complete list. A file
// that is not a database, is another program's, or has another schema version
// is discarded (removed, with a warning) and written afresh. Synchronous: call
// it off the UI thread (ExportListCache does).
class ExportListCacheFile
{
public:
    // 2: created_text (the server's createdAt string). 3: a row's fields in one
    // BLOB (ExportListCacheRow), ten times faster to read. Any other version is discarded.
    static constexpr int SchemaVersion = 3;
    static constexpr int ApplicationId = 0x50454b41; // "PEKA": tells our files from other SQLite files

    struct LoadResult
    {
        bool found = false;    // a usable list was there (possibly empty)
        QList<ExportJob> jobs; // in the order they were written
        QString problem;       // why a file was not used (also logged)
    };

    // Reads the list recorded for `identity`. A missing file is no problem; a
    // corrupt, foreign or old file is removed.
    static LoadResult read(const QString &path, const QString &identity);
    // Replaces the list. `afterRow(n)` (tests) runs after the n-th row is
    // written, inside the transaction. False with `error` on failure.
    static bool write(const QString &path, const QString &identity, const QList<ExportJob> &jobs,
                      QString *error = nullptr, const std::function<void(int)> &afterRow = {});
    // Removes the database and its journal files.
    static bool remove(const QString &path);
    // A hash of every stored field of `jobs`, in order: equal lists need no write.
    static size_t digest(const QList<ExportJob> &jobs);
};

} // namespace peaka

Q_DECLARE_METATYPE(peaka::ExportListCacheFile::LoadResult)
