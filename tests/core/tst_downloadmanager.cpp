// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadManager: the queue limit, restart persistence, 416 on resume,
// and decompression after download.
#include "tst_downloadfixture.h"

#include "democontent.h"
#include "downloads/downloadstore.h"

#include <QDir>
#include <QFileInfo>

using namespace peaka;
using namespace peaka::test;

#define WAIT_FINAL(task) QTRY_VERIFY_WITH_TIMEOUT(isFinalState((task)->state()), 20000)

class TestDownloadManager : public QObject
{
    Q_OBJECT
    std::unique_ptr<DownloadFixture> f;

    DownloadRecord record(const QString &id, const QString &name, qint64 expected)
    {
        DownloadRecord r;
        r.source = f->source(id, name);
        r.folder = f->folder();
        r.targetName = name;
        r.expectedBytes = expected;
        r.options = fastOptions();
        return r;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<DownloadFixture>();
        QVERIFY(f->init());
    }
    void cleanup()
    {
        if (f)
            QVERIFY(f->storageSawNoCredentials());
        f.reset();
    }

    void concurrencyLimit()
    {
        QList<demo::DemoFile> files;
        for (int i = 0; i < 6; ++i)
            files.append({QStringLiteral("f%1.csv").arg(i), randomBytes(60000, quint32(i))});
        const QString id = f->addExport(files);
        f->server.scenario().storageBytesPerSecond = 300 * 1024;
        auto m = f->manager();
        QCOMPARE(m->maxConcurrent(), 3);
        m->setMaxConcurrent(2);
        int peak = 0;
        connect(m.get(), &DownloadManager::taskAdded, this, [&](DownloadTask *t) {
            connect(t, &DownloadTask::stateChanged, this, [&] { peak = qMax(peak, m->activeCount()); });
        });
        ExportJob job;
        for (const auto &file : files)
            job.files.append({file.name, {}, file.content.size()});
        const auto tasks = m->downloadAll(f->source(id, {}), job, f->folder(), fastOptions());
        for (DownloadTask *t : tasks)
            WAIT_FINAL(t);
        QCOMPARE(peak, 2);
        for (int i = 0; i < tasks.size(); ++i) {
            QCOMPARE(tasks.at(i)->state(), DownloadState::Done);
            QCOMPARE(readFile(tasks.at(i)->finalPath()), files.at(i).content);
        }
        // Finished downloads leave nothing to resume in the state file, only their history.
        const QList<DownloadRecord> saved = DownloadStore(f->statePath()).load();
        QCOMPARE(saved.size(), tasks.size());
        for (const DownloadRecord &r : saved)
            QVERIFY(!r.finishedPath.isEmpty());
    }

    void sameFileTwiceIsOneTask()
    {
        const QString id = f->addExport({{QStringLiteral("one.csv"), randomBytes(100000)}});
        f->server.scenario().storageBytesPerSecond = 200 * 1024;
        auto m = f->manager();
        DownloadTask *a = m->download(f->source(id, QStringLiteral("one.csv")), f->folder());
        DownloadTask *b = m->download(f->source(id, QStringLiteral("one.csv")), f->folder());
        QCOMPARE(a, b);
        QCOMPARE(m->tasks().size(), 1);
    }

    void survivesRestart()
    {
        const QByteArray data = randomBytes(400 * 1024);
        const QString id = f->addExport({{QStringLiteral("keep.csv"), data}});
        f->server.scenario().storageBytesPerSecond = 300 * 1024;
        qint64 partSize = 0;
        QString partPath;
        {
            auto m = f->manager();
            DownloadTask *task = m->download(f->source(id, QStringLiteral("keep.csv")), f->folder());
            QTRY_VERIFY_WITH_TIMEOUT(task->bytesReceived() > 50000, 10000);
            partPath = task->partPath();
            // The app quits: the manager goes away with the task still running.
        }
        partSize = QFileInfo(partPath).size();
        QVERIFY(partSize > 0 && partSize < data.size());
        const QByteArray state = readFile(f->statePath());
        QVERIFY(state.contains("keep.csv.part"));
        QVERIFY2(!state.contains("X-Amz") && !state.contains("http"), state.constData());
        QVERIFY(!state.contains(f->server.partnerKey().key.section(QLatin1Char('.'), 1).toUtf8()));

        f->server.scenario().storageBytesPerSecond = 0;
        f->server.clearRequests();
        auto m = f->manager();
        QCOMPARE(m->restore(), 1);
        DownloadTask *task = m->tasks().constFirst();
        QCOMPARE(task->state(), DownloadState::Paused);
        QCOMPARE(task->bytesReceived(), partSize);
        QCOMPARE(task->bytesTotal(), data.size());
        QCOMPARE(task->displayName(), QStringLiteral("keep.csv"));
        QVERIFY(f->server.requests().isEmpty());   // nothing moves until the user resumes
        m->resume(task);
        WAIT_FINAL(task);
        QVERIFY2(task->state() == DownloadState::Done, qPrintable(task->errorString()));
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(f->readExportCalls(id), 1);   // a fresh link, since none was saved
        QCOMPARE(f->requests(QStringLiteral("storage")).constFirst().header("Range"),
                 QByteArray("bytes=") + QByteArray::number(partSize) + '-');
        const QList<DownloadRecord> saved = DownloadStore(f->statePath()).load();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().finishedPath, task->finalPath()); // kept as history, not resumed
    }

    void completePartGets416AndFinishes()
    {
        const QByteArray data = randomBytes(30000);
        const QString id = f->addExport({{QStringLiteral("whole.csv"), data}});
        QVERIFY(QDir().mkpath(f->folder()));
        QVERIFY(writeFile(QDir(f->folder()).filePath(QStringLiteral("whole.csv.part")), data));
        QVERIFY(DownloadStore(f->statePath()).save({record(id, QStringLiteral("whole.csv"), data.size())}));
        auto m = f->manager();
        QCOMPARE(m->restore(), 1);
        DownloadTask *task = m->tasks().constFirst();
        QCOMPARE(task->bytesReceived(), data.size());
        m->resume(task);
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Done);
        QCOMPARE(readFile(task->finalPath()), data);
        const auto storage = f->requests(QStringLiteral("storage"));
        QCOMPARE(storage.size(), 1);
        QCOMPARE(storage.constFirst().header("Range"), QByteArray("bytes=30000-"));   // answered 416
    }

    void oversizedPartStartsOver()
    {
        const QByteArray data = randomBytes(30000);
        const QString id = f->addExport({{QStringLiteral("odd.csv"), data}});
        QVERIFY(QDir().mkpath(f->folder()));
        QVERIFY(writeFile(QDir(f->folder()).filePath(QStringLiteral("odd.csv.part")), randomBytes(40000, 7)));
        QVERIFY(DownloadStore(f->statePath()).save({record(id, QStringLiteral("odd.csv"), data.size())}));
        auto m = f->manager();
        QCOMPARE(m->restore(), 1);
        DownloadTask *task = m->tasks().constFirst();
        m->resume(task);
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Done);
        QCOMPARE(readFile(task->finalPath()), data);
        const auto storage = f->requests(QStringLiteral("storage"));
        QCOMPARE(storage.size(), 2);
        QCOMPARE(storage.at(0).header("Range"), QByteArray("bytes=40000-"));   // 416
        QVERIFY(storage.at(1).header("Range").isEmpty());                       // from the start
    }

    void damagedStateFileIsASentence()
    {
        QVERIFY(QDir().mkpath(QFileInfo(f->statePath()).absolutePath()));
        QVERIFY(writeFile(f->statePath(), "{ not json"));
        auto m = f->manager();
        QString error;
        QCOMPARE(m->restore(&error), 0);
        QVERIFY(error.contains(QLatin1String("damaged")));
    }

    void decompress_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("remove .gz") << false;
        QTest::newRow("keep .gz") << true;
    }
    void decompress()
    {
        QFETCH(bool, keep);
        QByteArray plain;
        for (int i = 0; i < 20000; ++i)
            plain += "row," + QByteArray::number(i) + ",some text that compresses\n";
        const QByteArray gz = demo::gzipCompress(plain);
        const QString id = f->addExport({{QStringLiteral("data.csv.gz"), gz}});
        QVERIFY(QDir().mkpath(f->folder()));
        QVERIFY(writeFile(QDir(f->folder()).filePath(QStringLiteral("data.csv")), "older file"));
        DownloadOptions o = fastOptions();
        o.decompress = true;
        o.keepCompressed = keep;
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("data.csv.gz")), f->folder(), o);
        QSignalSpy states(task, &DownloadTask::stateChanged);
        WAIT_FINAL(task);
        QVERIFY2(task->state() == DownloadState::Done, qPrintable(task->errorString()));
        QCOMPARE(task->finalPath(), QDir(f->folder()).filePath(QStringLiteral("data (1).csv")));
        QCOMPARE(readFile(task->finalPath()), plain);
        QCOMPARE(readFile(QDir(f->folder()).filePath(QStringLiteral("data.csv"))), QByteArray("older file"));
        QCOMPARE(QFile::exists(QDir(f->folder()).filePath(QStringLiteral("data.csv.gz"))), keep);
        if (keep)
            QCOMPARE(readFile(task->compressedPath()), gz);
        bool sawDecompressing = false;
        for (const auto &args : states)
            sawDecompressing |= args.at(0).value<DownloadState>() == DownloadState::Decompressing;
        QVERIFY(sawDecompressing);
        QStringList leftovers = QDir(f->folder()).entryList({QStringLiteral("*.part")}, QDir::Files);
        QVERIFY(leftovers.isEmpty());
    }

    void corruptGzipIsASentence()
    {
        QByteArray gz = demo::gzipCompress(randomBytes(50000));
        gz.truncate(gz.size() / 2);
        const QString id = f->addExport({{QStringLiteral("bad.jsonl.gz"), gz}});
        DownloadOptions o = fastOptions();
        o.decompress = true;
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("bad.jsonl.gz")), f->folder(), o);
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Failed);
        QCOMPARE(task->error(), DownloadError::Decompress);
        QVERIFY2(task->errorString().contains(QLatin1String("damaged")), qPrintable(task->errorString()));
        // The download itself is kept, verified, under its own name.
        QCOMPARE(readFile(QDir(f->folder()).filePath(QStringLiteral("bad.jsonl.gz"))), gz);
        QCOMPARE(QDir(f->folder()).entryList(QDir::Files), QStringList{QStringLiteral("bad.jsonl.gz")});
    }
};

QTEST_GUILESS_MAIN(TestDownloadManager)
#include "tst_downloadmanager.moc"
