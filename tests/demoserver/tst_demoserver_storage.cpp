// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's storage origin over real loopback HTTP: presigned links,
// expiry, Range, hostile names, storage faults, and the peaka-demo-server executable.
#include "demoserver.h"
#include "httpprobe.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace peaka::demo;

namespace {

using Result = peaka::test::HttpResult;

const QByteArray kExpiredXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

} // namespace

class TestDemoServerStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fullDownload();
    void rangeFromOffset();
    void rangeWithEnd();
    void rangePastEndIs416();
    void expiredLinkIs403();
    void linksExpireWhenTheClockPasses();
    void authorizationHeaderIs400();
    void tamperedLinkIs403();
    void removedArtifactIs404();
    void hostileFileNames();
    void advertisedBytesCanLie();
    void generatedLargeFile();
    void droppedMidBody();
    void throttled();
    void storageRequestsAreRecorded();
    void fileLinkProvider();
    void executablePrintsItsSetup();

private:
    Result send(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &method = "GET");
    QJsonObject readExport(const QString &id);
    QUrl firstFileUrl(const QString &id) { return QUrl(readExport(id).value(QLatin1String("files")).toArray().at(0).toObject().value(QLatin1String("url")).toString()); }
    QString addFiles(const QList<DemoFile> &files);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

Result TestDemoServerStorage::send(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QByteArray &method)
{
    return peaka::test::sendHttp(*m_nam, method, url, {}, {}, headers);
}

QJsonObject TestDemoServerStorage::readExport(const QString &id)
{
    const QUrl url(m_server->baseUrl().toString() + QStringLiteral("/data/projects/%1/exports/%2").arg(m_server->projectId(), id));
    const Result r = send(url, {{"Authorization", "Bearer " + m_server->partnerKey().key.toUtf8()}});
    if (r.status != 200)
        qWarning() << r.status << r.body;
    return QJsonDocument::fromJson(r.body).object();
}

QString TestDemoServerStorage::addFiles(const QList<DemoFile> &files)
{
    DemoExport job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.status = QStringLiteral("SUCCEEDED");
    job.queryId = QStringLiteral("709922802836177297");
    job.source = QStringLiteral("peaka.query.\"charges_view\"");
    job.ownerKey = m_server->partnerKey().key;
    job.files = files;
    m_server->addExport(job);
    return job.id;
}

void TestDemoServerStorage::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDemoServerStorage::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestDemoServerStorage::fullDownload()
{
    const QByteArray content = "id,name\n1,Ayşe\n2,Jonas\n";
    const QString id = addFiles({DemoFile{QStringLiteral("small.csv"), content}});
    const Result r = send(firstFileUrl(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, content);
    QCOMPARE(r.header("Content-Length").toLongLong(), content.size());
    QCOMPARE(r.header("Content-Type"), QByteArray("text/csv"));
    QCOMPARE(r.header("Accept-Ranges"), QByteArray("bytes"));
}

void TestDemoServerStorage::rangeFromOffset()
{
    QByteArray content;
    for (int i = 0; i < 5000; ++i)
        content += QByteArray::number(i) + '\n';
    const QString id = addFiles({DemoFile{QStringLiteral("numbers.csv"), content}});
    const Result r = send(firstFileUrl(id), {{"Range", "bytes=1000-"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, content.mid(1000));
    QCOMPARE(r.header("Content-Range"), "bytes 1000-" + QByteArray::number(content.size() - 1) + '/'
                                            + QByteArray::number(content.size()));
    QCOMPARE(r.header("Content-Length").toLongLong(), content.size() - 1000);
}

void TestDemoServerStorage::rangeWithEnd()
{
    const QByteArray content = "0123456789abcdefghij";
    const QString id = addFiles({DemoFile{QStringLiteral("r.csv"), content}});
    const Result r = send(firstFileUrl(id), {{"Range", "bytes=5-9"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, QByteArray("56789"));
    QCOMPARE(r.header("Content-Range"), QByteArray("bytes 5-9/20"));
    const Result clamped = send(firstFileUrl(id), {{"Range", "bytes=15-100"}});
    QCOMPARE(clamped.status, 206);
    QCOMPARE(clamped.body, QByteArray("fghij"));
    QCOMPARE(clamped.header("Content-Range"), QByteArray("bytes 15-19/20"));
}

void TestDemoServerStorage::rangePastEndIs416()
{
    const QString id = addFiles({DemoFile{QStringLiteral("r.csv"), QByteArray(100, 'x')}});
    for (const QByteArray &range : {QByteArray("bytes=100-"), QByteArray("bytes=500-600")}) {
        const Result r = send(firstFileUrl(id), {{"Range", range}});
        QCOMPARE(r.status, 416);
        QCOMPARE(r.header("Content-Range"), QByteArray("bytes */100"));
        QVERIFY(r.body.contains("<Code>InvalidRange</Code>"));
    }
}

void TestDemoServerStorage::expiredLinkIs403()
{
    const QString id = addFiles({DemoFile{QStringLiteral("e.csv"), "a\n1\n"}});
    m_server->scenario().linkLifetimeSec = 0; // links are born expired
    const QJsonObject row = readExport(id);
    QVERIFY(QDateTime::fromString(row.value(QLatin1String("expiresAt")).toString(), Qt::ISODate) <= m_server->now());
    const Result r = send(firstFileUrl(id));
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.startsWith(kExpiredXml));
    QVERIFY(r.body.contains("<Error><Code>AccessDenied</Code><Message>Request has expired</Message>"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/xml"));

    // A fresh Read Export gives working links for the same file.
    m_server->scenario().linkLifetimeSec = 3600;
    QCOMPARE(send(firstFileUrl(id)).body, QByteArray("a\n1\n"));
    // And presignedUrl() makes an expired one directly.
    QCOMPARE(send(m_server->presignedUrl(id, 0, -1)).status, 403);
    QCOMPARE(send(m_server->presignedUrl(id, 0, 60)).status, 200);
}

void TestDemoServerStorage::linksExpireWhenTheClockPasses()
{
    const QString id = addFiles({DemoFile{QStringLiteral("e.csv"), "a\n1\n"}});
    m_server->scenario().linkLifetimeSec = 60;
    const QUrl url = firstFileUrl(id);
    QCOMPARE(send(url).status, 200);
    m_server->advanceClock(61 * 1000);
    const Result r = send(url);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("<Message>Request has expired</Message>"));
}

void TestDemoServerStorage::authorizationHeaderIs400()
{
    const QString id = addFiles({DemoFile{QStringLiteral("a.csv"), "a\n"}});
    const Result r = send(firstFileUrl(id), {{"Authorization", "Bearer " + m_server->partnerKey().key.toUtf8()}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("<Code>InvalidArgument</Code>"));
    QVERIFY(r.body.contains("Only one auth mechanism allowed"));
    QVERIFY(!r.body.contains(m_server->partnerKey().key.toUtf8())); // never echoed back
}

void TestDemoServerStorage::tamperedLinkIs403()
{
    const QString id = addFiles({DemoFile{QStringLiteral("a.csv"), "a\n"}, DemoFile{QStringLiteral("b.csv"), "b\n"}});
    const QUrl url = firstFileUrl(id);

    QUrl longer = url; // extend the lifetime
    QUrlQuery q(longer);
    q.removeQueryItem(QStringLiteral("X-Amz-Expires"));
    q.addQueryItem(QStringLiteral("X-Amz-Expires"), QStringLiteral("999999"));
    longer.setQuery(q);
    Result r = send(longer);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("<Code>SignatureDoesNotMatch</Code>"));

    QUrl otherFile = url; // reuse the signature for another object
    otherFile.setPath(url.path().replace(QLatin1String("/0/a.csv"), QLatin1String("/1/b.csv")));
    QVERIFY(otherFile.path() != url.path());
    r = send(otherFile);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("<Code>SignatureDoesNotMatch</Code>"));

    QUrl unsigned_ = url;
    unsigned_.setQuery(QString());
    r = send(unsigned_);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("<Code>AccessDenied</Code>"));
    QCOMPARE(send(url).status, 200);
}

void TestDemoServerStorage::removedArtifactIs404()
{
    const QString id = addFiles({DemoFile{QStringLiteral("a.csv"), "a\n"}});
    const QUrl url = firstFileUrl(id);
    m_server->setExportStatus(id, QStringLiteral("EXPIRED"));
    const Result r = send(url);
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.contains("<Code>NoSuchKey</Code>"));
}

void TestDemoServerStorage::hostileFileNames()
{
    const QStringList names{QStringLiteral("../../x.csv"), QStringLiteral("a/b.csv"), QStringLiteral("CON.csv"),
                            QStringLiteral("données Ω 😀.csv"), QStringLiteral("a?b#c&d=e%41.csv"),
                            QStringLiteral(".."), QStringLiteral("")};
    QList<DemoFile> files;
    for (int i = 0; i < names.size(); ++i)
        files.append(DemoFile{names.at(i), "file " + QByteArray::number(i) + '\n'});
    const QString id = addFiles(files);
    const QJsonArray listed = readExport(id).value(QLatin1String("files")).toArray();
    QCOMPARE(listed.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject f = listed.at(i).toObject();
        QCOMPARE(f.value(QLatin1String("name")).toString(), names.at(i));
        const QUrl url(f.value(QLatin1String("url")).toString());
        QCOMPARE(url.port(), m_server->storageUrl().port());
        const Result r = send(url);
        QVERIFY2(r.status == 200, qPrintable(names.at(i) + QLatin1Char(' ') + QString::fromUtf8(r.body)));
        QCOMPARE(r.body, "file " + QByteArray::number(i) + '\n');
    }
}

void TestDemoServerStorage::advertisedBytesCanLie()
{
    DemoFile file{QStringLiteral("lie.csv"), "abc\n"};
    file.advertisedBytes = 999;
    const QString id = addFiles({file});
    const QJsonObject row = readExport(id);
    QCOMPARE(row.value(QLatin1String("files")).toArray().at(0).toObject().value(QLatin1String("bytes")).toInteger(), 999);
    QCOMPARE(send(firstFileUrl(id)).body, QByteArray("abc\n"));
}

void TestDemoServerStorage::generatedLargeFile()
{
    DemoFile file;
    file.name = QStringLiteral("big.csv");
    file.generatedBytes = 5 * 1024 * 1024 + 7;
    const QString id = addFiles({file});
    const Result full = send(firstFileUrl(id));
    QCOMPARE(full.status, 200);
    QCOMPARE(full.body.size(), file.generatedBytes);
    QVERIFY(full.body.startsWith("row_id,customer_id,amount"));
    QVERIFY(full.body.endsWith('\n'));
    const Result part = send(firstFileUrl(id), {{"Range", "bytes=1234567-2345678"}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, full.body.mid(1234567, 2345678 - 1234567 + 1)); // deterministic content
    QCOMPARE(send(firstFileUrl(id), {{"Range", "bytes=5242880-"}}).body, full.body.mid(5242880));
}

void TestDemoServerStorage::droppedMidBody()
{
    const QByteArray content(200 * 1024, 'z');
    const QString id = addFiles({DemoFile{QStringLiteral("d.csv"), content}});
    const QUrl url = firstFileUrl(id);
    m_server->scenario().storageDropAfterBytes = 1000;
    m_server->scenario().storageDropCount = 2;

    // On the wire: the full head, exactly 1000 body bytes, then the connection closes.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    QVERIFY(raw.waitForConnected(5000));
    raw.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QSignalSpy disconnected(&raw, &QTcpSocket::disconnected);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += raw.readAll(), disconnected.size() == 1), 10000);
    received += raw.readAll();
    const int headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains("Content-Length: 204800\r\n"));
    QCOMPARE(received.size() - headEnd - 4, 1000);

    // Through QNetworkAccessManager: a short body (Qt 6.4 reports RemoteHostClosedError
    // or, sometimes, NoError for it: clients must compare sizes).
    const Result dropped = send(url);
    QCOMPARE(dropped.body.size(), 1000);
    QVERIFY(dropped.header("Content-Length").toLongLong() == content.size());
    QCOMPARE(m_server->scenario().storageDropAfterBytes, -1); // both counted drops used up
    const Result good = send(url);
    QCOMPARE(good.error, QNetworkReply::NoError);
    QCOMPARE(good.body, content);
}

void TestDemoServerStorage::throttled()
{
    const QString id = addFiles({DemoFile{QStringLiteral("t.csv"), QByteArray(20000, 't')}});
    m_server->scenario().storageBytesPerSecond = 40000; // 20 kB at 40 kB/s: about half a second
    QElapsedTimer timer;
    timer.start();
    const Result r = send(firstFileUrl(id));
    QCOMPARE(r.body.size(), 20000);
    QVERIFY2(timer.elapsed() >= 350, QByteArray::number(timer.elapsed()).constData());
}

void TestDemoServerStorage::storageRequestsAreRecorded()
{
    const QString id = addFiles({DemoFile{QStringLiteral("a.csv"), "a\n"}});
    const QUrl url = firstFileUrl(id);
    m_server->clearRequests();
    send(url, {{"Range", "bytes=0-"}});
    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).origin, QStringLiteral("storage"));
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).header("Range"), QByteArray("bytes=0-"));
    QVERIFY(requests.at(0).header("Authorization").isEmpty());
    QCOMPARE(requests.at(0).url.path(), url.path());
}

void TestDemoServerStorage::fileLinkProvider()
{
    const QString id = addFiles({DemoFile{QStringLiteral("a.csv"), "a\n"}});
    m_server->setFileLinkProvider([](const QString &exportId) {
        return QList<QJsonObject>{{{QStringLiteral("name"), QStringLiteral("s3rver.csv")},
                                   {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1/bucket/") + exportId},
                                   {QStringLiteral("bytes"), 42}}};
    });
    const QJsonObject f = readExport(id).value(QLatin1String("files")).toArray().at(0).toObject();
    QCOMPARE(f.value(QLatin1String("name")).toString(), QStringLiteral("s3rver.csv"));
    QCOMPARE(f.value(QLatin1String("url")).toString(), QStringLiteral("http://127.0.0.1:1/bucket/") + id);
    QCOMPARE(f.value(QLatin1String("bytes")).toInt(), 42);
}

void TestDemoServerStorage::executablePrintsItsSetup()
{
    const QString program = peaka::test::executable(QStringLiteral("src/demoserver/peaka-demo-server"));
    if (!QFileInfo::exists(program))
        QSKIP("peaka-demo-server is not built");
    QProcess process;
    process.start(program, {QStringLiteral("--rows"), QStringLiteral("50"), QStringLiteral("--link-lifetime"),
                            QStringLiteral("120"), QStringLiteral("--exit-on-stdin-close")});
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("READY\n"), 60000);
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : out.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    for (const char *key : {"PEAKA_BASE_URL", "PEAKA_PROJECT", "PEAKA_OTHER_PROJECT", "PEAKA_PARTNER_KEY",
                            "PEAKA_PROJECT_KEY", "PEAKA_COLLEAGUE_KEY", "PEAKA_STORAGE_URL"})
        QVERIFY2(!values.value(key).isEmpty(), key);
    QCOMPARE(values.value("PEAKA_PARTNER_KEY"), m_server->partnerKey().key.toUtf8());

    const QUrl list(QString::fromUtf8(values.value("PEAKA_BASE_URL") + "/data/projects/" + values.value("PEAKA_PROJECT") + "/exports?limit=200"));
    const Result r = send(list, {{"Authorization", "Bearer " + values.value("PEAKA_PARTNER_KEY")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), m_server->exports(m_server->projectId()).size() + 50);

    QSignalSpy finished(&process, &QProcess::finished);
    process.closeWriteChannel(); // --exit-on-stdin-close
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QProcess second; // SIGTERM quits cleanly too
    second.start(program, {});
    QVERIFY(second.waitForStarted());
    QByteArray out2;
    QTRY_VERIFY_WITH_TIMEOUT((out2 += second.readAllStandardOutput()).contains("READY\n"), 60000);
    QSignalSpy secondFinished(&second, &QProcess::finished);
    second.terminate();
    QVERIFY(secondFinished.wait(10000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestDemoServerStorage)
#include "tst_demoserver_storage.moc"
