// SPDX-License-Identifier: GPL-3.0-or-later
// No D-Bus session at all (run-keychain-test.sh no-dbus): every keychain call
// must end as Unavailable with the user's sentence, promptly, without a crash
// and without writing the key anywhere (QtKeychain's plain-text fallback is off).
#include "credentials/credentialstore.h"
#include "credentials/keychaincredentialbackend.h"
#include "keychaintestsupport.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace peaka;
using namespace peaka::keychaintest;
using Status = CredentialResult::Status;

namespace {

// Made at run time, so the binary itself never holds it (the leak check reads every file).
const QString kKey = randomKey(QStringLiteral("nObUsKey"));
const QString kSecret = kKey.mid(kKey.indexOf(QLatin1Char('.')) + 1);

CredentialResult waitFor(CredentialJob *job)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    if (!spy.wait(30000))
        return CredentialResult::failure(Status::Other, job->operation(), QStringLiteral("timeout"));
    return spy.at(0).at(0).value<CredentialResult>();
}

} // namespace

class TestNoDbus : public QObject
{
    Q_OBJECT

private:
    QDateTime m_started;

    void expectUnavailable(const CredentialResult &r)
    {
        // What QtKeychain said, for the record (never holds a key).
        qInfo().noquote() << "QtKeychain reported:" << r.detail << "->"
                          << credentialStatusName(r.status);
        QVERIFY2(r.status == Status::Unavailable,
                 qPrintable(credentialStatusName(r.status) + QStringLiteral(": ") + r.detail));
        QVERIFY(r.message.contains(QLatin1String("No keychain is available")));
        QVERIFY(r.key.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").startsWith("unix:path=/nonexistent"));
        QVERIFY(!qEnvironmentVariableIsSet("DISPLAY"));
        m_started = QDateTime::currentDateTime().addSecs(-2);
    }

    void writeReadDeleteAreUnavailable()
    {
        KeychainCredentialBackend backend;
        const QString id = Profile::newId();
        QElapsedTimer timer;
        timer.start();
        expectUnavailable(waitFor(backend.writeKey(id, kKey)));
        expectUnavailable(waitFor(backend.readKey(id)));
        expectUnavailable(waitFor(backend.deleteKey(id)));
        QVERIFY2(timer.elapsed() < 20000, "the keychain calls must fail promptly");
    }

    void sessionOnlyKeyStillWorks()
    {
        CredentialStore store; // the real keychain backend, unreachable here
        const QString id = Profile::newId();
        expectUnavailable(waitFor(store.writeKey(id, kKey)));

        // The user chooses "Use this key for this session only".
        store.setSessionKey(id, kKey);
        const CredentialResult r = waitFor(store.readKey(id));
        QVERIFY(r.ok());
        QCOMPARE(r.key, kKey);

        // Removing the profile succeeds: the session held the only copy.
        QVERIFY(waitFor(store.deleteKey(id)).ok());
        QVERIFY(!store.hasSessionKey(id));
    }

    void noFileHoldsTheKey()
    {
        const QStringList hits = leaksOf(kSecret, m_started);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

PEAKA_KEYCHAIN_TEST_MAIN(TestNoDbus, "no-dbus")
#include "tst_nodbus.moc"
