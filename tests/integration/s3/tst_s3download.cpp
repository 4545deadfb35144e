// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads from a real S3 implementation (s3rver) through presigned SigV4
// links that the demo server hands out in Read Export.
#include "s3rverprocess.h"
#include "sigv4.h"

#include "demoserver.h"
#include "downloads/downloadmanager.h"
#include "downloads/linkrefresher.h"
#include "api/peakaclient.h"

#include <QDir>
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;
using namespace peaka::test;

#define WAIT_FINAL(task) QTRY_VERIFY_WITH_TIMEOUT(isFinalState((task)->state()), 60000)

class TestS3Download : public QObject
{
    Q_OBJECT
    S3rverProcess s3;
    demo::DemoServer server;
    PeakaClient client;
    std::unique_ptr<ClientLinkRefresher> refresher;
    SigV4 signer;
    // What Read Export hands out: object key → (name, size); links presigned per call.
    QHash<QString, QPair<QString, qint64>> objects;
    qint64 linkLifetimeSecs = 3600;
    int linksIssued = 0;
    std::unique_ptr<QTemporaryDir> dir;

    QString addObject(const QString &name, const QByteArray &data)
    {
        const QString key = QStringLiteral("export/%1/%2").arg(objects.size()).arg(name);
        if (s3.put(key, data) != 200)
            return {};
        objects.insert(key, {name, data.size()});
        return key;
    }

    std::unique_ptr<DownloadManager> manager()
    {
        auto m = std::make_unique<DownloadManager>(refresher.get());
        m->setStatePath(dir->filePath(QStringLiteral("state.json")));
        DownloadOptions o;
        o.retryBaseDelayMs = 100;
        o.expiryMarginSecs = 0;
        o.readBufferBytes = 256 * 1024;
        m->setDefaultOptions(o);
        return m;
    }

    DownloadSource source(const QString &name) const
    {
        return {QString(), server.projectId(), QStringLiteral("s3-export"), name, QString()};
    }

    // Pauses the task from inside its progress signal once `bytes` arrived:
    // deterministic however fast the loopback is.
    void pauseAfter(DownloadManager *m, DownloadTask *task, qint64 bytes)
    {
        auto *once = new QObject(task);
        connect(task, &DownloadTask::progressChanged, once, [m, task, bytes, once](qint64 received) {
            if (received >= bytes) {
                delete once;
                m->pause(task);
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(s3.start(&error), qPrintable(error));
        QVERIFY(server.start());
        server.clearExports();
        demo::DemoExport e;
        e.id = QStringLiteral("s3-export");
        e.projectId = server.projectId();
        e.status = QStringLiteral("SUCCEEDED");
        e.ownerKey = server.partnerKey().key;
        e.createdAt = QDateTime::currentDateTimeUtc();
        e.finishedAt = e.createdAt;
        e.queryId = QStringLiteral("q");
        e.files = {{QStringLiteral("placeholder.csv"), QByteArray("x")}};
        server.addExport(e);
        server.setFileLinkProvider([this](const QString &) {
            QList<QJsonObject> files;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
                const QUrl url = signer.presignGet(s3.objectUrl(it.key()), linkLifetimeSecs, now);
                files.append({{QStringLiteral("name"), it.value().first},
                              {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                              {QStringLiteral("bytes"), it.value().second}});
            }
            ++linksIssued;
            return files;
        });
        client.setBaseUrl(server.baseUrl().toString());
        client.setApiKey(server.partnerKey().key);
        refresher = std::make_unique<ClientLinkRefresher>(&client);
    }

    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        linkLifetimeSecs = 3600;
        linksIssued = 0;
    }

    void sigV4KnownAnswer()
    {
        // The presigned GET example of the AWS Signature Version 4 documentation.
        SigV4 aws;
        aws.accessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        aws.secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        const QUrl url = aws.presignGet(QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt")),
                                        86400, QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC));
        QVERIFY2(url.query().endsWith(
                     QLatin1String("X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")),
                 qPrintable(url.toString()));
    }

    void twoAuthMechanismsAreRefused()
    {
        // Control: s3rver really answers 400 when a presigned link also carries
        // an Authorization header, so the successful downloads below prove we sent none.
        const QString key = addObject(QStringLiteral("control.csv"), "a,b\n1,2\n");
        QVERIFY(!key.isEmpty());
        const QUrl url = signer.presignGet(s3.objectUrl(key), 600, QDateTime::currentDateTimeUtc());
        QNetworkAccessManager nam;
        const auto get = [&nam](const QUrl &u, const QByteArray &authorization) {
            QNetworkRequest request(u);
            if (!authorization.isEmpty())
                request.setRawHeader("Authorization", authorization);
            QNetworkReply *reply = nam.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return qMakePair(status, body);
        };
        const auto withBearer = get(url, "Bearer " + server.partnerKey().key.toUtf8());
        QCOMPARE(withBearer.first, 400);
        QVERIFY(withBearer.second.contains("Only one auth mechanism allowed"));
        QUrl withV2 = url;
        withV2.setQuery(url.query(QUrl::FullyEncoded) + QStringLiteral("&Signature=abc&Expires=1"), QUrl::StrictMode);
        QCOMPARE(get(withV2, {}).first, 400);
        QCOMPARE(get(url, {}).first, 200);
        objects.remove(key);
    }

    void byteExact()
    {
        const QByteArray data = randomBytes(3 * 1024 * 1024 + 17, 1);
        const QString key = addObject(QStringLiteral("charges.csv"), data);
        QVERIFY(!key.isEmpty());
        auto m = manager();
        DownloadTask *task = m->download(source(QStringLiteral("charges.csv")), dir->filePath(QStringLiteral("dl")));
        WAIT_FINAL(task);
        QVERIFY2(task->state() == DownloadState::Done, qPrintable(task->errorString()));
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(linksIssued, 1);
        objects.remove(key);
    }

    void interruptedDownloadResumesWithRange()
    {
        const QByteArray data = randomBytes(48 * 1024 * 1024, 2);
        const QString key = addObject(QStringLiteral("big.jsonl"), data);
        QVERIFY(!key.isEmpty());
        auto m = manager();
        DownloadTask *task = m->download(source(QStringLiteral("big.jsonl")), dir->filePath(QStringLiteral("dl")));
        QSignalSpy responses(task, &DownloadTask::responseStarted);
        pauseAfter(m.get(), task, 1024 * 1024);
        QTRY_COMPARE_WITH_TIMEOUT(task->state(), DownloadState::Paused, 30000);
        const qint64 kept = QFileInfo(task->partPath()).size();
        QVERIFY(kept > 0 && kept < data.size());
        m->resume(task);
        WAIT_FINAL(task);
        QVERIFY2(task->state() == DownloadState::Done, qPrintable(task->errorString()));
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).at(0).toInt(), 200);
        QCOMPARE(responses.at(1).at(0).toInt(), 206);
        QCOMPARE(responses.at(1).at(1).toLongLong(), kept);
        objects.remove(key);
    }

    void linkExpiringMidDownloadIsRefreshed()
    {
        const QByteArray data = randomBytes(48 * 1024 * 1024, 3);
        const QString key = addObject(QStringLiteral("expiring.csv"), data);
        QVERIFY(!key.isEmpty());
        linkLifetimeSecs = 2;   // s3rver checks expiry when a request starts
        auto m = manager();
        DownloadTask *task = m->download(source(QStringLiteral("expiring.csv")), dir->filePath(QStringLiteral("dl")));
        QSignalSpy responses(task, &DownloadTask::responseStarted);
        const QDateTime linkExpiry = QDateTime::currentDateTimeUtc().addSecs(3);
        pauseAfter(m.get(), task, 1024 * 1024);   // the connection is interrupted ...
        QTRY_COMPARE_WITH_TIMEOUT(task->state(), DownloadState::Paused, 30000);
        const qint64 kept = QFileInfo(task->partPath()).size();
        // ... and stays so until the link has expired.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > linkExpiry, 10000);
        linkLifetimeSecs = 3600;
        m->resume(task);
        WAIT_FINAL(task);
        QVERIFY2(task->state() == DownloadState::Done, qPrintable(task->errorString()));
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(linksIssued, 2);
        QCOMPARE(task->linkRefreshes(), 2);   // the first link, then the fresh one after the 403
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.at(1).at(0).toInt(), 403);
        QCOMPARE(responses.at(2).at(0).toInt(), 206);
        QCOMPARE(responses.at(2).at(1).toLongLong(), kept);
        objects.remove(key);
    }

    void completePartGets416()
    {
        const QByteArray data = randomBytes(200000, 4);
        const QString key = addObject(QStringLiteral("done.csv"), data);
        QVERIFY(!key.isEmpty());
        const QString folder = dir->filePath(QStringLiteral("dl"));
        QVERIFY(QDir().mkpath(folder));
        QFile part(QDir(folder).filePath(QStringLiteral("done.csv.part")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(data);
        part.close();
        DownloadRecord r;
        r.source = source(QStringLiteral("done.csv"));
        r.folder = folder;
        r.targetName = QStringLiteral("done.csv");
        r.expectedBytes = data.size();
        QVERIFY(DownloadStore(dir->filePath(QStringLiteral("state.json"))).save({r}));
        auto m = manager();
        QCOMPARE(m->restore(), 1);
        DownloadTask *task = m->tasks().constFirst();
        QSignalSpy responses(task, &DownloadTask::responseStarted);
        m->resume(task);
        WAIT_FINAL(task);
        QVERIFY2(task->state() == DownloadState::Done, qPrintable(task->errorString()));
        QCOMPARE(readFile(task->finalPath()), data);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).at(0).toInt(), 416);
        objects.remove(key);
    }
};

QTEST_GUILESS_MAIN(TestS3Download)
#include "tst_s3download.moc"
