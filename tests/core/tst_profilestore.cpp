// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

    static Profile make(const QString &name, const QStringList &projects = {QStringLiteral("p1")})
    {
        Profile p = Profile::create(name);
        p.projectIds = projects;
        p.keyKind = KeyKind::Partner;
        p.downloadFolder = QStringLiteral("/tmp/exports");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/api/v1"));
        p.setKeyPrefixFromKey(QStringLiteral("hBWIQxjc.TOPSECRETVALUE"));
        return p;
    }

private slots:
    void init()
    {
        QFile::remove(iniPath());
    }

    void roundTripSurvivesARestart()
    {
        const Profile a = make(QStringLiteral("Work"), {QStringLiteral("p1"), QStringLiteral("p2")});
        const Profile b = make(QStringLiteral("Acme"));
        {
            ProfileStore store(iniPath());
            QSignalSpy added(&store, &ProfileStore::profileAdded);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QVERIFY(store.isEmpty());
            QVERIFY(store.add(a));
            QVERIFY(store.add(b));
            QCOMPARE(added.size(), 2);
            QCOMPARE(added.at(0).at(0).toString(), a.id);
            QCOMPARE(changed.size(), 2);
        }
        ProfileStore reopened(iniPath());
        const QList<Profile> all = reopened.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), b); // sorted by name: Acme, Work
        QCOMPARE(all.at(1), a);
        QCOMPARE(reopened.profile(a.id).value(), a);
        QCOMPARE(reopened.profileByName(QStringLiteral("work")).value().id, a.id);
        QVERIFY(!reopened.profileByName(QStringLiteral("nope")));
        QVERIFY(!reopened.profile(QStringLiteral("nope")));
    }

    void neverStoresAKey()
    {
        const QString secret = QStringLiteral("TOPSECRETVALUE");
        {
            ProfileStore store(iniPath());
            Profile p = make(QStringLiteral("Work"));
            QVERIFY(store.add(p));
            p.keyPrefix = QStringLiteral("hBWIQxjc.") + secret; // a bug elsewhere must not leak
            QVERIFY(!store.update(p));
        }
        QFile f(iniPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("hBWIQxjc"));
        QVERIFY(!content.contains(secret.toUtf8()));
        QVERIFY(content.contains("[profiles]") || content.contains("profiles/") || content.contains("profiles\\"));
    }

    void usesGivenSettings()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        const Profile p = make(QStringLiteral("Work"));
        QVERIFY(store.add(p));
        QCOMPARE(settings.value(QStringLiteral("profiles/%1/name").arg(p.id)).toString(),
                 QStringLiteral("Work"));
        QCOMPARE(settings.value(QStringLiteral("profiles/%1/keyKind").arg(p.id)).toString(),
                 QStringLiteral("partner"));
    }

    void updateAndRemove()
    {
        ProfileStore store(iniPath());
        Profile p = make(QStringLiteral("Work"));
        QVERIFY(!store.update(p)); // unknown id
        QVERIFY(store.add(p));
        QVERIFY(!store.add(p)); // same id twice

        QSignalSpy updated(&store, &ProfileStore::profileUpdated);
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);
        p.name = QStringLiteral("Work (staging)");
        p.keyKind = KeyKind::Project;
        p.projectIds = {QStringLiteral("p9")};
        QVERIFY(store.update(p));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(store.profile(p.id).value(), p);

        QVERIFY(store.remove(p.id));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!store.contains(p.id));
        QVERIFY(!store.remove(p.id));
        QVERIFY(store.isEmpty());
    }

    void refusesInvalidAndDuplicateNames()
    {
        ProfileStore store(iniPath());
        Profile bad = make(QString());
        QVERIFY(!store.problems(bad).isEmpty());
        QVERIFY(!store.add(bad));

        QVERIFY(store.add(make(QStringLiteral("Work"))));
        const Profile twin = make(QStringLiteral(" work "));
        QCOMPARE(store.problems(twin).size(), 1);
        QVERIFY(store.problems(twin).constFirst().contains(QLatin1String("already exists")));
        QVERIFY(!store.add(twin));

        Profile evil = make(QStringLiteral("Evil"));
        evil.id = QStringLiteral("../other");
        QVERIFY(!store.add(evil));
        QCOMPARE(store.profiles().size(), 1);
    }

    void currentProfileAndProjectAreRemembered()
    {
        const Profile a = make(QStringLiteral("A"), {QStringLiteral("p1"), QStringLiteral("p2")});
        const Profile b = make(QStringLiteral("B"), {QStringLiteral("q1")});
        {
            ProfileStore store(iniPath());
            QVERIFY(store.add(a));
            QVERIFY(store.add(b));
            QCOMPARE(store.currentProfileId(), QString());
            QCOMPARE(store.currentProject(a.id), QStringLiteral("p1")); // first by default

            QSignalSpy profileSpy(&store, &ProfileStore::currentProfileChanged);
            QSignalSpy projectSpy(&store, &ProfileStore::currentProjectChanged);
            QVERIFY(store.setCurrentProfileId(a.id));
            QVERIFY(store.setCurrentProfileId(a.id)); // no change, no signal
            QCOMPARE(profileSpy.size(), 1);
            QVERIFY(!store.setCurrentProfileId(QStringLiteral("unknown")));
            QVERIFY(store.setCurrentProject(a.id, QStringLiteral("p2")));
            QVERIFY(!store.setCurrentProject(a.id, QStringLiteral("q1"))); // not a's project
            QCOMPARE(projectSpy.size(), 1);
            QCOMPARE(projectSpy.at(0).at(0).toString(), a.id);
            QCOMPARE(projectSpy.at(0).at(1).toString(), QStringLiteral("p2"));
        }
        ProfileStore store(iniPath());
        QCOMPARE(store.currentProfileId(), a.id);
        QCOMPARE(store.currentProject(a.id), QStringLiteral("p2"));
        QCOMPARE(store.currentProject(b.id), QStringLiteral("q1"));

        // The remembered project disappears from the profile: fall back to the first.
        Profile changed = a;
        changed.projectIds = {QStringLiteral("p3"), QStringLiteral("p1")};
        QVERIFY(store.update(changed));
        QCOMPARE(store.currentProject(a.id), QStringLiteral("p3"));

        // Removing the current profile clears the choice.
        QSignalSpy profileSpy(&store, &ProfileStore::currentProfileChanged);
        QVERIFY(store.remove(a.id));
        QCOMPARE(profileSpy.size(), 1);
        QCOMPARE(profileSpy.at(0).at(0).toString(), QString());
        QCOMPARE(store.currentProfileId(), QString());
        QCOMPARE(store.currentProject(a.id), QString());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
