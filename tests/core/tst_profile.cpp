// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profile.h"

#include <QTest>
#include <QUuid>

using namespace peaka;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    static Profile valid()
    {
        Profile p = Profile::create(QStringLiteral("Work"));
        p.projectIds = {QStringLiteral("proj-1")};
        return p;
    }

private slots:
    void defaults()
    {
        const Profile p = Profile::create(QStringLiteral("Work"));
        QVERIFY(!QUuid::fromString(p.id).isNull());
        QVERIFY(!p.id.contains(QLatin1Char('{')));
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("https://partner.peaka.studio/api/v1")));
        QCOMPARE(p.keyKind, KeyKind::Project);
        QVERIFY(!p.downloadFolder.isEmpty());
        QVERIFY(p.keyPrefix.isEmpty());
        QVERIFY(Profile::create().id != p.id);
    }

    void validProfileHasNoProblems()
    {
        QCOMPARE(valid().validate(), QStringList());
    }

    void emptyName()
    {
        Profile p = valid();
        p.name = QStringLiteral("  ");
        QCOMPARE(p.validate().size(), 1);
        QVERIFY(p.validate().constFirst().contains(QLatin1String("name")));
    }

    void noProjects()
    {
        Profile p = valid();
        p.projectIds.clear();
        QCOMPARE(p.validate().size(), 1);
        p.projectIds = {QStringLiteral(" "), QString()};
        QCOMPARE(p.validate().size(), 1);
        QVERIFY(p.validate().constFirst().contains(QLatin1String("project id")));
    }

    void badProjectId()
    {
        Profile p = valid();
        p.projectIds = {QStringLiteral("a/../b")};
        QCOMPARE(p.validate().size(), 1);
        p.projectIds = {QStringLiteral("a"), QStringLiteral("a")};
        QCOMPARE(p.validate().size(), 1);
    }

    void baseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << "https://partner.peaka.studio/api/v1" << true;
        QTest::newRow("https other host") << "https://peaka.example.com:8443/api/v1" << true;
        QTest::newRow("http remote") << "http://partner.peaka.studio/api/v1" << false;
        QTest::newRow("http localhost") << "http://localhost:8080/api/v1" << true;
        QTest::newRow("http LOCALHOST.") << "http://LOCALHOST.:8080/api/v1" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/api/v1" << true;
        QTest::newRow("http 127.4.5.6") << "http://127.4.5.6/api/v1" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/api/v1" << true;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/api/v1" << false;
        QTest::newRow("http localhost.evil") << "http://localhost.evil.com/api/v1" << false;
        QTest::newRow("http 127.0.0.1.nip") << "http://127.0.0.1.nip.io/" << false;
        QTest::newRow("ftp") << "ftp://partner.peaka.studio/" << false;
        QTest::newRow("no scheme") << "partner.peaka.studio/api/v1" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("user info") << "https://me:pw@partner.peaka.studio/api/v1" << false;
        QTest::newRow("query") << "https://partner.peaka.studio/api/v1?x=1" << false;
    }

    void baseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        Profile p = valid();
        p.baseUrl = QUrl(url);
        const QStringList problems = p.validate();
        QCOMPARE(problems.isEmpty(), ok);
        if (!ok)
            QCOMPARE(problems.size(), 1);
    }

    void everyProblemIsASentence()
    {
        Profile p;
        p.baseUrl = QUrl(QStringLiteral("http://example.com"));
        const QStringList problems = p.validate();
        QVERIFY(problems.size() >= 4);
        for (const QString &s : problems)
            QVERIFY2(s.endsWith(QLatin1Char('.')) && s.at(0).isUpper(), qPrintable(s));
    }

    void keyPrefixNeverTheWholeKey()
    {
        Profile p = valid();
        const QString key = QStringLiteral("TtgGcQFq.s3fzROFoop8uHG4pS2LYhoqn1rLb6oW6");
        p.setKeyPrefixFromKey(key);
        QCOMPARE(p.keyPrefix, QStringLiteral("TtgGcQFq"));
        QCOMPARE(p.maskedKey(), QStringLiteral("TtgGcQFq.\u2022\u2022\u2022\u2022"));
        QCOMPARE(p.validate(), QStringList());
        p.keyPrefix = key; // a caller mistake: must be refused
        QCOMPARE(p.validate().size(), 1);
        p.setKeyPrefixFromKey(QStringLiteral("noprefix"));
        QCOMPARE(p.keyPrefix, QString());
        QCOMPARE(p.maskedKey(), QStringLiteral("\u2022\u2022\u2022\u2022"));
    }

    void mineFilter()
    {
        Profile p = valid();
        QVERIFY(!p.startedWithMyKey(QString()));
        p.setKeyPrefixFromKey(QStringLiteral("hBWIQxjc.secret"));
        QVERIFY(p.startedWithMyKey(QStringLiteral("hBWIQxjc")));
        QVERIFY(!p.startedWithMyKey(QStringLiteral("hbwiqxjc")));
        QVERIFY(!p.startedWithMyKey(QStringLiteral("other")));
    }

    void keyKindNames()
    {
        bool ok = false;
        QCOMPARE(keyKindFromString(keyKindToString(KeyKind::Partner), &ok), KeyKind::Partner);
        QVERIFY(ok);
        QCOMPARE(keyKindFromString(QStringLiteral("Project"), &ok), KeyKind::Project);
        QVERIFY(ok);
        keyKindFromString(QStringLiteral("admin"), &ok);
        QVERIFY(!ok);
    }

    void loopback()
    {
        QVERIFY(isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.255.255.254")));
        QVERIFY(isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(isLoopbackHost(QStringLiteral("[::1]")));
        QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!isLoopbackHost(QStringLiteral("::2")));
        QVERIFY(!isLoopbackHost(QStringLiteral("mylocalhost")));
        QVERIFY(!isLoopbackHost(QString()));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
