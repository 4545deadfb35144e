// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/exportlistcachefile.h"

#include "common/logging.h"
#include "cache/exportlistcacherow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        && db.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS exports (ord INTEGER PRIMARY KEY, id TEXT, fields BLOB NOT NULL)"))
        && db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ExportListCacheFile::ApplicationId))
        && db.exec(QStringLiteral("PRAGMA user_version = %1").arg(ExportListCacheFile::SchemaVersion));
}

bool insertRows(Db &db, const QString &identity, const QList<ExportJob> &jobs, QString *error,
                const std::function<void(int)> &afterRow)
{
    QSqlQuery meta(db.db());
    if (!meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('identity', ?)"))) {
        *error = meta.lastError().text();
        return false;
    }
    meta.addBindValue(identity);
    QSqlQuery insert(db.db());
    if (!meta.exec() || !db.exec(QStringLiteral("DELETE FROM exports"))
        || !insert.prepare(QStringLiteral("INSERT INTO exports (ord, id, fields) VALUES (?, ?, ?)"))) {
        *error = meta.lastError().isValid() ? meta.lastError().text() : db.error();
        if (error->isEmpty())
            *error = insert.lastError().text();
        return false;
    }
    QByteArray fields;
    for (int ord = 0; ord < jobs.size(); ++ord) {
        const ExportJob &j = jobs.at(ord);
        fields.clear();
        ExportListCacheRow::encode(j, fields);
        insert.bindValue(0, ord);
        insert.bindValue(1, j.id); // for a person looking into the file; reads use `fields`
        insert.bindValue(2, fields);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        if (afterRow)
            afterRow(ord + 1);
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

size_t ExportListCacheFile::digest(const QList<ExportJob> &jobs)
{
    size_t h = qHash(jobs.size());
    for (const ExportJob &j : jobs) {
        h = qHashMulti(h, j.id, j.status.wire(), j.format, j.compression, j.rowCount.value_or(-2), j.bytes.value_or(-2),
                       j.durationMs.value_or(-2), j.downloadable ? int(*j.downloadable) : 2, j.error,
                       j.createdAt.isValid() ? j.createdAt.toMSecsSinceEpoch() : qint64(-2));
        h = qHashMulti(h, j.queryId, j.catalogId, j.schemaName, j.tableName, j.source, j.userId, j.userName,
                       j.apiKeyPrefix, j.clientSource, j.createdAtText);
    }
    return h;
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
                // Room for every row at once: growing a list of 100,000 jobs moves them all, repeatedly.
                const QVariant last = db.value(QStringLiteral("SELECT max(ord) FROM exports"));
                result.jobs.reserve(qsizetype(std::clamp<qint64>(last.toLongLong() + 1, 0, 1000000)));
                QSqlQuery q(db.db());
                q.setForwardOnly(true); // no cache of the rows read so far
                bool damaged = false;
                if (q.exec(QStringLiteral("SELECT fields FROM exports ORDER BY ord"))) {
                    ExportListCacheRow::Decoder decoder; // rows share their repeated strings, as parsed ones do
                    while (q.next()) {
                        const QByteArray fields = q.value(0).toByteArray();
                        ExportJob &j = result.jobs.emplace_back();
                        if (!decoder.decode(fields.constData(), fields.size(), j)) {
                            damaged = true;
                            break;
                        }
                    }
                }
                if (damaged)
                    why = QStringLiteral("has a damaged row");
                else if (q.lastError().isValid())
                    why = QStringLiteral("cannot be read (%1)").arg(q.lastError().text());
                else
                    result.found = true;
            }
        } else if (kind == Kind::Empty) {
            why = QStringLiteral("is empty");
        }
    }
    if (!result.found) {
        result.jobs.clear();
        result.problem = why;
        discard(path, why);
    }
    return result;
}

bool ExportListCacheFile::write(const QString &path, const QString &identity, const QList<ExportJob> &jobs,
                                QString *error, const std::function<void(int)> &afterRow)
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
                    ok = insertRows(db, identity, jobs, err, afterRow);
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
