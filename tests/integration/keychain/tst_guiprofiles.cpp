// SPDX-License-Identifier: GPL-3.0-or-later
// The profile dialog over the real Secret Service (run-keychain-test.sh
// secret-service) and the in-process demo server, with a generated key:
// add + Test connection + save, a "restart" that reads the key back, edit
// without retyping, remove. Every qDebug/qInfo/qWarning of the process is
// captured; afterwards neither the log nor any file under HOME (or written
// during the test) may hold the key.
#include "credentials/credentialjob.h"
#include "credentials/credentialstore.h"
#include "keychaintestsupport.h"
#include "api/peakaclient.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"

#include "demoserver.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace peaka;
using namespace peaka::gui;
using namespace peaka::keychaintest;

namespace {

const QString kService = QStringLiteral("peaka-exports");
const QString kKey = randomKey(QStringLiteral("gUiLeAkY"));

CredentialResult waitFor(CredentialJob *job)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    if (!spy.wait(30000))
        return CredentialResult::failure(CredentialResult::Status::Other, job->operation(), QStringLiteral("timeout"));
    return spy.at(0).at(0).value<CredentialResult>();
}

} // namespace

class TestGuiProfiles : public QObject
{
    Q_OBJECT

private:
    QString m_secretTool;
    QDateTime m_started;
    demo::DemoServer *m_server = nullptr;
    QString m_id;

    QString lookup(const QString &profileId)
    {
        QString out;
        const int rc = run(m_secretTool, {QStringLiteral("lookup"), QStringLiteral("user"), profileId,
                                          QStringLiteral("server"), kService},
                           &out);
        return rc == 0 ? out : QString();
    }

    QStringList runTest(ProfileDialog *d)
    {
        QSignalSpy finished(d, &ProfileDialog::testFinished);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        if (!finished.wait(30000))
            return {QStringLiteral("no result")};
        auto *list = d->findChild<QListWidget *>(QStringLiteral("testResultsList"));
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << (list->item(i)->data(Qt::UserRole).toBool() ? QStringLiteral("OK ") : QStringLiteral("ERR "))
                       + list->item(i)->text();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "expected a private D-Bus session from run-keychain-test.sh");
        m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        QVERIFY2(!m_secretTool.isEmpty(), "secret-tool (libsecret-tools) is needed");
        m_started = QDateTime::currentDateTime().addSecs(-2);
        // Log everything the process says, at every level, into the capture.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        LogCapture::start();
        m_server = new demo::DemoServer(this);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        demo::DemoKey key;
        key.key = kKey;
        key.userId = QStringLiteral("u-leak");
        key.userName = QStringLiteral("Leak Test");
        key.partner = true;
        m_server->addKey(key);
    }

    void addTestAndSave()
    {
        ProfileStore profiles(ProfileStore::defaultSettingsPath());
        CredentialStore credentials; // the real keychain
        ProfileDialog d(&profiles, &credentials);
        d.setKeychainFallbackAsker([](QWidget *, const CredentialResult &r, KeychainFallback::Answer) {
            QFAIL(qPrintable(QStringLiteral("the keychain failed: ") + r.message));
        });
        d.show();
        d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Leak test"));
        d.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(m_server->baseUrl().toString());
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")), kKey);
        d.findChild<QPlainTextEdit *>(QStringLiteral("projectIdsEdit"))
            ->setPlainText(m_server->projectId() + QLatin1Char('\n') + m_server->otherProjectId());
        d.findChild<QComboBox *>(QStringLiteral("keyKindCombo"))->setCurrentIndex(0); // two projects: a Partner key
        const QStringList s = runTest(&d);
        QCOMPARE(s.size(), 2);
        QVERIFY2(s.at(0).startsWith(QLatin1String("OK ")), qPrintable(s.join(QLatin1Char('\n'))));

        QSignalSpy saved(&d, &ProfileDialog::profileSaved);
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        m_id = saved.at(0).at(0).toString();
        QCOMPARE(lookup(m_id), kKey);
        QVERIFY(!credentials.hasSessionKey(m_id));
    }

    void restartReadsTheKeyAndEditKeepsIt()
    {
        QVERIFY(!m_id.isEmpty());
        ProfileStore profiles(ProfileStore::defaultSettingsPath());
        CredentialStore credentials; // as after a restart
        const CredentialResult r = waitFor(credentials.readKey(m_id));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.key, kKey);

        ProfileDialog d(&profiles, &credentials);
        QVERIFY(d.editProfile(m_id));
        d.show();
        const QStringList s = runTest(&d); // with the key from the keychain
        QVERIFY2(s.value(0).startsWith(QLatin1String("OK ")), qPrintable(s.join(QLatin1Char('\n'))));
        d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Leak test 2"));
        QSignalSpy saved(&d, &ProfileDialog::profileSaved);
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        QCOMPARE(lookup(m_id), kKey);
        QCOMPARE(profiles.profile(m_id)->name, QStringLiteral("Leak test 2"));
    }

    void removeDeletesTheEntry()
    {
        ProfileStore profiles(ProfileStore::defaultSettingsPath());
        CredentialStore credentials;
        ProfileDialog d(&profiles, &credentials);
        d.setRemoveConfirmer([](QWidget *, const QString &, std::function<void(bool)> yes) { yes(true); });
        QVERIFY(d.editProfile(m_id));
        d.show();
        QSignalSpy removed(&d, &ProfileDialog::profileRemoved);
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 30000);
        QCOMPARE(lookup(m_id), QString());
        QVERIFY(!profiles.contains(m_id));
    }

    void noKeyInLogsOrFiles()
    {
        const QString secret = kKey.mid(kKey.indexOf(QLatin1Char('.')) + 1);
        const QStringList log = LogCapture::lines();
        QVERIFY2(log.size() > 3, "expected the app's own log lines to be captured");
        const QStringList seen = secretSightings(secret, m_started);
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
        // The demo server did receive it: the check above is meaningful.
        bool sent = false;
        for (const demo::RecordedRequest &r : m_server->requests())
            sent = sent || r.header("Authorization").contains(secret.toUtf8());
        QVERIFY(sent);
    }

    void cleanupTestCase()
    {
        LogCapture::stop();
    }
};

int main(int argc, char **argv)
{
    peaka::keychaintest::ensureWrapped(argc, argv, "secret-service");
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("PeakaKeychainTest"));
    app.setApplicationName(QStringLiteral("TestGuiProfiles"));
    TestGuiProfiles tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_guiprofiles.moc"
