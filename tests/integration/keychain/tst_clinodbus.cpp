// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI without any keychain (run-keychain-test.sh no-dbus): `profiles add`
// fails with the sentence and exit code 2 and leaves no profile behind;
// `--profile` says why there is no key; no file or output holds the key.
#include "keychaintestsupport.h"
#include "profiles/profilestore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace peaka;
using namespace peaka::keychaintest;

namespace {
const QString kKey = randomKey(QStringLiteral("nOkEyChn"));
}

class TestCliNoDbus : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QDateTime m_started;
    QStringList m_outputs;

    ProcessResult cli(const QStringList &args, const QByteArray &input = QByteArray())
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("PEAKA_API_KEY"));
        const ProcessResult r = runProgram(m_cli, args, e, input);
        m_outputs << r.out << r.err;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").startsWith("unix:path=/nonexistent"));
        m_cli = test::executable(QStringLiteral("src/cli/peaka-exports-cli"));
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
        m_started = QDateTime::currentDateTime().addSecs(-2);
        QFile::remove(ProfileStore::defaultSettingsPath());
    }

    void addFailsWithTheSentenceAndSavesNothing()
    {
        const ProcessResult r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Laptop"),
                                     QStringLiteral("--project"), QStringLiteral("p1"),
                                     QStringLiteral("--key-stdin"), QStringLiteral("--verbose")},
                                    kKey.toUtf8());
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.err.contains(QLatin1String("No keychain is available")), qPrintable(r.all()));
        QVERIFY(r.err.contains(QLatin1String("not saved")));
        ProfileStore store(ProfileStore::defaultSettingsPath());
        QVERIFY(store.isEmpty());
        const ProcessResult list = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.trimmed(), QStringLiteral("[\n]"));
    }

    void profileWithoutReachableKeySaysWhy()
    {
        Profile p = Profile::create(QStringLiteral("Saved"));
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v1"));
        p.projectIds = {QStringLiteral("p1")};
        {
            ProfileStore store(ProfileStore::defaultSettingsPath());
            QVERIFY(store.add(p));
        }
        ProcessResult r = cli({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Saved")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.err.contains(QLatin1String("No keychain is available")), qPrintable(r.all()));
        QVERIFY(r.err.contains(QLatin1String("PEAKA_API_KEY")));

        r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Saved")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.err.contains(QLatin1String("kept")), qPrintable(r.all()));
    }

    void noKeyAnywhere()
    {
        const QString secret = kKey.mid(kKey.indexOf(QLatin1Char('.')) + 1);
        const QStringList hits = leaksOf(secret, m_started);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        for (const QString &output : std::as_const(m_outputs))
            QVERIFY2(!output.contains(secret), qPrintable(output));
    }
};

PEAKA_KEYCHAIN_TEST_MAIN(TestCliNoDbus, "no-dbus")
#include "tst_clinodbus.moc"
