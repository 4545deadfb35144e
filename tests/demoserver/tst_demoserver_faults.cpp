// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's API fault scenario over real loopback HTTP: injected
// statuses, invalid JSON, dropped connections, slow answers, redirects, records.
#include "demoserver.h"
#include "httpprobe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <limits>

using namespace peaka::demo;

namespace {

using Result = peaka::test::HttpResult;

} // namespace

class TestDemoServerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void injectedStatusWithRetryAfter();
    void injectedHtmlErrorPage();
    void invalidJson();
    void droppedMidBody();
    void slowResponse();
    void redirectToAnotherOrigin();
    void requestRecords();

private:
    Result send(const QByteArray &method, const QUrl &url, const QByteArray &key = {},
                const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Result get(const QString &path, const QByteArray &key) { return send("GET", api(path), key); }
    Result post(const QString &path, const QByteArray &body, const QByteArray &key = {})
    {
        return send("POST", api(path), key.isEmpty() ? partner() : key, body);
    }
    QUrl api(const QString &path) const
    {
        return QUrl(m_server->baseUrl().toString() + QStringLiteral("/data/projects/") + path);
    }
    QString project() const { return m_server->projectId(); }
    QByteArray partner() const { return m_server->partnerKey().key.toUtf8(); }

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

Result TestDemoServerFaults::send(const QByteArray &method, const QUrl &url, const QByteArray &key, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return peaka::test::sendHttp(*m_nam, method, url, key, body, headers);
}

void TestDemoServerFaults::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDemoServerFaults::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestDemoServerFaults::injectedStatusWithRetryAfter()
{
    Scenario &s = m_server->scenario();
    s.failNextWithStatus = 429;
    s.failNextCount = 2;
    s.retryAfter = QStringLiteral("7");
    const QString path = project() + QStringLiteral("/exports");
    for (int i = 0; i < 2; ++i) {
        const Result r = get(path, partner());
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QVERIFY(!r.message().isEmpty());
    }
    QCOMPARE(get(path, partner()).status, 200);
    s.failNextWithStatus = 503;
    s.failNextCount = 1;
    s.retryAfter = QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT");
    const Result r = get(path, partner());
    QCOMPARE(r.status, 503);
    QCOMPARE(r.header("Retry-After"), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
}


void TestDemoServerFaults::injectedHtmlErrorPage()
{
    Scenario &s = m_server->scenario();
    s.failNextWithStatus = 502;
    s.failNextCount = 1;
    s.failBody = "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
    s.failContentType = "text/html";
    const Result r = get(project() + QStringLiteral("/exports"), partner());
    QCOMPARE(r.status, 502);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html"));
    QCOMPARE(r.body, s.failBody);
}


void TestDemoServerFaults::invalidJson()
{
    m_server->scenario().invalidJsonNextCount = 1;
    const QString path = project() + QStringLiteral("/exports");
    const Result bad = get(path, partner());
    QCOMPARE(bad.status, 200);
    QJsonParseError error{};
    QJsonDocument::fromJson(bad.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(bad.header("Content-Length").toInt(), bad.body.size());
    const Result good = get(path, partner());
    QJsonDocument::fromJson(good.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}


void TestDemoServerFaults::droppedMidBody()
{
    m_server->scenario().dropMidBodyNextCount = 1;
    const QString path = project() + QStringLiteral("/exports");
    const Result dropped = get(path, partner());
    // Qt 6.4's QNetworkAccessManager reports EOF mid-body as RemoteHostClosedError or,
    // sometimes, as a short body with NoError: either way the body is cut in half.
    const qint64 announced = dropped.header("Content-Length").toLongLong();
    QVERIFY(announced > 100);
    QCOMPARE(dropped.body.size(), announced / 2);
    QVERIFY(dropped.error == QNetworkReply::RemoteHostClosedError || dropped.error == QNetworkReply::NoError);
    const Result good = get(path, partner());
    QCOMPARE(good.error, QNetworkReply::NoError);
    QVERIFY(good.array().size() > 10);
}


void TestDemoServerFaults::slowResponse()
{
    m_server->scenario().slowResponseMs = 400;
    QElapsedTimer timer;
    timer.start();
    const Result r = get(project() + QStringLiteral("/exports/nope"), partner());
    QCOMPARE(r.status, 404);
    QVERIFY2(timer.elapsed() >= 380, QByteArray::number(timer.elapsed()).constData());
}


void TestDemoServerFaults::redirectToAnotherOrigin()
{
    DemoServer other;
    QVERIFY(other.start());
    m_server->scenario().redirectApiTo = other.baseUrl();
    const Result r = get(project() + QStringLiteral("/exports?status=FAILED"), partner());
    QCOMPARE(r.status, 307);
    const QUrl location(QString::fromUtf8(r.header("Location")));
    QCOMPARE(location.port(), other.baseUrl().port());
    QCOMPARE(location.path(), QStringLiteral("/api/v1/data/projects/%1/exports").arg(project()));
    QCOMPARE(location.query(), QStringLiteral("status=FAILED"));
    // The redirect target is a working API: a client that follows without the key gets 401 there.
    const Result followed = send("GET", location);
    QCOMPARE(followed.status, 401);
    QCOMPARE(other.requests().size(), 1);
    QVERIFY(other.requests().at(0).header("Authorization").isEmpty());

    m_server->scenario().redirectApiTo = other.storageUrl(); // a bare origin keeps the whole path
    const QUrl bare(QString::fromUtf8(get(project() + QStringLiteral("/exports"), partner()).header("Location")));
    QCOMPARE(bare.path(), QStringLiteral("/api/v1/data/projects/%1/exports").arg(project()));
    QCOMPARE(bare.port(), other.storageUrl().port());
}


void TestDemoServerFaults::requestRecords()
{
    QSignalSpy received(m_server.get(), &DemoServer::requestReceived);
    const QUrl url = api(project() + QStringLiteral("/queries/709922802836177297/exports"));
    send("POST", url, partner(), R"({"format":"CSV"})", {{"X-Trino-Source", "peaka-exports"}});
    QCOMPARE(received.size(), 1);
    const RecordedRequest r = received.at(0).at(0).value<RecordedRequest>();
    QCOMPARE(r.origin, QStringLiteral("api"));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.path(), url.path());
    QCOMPARE(r.body, QByteArray(R"({"format":"CSV"})"));
    QCOMPARE(r.header("authorization"), "Bearer " + partner());
    QCOMPARE(r.header("X-TRINO-SOURCE"), QByteArray("peaka-exports"));
    QCOMPARE(m_server->requests().size(), 1);
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoServerFaults)
#include "tst_demoserver_faults.moc"
