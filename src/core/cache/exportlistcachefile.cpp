// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/exportlistcachefile.h"

#include "common/logging.h"
#include "cache/exportlistcachechunk.h"
#include "exports/stringtable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace peaka {
namespace {

// One Qt SQL connection for the length of one read or write, on the calling
// thread (a QSqlDatabase may not cross threads; each job gets its own name).
class Db
{
public:
    explicit Db(const QString &path)
        : m_name(QStringLiteral("peaka-list-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Db()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }
    // The first column of the first row of `sql`; an invalid QVariant when it fails.
    QVariant value(const QString &sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql) && q.next())
            return q.value(0);
        m_error = q.lastError().text();
        return {};
    }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

// What the file is, before anything is read or written.
enum class Kind { Ours, Empty, Unusable };

Kind inspect(Db &db, QString *why)
{
    if (!db.isOpen()) {
        *why = QStringLiteral("cannot be opened (%1)").arg(db.error());
        return Kind::Unusable;
    }
    const QVariant appId = db.value(QStringLiteral("PRAGMA application_id"));
    const QVariant version = db.value(QStringLiteral("PRAGMA user_version"));
    const QVariant tables = db.value(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId.isValid() || !version.isValid() || !tables.isValid()) {
        *why = QStringLiteral("is not a readable database (%1)").arg(db.error());
        return Kind::Unusable;
    }
    if (appId.toInt() == 0 && version.toInt() == 0 && tables.toInt() == 0)
        return Kind::Empty;
    if (appId.toInt() != ExportListCacheFile::ApplicationId) {
        *why = QStringLiteral("is another program's database (application id %1)").arg(appId.toInt());
        return Kind::Unusable;
    }
    if (version.toInt() != ExportListCacheFile::SchemaVersion) {
        *why = QStringLiteral("has schema version %1; this version of the app uses %2")
                   .arg(version.toInt())
                   .arg(ExportListCacheFile::SchemaVersion);
        return Kind::Unusable;
    }
    return Kind::Ours;
}

void discard(const QString &path, const QString &why)
{
    qCWarning(lcCache).noquote() << "discarding the export list cache" << path << "which" << why;
    ExportListCacheFile::remove(path);
}

bool createSchema(Db &db)
{
    return db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"))
        && db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS chunks (ord INTEGER PRIMARY KEY, rows INTEGER NOT NULL, "
                                  "crc INTEGER NOT NULL, data BLOB NOT NULL)"))
        && db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ExportListCacheFile::ApplicationId))
        && db.exec(QStringLiteral("PRAGMA user_version = %1").arg(ExportListCacheFile::SchemaVersion));
}

size_t addToDigest(size_t h, quint32 crc, qsizetype size, int rows)
{
    return qHashMulti(h, crc, size, rows);
}

bool insertChunks(Db &db, const QString &identity, const ExportListCacheFile::Encoded &list, QString *error,
                  const std::function<void(int)> &afterChunk)
{
    QSqlQuery meta(db.db());
    if (!meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('identity', ?)"))) {
        *error = meta.lastError().text();
        return false;
    }
    meta.addBindValue(identity);
    QSqlQuery insert(db.db());
    if (!meta.exec() || !db.exec(QStringLiteral("DELETE FROM chunks"))
        || !insert.prepare(QStringLiteral("INSERT INTO chunks (ord, rows, crc, data) VALUES (?, ?, ?, ?)"))) {
        *error = meta.lastError().isValid() ? meta.lastError().text() : db.error();
        if (error->isEmpty())
            *error = insert.lastError().text();
        return false;
    }
    int written = 0;
    for (int ord = 0; ord < list.chunks.size(); ++ord) {
        const QByteArray &data = list.chunks.at(ord);
        insert.bindValue(0, ord);
        insert.bindValue(1, list.rowCounts.at(ord));
        insert.bindValue(2, qint64(list.checksums.at(ord)));
        insert.bindValue(3, data);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        written += list.rowCounts.at(ord);
        if (afterChunk)
            afterChunk(written);
    }
    return true;
}

} // namespace

bool ExportListCacheFile::remove(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    }
    return ok;
}

ExportListCacheFile::Encoded ExportListCacheFile::encode(const ExportRow *rows, qsizetype count,
                                                          const StringTable &strings)
{
    Encoded list;
    list.rows = count;
    size_t h = 0;
    ExportListCacheChunk::Encoder encoder(strings);
    for (qsizetype first = 0; first < count; first += ExportListCacheChunk::RowsPerChunk) {
        const int n = int(std::min<qsizetype>(ExportListCacheChunk::RowsPerChunk, count - first));
        QByteArray chunk = encoder.encode(rows + first, n);
        const quint32 crc = ExportListCacheChunk::checksum(chunk);
        h = addToDigest(h, crc, chunk.size(), n);
        list.checksums.append(crc);
        list.chunks.append(std::move(chunk));
        list.rowCounts.append(n);
    }
    list.digest = qHashMulti(size_t(0), count, h); // as read() makes it from the chunks it reads
    return list;
}

ExportListCacheFile::Encoded ExportListCacheFile::encode(const QList<ExportJob> &jobs)
{
    StringTable strings;
    QList<ExportRow> rows;
    rows.reserve(jobs.size());
    for (const ExportJob &job : jobs)
        rows.append(ExportRow::fromJob(job, strings));
    return encode(rows.constData(), rows.size(), strings);
}

QList<ExportJob> ExportListCacheFile::LoadResult::toJobs() const
{
    QList<ExportJob> jobs;
    jobs.reserve(size());
    for (const ExportRow &row : data->list.rows)
        jobs.append(row.toJob(*data->list.strings));
    return jobs;
}

ExportListCacheFile::LoadResult ExportListCacheFile::read(const QString &path, const QString &identity)
{
    LoadResult result;
    if (!QFileInfo::exists(path))
        return result;
    QString why;
    {
        Db db(path);
        const Kind kind = inspect(db, &why);
        if (kind == Kind::Ours) {
            const QVariant recorded = db.value(QStringLiteral("SELECT value FROM meta WHERE key = 'identity'"));
            if (!recorded.isValid()) {
                why = QStringLiteral("has no connection recorded (%1)").arg(db.error());
            } else if (recorded.toString() != identity) {
                why = QStringLiteral("belongs to another connection");
            } else {
                result.data->list.strings = std::make_shared<StringTable>();
                // Room for every row at once: growing a list of 100,000 rows moves them all, repeatedly.
                const QVariant total = db.value(QStringLiteral("SELECT sum(rows) FROM chunks"));
                result.data->list.rows.reserve(qsizetype(std::clamp<qint64>(total.toLongLong(), 0, 1000000)));
                QSqlQuery q(db.db());
                q.setForwardOnly(true); // no cache of the chunks read so far
                ExportListCacheChunk::Decoder decoder(*result.data->list.strings);
                int chunks = 0;
                size_t h = 0;
                if (q.exec(QStringLiteral("SELECT rows, crc, data FROM chunks ORDER BY ord"))) {
                    while (q.next()) {
                        ++chunks;
                        const qint64 rows = q.value(0).toLongLong();
                        const qint64 crc = q.value(1).toLongLong();
                        const QByteArray data = q.value(2).toByteArray();
                        if (qint64(ExportListCacheChunk::checksum(data)) != crc || rows > ExportListCacheChunk::RowsPerChunk
                            || !decoder.decode(data.constData(), data.size(), rows, result.data->list.rows)) {
                            ++result.damagedChunks;
                            continue; // this chunk's rows only
                        }
                        h = addToDigest(h, quint32(crc), data.size(), int(rows));
                    }
                }
                if (q.lastError().isValid()) {
                    why = QStringLiteral("cannot be read (%1)").arg(q.lastError().text());
                } else if (chunks > 0 && result.damagedChunks == chunks) {
                    why = QStringLiteral("has only damaged chunks");
                } else {
                    result.found = true;
                    result.digest = result.damagedChunks ? 0 : qHashMulti(size_t(0), result.data->list.rows.size(), h);
                }
            }
        } else if (kind == Kind::Empty) {
            why = QStringLiteral("is empty");
        }
    }
    if (!result.found) {
        result = {};
        result.problem = why;
        discard(path, why);
        return result;
    }
    // The poller's ids, and no id twice (only a damaged file could hold one twice).
    QList<ExportRow> &rows = result.data->list.rows;
    LivePoller::KnownIds &ids = result.data->ids;
    ids.reserve(rows.size());
    QSet<quint64> texts; // other ids: their table ids
    qsizetype kept = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ExportRowKey &key = rows.at(i).key;
        const qsizetype before = key.isText() ? texts.size() : ids.size();
        if (key.isText())
            texts.insert(key.lo);
        else
            ids.insert(key, {});
        if ((key.isText() ? texts.size() : ids.size()) == before)
            continue;
        if (kept != i)
            rows[kept] = rows.at(i);
        ++kept;
    }
    if (kept != rows.size()) {
        rows.resize(kept);
        result.digest = 0;
    }
    if (result.damagedChunks) {
        result.problem = QStringLiteral("has %1 damaged chunks; their rows come with the server's list")
                             .arg(result.damagedChunks);
        qCWarning(lcCache).noquote() << "the export list cache" << path << result.problem;
    }
    return result;
}

bool ExportListCacheFile::write(const QString &path, const QString &identity, const Encoded &list,
                                QString *error, const std::function<void(int)> &afterChunk)
{
    QString localError;
    QString *err = error ? error : &localError;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        *err = QStringLiteral("cannot create the folder %1").arg(dir);
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString why;
        {
            Db db(path);
            const Kind kind = inspect(db, &why);
            if (kind != Kind::Unusable) {
                // WAL: a commit is atomic and a crash mid-transaction leaves the
                // last committed list; NORMAL sync is enough for a cache.
                bool ok = db.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
                    && db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
                ok = ok && db.db().transaction();
                if (!ok)
                    *err = db.error();
                ok = ok && createSchema(db);
                if (ok)
                    ok = insertChunks(db, identity, list, err, afterChunk);
                else if (err->isEmpty())
                    *err = db.error();
                if (ok && db.db().commit())
                    return true;
                if (err->isEmpty())
                    *err = db.db().lastError().text();
                db.db().rollback();
                return false;
            }
        }
        discard(path, why); // corrupt, foreign or old: start afresh
    }
    *err = QStringLiteral("cannot replace %1").arg(path);
    return false;
}

} // namespace peaka
