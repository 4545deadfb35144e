// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadTask against the demo server: byte-exact, resume, lies, hostile
// names, full disks, expired links, and no credentials to storage.
#include "tst_downloadfixture.h"

#include "downloads/filenames.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

using namespace peaka;
using namespace peaka::test;

#define WAIT_FINAL(task) QTRY_VERIFY_WITH_TIMEOUT(isFinalState((task)->state()), 20000)

class TestDownload : public QObject
{
    Q_OBJECT
    std::unique_ptr<DownloadFixture> f;

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<DownloadFixture>();
        QVERIFY(f->init());
    }
    void cleanup()
    {
        if (f)
            QVERIFY2(f->storageSawNoCredentials(), "an Authorization header or cookie reached the storage origin");
        f.reset();
    }

    void byteExact()
    {
        const QByteArray data = randomBytes(700 * 1024);
        const QString id = f->addExport({{QStringLiteral("charges.csv"), data}});
        auto m = f->manager();
        QSignalSpy states(m.get(), &DownloadManager::taskFinished);
        DownloadTask *task = m->download(f->source(id, QStringLiteral("charges.csv")), f->folder());
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Done);
        QCOMPARE(task->finalPath(), QDir(f->folder()).filePath(QStringLiteral("charges.csv")));
        QCOMPARE(readFile(task->finalPath()), data);
        QVERIFY(!QFile::exists(task->partPath()));
        QCOMPARE(task->bytesReceived(), data.size());
        QCOMPARE(task->bytesTotal(), data.size());
        QCOMPARE(states.count(), 1);
        QCOMPARE(f->readExportCalls(id), 1);   // no link was known: one Read Export
        // The API got the key; the storage got neither the key nor a compression request.
        const auto api = f->requests(QStringLiteral("api"));
        QVERIFY(!api.isEmpty() && api.constFirst().header("Authorization").startsWith("Bearer "));
        const auto storage = f->requests(QStringLiteral("storage"));
        QCOMPARE(storage.size(), 1);
        QVERIFY(storage.constFirst().header("Range").isEmpty());
        QCOMPARE(storage.constFirst().header("Accept-Encoding"), QByteArray("identity"));
    }

    void knownLinkIsUsedDirectly()
    {
        const QByteArray data = randomBytes(10000);
        const QString id = f->addExport({{QStringLiteral("a.jsonl"), data}});
        ExportRequest *read = f->client.readExport(f->server.projectId(), id);
        QSignalSpy done(read, &ExportRequest::finished);
        QVERIFY(done.wait());
        const ExportJob job = done.at(0).at(0).value<ExportResult>().value;
        QCOMPARE(job.files.size(), 1);
        auto m = f->manager();
        const QList<DownloadTask *> tasks = m->downloadAll(f->source(id, {}), job, f->folder(), fastOptions());
        QCOMPARE(tasks.size(), 1);
        WAIT_FINAL(tasks.constFirst());
        QCOMPARE(tasks.constFirst()->state(), DownloadState::Done);
        QCOMPARE(readFile(tasks.constFirst()->finalPath()), data);
        QCOMPARE(f->readExportCalls(id), 1);   // only the test's own call
    }

    void existingFileIsNotOverwritten()
    {
        const QByteArray data = randomBytes(5000);
        const QString id = f->addExport({{QStringLiteral("x.csv"), data}});
        QVERIFY(QDir().mkpath(f->folder()));
        QVERIFY(writeFile(QDir(f->folder()).filePath(QStringLiteral("x.csv")), "mine"));
        auto m = f->manager();
        DownloadTask *first = m->download(f->source(id, QStringLiteral("x.csv")), f->folder());
        WAIT_FINAL(first);
        // The same file again into the same folder, now that the first is done.
        DownloadTask *second = m->download(f->source(id, QStringLiteral("x.csv")), f->folder());
        QVERIFY(second != first);
        WAIT_FINAL(second);
        QCOMPARE(readFile(QDir(f->folder()).filePath(QStringLiteral("x.csv"))), QByteArray("mine"));
        QCOMPARE(first->finalPath(), QDir(f->folder()).filePath(QStringLiteral("x (1).csv")));
        QCOMPARE(second->finalPath(), QDir(f->folder()).filePath(QStringLiteral("x (2).csv")));
        QCOMPARE(readFile(second->finalPath()), data);
    }

    void resumesAfterDroppedConnection()
    {
        const QByteArray data = randomBytes(600 * 1024);
        const QString id = f->addExport({{QStringLiteral("big.csv"), data}});
        f->server.scenario().storageDropAfterBytes = 150000;
        f->server.scenario().storageDropCount = 2;
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("big.csv")), f->folder());
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Done);
        QCOMPARE(readFile(task->finalPath()), data);
        const auto storage = f->requests(QStringLiteral("storage"));
        QCOMPARE(storage.size(), 3);
        QCOMPARE(storage.at(1).header("Range"), QByteArray("bytes=150000-"));
        QCOMPARE(storage.at(2).header("Range"), QByteArray("bytes=300000-"));
        QCOMPARE(f->readExportCalls(id), 1);   // a drop is not a reason for a new link
    }

    void retriesRunOutWithASentence()
    {
        const QString id = f->addExport({{QStringLiteral("flaky.csv"), randomBytes(50000)}});
        f->server.scenario().storageDropAfterBytes = 0;   // every request dropped before any byte
        f->server.scenario().storageDropCount = 0;
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("flaky.csv")), f->folder());
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Failed);
        QCOMPARE(task->error(), DownloadError::Network);
        QVERIFY2(task->errorString().contains(QLatin1String("5 tries")), qPrintable(task->errorString()));
        QCOMPARE(f->requests(QStringLiteral("storage")).size(), 5);
    }

    void sizeLieIsAnIntegrityError_data()
    {
        QTest::addColumn<qint64>("advertised");
        QTest::newRow("claims more") << qint64(40000 + 10);
        QTest::newRow("claims less") << qint64(40000 - 10);
    }
    void sizeLieIsAnIntegrityError()
    {
        QFETCH(qint64, advertised);
        const QByteArray data = randomBytes(40000);
        demo::DemoFile file{QStringLiteral("liar.csv"), data, advertised};
        const QString id = f->addExport({file});
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("liar.csv")), f->folder());
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Failed);
        QCOMPARE(task->error(), DownloadError::Integrity);
        QVERIFY(!task->errorString().isEmpty());
        QVERIFY(task->finalPath().isEmpty());
        QVERIFY(!QFile::exists(QDir(f->folder()).filePath(QStringLiteral("liar.csv"))));
        QVERIFY(QFile::exists(task->partPath()));   // kept for inspection or resume
        QVERIFY(f->requests(QStringLiteral("storage")).size() <= 3);   // no endless loop
    }

    void hostileNamesLandInsideTheFolder()
    {
        const QStringList names{QStringLiteral("../../x.csv"), QStringLiteral("a/b.csv"), QStringLiteral("CON.csv"),
                                QStringLiteral("..\\..\\win.csv"), QStringLiteral("Müşteri 東京 📊.csv"),
                                QStringLiteral("..."), QStringLiteral("C:evil.csv")};
        QList<demo::DemoFile> files;
        for (int i = 0; i < names.size(); ++i)
            files.append({names.at(i), randomBytes(1000 + i, quint32(i))});
        const QString id = f->addExport(files);
        auto m = f->manager();
        ExportJob job;
        for (const demo::DemoFile &file : files)
            job.files.append({file.name, {}, file.content.size()});
        const QList<DownloadTask *> tasks = m->downloadAll(f->source(id, {}), job, f->folder(), fastOptions());
        QCOMPARE(tasks.size(), names.size());
        for (DownloadTask *t : tasks)
            WAIT_FINAL(t);
        QStringList saved;
        for (int i = 0; i < tasks.size(); ++i) {
            DownloadTask *t = tasks.at(i);
            QVERIFY2(t->state() == DownloadState::Done, qPrintable(names.at(i) + QLatin1String(": ") + t->errorString()));
            QCOMPARE(QFileInfo(t->finalPath()).absolutePath(), QFileInfo(f->folder()).absoluteFilePath());
            QCOMPARE(readFile(t->finalPath()), files.at(i).content);
            saved.append(QFileInfo(t->finalPath()).fileName());
        }
        QCOMPARE(saved, QStringList({QStringLiteral("x.csv"), QStringLiteral("b.csv"), QStringLiteral("_CON.csv"),
                                     QStringLiteral("win.csv"), QStringLiteral("Müşteri 東京 📊.csv"),
                                     QStringLiteral("download"), QStringLiteral("evil.csv")}));
        // Nothing was written next to the download folder.
        QCOMPARE(QDir(f->dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("downloads"), QStringLiteral("state")}));
    }

    void fullDiskKeepsThePart()
    {
        const QByteArray data = randomBytes(300 * 1024);
        const QString id = f->addExport({{QStringLiteral("disk.csv"), data}});
        auto m = f->manager();
        m->setFileOpener([](const QString &path, bool append) -> std::unique_ptr<QIODevice> {
            auto file = std::make_unique<FullDiskFile>(path, 100000);
            file->open(QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate));
            return file;
        });
        DownloadTask *task = m->download(f->source(id, QStringLiteral("disk.csv")), f->folder());
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Failed);
        QCOMPARE(task->error(), DownloadError::Write);
        QVERIFY2(task->errorString().contains(QLatin1String("No space left on device")), qPrintable(task->errorString()));
        QVERIFY(task->errorString().contains(QLatin1String("disk space")));
        QVERIFY(QFile::exists(task->partPath()));
        QCOMPARE(QFileInfo(task->partPath()).size(), 100000);
        QCOMPARE(data.left(100000), readFile(task->partPath()));

        // Space freed: retry resumes from the kept bytes.
        m->setFileOpener({});
        task->setFileOpener([](const QString &path, bool append) -> std::unique_ptr<QIODevice> {
            auto file = std::make_unique<QFile>(path);
            file->open(QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate));
            return file;
        });
        f->server.clearRequests();
        m->retry(task);
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Done);
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(f->requests(QStringLiteral("storage")).constFirst().header("Range"), QByteArray("bytes=100000-"));
    }

    void linkExpiringMidDownloadIsRefreshed()
    {
        const QByteArray data = randomBytes(400 * 1024);
        const QString id = f->addExport({{QStringLiteral("slow.csv"), data}});
        f->server.scenario().linkLifetimeSec = 2;
        f->server.scenario().storageDropAfterBytes = 100000;
        f->server.scenario().storageDropCount = 1;
        DownloadOptions options = fastOptions();
        options.expiryMarginSecs = 0;      // let the storage say it: exercise the 403 path
        options.retryBaseDelayMs = 2500;   // the retry comes after the link expired
        options.retryMaxDelayMs = 2500;
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("slow.csv")), f->folder(), options);
        QSignalSpy states(task, &DownloadTask::stateChanged);
        WAIT_FINAL(task);
        QVERIFY2(task->state() == DownloadState::Done, qPrintable(task->errorString()));
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(f->readExportCalls(id), 2);
        QVERIFY(task->linkRefreshes() >= 2);
        const auto storage = f->requests(QStringLiteral("storage"));
        // The retry saw that expiresAt had passed and fetched a fresh link before asking the storage.
        QCOMPARE(storage.size(), 2);
        QCOMPARE(storage.at(1).header("Range"), QByteArray("bytes=100000-"));
        QVERIFY(storage.at(0).url.query() != storage.at(1).url.query());
        bool sawRefreshing = false;
        for (const auto &args : states)
            sawRefreshing |= args.at(0).value<DownloadState>() == DownloadState::RefreshingLink;
        QVERIFY(sawRefreshing);
    }

    void knownExpiredLinkIsRefreshedBeforeStarting()
    {
        const QByteArray data = randomBytes(20000);
        const QString id = f->addExport({{QStringLiteral("old.csv"), data}});
        auto m = f->manager();
        const ExportFile stale{QStringLiteral("old.csv"),
                               QUrl(f->server.storageUrl().toString() + QStringLiteral("/stale?X-Amz-Signature=x")),
                               data.size()};
        DownloadTask *task = m->download(f->source(id, stale.name), f->folder(), fastOptions(), stale,
                                         QDateTime::currentDateTimeUtc().addSecs(-5));
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Done);
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(f->readExportCalls(id), 1);
        const auto storage = f->requests(QStringLiteral("storage"));
        QCOMPARE(storage.size(), 1);   // the stale link was never tried
        QVERIFY(!storage.constFirst().url.path().contains(QLatin1String("stale")));
    }

    void refusedLinkIsRefreshedAfter403()
    {
        const QByteArray data = randomBytes(20000);
        const QString id = f->addExport({{QStringLiteral("r.csv"), data}});
        // Bytes already there from an earlier attempt.
        QVERIFY(QDir().mkpath(f->folder()));
        QVERIFY(writeFile(QDir(f->folder()).filePath(QStringLiteral("r.csv.part")), data.left(5000)));
        auto m = f->manager();
        // expiresAt says the link is fine, the storage says AccessDenied.
        const ExportFile refused{QStringLiteral("r.csv"),
                                 QUrl(f->server.storageUrl().toString() + QStringLiteral("/export/x?X-Amz-Date=1")),
                                 data.size()};
        DownloadRecord record;
        record.source = f->source(id, refused.name);
        record.folder = f->folder();
        record.targetName = QStringLiteral("r.csv");
        record.options = fastOptions();
        auto nam = std::make_unique<QNetworkAccessManager>();
        DownloadTask real(record, nam.get(), f->refresher.get());
        real.setLink(refused, QDateTime::currentDateTimeUtc().addSecs(3600));
        real.start();
        WAIT_FINAL(&real);
        QVERIFY2(real.state() == DownloadState::Done, qPrintable(real.errorString()));
        QCOMPARE(readFile(real.finalPath()), data);
        QCOMPARE(real.linkRefreshes(), 1);
        QCOMPARE(f->readExportCalls(id), 1);
        const auto storage = f->requests(QStringLiteral("storage"));
        QCOMPARE(storage.size(), 2);
        QCOMPARE(storage.at(0).header("Range"), QByteArray("bytes=5000-"));
        QCOMPARE(storage.at(1).header("Range"), QByteArray("bytes=5000-"));
    }

    void missingFileInFreshLinksFails()
    {
        const QString id = f->addExport({{QStringLiteral("real.csv"), randomBytes(100)}});
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("gone.csv")), f->folder());
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Failed);
        QCOMPARE(task->error(), DownloadError::Link);
        QVERIFY(task->errorString().contains(QLatin1String("no longer lists")));
    }

    void pauseKeepsPartAndResumeUsesRange()
    {
        const QByteArray data = randomBytes(300 * 1024);
        const QString id = f->addExport({{QStringLiteral("p.csv"), data}});
        f->server.scenario().storageBytesPerSecond = 400 * 1024;
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("p.csv")), f->folder());
        QTRY_VERIFY_WITH_TIMEOUT(task->bytesReceived() > 40000, 10000);
        m->pause(task);
        QCOMPARE(task->state(), DownloadState::Paused);
        const qint64 kept = QFileInfo(task->partPath()).size();
        QVERIFY(kept > 0 && kept < data.size());
        QCOMPARE(task->bytesReceived(), kept);
        f->server.scenario().storageBytesPerSecond = 0;
        m->resume(task);
        WAIT_FINAL(task);
        QCOMPARE(task->state(), DownloadState::Done);
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(f->requests(QStringLiteral("storage")).constLast().header("Range"),
                 QByteArray("bytes=") + QByteArray::number(kept) + '-');
    }

    void cancelRemovesThePart()
    {
        const QString id = f->addExport({{QStringLiteral("c.csv"), randomBytes(300 * 1024)}});
        f->server.scenario().storageBytesPerSecond = 200 * 1024;
        auto m = f->manager();
        DownloadTask *task = m->download(f->source(id, QStringLiteral("c.csv")), f->folder());
        QTRY_VERIFY_WITH_TIMEOUT(task->bytesReceived() > 0, 10000);
        const QString part = task->partPath();
        m->cancel(task);
        QCOMPARE(task->state(), DownloadState::Cancelled);
        QVERIFY(!QFile::exists(part));
        QVERIFY(QDir(f->folder()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
