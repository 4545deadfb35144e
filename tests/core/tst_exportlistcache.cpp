// SPDX-License-Identifier: GPL-3.0-or-later
// The export list cache: what is on disk (list fields only, no links), a
// corrupt, foreign or older file discarded with a warning, kill -9 mid-write.
// The reconcile of cached rows with the server's paged read:
// tst_exportlistcachereconcile.
#include "cache/exportlistcache.h"
#include "cache/exportlistcachechunk.h"
#include "exports/stringtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <vector>

using namespace peaka;

namespace {

const QString kIdentity = QStringLiteral("https://partner.peaka.studio/api/v1\nprofile\nproject\nhBWIQxjc");
const QRegularExpression kDiscarded(QStringLiteral("^discarding the export list cache"));

// `n` rows; `generation` is in every row (rowCount), so a list mixed from two writes shows.
QList<ExportJob> rows(int n, qint64 generation = 0)
{
    QList<ExportJob> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        ExportJob j;
        j.id = i % 2 ? QStringLiteral("id-%1").arg(i) // UUIDs (stored as 16 bytes) and other ids
                     : QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        j.status = i % 5 == 0 ? ExportStatus::fromWire(QStringLiteral("ARCHIVING")) : ExportStatus(ExportStatus::Succeeded);
        j.format = QStringLiteral("CSV");
        if (i % 3)
            j.compression = QStringLiteral("GZIP");
        j.rowCount = generation;
        j.bytes = qint64(i) * 1000;
        if (i % 4)
            j.downloadable = i % 2 == 0;
        j.createdAt = QDateTime(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC).addMSecs(-qint64(i) * 1234);
        if (i % 2) // the server's own string, as the pager keeps it
            j.createdAtText = j.createdAt.toString(Qt::ISODateWithMs).chopped(1) + QStringLiteral("893985Z");
        j.source = QStringLiteral("peaka.query.\"q%1\"").arg(i % 7);
        j.userName = QStringLiteral("Ayşe Demir");
        j.apiKeyPrefix = QStringLiteral("hBWIQxjc");
        list.append(j);
    }
    return list;
}

// The child of killedMidWriteLeavesTheLastList: writes generation 1 whole, then
// generation 2 until half of it is in, says so and waits to be killed.
int writeAndHang(const QString &path)
{
    if (!ExportListCacheFile::write(path, kIdentity, rows(20000, 1)))
        return 3;
    ExportListCacheFile::write(path, kIdentity, rows(20000, 2), nullptr, [](int n) {
        if (n >= 10000 && n < 10000 + ExportListCacheChunk::RowsPerChunk) { // the chunk that passes 10,000
            std::printf("mid-write\n");
            std::fflush(stdout);
            std::getchar(); // blocks: the parent kills us here, inside the transaction
        }
    });
    return 4;
}

// The child of killedWhileWritingLeavesAWholeList: writes forever.
int writeForever(const QString &path)
{
    for (qint64 generation = 1;; ++generation) {
        std::printf("writing %lld\n", static_cast<long long>(generation));
        std::fflush(stdout);
        if (!ExportListCacheFile::write(path, kIdentity, rows(20000, generation)))
            return 3;
    }
}

} // namespace

class TestExportListCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void keyNamesNoSecret()
    {
        ExportListCacheKey key{QUrl(QStringLiteral("https://partner.peaka.studio/api/v1/")),
                               {QStringLiteral("p1"), QStringLiteral("prj")}, QStringLiteral("TtgGcQFq")};
        QCOMPARE(key.identity(), QStringLiteral("https://partner.peaka.studio/api/v1\np1\nprj\nTtgGcQFq"));
        QVERIFY(key.fileName().endsWith(QStringLiteral(".sqlite")));
        QVERIFY(!key.fileName().contains(QStringLiteral("TtgGcQFq")));
        ExportListCacheKey other = key;
        other.keyPrefix = QStringLiteral("hBWIQxjc"); // another key: another list
        QVERIFY(other.fileName() != key.fileName());
        // The demo's port changes every run: its list is the demo's all the same.
        const ExportListCacheKey demo1{QUrl(QStringLiteral("http://127.0.0.1:4001/api/v1")), ConnectionKey::demo(QStringLiteral("prj")), {}};
        ExportListCacheKey demo2 = demo1;
        demo2.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4999/api/v1"));
        QCOMPARE(demo1.fileName(), demo2.fileName());
    }

    void writesAndReadsTheListFieldsOnly()
    {
        const QString path = m_dir->filePath(QStringLiteral("list.sqlite"));
        QList<ExportJob> list = rows(50);
        list[3].files = {ExportFile{QStringLiteral("a.csv"),
                                    QUrl(QStringLiteral("https://minio.example/export/a.csv?X-Amz-Signature=feedface")), 5}};
        list[3].expiresAt = QDateTime::currentDateTimeUtc();
        list[4].format = QString(); // null stays null
        QVERIFY(ExportListCacheFile::write(path, kIdentity, list));
        const ExportListCacheFile::LoadResult r = ExportListCacheFile::read(path, kIdentity);
        QVERIFY(r.found);
        QVERIFY(r.problem.isEmpty());
        const QList<ExportJob> back = r.toJobs();
        QCOMPARE(back.size(), list.size());
        for (int i = 0; i < list.size(); ++i) {
            ExportJob expected = list.at(i);
            expected.files.clear();
            expected.expiresAt = {};
            QCOMPARE(back.at(i), expected);
            // The poller's ids come with the rows (UUIDs; it interns other ids itself).
            QCOMPARE(r.data->ids.contains(r.rows().at(i).key), i % 2 == 0);
        }
        QCOMPARE(r.data->ids.size(), list.size() / 2);
        QCOMPARE(back.at(5).status.wire(), QStringLiteral("ARCHIVING")); // an unknown status as the server wrote it
        QVERIFY(back.at(4).format.isNull());
        QVERIFY(!back.at(4).downloadable.has_value());
        // No links (nor their signatures) anywhere on disk.
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains("hBWIQxjc")); // the rows are there...
        QVERIFY(!bytes.contains("X-Amz-Signature"));
        QVERIFY(!bytes.contains("minio.example"));
        // Another connection's list is not shown (and not removed: it is not broken).
        QTest::ignoreMessage(QtWarningMsg, kDiscarded);
        QVERIFY(!ExportListCacheFile::read(path, QStringLiteral("other")).found);
        QVERIFY(ExportListCacheFile::write(path, kIdentity, QList<ExportJob>()));
        const ExportListCacheFile::LoadResult empty = ExportListCacheFile::read(path, kIdentity);
        QVERIFY(empty.found);
        QCOMPARE(empty.size(), 0);
    }

    void corruptFileIsDiscarded()
    {
        const QString path = m_dir->filePath(QStringLiteral("corrupt.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QTest::ignoreMessage(QtWarningMsg, kDiscarded);
        const ExportListCacheFile::LoadResult r = ExportListCacheFile::read(path, kIdentity);
        QVERIFY(!r.found);
        QVERIFY2(r.problem.contains(QStringLiteral("not a readable database")), qPrintable(r.problem));
        QVERIFY(!QFile::exists(path));
        // A garbage file in the way of a write: replaced.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100, '\x01'));
        f.close();
        QTest::ignoreMessage(QtWarningMsg, kDiscarded);
        QVERIFY(ExportListCacheFile::write(path, kIdentity, rows(3)));
        QCOMPARE(ExportListCacheFile::read(path, kIdentity).size(), 3);

        // Half a database: its pages scribbled over. Never a crash, never a wrong list.
        QVERIFY(ExportListCacheFile::write(path, kIdentity, rows(5000)));
        ExportListCacheFile::remove(path + QStringLiteral("-wal"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(f.seek(size / 3));
        f.write(QByteArray(int(size / 3), '\xff'));
        f.close();
        QTest::ignoreMessage(QtWarningMsg, kDiscarded);
        const ExportListCacheFile::LoadResult half = ExportListCacheFile::read(path, kIdentity);
        QVERIFY(!half.found);
        QCOMPARE(half.size(), 0);
        QVERIFY(!QFile::exists(path));
    }

    // A chunk whose bytes were cut or scribbled over loses its rows only, never
    // gives a wrong row; a file of damaged chunks only is discarded.
    void damagedChunkLosesItsRowsOnly()
    {
        const QString path = m_dir->filePath(QStringLiteral("damaged.sqlite"));
        const int chunk = ExportListCacheChunk::RowsPerChunk;
        const QList<ExportJob> list = rows(2 * chunk + 100); // three chunks
        QVERIFY(ExportListCacheFile::write(path, kIdentity, list));
        const auto damage = [&](const QString &sql) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        };
        // Cut short (with a matching checksum: the decoder's bounds catch it).
        damage(QStringLiteral("UPDATE chunks SET data = substr(data, 1, 900) WHERE ord = 1"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crc"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT data FROM chunks WHERE ord = 1")) && q.next());
            const QByteArray cut = q.value(0).toByteArray();
            q.finish();
            QVERIFY(q.prepare(QStringLiteral("UPDATE chunks SET crc = ? WHERE ord = 1")));
            q.addBindValue(qint64(ExportListCacheChunk::checksum(cut)));
            QVERIFY(q.exec());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crc"));
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        const QRegularExpression damagedChunks(QStringLiteral("damaged chunks"));
        QTest::ignoreMessage(QtWarningMsg, damagedChunks);
        ExportListCacheFile::LoadResult r = ExportListCacheFile::read(path, kIdentity);
        QVERIFY2(r.found, qPrintable(r.problem));
        QCOMPARE(r.damagedChunks, 1);
        QCOMPARE(r.size(), chunk + 100);
        QCOMPARE(r.digest, size_t(0)); // not the list written: the next save writes it again
        QList<ExportJob> expected = list.mid(0, chunk) + list.mid(2 * chunk);
        for (ExportJob &j : expected)
            j.files.clear();
        QCOMPARE(r.toJobs(), expected);
        QCOMPARE(r.data->ids.size(), (chunk + 100) / 2);
        QVERIFY(QFile::exists(path));

        // One byte changed: the checksum tells.
        damage(QStringLiteral("UPDATE chunks SET data = x'07' || substr(data, 2) WHERE ord = 2"));
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QTest::ignoreMessage(QtWarningMsg, damagedChunks);
        r = ExportListCacheFile::read(path, kIdentity);
        QVERIFY(r.found);
        QCOMPARE(r.damagedChunks, 2);
        QCOMPARE(r.size(), chunk);

        // Nothing left: the file goes.
        damage(QStringLiteral("UPDATE chunks SET data = x'00' WHERE ord = 0"));
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QTest::ignoreMessage(QtWarningMsg, kDiscarded);
        r = ExportListCacheFile::read(path, kIdentity);
        QVERIFY(!r.found);
        QCOMPARE(r.size(), 0);
        QVERIFY2(r.problem.contains(QStringLiteral("only damaged chunks")), qPrintable(r.problem));
        QVERIFY(!QFile::exists(path));
    }

    // Every prefix of a chunk, a wrong row count and random bytes decode to
    // "not a chunk" (nothing added) or whole rows, never out of bounds.
    void chunkDecoderIsBounded()
    {
        QList<ExportJob> list = rows(6);
        list[1].error = QStringLiteral("Query failed: ünïcode");
        list[2].rowCount = -5; // zigzag keeps negatives
        list[3].id = QStringLiteral("6f1c3a52-9b7e-4d2a-8c11-0e5f4b3a2d19"); // a UUID: 16 bytes
        list[3].status = ExportStatus::Running;
        list[4].createdAtText = QStringLiteral("10 June"); // not the wire format: kept as text
        StringTable table;
        QList<ExportRow> in;
        for (const ExportJob &job : list)
            in.append(ExportRow::fromJob(job, table));
        ExportListCacheChunk::Encoder encoder(table);
        const QByteArray bytes = encoder.encode(in.constData(), in.size());
        StringTable readTable;
        ExportListCacheChunk::Decoder decoder(readTable);
        QList<ExportRow> out;
        QVERIFY(decoder.decode(bytes.constData(), bytes.size(), in.size(), out));
        QCOMPARE(out.size(), in.size());
        for (int i = 0; i < in.size(); ++i)
            QCOMPARE(out.at(i).toJob(readTable), in.at(i).toJob(table));
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            const std::vector<char> part(bytes.cbegin(), bytes.cbegin() + n); // exact size: an overread shows under ASan
            QVERIFY(!decoder.decode(part.data(), n, in.size(), out));
            QCOMPARE(out.size(), in.size()); // nothing added
        }
        const QByteArray longer = bytes + QByteArray(1, '\0');
        QVERIFY(!decoder.decode(longer.constData(), longer.size(), in.size(), out));
        QVERIFY(!decoder.decode(bytes.constData(), bytes.size(), in.size() - 1, out));
        QVERIFY(!decoder.decode(bytes.constData(), bytes.size(), in.size() + 1, out));
        QVERIFY(!decoder.decode(bytes.constData(), bytes.size(), 1000000000, out));
        QCOMPARE(out.size(), in.size());
        QRandomGenerator random(15);
        for (int i = 0; i < 3000; ++i) {
            QByteArray noise = i % 2 ? bytes : QByteArray(int(random.bounded(96)), Qt::Uninitialized);
            for (int k = 0; k < (i % 2 ? 3 : int(noise.size())); ++k)
                noise[int(random.bounded(int(noise.size())))] = char(random.bounded(256));
            QList<ExportRow> any;
            if (decoder.decode(noise.constData(), noise.size(), int(random.bounded(8)), any)) {
                for (const ExportRow &row : std::as_const(any))
                    (void)row.toJob(readTable); // every string id is in the table
            }
        }
    }

    void foreignOrOlderFileIsDiscarded_data()
    {
        QTest::addColumn<int>("applicationId");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("problem");
        QTest::newRow("older version") << ExportListCacheFile::ApplicationId << ExportListCacheFile::SchemaVersion - 1 << "schema version";
        QTest::newRow("newer version") << ExportListCacheFile::ApplicationId << ExportListCacheFile::SchemaVersion + 41 << "schema version";
        QTest::newRow("another program's") << 0 << 3 << "another program";
    }

    void foreignOrOlderFileIsDiscarded()
    {
        QFETCH(int, applicationId);
        QFETCH(int, version);
        QFETCH(QString, problem);
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE exports (id TEXT, whatever BLOB)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO exports VALUES ('a', x'00')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QTest::ignoreMessage(QtWarningMsg, kDiscarded);
        const ExportListCacheFile::LoadResult r = ExportListCacheFile::read(path, kIdentity);
        QVERIFY(!r.found);
        QVERIFY2(r.problem.contains(problem), qPrintable(r.problem));
        QVERIFY(!QFile::exists(path));
        QVERIFY(ExportListCacheFile::write(path, kIdentity, rows(4)));
        QCOMPARE(ExportListCacheFile::read(path, kIdentity).size(), 4);
    }

    // kill -9 inside the write transaction leaves the last complete list, and the next write works.
    void killedMidWriteLeavesTheLastList()
    {
        const QString path = m_dir->filePath(QStringLiteral("killed.sqlite"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-and-hang"), path});
        QVERIFY(child.waitForStarted(30000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("mid-write"), 120000);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the kill left a journal to recover from");
        const ExportListCacheFile::LoadResult r = ExportListCacheFile::read(path, kIdentity);
        QVERIFY2(r.found, qPrintable(r.problem));
        QCOMPARE(r.size(), 20000);
        QCOMPARE(r.damagedChunks, 0);
        for (const ExportRow &row : r.rows())
            QCOMPARE(row.rowCount, qint64(1)); // generation 1 whole, nothing of 2
        QVERIFY(ExportListCacheFile::write(path, kIdentity, rows(7, 3)));
        QCOMPARE(ExportListCacheFile::read(path, kIdentity).size(), 7);
    }

    // Killed at whatever point of a write loop: one whole list, never two halves.
    void killedWhileWritingLeavesAWholeList()
    {
        const QString path = m_dir->filePath(QStringLiteral("loop.sqlite"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-forever"), path});
        QVERIFY(child.waitForStarted(30000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("writing 3"), 120000);
        child.kill();
        QVERIFY(child.waitForFinished(30000));
        const ExportListCacheFile::LoadResult r = ExportListCacheFile::read(path, kIdentity);
        QVERIFY2(r.found, qPrintable(r.problem));
        QCOMPARE(r.size(), 20000);
        QCOMPARE(r.damagedChunks, 0);
        const qint64 generation = r.rows().first().rowCount;
        QVERIFY(generation >= 2);
        for (const ExportRow &row : r.rows())
            QCOMPARE(row.rowCount, generation);
    }

    // A full re-read that changed nothing costs no write; a changed one is written.
    void unchangedListIsNotWrittenAgain()
    {
        ExportListCache cache(m_dir->filePath(QStringLiteral("lists")));
        const ExportListCacheKey key{QUrl(QStringLiteral("https://partner.peaka.studio/api/v1")),
                                     {QStringLiteral("profile"), QStringLiteral("project")}, {}};
        QSignalSpy saved(&cache, &ExportListCache::saved);
        cache.save(key, rows(100, 1));
        QVERIFY(saved.wait(30000));
        // Behind the cache's back (a test's way to see whether it writes).
        QVERIFY(ExportListCacheFile::write(cache.pathFor(key), key.identity(), rows(3)));
        cache.save(key, rows(100, 1)); // what it wrote last: skipped
        QVERIFY(saved.wait(30000));
        QVERIFY(saved.last().at(1).toBool());
        QCOMPARE(ExportListCacheFile::read(cache.pathFor(key), key.identity()).size(), 3);
        QList<ExportJob> changed = rows(100, 1);
        changed[50].status = ExportStatus::Failed;
        cache.save(key, changed);
        QVERIFY(saved.wait(30000));
        const ExportListCacheFile::LoadResult r = ExportListCacheFile::read(cache.pathFor(key), key.identity());
        QCOMPARE(r.size(), 100);
        QCOMPARE(r.toJobs().at(50).status, ExportStatus(ExportStatus::Failed));
        QVERIFY(ExportListCacheFile::digest(changed) != ExportListCacheFile::digest(rows(100, 1)));
    }

    // A read started at start-up (from the saved profile) is what the load of
    // the same key gets, at once; a load of another key reads that one.
    void prefetchedListIsTakenByTheLoad()
    {
        ExportListCache cache(m_dir->filePath(QStringLiteral("lists")));
        const ExportListCacheKey key{QUrl(QStringLiteral("https://partner.peaka.studio/api/v1")),
                                     {QStringLiteral("profile"), QStringLiteral("project")}, QStringLiteral("TtgGcQFq")};
        ExportListCacheKey other = key;
        other.connection.projectId = QStringLiteral("other");
        QVERIFY(ExportListCacheFile::write(cache.pathFor(key), key.identity(), rows(300)));
        QVERIFY(ExportListCacheFile::write(cache.pathFor(other), other.identity(), rows(5)));
        QSignalSpy loaded(&cache, &ExportListCache::loaded);
        QList<qsizetype> sizes; // as delivered (rows nobody takes are freed right after)
        connect(&cache, &ExportListCache::loaded, this,
                [&sizes](const ExportListCacheKey &, const ExportListCacheFile::LoadResult &r) { sizes << r.size(); });
        cache.prefetch(key);
        cache.waitForDone(); // read; its result is on its way to this thread
        QVERIFY(ExportListCacheFile::remove(cache.pathFor(key))); // a second read would find nothing
        QVERIFY(loaded.isEmpty()); // nobody asked yet
        cache.load(key);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).value<ExportListCacheKey>(), key);
        QVERIFY(loaded.first().at(1).value<ExportListCacheFile::LoadResult>().found);
        QCOMPARE(sizes, QList<qsizetype>{300});

        // Asked for before the read is in: delivered when it is, once.
        QVERIFY(ExportListCacheFile::write(cache.pathFor(key), key.identity(), rows(40)));
        loaded.clear();
        cache.prefetch(key);
        cache.load(key);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(sizes.last(), 40);
        // Another key than the prefetched one: read for itself.
        cache.prefetch(key);
        cache.load(other);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QCOMPARE(loaded.last().at(0).value<ExportListCacheKey>(), other);
        QCOMPARE(sizes.last(), 5);
        cache.waitForDone();
        QCoreApplication::processEvents(); // the dropped prefetch's result arrives: nobody hears of it
        QCOMPARE(loaded.size(), 2);
        // --no-cache: no read at all.
        cache.setEnabled(false);
        cache.prefetch(key);
        cache.load(key);
        QVERIFY(loaded.wait(30000));
        QVERIFY(!loaded.last().at(1).value<ExportListCacheFile::LoadResult>().found);
    }

    // A restart shows the cached rows, marked, then the server's paged read
    // reconciles them: new rows, changed statuses, removed rows; the result is written back.

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-and-hang") == 0)
        return writeAndHang(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], "--write-forever") == 0)
        return writeForever(QString::fromLocal8Bit(argv[2]));
    TestExportListCache test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportlistcache.moc"
