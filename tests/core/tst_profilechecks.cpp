// SPDX-License-Identifier: GPL-3.0-or-later
// Key-kind rules of the profile form, project labels (names shown instead of
// ids, told apart by workspace), the store keeping them beside the ids (and
// reading older profiles without them), and ProjectNameFiller against the demo server.
#include "api/peakaclient.h"
#include "profiles/profilechecks.h"
#include "profiles/profilestore.h"
#include "profiles/projectlabel.h"
#include "profiles/projectnamefiller.h"

#include "demoserver.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;

Q_DECLARE_METATYPE(peaka::KeyKind)

class TestProfileChecks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

private slots:
    void init() { QFile::remove(iniPath()); }

    void projectKeyHasOneProject_data()
    {
        QTest::addColumn<KeyKind>("kind");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<bool>("refused");
        QTest::newRow("project, one") << KeyKind::Project << QStringList{"a"} << false;
        QTest::newRow("project, two") << KeyKind::Project << QStringList{"a", "b"} << true;
        QTest::newRow("project, a repeat is one") << KeyKind::Project << QStringList{"a", " a "} << false;
        QTest::newRow("partner, two") << KeyKind::Partner << QStringList{"a", "b"} << false;
    }

    void projectKeyHasOneProject()
    {
        QFETCH(KeyKind, kind);
        QFETCH(QStringList, ids);
        QFETCH(bool, refused);
        Profile p = Profile::create(QStringLiteral("P"));
        p.keyKind = kind;
        p.projectIds = ids;
        const QStringList problems = ProfileChecks::problems(p);
        QCOMPARE(!problems.isEmpty(), refused);
        if (refused)
            QVERIFY2(problems.constFirst().contains(QLatin1String("one project only, but 2 project ids")),
                     qPrintable(problems.constFirst()));
    }

    void kindFromTheProjectsList_data()
    {
        QTest::addColumn<KeyKind>("chosen");
        QTest::addColumn<int>("answer"); // ApiError::Kind
        QTest::addColumn<QString>("says");
        QTest::newRow("partner listed") << KeyKind::Partner << int(ApiError::None) << QString();
        QTest::newRow("partner 403") << KeyKind::Partner << int(ApiError::Forbidden) << QStringLiteral("so it is a Project key");
        QTest::newRow("project 403") << KeyKind::Project << int(ApiError::Forbidden) << QString();
        QTest::newRow("project listed") << KeyKind::Project << int(ApiError::None) << QStringLiteral("so it is a Partner key");
        QTest::newRow("401 says nothing") << KeyKind::Partner << int(ApiError::Unauthorized) << QString();
        QTest::newRow("network says nothing") << KeyKind::Project << int(ApiError::Network) << QString();
    }

    void kindFromTheProjectsList()
    {
        QFETCH(KeyKind, chosen);
        QFETCH(int, answer);
        QFETCH(QString, says);
        const ApiError error = answer == ApiError::None ? ApiError() : ApiError(ApiError::Kind(answer), 403);
        const QString sentence = ProfileChecks::kindMismatch(chosen, error);
        if (says.isEmpty())
            QVERIFY2(sentence.isEmpty(), qPrintable(sentence));
        else
            QVERIFY2(sentence.contains(says), qPrintable(sentence));
    }

    void splitProjectIds()
    {
        QCOMPARE(ProfileChecks::splitProjectIds(QStringLiteral(" a, b;c\n a\t d ")),
                 (QStringList{"a", "b", "c", "d"}));
    }

    void displayNames_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("names, else ids") << QStringList{"p1", "p2"} << QStringList{"Sales", "p2"};
        QTest::newRow("same name, other workspace") << QStringList{"p1", "p3"}
                                                    << QStringList{"Sales (Europe)", "Sales (Americas)"};
        QTest::newRow("same name, same workspace") << QStringList{"p1", "p4"}
                                                   << QStringList{"Sales (Europe, p1)", "sales (Europe, p4)"};
        QTest::newRow("same name, no workspace") << QStringList{"p5", "p6"}
                                                 << QStringList{"Ops (p5)", "Ops (p6)"};
        // An unnamed id shows as itself; the named one says where it lives.
        QTest::newRow("a name like an id") << QStringList{"p1", "Sales"} << QStringList{"Sales (Europe)", "Sales"};
    }

    void displayNames()
    {
        QFETCH(QStringList, ids);
        QFETCH(QStringList, expected);
        ProjectLabels labels;
        labels.insert("p1", {"Sales", "Europe"});
        labels.insert("p3", {"Sales", "Americas"});
        labels.insert("p4", {"sales", "Europe"});
        labels.insert("p5", {"Ops", {}});
        labels.insert("p6", {"Ops", {}});
        QCOMPARE(ProjectLabelText::displayNames(ids, labels), expected);
        QCOMPARE(ProjectLabelText::toolTip("p1", labels.value("p1")), QStringLiteral("Project id: p1\nWorkspace: Europe"));
        QCOMPARE(ProjectLabelText::toolTip("p2", {}), QStringLiteral("Project id: p2"));
        // Where the id must show too: "name (id)", the id alone without a name.
        QCOMPARE(ProjectLabelText::namesWithIds({"p1", "p2", "p5"}, labels),
                 (QStringList{"Sales (p1)", "p2", "Ops (p5)"}));
    }

    void storeKeepsNamesBesideIdsAndReadsOldProfiles()
    {
        Profile p = Profile::create(QStringLiteral("Work"));
        p.keyKind = KeyKind::Partner;
        p.projectIds = {"p1", "p2", "p3"};
        p.projectLabels.insert("p1", {"Sales, EU", "Europe"});
        p.projectLabels.insert("p3", {"Ops", {}});
        p.projectLabels.insert("gone", {"Not listed", {}}); // not one of the ids: not stored
        {
            ProfileStore store(iniPath());
            QVERIFY(store.add(p));
        }
        ProfileStore store(iniPath());
        const auto back = store.profile(p.id);
        QVERIFY(back);
        QCOMPARE(back->projectIds, p.projectIds);
        QCOMPARE(back->projectLabels.size(), 2);
        QCOMPARE(back->labelOf("p1"), (ProjectLabel{"Sales, EU", "Europe"}));
        QVERIFY(back->labelOf("p2").isEmpty());
        QCOMPARE(back->labelOf("p3").name, QStringLiteral("Ops"));

        // A profile written before names were kept: ids only, names empty, still usable.
        {
            QSettings ini(iniPath(), QSettings::IniFormat);
            ini.remove(QStringLiteral("profiles/%1/projectNames").arg(p.id));
            ini.remove(QStringLiteral("profiles/%1/projectWorkspaces").arg(p.id));
        }
        ProfileStore old(iniPath());
        const auto legacy = old.profile(p.id);
        QVERIFY(legacy);
        QCOMPARE(legacy->projectIds, p.projectIds);
        QVERIFY(legacy->projectLabels.isEmpty());
        QVERIFY(old.problems(*legacy).isEmpty());
    }

    void fillerNamesAPartnerProfileOnce()
    {
        demo::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ProfileStore store(iniPath());
        Profile p = Profile::create(QStringLiteral("Partner"));
        p.keyKind = KeyKind::Partner;
        p.baseUrl = server.baseUrl();
        p.projectIds = {server.projectId(), QStringLiteral("prj_unlisted")};
        QVERIFY(store.add(p));
        Profile q = Profile::create(QStringLiteral("Project"));
        q.keyKind = KeyKind::Project;
        q.baseUrl = server.baseUrl();
        q.projectIds = {server.projectId()};
        QVERIFY(store.add(q));

        PeakaClient client;
        QVERIFY(client.setBaseUrl(server.baseUrl().toString()));
        client.setApiKey(server.partnerKey().key);
        ProjectNameFiller filler(&store);
        QSignalSpy filled(&filler, &ProjectNameFiller::namesFilled);
        filler.connectionOpened(p.id, &client);
        QVERIFY(filled.wait(10000));
        QCOMPARE(filled.at(0).at(1).toInt(), 1);
        const auto named = store.profile(p.id);
        QCOMPARE(named->labelOf(server.projectId()), (ProjectLabel{"Analytics", "Default"}));
        QVERIFY(named->labelOf("prj_unlisted").isEmpty()); // the key does not list it: the id stays

        // Once per session: opening it again asks nothing, even with a name missing.
        server.clearRequests();
        filler.connectionOpened(p.id, &client);
        // A Project key is never asked (it would get 403).
        PeakaClient projectClient;
        QVERIFY(projectClient.setBaseUrl(server.baseUrl().toString()));
        projectClient.setApiKey(server.projectKey().key);
        filler.connectionOpened(q.id, &projectClient);
        QVERIFY(!filler.hasAsked(q.id));
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(store.profile(q.id)->projectLabels.isEmpty());
    }
};

QTEST_MAIN(TestProfileChecks)
#include "tst_profilechecks.moc"
