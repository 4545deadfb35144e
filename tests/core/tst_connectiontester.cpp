// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" against the demo server: one sentence per project for
// success, 401, 403, 404 and network failures.
#include "api/connectiontester.h"
#include "api/peakaclient.h"

#include "demoserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace peaka;

class TestConnectionTester : public QObject
{
    Q_OBJECT

private:
    demo::DemoServer *m_server = nullptr;

    QList<ProjectCheck> runChecks(const QUrl &baseUrl, const QString &key, const QStringList &projects)
    {
        PeakaClient client;
        client.setRetryPolicy(RetryPolicy{0, 0, 0});
        client.setTimeoutMs(10000);
        if (!client.setBaseUrl(baseUrl.toString()))
            return {};
        client.setApiKey(key);
        ConnectionTester tester;
        QSignalSpy checked(&tester, &ConnectionTester::projectChecked);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(&client, projects);
        if (!finished.wait(20000))
            return {};
        const auto checks = finished.at(0).at(0).value<QList<ProjectCheck>>();
        if (checked.count() != checks.size())
            return {};
        return checks;
    }

private slots:
    void initTestCase()
    {
        m_server = new demo::DemoServer(this);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void sentences_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << ApiError::Unauthorized << QStringLiteral("the key was rejected");
        QTest::newRow("403") << ApiError::Forbidden
                             << QStringLiteral("this key has no access to project P1 (a Project key sees only its own project)");
        QTest::newRow("404") << ApiError::NotFound << QStringLiteral("no such project");
        QTest::newRow("network") << ApiError::Network << QStringLiteral("Could not reach");
        QTest::newRow("tls") << ApiError::Tls << QStringLiteral("certificate");
        QTest::newRow("timeout") << ApiError::Timeout << QStringLiteral("did not answer");
    }

    void sentences()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, expected);
        const QString s = ConnectionTester::sentenceFor(QStringLiteral("P1"), ApiError(kind));
        QVERIFY2(s.startsWith(QLatin1String("Project P1: ")), qPrintable(s));
        QVERIFY2(s.contains(expected), qPrintable(s));
    }

    void partnerKeyReachesBothProjects()
    {
        const auto checks = runChecks(m_server->baseUrl(), m_server->partnerKey().key,
                                      {m_server->projectId(), m_server->otherProjectId()});
        QCOMPARE(checks.size(), 2);
        for (const ProjectCheck &c : checks)
            QVERIFY2(c.ok(), qPrintable(c.sentence));
        QCOMPARE(checks.at(0).projectId, m_server->projectId());
        QVERIFY2(checks.at(0).sentence.contains(QLatin1String("connected")), qPrintable(checks.at(0).sentence));
    }

    void projectKeyOnOtherProjectIs403NamingIt()
    {
        const QString other = m_server->otherProjectId();
        const auto checks = runChecks(m_server->baseUrl(), m_server->projectKey().key,
                                      {m_server->projectId(), other});
        QCOMPARE(checks.size(), 2);
        QVERIFY2(checks.at(0).ok(), qPrintable(checks.at(0).sentence));
        QCOMPARE(checks.at(1).error.kind(), ApiError::Forbidden);
        QVERIFY2(checks.at(1).sentence.contains(
                     QStringLiteral("this key has no access to project %1 (a Project key sees only its own project)")
                         .arg(other)),
                 qPrintable(checks.at(1).sentence));
    }

    void wrongKeyIs401()
    {
        const QString wrong = QStringLiteral("WrOnGkey.notarealsecretatall000000");
        const auto checks = runChecks(m_server->baseUrl(), wrong, {m_server->projectId()});
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).error.kind(), ApiError::Unauthorized);
        QVERIFY2(checks.at(0).sentence.contains(QLatin1String("the key was rejected")),
                 qPrintable(checks.at(0).sentence));
        QVERIFY(!checks.at(0).sentence.contains(wrong));
    }

    void unknownProjectIs404()
    {
        const auto checks = runChecks(m_server->baseUrl(), m_server->partnerKey().key,
                                      {QStringLiteral("no-such-project")});
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).error.kind(), ApiError::NotFound);
        QVERIFY2(checks.at(0).sentence.contains(QLatin1String("no such project")),
                 qPrintable(checks.at(0).sentence));
    }

    void closedPortIsANetworkSentence()
    {
        // A port that was free a moment ago: nothing listens there.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port));
        const auto checks = runChecks(url, QStringLiteral("abc.def"), {QStringLiteral("p1")});
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).error.kind(), ApiError::Network);
        QVERIFY2(checks.at(0).sentence.contains(QLatin1String("Could not reach 127.0.0.1")),
                 qPrintable(checks.at(0).sentence));
    }

    void emptyListFinishesAsynchronously()
    {
        PeakaClient client;
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(&client, {});
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.at(0).at(0).value<QList<ProjectCheck>>().isEmpty());
        QVERIFY(!tester.isRunning());
    }

    void abortStopsSignals()
    {
        PeakaClient client;
        QVERIFY(client.setBaseUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(&client, {QStringLiteral("p")});
        tester.abort();
        QVERIFY(!finished.wait(300));
    }
};

QTEST_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
