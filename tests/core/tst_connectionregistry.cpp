// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/peakaclient.h"
#include "connections/connectionkey.h"
#include "connections/connectionregistry.h"

#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace peaka;

class TestConnectionRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyIsAValue()
    {
        const ConnectionKey a{QStringLiteral("p1"), QStringLiteral("proj")};
        const ConnectionKey same{QStringLiteral("p1"), QStringLiteral("proj")};
        const ConnectionKey otherProject{QStringLiteral("p1"), QStringLiteral("other")};
        const ConnectionKey otherProfile{QStringLiteral("p2"), QStringLiteral("proj")};
        QVERIFY(a == same);
        QVERIFY(a != otherProject);
        QVERIFY(a != otherProfile);
        QCOMPARE(qHash(a, 7), qHash(same, 7));
        QSet<ConnectionKey> set{a, same, otherProject, otherProfile};
        QCOMPARE(set.size(), 3);
        QVERIFY(a.isValid());
        QVERIFY(!ConnectionKey{}.isValid());
        QVERIFY(!(ConnectionKey{QStringLiteral("p1"), {}}.isValid()));
        QVERIFY(!a.isDemo());
        QCOMPARE(a.toString(), QStringLiteral("p1/proj"));
        // The demo is a connection too, with its fixed profile id.
        const ConnectionKey demo = ConnectionKey::demo(QStringLiteral("proj"));
        QVERIFY(demo.isDemo());
        QVERIFY(demo.isValid());
        QCOMPARE(demo.profileId, ConnectionKey::demoProfileId());
        QVariant v = QVariant::fromValue(a);
        QCOMPARE(v.value<ConnectionKey>(), a);
    }

    void oneClientPerConnection()
    {
        ConnectionRegistry registry;
        QSignalSpy opened(&registry, &ConnectionRegistry::opened);
        QVERIFY(registry.open(QStringLiteral("p1"), QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")),
                              QStringLiteral("aaaa.secret1")));
        QVERIFY(registry.open(QStringLiteral("p2"), QUrl(QStringLiteral("http://127.0.0.1:2/api/v1")),
                              QStringLiteral("bbbb.secret2")));
        QCOMPARE(opened.size(), 2);
        PeakaClient *one = registry.client(ConnectionKey{QStringLiteral("p1"), QStringLiteral("a")});
        PeakaClient *two = registry.client(ConnectionKey{QStringLiteral("p2"), QStringLiteral("a")});
        QVERIFY(one && two && one != two);
        // Every project of a profile shares its connection's client.
        QCOMPARE(registry.client(ConnectionKey{QStringLiteral("p1"), QStringLiteral("b")}), one);
        QCOMPARE(one->baseUrl().port(), 1);
        QCOMPARE(two->baseUrl().port(), 2);
        QCOMPARE(one->apiKeyPrefix(), QStringLiteral("aaaa"));
        QCOMPARE(two->apiKeyPrefix(), QStringLiteral("bbbb"));
        QVERIFY(registry.isOpen(QStringLiteral("p1")));
        QVERIFY(!registry.client(QStringLiteral("nope")));
        const QStringList ids = registry.openProfileIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), (QSet<QString>{QStringLiteral("p1"), QStringLiteral("p2")}));
    }

    void updatingKeepsTheClient()
    {
        ConnectionRegistry registry;
        QVERIFY(registry.open(QStringLiteral("p1"), QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")),
                              QStringLiteral("aaaa.secret")));
        PeakaClient *client = registry.client(QStringLiteral("p1"));
        QSignalSpy updated(&registry, &ConnectionRegistry::updated);
        QSignalSpy opened(&registry, &ConnectionRegistry::opened);
        QVERIFY(registry.open(QStringLiteral("p1"), QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")),
                              QStringLiteral("aaaa.secret")));
        QCOMPARE(updated.size(), 0); // nothing changed
        QVERIFY(registry.open(QStringLiteral("p1"), QUrl(QStringLiteral("http://127.0.0.1:3/api/v1/")),
                              QStringLiteral("cccc.other")));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(registry.client(QStringLiteral("p1")), client);
        QCOMPARE(client->baseUrl().port(), 3);
        QCOMPARE(client->apiKeyPrefix(), QStringLiteral("cccc"));

        // A refused URL leaves the connection as it was, with a sentence.
        QString error;
        QVERIFY(!registry.open(QStringLiteral("p1"), QUrl(QStringLiteral("http://example.com/api")),
                               QStringLiteral("dddd.x"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(client->baseUrl().port(), 3);
        QCOMPARE(client->apiKeyPrefix(), QStringLiteral("cccc"));
        QVERIFY(!registry.open(QString(), QUrl(QStringLiteral("http://127.0.0.1:1")), {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!registry.open(QStringLiteral("p9"), QUrl(QStringLiteral("http://example.com/api")), {}));
        QVERIFY(!registry.isOpen(QStringLiteral("p9")));
    }

    void closingEndsTheClient()
    {
        ConnectionRegistry registry;
        QVERIFY(registry.open(QStringLiteral("p1"), QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")), {}));
        QPointer<PeakaClient> held = registry.client(QStringLiteral("p1"));
        QSignalSpy closed(&registry, &ConnectionRegistry::closed);
        registry.close(QStringLiteral("p1"));
        QCOMPARE(closed.size(), 1);
        QVERIFY(!registry.client(QStringLiteral("p1")));
        QTRY_VERIFY(held.isNull()); // deleted later: work holding it sees nullptr
        registry.close(QStringLiteral("p1"));
        QCOMPARE(closed.size(), 1);

        QVERIFY(registry.open(QStringLiteral("a"), QUrl(QStringLiteral("http://127.0.0.1:1")), {}));
        QVERIFY(registry.open(QStringLiteral("b"), QUrl(QStringLiteral("http://127.0.0.1:2")), {}));
        registry.closeAll();
        QVERIFY(registry.openProfileIds().isEmpty());
        QCOMPARE(closed.size(), 3);
    }

    void configurerReachesEveryClient()
    {
        ConnectionRegistry registry;
        QVERIFY(registry.open(QStringLiteral("p1"), QUrl(QStringLiteral("http://127.0.0.1:1")), {}));
        registry.setClientConfigurer([](PeakaClient *c) { c->setTimeoutMs(1234); });
        QCOMPARE(registry.client(QStringLiteral("p1"))->timeoutMs(), 1234);
        QVERIFY(registry.open(QStringLiteral("p2"), QUrl(QStringLiteral("http://127.0.0.1:2")), {}));
        QCOMPARE(registry.client(QStringLiteral("p2"))->timeoutMs(), 1234);
    }
};

QTEST_GUILESS_MAIN(TestConnectionRegistry)
#include "tst_connectionregistry.moc"
