// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain backend against a real Secret Service (gnome-keyring in a
// private D-Bus session, see run-keychain-test.sh), checked from outside with
// secret-tool. QtKeychain 0.13 stores through libsecret with the schema
// "org.qt.keychain" and attributes user=<profile id>, server=<service>, type=plaintext.
#include "credentials/credentialstore.h"
#include "credentials/keychaincredentialbackend.h"
#include "keychaintestsupport.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace peaka;
using namespace peaka::keychaintest;
using Status = CredentialResult::Status;

namespace {

const QString kService = QStringLiteral("peaka-exports");
// Made at run time, so the binary itself never holds them (the leak check reads every file).
const QString kKey1 = randomKey(QStringLiteral("hBWIQxjc"));
const QString kKey2 = randomKey(QStringLiteral("hBWIQxjc"));
const QString kKey3 = randomKey(QStringLiteral("TtgGcQFq"));

CredentialResult waitFor(CredentialJob *job)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    if (!spy.wait(30000))
        return CredentialResult::failure(Status::Other, job->operation(), QStringLiteral("timeout"));
    return spy.at(0).at(0).value<CredentialResult>();
}

QString describe(const CredentialResult &r)
{
    return credentialStatusName(r.status) + QStringLiteral(": ") + r.message;
}

} // namespace

class TestSecretService : public QObject
{
    Q_OBJECT

private:
    QString m_secretTool;
    QDateTime m_started;

    // secret-tool lookup: the stored secret, or a null string when there is none.
    QString lookup(const QString &profileId)
    {
        QString out;
        const int rc = run(m_secretTool,
                           {QStringLiteral("lookup"), QStringLiteral("user"), profileId,
                            QStringLiteral("server"), kService},
                           &out);
        return rc == 0 ? out : QString();
    }

    // secret-tool search --all: how many items exist for this profile id.
    int itemCount(const QString &profileId, QString *listing = nullptr)
    {
        QString out;
        run(m_secretTool,
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), profileId,
             QStringLiteral("server"), kService},
            &out);
        if (listing)
            *listing = out;
        return int(out.count(QStringLiteral("attribute.user = ") + profileId));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "expected a private D-Bus session from run-keychain-test.sh");
        m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        QVERIFY2(!m_secretTool.isEmpty(), "secret-tool (libsecret-tools) is needed");
        m_started = QDateTime::currentDateTime().addSecs(-2);
    }

    void writeReadUpdateDelete()
    {
        KeychainCredentialBackend backend;
        QCOMPARE(backend.serviceName(), kService);
        const QString id = Profile::newId();

        CredentialResult r = waitFor(backend.readKey(id));
        QVERIFY2(r.status == Status::NotFound, qPrintable(describe(r)));

        r = waitFor(backend.writeKey(id, kKey1));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(r.key.isEmpty());

        // From outside: the entry is there, with the attributes QtKeychain uses.
        QCOMPARE(lookup(id), kKey1);
        QString listing;
        QCOMPARE(itemCount(id, &listing), 1);
        QVERIFY2(listing.contains(QStringLiteral("attribute.server = ") + kService), qPrintable(listing));
        QVERIFY2(listing.contains(QStringLiteral("attribute.type = plaintext")), qPrintable(listing));

        r = waitFor(backend.readKey(id));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.key, kKey1);

        // A new backend (as after a restart) finds it too.
        {
            KeychainCredentialBackend fresh;
            r = waitFor(fresh.readKey(id));
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            QCOMPARE(r.key, kKey1);
        }

        // Update: overwritten in place, never a second item.
        r = waitFor(backend.writeKey(id, kKey2));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(lookup(id), kKey2);
        QCOMPARE(itemCount(id), 1);
        QCOMPARE(waitFor(backend.readKey(id)).key, kKey2);

        // Delete: gone from outside, NotFound inside; deleting again is fine.
        r = waitFor(backend.deleteKey(id));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(lookup(id), QString());
        QCOMPARE(itemCount(id), 0);
        r = waitFor(backend.readKey(id));
        QVERIFY2(r.status == Status::NotFound, qPrintable(describe(r)));
        QVERIFY(!r.message.isEmpty());
        r = waitFor(backend.deleteKey(id));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
    }

    void readsAnEntryStoredFromOutside()
    {
        const QString id = Profile::newId();
        QString out;
        const int rc = run(m_secretTool,
                           {QStringLiteral("store"), QStringLiteral("--label=Peaka Exports test"),
                            QStringLiteral("user"), id, QStringLiteral("server"), kService,
                            QStringLiteral("type"), QStringLiteral("plaintext")},
                           &out, kKey3.toUtf8());
        QVERIFY2(rc == 0, qPrintable(out));

        KeychainCredentialBackend backend;
        CredentialResult r = waitFor(backend.readKey(id));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.key, kKey3);
        QVERIFY(waitFor(backend.deleteKey(id)).ok());
        QCOMPARE(itemCount(id), 0);
    }

    void profilesDoNotShareKeys()
    {
        KeychainCredentialBackend backend;
        const QString a = Profile::newId();
        const QString b = Profile::newId();
        QVERIFY(waitFor(backend.writeKey(a, kKey1)).ok());
        QVERIFY(waitFor(backend.writeKey(b, kKey2)).ok());
        QVERIFY(waitFor(backend.deleteKey(a)).ok());
        QCOMPARE(waitFor(backend.readKey(b)).key, kKey2);
        QCOMPARE(lookup(a), QString());
        QVERIFY(waitFor(backend.deleteKey(b)).ok());
    }

    void credentialStoreOverTheRealKeychain()
    {
        CredentialStore store; // the default: the OS keychain
        QVERIFY(store.backend()->isPersistent());
        const QString id = Profile::newId();
        QVERIFY(waitFor(store.writeKey(id, kKey1)).ok());
        QCOMPARE(lookup(id), kKey1);
        QCOMPARE(waitFor(store.readKey(id)).key, kKey1);
        QVERIFY(waitFor(store.deleteKey(id)).ok());
        QCOMPARE(itemCount(id), 0);
    }

    void noKeyInAnyFile()
    {
        // gnome-keyring keeps its file encrypted under HOME: no key in clear anywhere.
        for (const QString &key : {kKey1, kKey2, kKey3}) {
            const QString secret = key.mid(key.indexOf(QLatin1Char('.')) + 1);
            const QStringList hits = leaksOf(secret, m_started);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        }
    }
};

PEAKA_KEYCHAIN_TEST_MAIN(TestSecretService, "secret-service")
#include "tst_secretservice.moc"
