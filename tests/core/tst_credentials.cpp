// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialstore.h"
#include "credentials/inmemorycredentialbackend.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// Only the enum is used (no QtKeychain symbol), so the header alone is enough.
#include <qt6keychain/keychain.h>

using namespace peaka;
using Status = CredentialResult::Status;
using Op = CredentialResult::Operation;

Q_DECLARE_METATYPE(peaka::CredentialResult::Status)
Q_DECLARE_METATYPE(peaka::CredentialResult::Operation)

namespace {

const QString kKey = QStringLiteral("hBWIQxjc.s3fzROFoop8uHG4pS2LYhoqn1rLb6oW6");

// Waits for the job's one finished() and returns its result.
CredentialResult waitFor(CredentialJob *job)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    if (!spy.wait(5000))
        return CredentialResult::failure(Status::Other, job->operation(), QStringLiteral("timeout"));
    return spy.at(0).at(0).value<CredentialResult>();
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Op>("op");
        QTest::addColumn<Status>("expected");

        QTest::newRow("NoError") << int(QKeychain::NoError) << QString() << Op::Read << Status::Ok;
        QTest::newRow("EntryNotFound read") << int(QKeychain::EntryNotFound)
                                            << QStringLiteral("Entry not found") << Op::Read
                                            << Status::NotFound;
        QTest::newRow("EntryNotFound delete") << int(QKeychain::EntryNotFound)
                                              << QStringLiteral("Entry not found") << Op::Delete
                                              << Status::Ok;
        QTest::newRow("CouldNotDeleteEntry") << int(QKeychain::CouldNotDeleteEntry)
                                             << QStringLiteral("Could not delete") << Op::Delete
                                             << Status::Other;
        QTest::newRow("AccessDeniedByUser") << int(QKeychain::AccessDeniedByUser) << QString()
                                            << Op::Read << Status::Denied;
        QTest::newRow("AccessDenied") << int(QKeychain::AccessDenied)
                                      << QStringLiteral("Cannot get secret of a locked object")
                                      << Op::Read << Status::Denied;
        QTest::newRow("NoBackendAvailable") << int(QKeychain::NoBackendAvailable)
                                            << QStringLiteral("No keychain service available")
                                            << Op::Write << Status::Unavailable;
        QTest::newRow("NotImplemented") << int(QKeychain::NotImplemented) << QString() << Op::Read
                                        << Status::Unavailable;
        QTest::newRow("Other: secrets not provided")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << Op::Read << Status::Unavailable;
        QTest::newRow("Other: no session bus (dead address)")
            << int(QKeychain::OtherError)
            << QStringLiteral("Could not connect: No such file or directory") << Op::Write
            << Status::Unavailable;
        QTest::newRow("Other: no session bus (autolaunch)")
            << int(QKeychain::OtherError)
            << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << Op::Read
            << Status::Unavailable;
        QTest::newRow("Other: D-Bus not running (KWallet)")
            << int(QKeychain::OtherError)
            << QStringLiteral("Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is not running")
            << Op::Read << Status::Unavailable;
        QTest::newRow("Other: locked collection")
            << int(QKeychain::OtherError)
            << QStringLiteral("Cannot create an item in a locked collection") << Op::Write
            << Status::Denied;
        QTest::newRow("Other: prompt dismissed") << int(QKeychain::OtherError)
                                                 << QStringLiteral("The prompt was dismissed.")
                                                 << Op::Write << Status::Denied;
        QTest::newRow("Other: no default collection, no prompt")
            << int(QKeychain::OtherError)
            << QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
            << Op::Write << Status::Denied;
        QTest::newRow("Other: unknown") << int(QKeychain::OtherError)
                                        << QStringLiteral("Unknown error") << Op::Read
                                        << Status::Other;
        QTest::newRow("Other: empty text") << int(QKeychain::OtherError) << QString() << Op::Write
                                           << Status::Other;
        QTest::newRow("unknown future code") << 4711 << QString() << Op::Read << Status::Other;
    }

    void mapping()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(Op, op);
        QFETCH(Status, expected);
        const CredentialResult r = credentialResultFromKeychain(error, text, op);
        QCOMPARE(credentialStatusName(r.status), credentialStatusName(expected));
        QVERIFY(r.key.isEmpty());
        if (expected == Status::Ok) {
            QVERIFY(r.message.isEmpty());
        } else {
            // A whole sentence for a person, plus the technical text kept for logs.
            QVERIFY2(r.message.size() > 20 && r.message.at(0).isUpper(), qPrintable(r.message));
            if (expected == Status::Other && !text.isEmpty())
                QVERIFY2(r.message.contains(text), qPrintable(r.message));
            QCOMPARE(r.detail, text);
        }
    }

    void messagesSayWhatToDo()
    {
        const auto unavailable = CredentialResult::failure(Status::Unavailable, Op::Write);
        QVERIFY(unavailable.message.contains(QLatin1String("No keychain is available")));
        QVERIFY(unavailable.message.contains(QLatin1String("this session only")));
        const auto denied = CredentialResult::failure(Status::Denied, Op::Read);
        QVERIFY(denied.message.contains(QLatin1String("Unlock")));
        const auto other = CredentialResult::failure(Status::Other, Op::Delete, QStringLiteral("boom"));
        QVERIFY(other.message.contains(QLatin1String("could not be removed")));
        QVERIFY(other.message.contains(QLatin1String("boom")));
        const auto missing = CredentialResult::failure(Status::NotFound, Op::Read);
        QVERIFY(missing.message.contains(QLatin1String("Enter the key again")));
    }

    void inMemoryRoundTrip()
    {
        InMemoryCredentialBackend backend;
        QVERIFY(!backend.isPersistent());

        CredentialJob *job = backend.readKey(QStringLiteral("p1"));
        QVERIFY(!job->isFinished()); // never finishes inside the call
        QCOMPARE(credentialStatusName(waitFor(job).status), QStringLiteral("NotFound"));

        QVERIFY(waitFor(backend.writeKey(QStringLiteral("p1"), kKey)).ok());
        CredentialResult read = waitFor(backend.readKey(QStringLiteral("p1")));
        QVERIFY(read.ok());
        QCOMPARE(read.key, kKey);

        QVERIFY(waitFor(backend.writeKey(QStringLiteral("p1"), QStringLiteral("new.key"))).ok());
        QCOMPARE(waitFor(backend.readKey(QStringLiteral("p1"))).key, QStringLiteral("new.key"));

        QVERIFY(waitFor(backend.deleteKey(QStringLiteral("p1"))).ok());
        QVERIFY(waitFor(backend.deleteKey(QStringLiteral("p1"))).ok()); // already gone: fine
        QVERIFY(!backend.contains(QStringLiteral("p1")));
    }

    void jobFinishesOnceAndDeletesItself()
    {
        InMemoryCredentialBackend backend;
        CredentialJob *job = backend.writeKey(QStringLiteral("p1"), kKey);
        QPointer<CredentialJob> guard(job);
        QSignalSpy spy(job, &CredentialJob::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.at(0).at(0).value<CredentialResult>().key.isEmpty()); // a write never echoes
        QTRY_VERIFY(guard.isNull());
    }

    void simulatedFailure()
    {
        InMemoryCredentialBackend backend;
        backend.simulateFailure(Status::Unavailable, QStringLiteral("no bus"));
        const CredentialResult r = waitFor(backend.writeKey(QStringLiteral("p1"), kKey));
        QCOMPARE(credentialStatusName(r.status), QStringLiteral("Unavailable"));
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!backend.contains(QStringLiteral("p1")));
        backend.clearFailure();
        QVERIFY(waitFor(backend.writeKey(QStringLiteral("p1"), kKey)).ok());
    }

    void storeUsesSessionKeyWithoutTheBackend()
    {
        auto *backend = new InMemoryCredentialBackend;
        backend->simulateFailure(Status::Unavailable);
        CredentialStore store(backend);
        QCOMPARE(store.backend(), backend);

        // No keychain: writing fails with the sentence; the user chooses "this session only".
        const CredentialResult w = waitFor(store.writeKey(QStringLiteral("p1"), kKey));
        QCOMPARE(credentialStatusName(w.status), QStringLiteral("Unavailable"));
        QSignalSpy changed(&store, &CredentialStore::keyChanged);
        store.setSessionKey(QStringLiteral("p1"), kKey);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("p1"));
        QVERIFY(store.hasSessionKey(QStringLiteral("p1")));
        QVERIFY(!backend->contains(QStringLiteral("p1")));

        const CredentialResult r = waitFor(store.readKey(QStringLiteral("p1")));
        QVERIFY(r.ok());
        QCOMPARE(r.key, kKey);

        // Removing the profile: only the session had the key, so that is a success.
        QVERIFY(waitFor(store.deleteKey(QStringLiteral("p1"))).ok());
        QVERIFY(!store.hasSessionKey(QStringLiteral("p1")));
        QCOMPARE(credentialStatusName(waitFor(store.readKey(QStringLiteral("p1"))).status),
                 QStringLiteral("Unavailable"));
    }

    void storeWriteMovesKeyFromSessionToBackend()
    {
        auto *backend = new InMemoryCredentialBackend;
        CredentialStore store(backend);
        store.setSessionKey(QStringLiteral("p1"), QStringLiteral("old.key"));
        QSignalSpy changed(&store, &CredentialStore::keyChanged);
        QVERIFY(waitFor(store.writeKey(QStringLiteral("p1"), kKey)).ok());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!store.hasSessionKey(QStringLiteral("p1")));
        QCOMPARE(backend->key(QStringLiteral("p1")), kKey);
        QCOMPARE(waitFor(store.readKey(QStringLiteral("p1"))).key, kKey);

        QVERIFY(waitFor(store.deleteKey(QStringLiteral("p1"))).ok());
        QVERIFY(!backend->contains(QStringLiteral("p1")));
        QCOMPARE(credentialStatusName(waitFor(store.readKey(QStringLiteral("p1"))).status),
                 QStringLiteral("NotFound"));
    }

    void storeRefusesImplausibleKeys()
    {
        auto *backend = new InMemoryCredentialBackend;
        CredentialStore store(backend);
        for (const QString &bad : {QString(), QStringLiteral("abc def"), QStringLiteral("abc\n")}) {
            const CredentialResult r = waitFor(store.writeKey(QStringLiteral("p1"), bad));
            QCOMPARE(credentialStatusName(r.status), QStringLiteral("Other"));
            QVERIFY(!r.message.isEmpty());
        }
        QCOMPARE(backend->count(), 0);
    }

    void deniedStaysDenied()
    {
        auto *backend = new InMemoryCredentialBackend;
        backend->simulateFailure(Status::Denied);
        CredentialStore store(backend);
        const CredentialResult r = waitFor(store.deleteKey(QStringLiteral("p1")));
        QCOMPARE(credentialStatusName(r.status), QStringLiteral("Denied"));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
