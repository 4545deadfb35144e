// SPDX-License-Identifier: GPL-3.0-or-later
// PeakaClient over real HTTP on loopback against the demo server: every
// ApiError kind, request hygiene (headers, key only to the API origin),
// retries with Retry-After in both forms, the size cap and the timeout.
#include "demoserver.h"
#include "api/peakaclient.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;
using peaka::demo::DemoServer;

namespace {

template<typename Request, typename Result>
Result waitFor(Request *request)
{
    QSignalSpy spy(request, &Request::finished);
    if (!spy.wait(15000))
        qFatal("request did not finish");
    return spy.takeFirst().at(0).template value<Result>();
}

ExportListResult list(PeakaClient &c, const QString &project, const QStringList &statuses = {})
{
    return waitFor<ListExportsRequest, ExportListResult>(c.listExports(project, statuses));
}

ExportResult read(PeakaClient &c, const QString &project, const QString &id)
{
    return waitFor<ExportRequest, ExportResult>(c.readExport(project, id));
}

int apiRequestCount(const DemoServer &s)
{
    int n = 0;
    for (const auto &r : s.requests())
        n += r.origin == QLatin1String("api");
    return n;
}

} // namespace

class TestPeakaClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listSendsHygienicHeaders();
    void statusFilter();
    void readOwnerGetsFiles();
    void readNonOwnerGetsNoFiles();
    void unauthorized();
    void forbiddenForOtherProject();
    void notFound();
    void badRequestCarriesServerMessage();
    void createSendsContractBody();
    void rateLimitedRetriesThenGivesUp();
    void retryAfterHttpDate();
    void retryAfterLongerThanCapIsNotWaited();
    void serviceUnavailableRecovers();
    void postIsNotRetried();
    void serverErrorWithHtmlPage();
    void invalidJson();
    void oversizedResponse();
    void timeout();
    void droppedMidBody();
    void connectionRefused();
    void tlsFailure();
    void redirectToOtherOriginDropsKey();
    void refusedBeforeSending();

private:
    PeakaClient *newClient(const QString &key);
    DemoServer *m_server = nullptr;
    PeakaClient *m_client = nullptr;
};

void TestPeakaClient::init()
{
    m_server = new DemoServer(this);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = newClient(m_server->partnerKey().key);
}

void TestPeakaClient::cleanup()
{
    delete m_client;
    delete m_server;
    m_client = nullptr;
    m_server = nullptr;
}

PeakaClient *TestPeakaClient::newClient(const QString &key)
{
    auto *c = new PeakaClient(this);
    QString error;
    if (!c->setBaseUrl(m_server->baseUrl().toString(), &error))
        qFatal("base url refused: %s", qPrintable(error));
    c->setApiKey(key);
    c->setRetryPolicy({3, 10, 2000});
    return c;
}

void TestPeakaClient::listSendsHygienicHeaders()
{
    const ExportListResult r = list(*m_client, m_server->projectId());
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(r.value.size() >= 10);
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.header("Authorization"), "Bearer " + m_server->partnerKey().key.toUtf8());
    QCOMPARE(req.header("User-Agent"), QByteArray("peaka-exports/" PEAKA_VERSION));
    QCOMPARE(req.header("X-Trino-Source"), QByteArray("peaka-exports"));
    QVERIFY(req.url.path().endsWith(QStringLiteral("/data/projects/") + m_server->projectId() + QStringLiteral("/exports")));
}

void TestPeakaClient::statusFilter()
{
    const ExportListResult r = list(*m_client, m_server->projectId(), {QStringLiteral("FAILED"), QStringLiteral("RUNNING")});
    QVERIFY(r.ok());
    QVERIFY(!r.value.isEmpty());
    for (const ExportJob &j : r.value)
        QVERIFY(j.status.code() == ExportStatus::Failed || j.status.code() == ExportStatus::Running);
    QVERIFY(m_server->requests().constLast().url.query(QUrl::FullyDecoded).contains(QStringLiteral("status=FAILED,RUNNING")));
}

void TestPeakaClient::readOwnerGetsFiles()
{
    const ExportListResult all = list(*m_client, m_server->projectId(), {QStringLiteral("SUCCEEDED")});
    QVERIFY(all.ok());
    const QString myPrefix = m_client->apiKeyPrefix();
    QString id;
    for (const ExportJob &j : all.value) {
        if (j.apiKeyPrefix == myPrefix)
            id = j.id;
    }
    QVERIFY(!id.isEmpty());
    const ExportResult r = read(*m_client, m_server->projectId(), id);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(!r.value.files.isEmpty());
    QVERIFY(r.value.expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(r.value.files.first().url.hasQuery());
    QVERIFY(r.value.files.first().url.port() != m_server->baseUrl().port()); // storage is another origin
}

void TestPeakaClient::readNonOwnerGetsNoFiles()
{
    const ExportListResult all = list(*m_client, m_server->projectId(), {QStringLiteral("SUCCEEDED")});
    QVERIFY(all.ok());
    QString id;
    for (const ExportJob &j : all.value) {
        if (j.apiKeyPrefix == m_client->apiKeyPrefix())
            id = j.id;
    }
    PeakaClient *colleague = newClient(m_server->colleagueKey().key);
    const ExportResult r = read(*colleague, m_server->projectId(), id);
    QVERIFY(r.ok());
    QCOMPARE(r.value.downloadable, std::optional<bool>(false));
    QVERIFY(r.value.files.isEmpty());
}

void TestPeakaClient::unauthorized()
{
    PeakaClient *c = newClient(QStringLiteral("NoSuchKy.wrong"));
    const ExportListResult r = list(*c, m_server->projectId());
    QCOMPARE(r.error.kind(), ApiError::Unauthorized);
    QCOMPARE(r.error.httpStatus(), 401);
    QVERIFY(r.error.message().contains(QStringLiteral("rejected")));
}

void TestPeakaClient::forbiddenForOtherProject()
{
    PeakaClient *c = newClient(m_server->projectKey().key);
    QVERIFY(list(*c, m_server->projectId()).ok());
    const ExportListResult r = list(*c, m_server->otherProjectId());
    QCOMPARE(r.error.kind(), ApiError::Forbidden);
    QVERIFY(!r.error.serverMessage().isEmpty());
}

void TestPeakaClient::notFound()
{
    const ExportResult r = read(*m_client, m_server->projectId(), QStringLiteral("00000000-dead-beef-0000-000000000000"));
    QCOMPARE(r.error.kind(), ApiError::NotFound);
    QCOMPARE(r.error.httpStatus(), 404);
}

void TestPeakaClient::badRequestCarriesServerMessage()
{
    QString anyQuery;
    for (const auto &e : m_server->exports()) {
        if (!e.queryId.isEmpty())
            anyQuery = e.queryId;
    }
    QVERIFY(!anyQuery.isEmpty());
    ExportOptions o;
    o.columns = {QStringLiteral("no_such_column_xyz")};
    const ExportResult r = waitFor<ExportRequest, ExportResult>(
        m_client->createQueryExport(m_server->projectId(), anyQuery, o));
    QCOMPARE(r.error.kind(), ApiError::BadRequest);
    QVERIFY2(r.error.serverMessage().contains(QStringLiteral("no_such_column_xyz")), qPrintable(r.error.serverMessage()));
    QVERIFY(r.error.message().contains(QStringLiteral("no_such_column_xyz")));
}

void TestPeakaClient::createSendsContractBody()
{
    QString anyQuery;
    for (const auto &e : m_server->exports()) {
        if (!e.queryId.isEmpty())
            anyQuery = e.queryId;
    }
    ExportOptions o;
    o.format = QStringLiteral("JSONL");
    o.compression = QStringLiteral("GZIP");
    o.limit = 5000;
    o.includeSystemColumns = false;
    const ExportResult r = waitFor<ExportRequest, ExportResult>(
        m_client->createQueryExport(m_server->projectId(), anyQuery, o));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.status.code(), ExportStatus::Pending);
    QVERIFY(!r.value.id.isEmpty());
    const auto req = m_server->requests().constLast();
    QCOMPARE(req.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("JSONL"));
    QCOMPARE(body.value(QStringLiteral("compression")).toString(), QStringLiteral("GZIP"));
    QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 5000);
    QCOMPARE(body.value(QStringLiteral("includeSystemColumns")).toBool(true), false);
    QVERIFY(!body.contains(QStringLiteral("columns")));
    QVERIFY(!body.contains(QStringLiteral("csvOptions")));
}

void TestPeakaClient::rateLimitedRetriesThenGivesUp()
{
    m_server->scenario().failNextWithStatus = 429;
    m_server->scenario().failNextCount = 100;
    m_server->scenario().retryAfter = QStringLiteral("0");
    m_server->clearRequests();
    auto *req = m_client->listExports(m_server->projectId());
    QSignalSpy retrying(req, &ApiRequest::retrying);
    const ExportListResult r = waitFor<ListExportsRequest, ExportListResult>(req);
    QCOMPARE(r.error.kind(), ApiError::RateLimited);
    QCOMPARE(r.error.retryAfterSecs(), 0);
    QCOMPARE(apiRequestCount(*m_server), 1 + m_client->retryPolicy().maxRetries);
    QCOMPARE(retrying.size(), m_client->retryPolicy().maxRetries);
}

void TestPeakaClient::retryAfterHttpDate()
{
    m_server->scenario().failNextWithStatus = 429;
    m_server->scenario().failNextCount = 1;
    // An HTTP date one second ahead: the client waits about that long, then succeeds.
    m_server->scenario().retryAfter = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(1),
                                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    m_server->clearRequests();
    auto *req = m_client->listExports(m_server->projectId());
    QSignalSpy retrying(req, &ApiRequest::retrying);
    const ExportListResult r = waitFor<ListExportsRequest, ExportListResult>(req);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(retrying.size(), 1);
    QVERIFY(retrying.first().at(1).toInt() <= 2000);
    QCOMPARE(apiRequestCount(*m_server), 2);
}

void TestPeakaClient::retryAfterLongerThanCapIsNotWaited()
{
    m_server->scenario().failNextWithStatus = 429;
    m_server->scenario().failNextCount = 5;
    m_server->scenario().retryAfter = QStringLiteral("120");
    m_server->clearRequests();
    const ExportListResult r = list(*m_client, m_server->projectId());
    QCOMPARE(r.error.kind(), ApiError::RateLimited);
    QCOMPARE(r.error.retryAfterSecs(), 120);
    QCOMPARE(apiRequestCount(*m_server), 1);
    QVERIFY(r.error.message().contains(QStringLiteral("120")));
}

void TestPeakaClient::serviceUnavailableRecovers()
{
    m_server->scenario().failNextWithStatus = 503;
    m_server->scenario().failNextCount = 2;
    m_server->clearRequests();
    const ExportListResult r = list(*m_client, m_server->projectId());
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(apiRequestCount(*m_server), 3);
}

void TestPeakaClient::postIsNotRetried()
{
    m_server->scenario().failNextWithStatus = 503;
    m_server->scenario().failNextCount = 5;
    m_server->clearRequests();
    const ExportResult r = waitFor<ExportRequest, ExportResult>(
        m_client->createQueryExport(m_server->projectId(), QStringLiteral("q")));
    QCOMPARE(r.error.kind(), ApiError::Server);
    QCOMPARE(apiRequestCount(*m_server), 1);
}

void TestPeakaClient::serverErrorWithHtmlPage()
{
    m_server->scenario().failNextWithStatus = 502;
    m_server->scenario().failNextCount = 1;
    m_server->scenario().failContentType = "text/html";
    m_server->scenario().failBody = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    const ExportListResult r = list(*m_client, m_server->projectId());
    QCOMPARE(r.error.kind(), ApiError::Server);
    QCOMPARE(r.error.httpStatus(), 502);
    QVERIFY(!r.error.message().contains(QLatin1Char('<')));
    QVERIFY(r.error.message().contains(QStringLiteral("502 Bad Gateway")));
}

void TestPeakaClient::invalidJson()
{
    m_server->scenario().invalidJsonNextCount = 1;
    const ExportListResult r = list(*m_client, m_server->projectId());
    QCOMPARE(r.error.kind(), ApiError::BadResponse);
    QVERIFY(r.error.message().contains(QStringLiteral("JSON")));
    // The next answer is fine again.
    QVERIFY(list(*m_client, m_server->projectId()).ok());
}

void TestPeakaClient::oversizedResponse()
{
    m_client->setMaxResponseBytes(1024);
    const ExportListResult r = list(*m_client, m_server->projectId());
    QCOMPARE(r.error.kind(), ApiError::BadResponse);
    QVERIFY(r.error.message().contains(QStringLiteral("larger than")));
}

void TestPeakaClient::timeout()
{
    m_server->scenario().slowResponseMs = 3000;
    m_client->setTimeoutMs(300);
    const ExportListResult r = list(*m_client, m_server->projectId());
    QCOMPARE(r.error.kind(), ApiError::Timeout);
    QVERIFY(r.error.message().contains(QStringLiteral("did not answer")));
}

void TestPeakaClient::droppedMidBody()
{
    m_server->scenario().dropMidBodyNextCount = 1;
    const ExportListResult r = list(*m_client, m_server->projectId());
    QCOMPARE(r.error.kind(), ApiError::Network);
}

void TestPeakaClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    PeakaClient c;
    QVERIFY(c.setBaseUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    c.setApiKey(QStringLiteral("a.b"));
    const ExportListResult r = list(c, QStringLiteral("p"));
    QCOMPARE(r.error.kind(), ApiError::Network);
    QVERIFY(r.error.message().contains(QStringLiteral("127.0.0.1")));
}

void TestPeakaClient::tlsFailure()
{
    // A real TLS server with a self-signed certificate the client must not trust.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    cfg.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    cfg.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    QSslServer tls;
    tls.setSslConfiguration(cfg);
    QVERIFY(tls.listen(QHostAddress::LocalHost));

    PeakaClient c;
    QVERIFY(c.setBaseUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(tls.serverPort())));
    c.setApiKey(QStringLiteral("a.b"));
    const ExportListResult r = list(c, QStringLiteral("p"));
    QCOMPARE(r.error.kind(), ApiError::Tls);
    QVERIFY(r.error.message().contains(QStringLiteral("certificate")));
}

void TestPeakaClient::redirectToOtherOriginDropsKey()
{
    DemoServer other;
    QVERIFY(other.start());
    QUrl target = other.baseUrl();
    target.setPath(QString());
    m_server->scenario().redirectApiTo = target;
    m_server->clearRequests();
    const ExportListResult r = list(*m_client, m_server->projectId());
    // The other server has no key, so it answers 401; what matters is what it received.
    QCOMPARE(r.error.kind(), ApiError::Unauthorized);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().constFirst().header("Authorization").isEmpty());
    QCOMPARE(other.requests().size(), 1);
    QVERIFY(other.requests().constFirst().header("Authorization").isEmpty());
    QVERIFY(other.requests().constFirst().url.path().endsWith(QStringLiteral("/exports")));
}

void TestPeakaClient::refusedBeforeSending()
{
    m_server->clearRequests();
    const ExportResult r = read(*m_client, m_server->projectId(), QString());
    QCOMPARE(r.error.kind(), ApiError::InvalidInput);
    PeakaClient noUrl;
    QVERIFY(!noUrl.setBaseUrl(QStringLiteral("http://partner.peaka.studio/api/v1")));
    const ExportListResult r2 = list(noUrl, QStringLiteral("p"));
    QCOMPARE(r2.error.kind(), ApiError::InvalidInput);
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestPeakaClient)
#include "tst_peakaclient.moc"
