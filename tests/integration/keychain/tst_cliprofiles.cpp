// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's profiles against a real Secret Service (run-keychain-test.sh
// secret-service) and a spawned peaka-demo-server: `profiles add --key-stdin`,
// then `list --profile NAME` works without PEAKA_API_KEY (the key comes from
// the keychain), `profiles remove` deletes the keychain entry (secret-tool
// confirms), and a leak check over HOME, every file written and all output.
#include "keychaintestsupport.h"
#include "profiles/profilestore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace peaka;
using namespace peaka::keychaintest;

namespace {

const QString kService = QStringLiteral("peaka-exports");
// Made at run time, so no file of the build holds it before the test runs.
const QString kLeakKey = randomKey(QStringLiteral("LeAkCaNy"));

QString secretOf(const QString &key)
{
    return key.mid(key.indexOf(QLatin1Char('.')) + 1);
}

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QString m_secretTool;
    QDateTime m_started;
    DemoServerProcess m_server;
    QStringList m_outputs; // every stdout/stderr the CLI produced

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"PEAKA_API_KEY", "PEAKA_BASE_URL", "PEAKA_PROJECT"})
            e.remove(QString::fromLatin1(name));
        return e;
    }

    ProcessResult cli(const QStringList &args, const QByteArray &input = QByteArray())
    {
        const ProcessResult r = runProgram(m_cli, args, env(), input);
        m_outputs << r.out << r.err;
        return r;
    }

    QString describe(const ProcessResult &r) const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
    }

    QString lookup(const QString &profileId)
    {
        QString out;
        const int rc = run(m_secretTool, {QStringLiteral("lookup"), QStringLiteral("user"), profileId,
                                          QStringLiteral("server"), kService},
                           &out);
        return rc == 0 ? out : QString();
    }

    QString profileId(const QString &name)
    {
        ProfileStore store(ProfileStore::defaultSettingsPath());
        const auto p = store.profileByName(name);
        return p ? p->id : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "expected a private D-Bus session from run-keychain-test.sh");
        m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        QVERIFY2(!m_secretTool.isEmpty(), "secret-tool (libsecret-tools) is needed");
        m_cli = test::executable(QStringLiteral("src/cli/peaka-exports-cli"));
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
        m_started = QDateTime::currentDateTime().addSecs(-2);
        QVERIFY2(m_server.start(test::executable(QStringLiteral("src/demoserver/peaka-demo-server"))),
                 qPrintable(m_server.errorString()));
        QVERIFY(!m_server.value(QStringLiteral("PEAKA_PROJECT_KEY")).isEmpty());
        QFile::remove(ProfileStore::defaultSettingsPath());
    }

    void refusesAKeyOnTheCommandLine()
    {
        const ProcessResult r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("X"),
                                     QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--key"),
                                     QStringLiteral("abc.def")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("--key-stdin")), qPrintable(describe(r)));
        QVERIFY(profileId(QStringLiteral("X")).isEmpty());
    }

    void addListUseRemove()
    {
        const QString key = m_server.value(QStringLiteral("PEAKA_PROJECT_KEY"));
        const QString baseUrl = m_server.value(QStringLiteral("PEAKA_BASE_URL"));
        const QString project = m_server.value(QStringLiteral("PEAKA_PROJECT"));
        const QString other = m_server.value(QStringLiteral("PEAKA_OTHER_PROJECT"));

        ProcessResult r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Demo"),
                               QStringLiteral("--base-url"), baseUrl, QStringLiteral("--kind"),
                               QStringLiteral("project"), QStringLiteral("--project"), project,
                               QStringLiteral("--project"), other, QStringLiteral("--key-stdin")},
                              key.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString id = profileId(QStringLiteral("Demo"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(lookup(id), key); // from outside: the entry is in the Secret Service

        // The same name again is refused before the key is read.
        r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("demo"),
                 QStringLiteral("--project"), project, QStringLiteral("--key-stdin")},
                key.toUtf8());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(describe(r)));

        r = cli({QStringLiteral("profiles"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("Demo")));
        QVERIFY(r.out.contains(QStringLiteral("hBWIQxjc.\u2022\u2022\u2022\u2022")));
        QVERIFY(r.out.contains(project + QLatin1Char(',') + other));

        r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.at(0)[QLatin1String("name")].toString(), QStringLiteral("Demo"));
        QCOMPARE(arr.at(0)[QLatin1String("keyKind")].toString(), QStringLiteral("project"));
        QCOMPARE(arr.at(0)[QLatin1String("apiKeyPrefix")].toString(), QStringLiteral("hBWIQxjc"));

        // No PEAKA_API_KEY: the key comes from the keychain; base URL and project from the profile.
        r = cli({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Demo"),
                 QStringLiteral("--verbose"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(!QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty(), qPrintable(describe(r)));

        // --project overrides the profile's: a Project key on another project is 403 (exit 4).
        r = cli({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Demo"),
                 QStringLiteral("--project"), other, QStringLiteral("--verbose")});
        QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("403")), qPrintable(describe(r)));

        // PEAKA_API_KEY still overrides the profile's key.
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("PEAKA_API_KEY"), QStringLiteral("WrOnGkey.notthekey00000000"));
        const ProcessResult overridden = runProgram(m_cli, {QStringLiteral("list"), QStringLiteral("--profile"),
                                                            QStringLiteral("Demo")}, e);
        m_outputs << overridden.out << overridden.err;
        QVERIFY2(overridden.exitCode == 4, qPrintable(describe(overridden)));
        QVERIFY2(overridden.err.contains(QLatin1String("401")), qPrintable(describe(overridden)));

        r = cli({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("No profile named")), qPrintable(describe(r)));

        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(lookup(id), QString()); // gone from the Secret Service
        QVERIFY(profileId(QStringLiteral("Demo")).isEmpty());
    }

    void leakCheckWithAGeneratedKey()
    {
        const QString baseUrl = m_server.value(QStringLiteral("PEAKA_BASE_URL"));
        const QString project = m_server.value(QStringLiteral("PEAKA_PROJECT"));
        ProcessResult r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Leaky"),
                               QStringLiteral("--base-url"), baseUrl, QStringLiteral("--kind"),
                               QStringLiteral("partner"), QStringLiteral("--project"), project,
                               QStringLiteral("--download-folder"), QDir::homePath() + QStringLiteral("/dl"),
                               QStringLiteral("--key-stdin"), QStringLiteral("--verbose")},
                              kLeakKey.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString id = profileId(QStringLiteral("Leaky"));
        QCOMPARE(lookup(id), kLeakKey);
        // The demo server does not know this key: the call goes out with it and is refused.
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("show")}) {
            QStringList args{command, QStringLiteral("--profile"), QStringLiteral("leaky"), QStringLiteral("--verbose")};
            if (command == QLatin1String("show"))
                args << QStringLiteral("00000000-0000-0000-0000-000000000000");
            r = cli(args);
            QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        }
        r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--verbose")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Leaky"),
                 QStringLiteral("--verbose")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(lookup(id), QString());
    }

    void noKeyInAnyFileOrOutput()
    {
        const QString demoKey = m_server.value(QStringLiteral("PEAKA_PROJECT_KEY"));
        for (const QString &key : {kLeakKey, demoKey}) {
            const QString secret = secretOf(key);
            QVERIFY(secret.size() >= 16);
            // The demo key is compiled into the demo server (and every binary linking it, which a
            // build may just have relinked in the working folder): for it, HOME and output only.
            const QStringList hits = key == kLeakKey ? leaksOf(secret, m_started)
                                                     : filesContaining(QDir::homePath(), secret);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
            for (const QString &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(secret), qPrintable(output));
        }
        QVERIFY(m_outputs.size() > 10);
        // The profile file exists and holds only the public prefix.
        QVERIFY(QFile::exists(ProfileStore::defaultSettingsPath()));
    }
};

PEAKA_KEYCHAIN_TEST_MAIN(TestCliProfiles, "secret-service")
#include "tst_cliprofiles.moc"
