// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"
#include "exports/exportlistmodel.h"
#include "exports/exportrow.h"
#include "exports/livepoller.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace peaka {

class StringTable;

// One cached export list on disk: a SQLite file (Qt SQL, QSQLITE) holding the
// list fields of each row (no files, no download URLs, no key) and the
// identity of the connection it belongs to. Writes are one transaction in WAL
// mode, so a crash or kill -9 mid-write leaves the last complete list. A file
// that is not a database, is another program's, or has another schema version
// is discarded (removed, with a warning) and written afresh; a damaged chunk
// (checksum or bytes wrong) loses its rows only. Synchronous: call it off the
// UI thread (ExportListCache does).
class ExportListCacheFile
{
public:
    // 2: created_text (the server's createdAt string). 3: a row's fields in one
    // BLOB. 4: rows in chunks of ExportListCacheChunk::RowsPerChunk with their
    // strings and a CRC-32, read straight into ExportRows (50 steps for 100,000
    // rows, not 100,000). Any other version is discarded.
    static constexpr int SchemaVersion = 4;
    static constexpr int ApplicationId = 0x50454b41; // "PEKA": tells our files from other SQLite files

    struct LoadResult
    {
        bool found = false; // a usable list was there (possibly empty)
        // The rows in the order they were written with their strings, and their
        // ids as the poller takes them, built on the reading thread. Shared, so
        // that one receiver can take them whole (ExportListModel::adoptRows,
        // LivePoller::seedIds): take() empties them for every copy.
        struct Rows
        {
            ExportListModel::Adoptable list;
            LivePoller::KnownIds ids;
        };
        std::shared_ptr<Rows> data = std::make_shared<Rows>();
        int damagedChunks = 0; // left out: their rows come back with the server's list
        QString problem;       // why a file (or some of it) was not used (also logged)
        size_t digest = 0;     // of the list as on disk (0 with damaged chunks: rewrite it)

        const QList<ExportRow> &rows() const { return data->list.rows; }
        qsizetype size() const { return data->list.rows.size(); }
        QList<ExportJob> toJobs() const;
        Rows take() const { return std::exchange(*data, {}); }
    };

    // A list encoded for writing, and its digest: equal lists need no write.
    struct Encoded
    {
        QList<QByteArray> chunks;
        QList<int> rowCounts;
        QList<quint32> checksums;
        size_t digest = 0;
        qsizetype rows = 0;
    };
    static Encoded encode(const ExportRow *rows, qsizetype count, const StringTable &strings);
    static Encoded encode(const QList<ExportJob> &jobs);

    // Reads the list recorded for `identity`. A missing file is no problem; a
    // corrupt, foreign or old file is removed.
    static LoadResult read(const QString &path, const QString &identity);
    // Replaces the list. `afterChunk(n)` (tests) runs after each chunk, with the
    // rows written so far, inside the transaction. False with `error` on failure.
    static bool write(const QString &path, const QString &identity, const Encoded &list,
                      QString *error = nullptr, const std::function<void(int)> &afterChunk = {});
    static bool write(const QString &path, const QString &identity, const QList<ExportJob> &jobs,
                      QString *error = nullptr, const std::function<void(int)> &afterChunk = {})
    {
        return write(path, identity, encode(jobs), error, afterChunk);
    }
    // Removes the database and its journal files.
    static bool remove(const QString &path);
    // A hash of every stored field of `jobs`, in order (encode(jobs).digest).
    static size_t digest(const QList<ExportJob> &jobs) { return encode(jobs).digest; }
};

} // namespace peaka

Q_DECLARE_METATYPE(peaka::ExportListCacheFile::LoadResult)
