// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDialog driven through its objectNames with an in-memory keychain:
// add, edit without retyping the key, remove, masked prefix, the no-keychain
// question, validation, and "Test connection" against the demo server.
#include "credentials/credentialstore.h"
#include "credentials/inmemorycredentialbackend.h"
#include "keychainfallback.h"
#include "api/peakaclient.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"

#include "demoserver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace peaka;
using namespace peaka::gui;
using Status = CredentialResult::Status;

namespace {

// Made at run time; a recognisable shape with a public prefix.
const QString kKey = QStringLiteral("hBWIQxjc.") + QUuid::createUuid().toString(QUuid::Id128);
const QString kKey2 = QStringLiteral("TtgGcQFq.") + QUuid::createUuid().toString(QUuid::Id128);

template<typename T>
T *child(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    InMemoryCredentialBackend *m_backend = nullptr;
    demo::DemoServer *m_server = nullptr;

    std::unique_ptr<ProfileDialog> newDialog()
    {
        auto d = std::make_unique<ProfileDialog>(m_profiles, m_credentials);
        d->setKeychainFallbackAsker([](QWidget *, const CredentialResult &, KeychainFallback::Answer) {
            QFAIL("the keychain question was not expected");
        });
        d->setClientFactory([](QObject *parent) {
            auto *c = new PeakaClient(parent);
            c->setRetryPolicy(RetryPolicy{0, 0, 0});
            c->setTimeoutMs(10000);
            return c;
        });
        return d;
    }

    void fill(ProfileDialog *d, const QString &name, const QString &baseUrl, const QString &key,
              const QString &projects)
    {
        auto *nameEdit = child<QLineEdit>(d, "nameEdit");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        chooseUrl(d, baseUrl);
        auto *keyEdit = child<QLineEdit>(d, "apiKeyEdit");
        keyEdit->clear();
        QTest::keyClicks(keyEdit, key);
        auto *ids = child<QPlainTextEdit>(d, "projectIdsEdit");
        ids->clear();
        const QStringList lines = projects.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(ids, Qt::Key_Return);
            QTest::keyClicks(ids, lines.at(i));
        }
    }

    // A zone's URL is chosen as that zone, any other through "Other URL…".
    void chooseUrl(ProfileDialog *d, const QString &baseUrl)
    {
        auto *zone = child<QComboBox>(d, "zoneCombo");
        const int index = zone->findData(baseUrl);
        zone->setCurrentIndex(index >= 0 ? index : 2);
        if (index >= 0)
            return;
        auto *url = child<QLineEdit>(d, "baseUrlEdit");
        url->clear();
        QTest::keyClicks(url, baseUrl);
    }

    void chooseKind(ProfileDialog *d, KeyKind kind)
    {
        auto *combo = child<QComboBox>(d, "keyKindCombo");
        combo->setCurrentIndex(combo->findData(QVariant::fromValue(kind)));
    }

    QPushButton *saveButton(ProfileDialog *d) { return child<QPushButton>(d, "saveButton"); }

    // Adds a profile through the dialog and returns its id.
    QString addProfile(const QString &name, const QString &key)
    {
        auto d = newDialog();
        d->show();
        fill(d.get(), name, QStringLiteral("https://partner.peaka.studio/api/v1"), key,
             QStringLiteral("p-one, p-two"));
        chooseKind(d.get(), KeyKind::Partner); // two projects need a Partner key
        QSignalSpy saved(d.get(), &ProfileDialog::profileSaved);
        QTest::mouseClick(saveButton(d.get()), Qt::LeftButton);
        if (!saved.wait(5000))
            return {};
        return saved.at(0).at(0).toString();
    }

    QString iniText() const
    {
        QFile f(m_profiles->settings()->fileName());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = new demo::DemoServer(this);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles = new ProfileStore(m_dir.filePath(QStringLiteral("profiles.ini")), this);
        m_backend = new InMemoryCredentialBackend;
        m_credentials = new CredentialStore(m_backend, this);
    }

    void cleanup()
    {
        delete m_profiles;
        delete m_credentials;
        m_profiles = nullptr;
        m_credentials = nullptr;
        m_backend = nullptr;
    }

    void controlsHaveNamesAndDefaults()
    {
        auto d = newDialog();
        d->show();
        QCOMPARE(d->mode(), ProfileDialog::Mode::Add);
        QCOMPARE(child<QComboBox>(d.get(), "zoneCombo")->currentIndex(), 0); // US
        QVERIFY(!child<QLineEdit>(d.get(), "baseUrlEdit")->isVisible());
        QCOMPARE(d->profileFromForm().baseUrl, QUrl(QStringLiteral("https://partner.peaka.studio/api/v1")));
        QCOMPARE(child<QLineEdit>(d.get(), "apiKeyEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QLineEdit>(d.get(), "downloadFolderEdit")->text().isEmpty());
        QVERIFY(!child<QPushButton>(d.get(), "removeButton")->isVisible());
        for (const char *name : {"nameEdit", "zoneCombo", "baseUrlEdit", "keyKindCombo", "apiKeyEdit", "projectIdsEdit",
                                 "downloadFolderEdit", "browseButton", "testButton", "testResultsList",
                                 "saveButton", "cancelButton", "removeButton"}) {
            QWidget *w = child<QWidget>(d.get(), name);
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
        // Tab order: name -> zone -> kind -> key -> projects -> folder -> browse (the hidden
        // URL field and, with a Project key, the hidden chooser button are skipped).
        QWidget *w = child<QWidget>(d.get(), "nameEdit");
        for (const char *next : {"zoneCombo", "keyKindCombo", "apiKeyEdit", "projectIdsEdit",
                                 "downloadFolderEdit", "browseButton", "testButton", "testResultsList"}) {
            w = w->nextInFocusChain();
            while (w && (w->focusPolicy() == Qt::NoFocus || !w->isVisible()))
                w = w->nextInFocusChain();
            QVERIFY(w);
            QCOMPARE(w->objectName(), QString::fromLatin1(next));
        }
    }

    void showToggleRevealsTheKey()
    {
        auto d = newDialog();
        d->show();
        auto *keyEdit = child<QLineEdit>(d.get(), "apiKeyEdit");
        auto *toggle = keyEdit->findChild<QAction *>(QStringLiteral("showKeyAction"));
        QVERIFY(toggle);
        toggle->trigger();
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
        toggle->trigger();
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    }

    void validationIsInline()
    {
        auto d = newDialog();
        d->show();
        auto *problems = child<QLabel>(d.get(), "problemsLabel");
        QVERIFY(!saveButton(d.get())->isEnabled());
        QVERIFY(problems->text().contains(QLatin1String("Enter a name")));
        QVERIFY(problems->text().contains(QLatin1String("Paste the API key")));
        fill(d.get(), QStringLiteral("Prod"), QStringLiteral("http://example.com/api/v1"), kKey,
             QStringLiteral("p1"));
        QVERIFY2(problems->text().contains(QLatin1String("https://")), qPrintable(problems->text()));
        QVERIFY(!saveButton(d.get())->isEnabled());
        child<QLineEdit>(d.get(), "baseUrlEdit")->setText(QStringLiteral("https://example.com/api/v1"));
        QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
        QVERIFY(saveButton(d.get())->isEnabled());

        // A second profile with the same name is refused.
        QVERIFY(!addProfile(QStringLiteral("Prod"), kKey2).isEmpty());
        QVERIFY(problems->text().isEmpty()); // the form does not re-check by itself
        child<QLineEdit>(d.get(), "nameEdit")->setText(QStringLiteral("prod"));
        QVERIFY2(problems->text().contains(QLatin1String("already exists")), qPrintable(problems->text()));
        QVERIFY(!saveButton(d.get())->isEnabled());
    }

    void addStoresProfileAndKeyAndShowsOnlyThePrefix()
    {
        const QString id = addProfile(QStringLiteral("Finance"), kKey);
        QVERIFY(!id.isEmpty());
        const auto p = m_profiles->profile(id);
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("Finance"));
        QCOMPARE(p->projectIds, (QStringList{QStringLiteral("p-one"), QStringLiteral("p-two")}));
        QCOMPARE(p->keyPrefix, QStringLiteral("hBWIQxjc"));
        QCOMPARE(m_backend->key(id), kKey);
        QVERIFY(!m_credentials->hasSessionKey(id));
        const QString secret = kKey.section(QLatin1Char('.'), 1);
        QVERIFY(!iniText().isEmpty());
        QVERIFY(!iniText().contains(secret));

        // Reopened: only the public prefix, an empty key field that says it keeps the key.
        auto d = newDialog();
        QVERIFY(d->editProfile(id));
        d->show();
        QCOMPARE(d->mode(), ProfileDialog::Mode::Edit);
        const QString stored = child<QLabel>(d.get(), "storedKeyLabel")->text();
        QVERIFY2(stored.contains(QStringLiteral("hBWIQxjc.\u2022\u2022\u2022\u2022")), qPrintable(stored));
        QVERIFY(!stored.contains(secret));
        auto *keyEdit = child<QLineEdit>(d.get(), "apiKeyEdit");
        QVERIFY(keyEdit->text().isEmpty());
        QVERIFY(keyEdit->placeholderText().contains(QLatin1String("keep")));
        QVERIFY(child<QPushButton>(d.get(), "removeButton")->isVisible());
        for (QWidget *w : d->findChildren<QWidget *>()) {
            if (auto *label = qobject_cast<QLabel *>(w))
                QVERIFY(!label->text().contains(secret));
        }
    }

    void editWithoutRetypingKeepsTheKey()
    {
        const QString id = addProfile(QStringLiteral("Finance"), kKey);
        QVERIFY(!id.isEmpty());
        auto d = newDialog();
        QVERIFY(d->editProfile(id));
        d->show();
        auto *nameEdit = child<QLineEdit>(d.get(), "nameEdit");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, QStringLiteral("Finance (prod)"));
        child<QComboBox>(d.get(), "keyKindCombo")->setCurrentIndex(0); // Partner
        QSignalSpy saved(d.get(), &ProfileDialog::profileSaved);
        QSignalSpy keyChanged(m_credentials, &CredentialStore::keyChanged);
        QTest::mouseClick(saveButton(d.get()), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QCOMPARE(keyChanged.count(), 0);
        QCOMPARE(m_backend->key(id), kKey);
        const auto p = m_profiles->profile(id);
        QCOMPARE(p->name, QStringLiteral("Finance (prod)"));
        QCOMPARE(p->keyKind, KeyKind::Partner);
        QCOMPARE(p->keyPrefix, QStringLiteral("hBWIQxjc"));
    }

    void editWithANewKeyReplacesIt()
    {
        const QString id = addProfile(QStringLiteral("Finance"), kKey);
        auto d = newDialog();
        QVERIFY(d->editProfile(id));
        d->show();
        QTest::keyClicks(child<QLineEdit>(d.get(), "apiKeyEdit"), kKey2);
        QSignalSpy saved(d.get(), &ProfileDialog::profileSaved);
        QTest::mouseClick(saveButton(d.get()), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_backend->key(id), kKey2);
        QCOMPARE(m_profiles->profile(id)->keyPrefix, QStringLiteral("TtgGcQFq"));
    }

    void removeDeletesTheKeychainEntry()
    {
        const QString id = addProfile(QStringLiteral("Finance"), kKey);
        QVERIFY(m_backend->contains(id));
        auto d = newDialog();
        int asked = 0;
        d->setRemoveConfirmer([&asked](QWidget *, const QString &name, std::function<void(bool)> answer) {
            ++asked;
            QCOMPARE(name, QStringLiteral("Finance"));
            answer(true);
        });
        QVERIFY(d->editProfile(id));
        d->show();
        QSignalSpy removed(d.get(), &ProfileDialog::profileRemoved);
        QTest::mouseClick(child<QPushButton>(d.get(), "removeButton"), Qt::LeftButton);
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(asked, 1);
        QVERIFY(!m_backend->contains(id));
        QVERIFY(!m_profiles->contains(id));
    }

    void removeIsKeptWhenTheKeychainRefuses()
    {
        const QString id = addProfile(QStringLiteral("Finance"), kKey);
        m_backend->simulateFailure(Status::Denied);
        auto d = newDialog();
        d->setRemoveConfirmer([](QWidget *, const QString &, std::function<void(bool)> a) { a(true); });
        QVERIFY(d->editProfile(id));
        d->show();
        QSignalSpy failed(d.get(), &ProfileDialog::saveFailed);
        QTest::mouseClick(child<QPushButton>(d.get(), "removeButton"), Qt::LeftButton);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(m_profiles->contains(id));
        QVERIFY(child<QLabel>(d.get(), "saveStatusLabel")->text().contains(QLatin1String("kept")));
    }

    void noKeychainSessionOnlyChoice_data()
    {
        QTest::addColumn<Status>("status");
        QTest::newRow("unavailable") << Status::Unavailable;
        QTest::newRow("denied") << Status::Denied;
    }

    void noKeychainSessionOnlyChoice()
    {
        QFETCH(Status, status);
        m_backend->simulateFailure(status);
        auto d = newDialog();
        int asked = 0;
        d->setKeychainFallbackAsker(KeychainFallback::fixedAnswer(KeychainFallback::Choice::SessionOnly, &asked));
        d->show();
        fill(d.get(), QStringLiteral("Laptop"), QStringLiteral("https://partner.peaka.studio/api/v1"), kKey,
             QStringLiteral("p1"));
        QSignalSpy saved(d.get(), &ProfileDialog::profileSaved);
        QTest::mouseClick(saveButton(d.get()), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(asked, 1);
        const QString id = saved.at(0).at(0).toString();
        QVERIFY(m_credentials->hasSessionKey(id));
        QCOMPARE(m_backend->count(), 0);
        QCOMPARE(m_profiles->profile(id)->keyPrefix, QStringLiteral("hBWIQxjc"));
        QVERIFY(!iniText().contains(kKey.section(QLatin1Char('.'), 1)));

        // The session key is what a reader gets.
        QSignalSpy read(m_credentials->readKey(id), &CredentialJob::finished);
        QVERIFY(read.wait(2000));
        QCOMPARE(read.at(0).at(0).value<CredentialResult>().key, kKey);
    }

    void noKeychainCancelSavesNothing()
    {
        m_backend->simulateFailure(Status::Unavailable);
        auto d = newDialog();
        d->setKeychainFallbackAsker(KeychainFallback::fixedAnswer(KeychainFallback::Choice::Cancel));
        d->show();
        fill(d.get(), QStringLiteral("Laptop"), QStringLiteral("https://partner.peaka.studio/api/v1"), kKey,
             QStringLiteral("p1"));
        QSignalSpy failed(d.get(), &ProfileDialog::saveFailed);
        QTest::mouseClick(saveButton(d.get()), Qt::LeftButton);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(d->isVisible());
        QVERIFY(m_profiles->isEmpty());
        QCOMPARE(m_credentials->sessionKeys()->count(), 0);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("No keychain")));
        QVERIFY(saveButton(d.get())->isEnabled()); // the user can try again
    }

    void defaultQuestionBoxOffersSessionOnly()
    {
        m_backend->simulateFailure(Status::Unavailable);
        auto d = newDialog();
        d->setKeychainFallbackAsker(KeychainFallback::messageBoxAsker());
        d->show();
        fill(d.get(), QStringLiteral("Laptop"), QStringLiteral("https://partner.peaka.studio/api/v1"), kKey,
             QStringLiteral("p1"));
        QSignalSpy saved(d.get(), &ProfileDialog::profileSaved);
        QTest::mouseClick(saveButton(d.get()), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = d->findChild<QMessageBox *>(QStringLiteral("keychainFallbackBox"))));
        QVERIFY(box->informativeText().contains(QLatin1String("never written to disk")));
        auto *session = box->findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
        QVERIFY(session);
        QCOMPARE(session->text(), QStringLiteral("Use this key for this session only"));
        QTest::mouseClick(session, Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(m_credentials->hasSessionKey(saved.at(0).at(0).toString()));
    }

    QStringList testSentences(ProfileDialog *d)
    {
        QSignalSpy finished(d, &ProfileDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(d, "testButton"), Qt::LeftButton);
        if (!finished.wait(20000))
            return {};
        auto *list = child<QListWidget>(d, "testResultsList");
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << (list->item(i)->data(Qt::UserRole).toBool() ? QStringLiteral("OK ") : QStringLiteral("ERR "))
                       + list->item(i)->text();
        return out;
    }

    void testConnectionProjectKeyOnOtherProject()
    {
        auto d = newDialog();
        d->show();
        const QString other = m_server->otherProjectId();
        fill(d.get(), QStringLiteral("Demo"), m_server->baseUrl().toString(), m_server->projectKey().key,
             m_server->projectId() + QStringLiteral("\n") + other);
        const QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 2);
        QVERIFY2(s.at(0).startsWith(QLatin1String("OK ")), qPrintable(s.at(0)));
        QVERIFY2(s.at(1).startsWith(QLatin1String("ERR ")), qPrintable(s.at(1)));
        QVERIFY2(s.at(1).contains(QStringLiteral("this key has no access to project %1 (a Project key sees only its own project)")
                                      .arg(other)),
                 qPrintable(s.at(1)));
        QVERIFY(child<QPushButton>(d.get(), "testButton")->isEnabled());
    }

    void testConnectionWrongKeyAndUnknownProject()
    {
        auto d = newDialog();
        d->show();
        fill(d.get(), QStringLiteral("Demo"), m_server->baseUrl().toString(),
             QStringLiteral("WrOnGkey.notarealsecret000000000"), m_server->projectId());
        QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).contains(QLatin1String("ERR ")) && s.at(0).contains(QLatin1String("the key was rejected")),
                 qPrintable(s.at(0)));

        child<QLineEdit>(d.get(), "apiKeyEdit")->setText(m_server->partnerKey().key);
        child<QPlainTextEdit>(d.get(), "projectIdsEdit")->setPlainText(QStringLiteral("no-such-project"));
        s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).contains(QLatin1String("no such project")), qPrintable(s.at(0)));
    }

    void testConnectionClosedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        auto d = newDialog();
        d->show();
        fill(d.get(), QStringLiteral("Demo"), QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port),
             QStringLiteral("abc.def"), QStringLiteral("p1"));
        const QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).contains(QLatin1String("Could not reach 127.0.0.1")), qPrintable(s.at(0)));
        QVERIFY(child<QLabel>(d.get(), "testStatusLabel")->text().contains(QLatin1String("could not be listed")));
    }

    void testConnectionInEditModeUsesTheStoredKey()
    {
        Profile p = Profile::create(QStringLiteral("Demo"));
        p.baseUrl = m_server->baseUrl();
        p.projectIds = {m_server->projectId()};
        p.setKeyPrefixFromKey(m_server->partnerKey().key);
        QVERIFY(m_profiles->add(p));
        m_backend->setKey(p.id, m_server->partnerKey().key);
        auto d = newDialog();
        QVERIFY(d->editProfile(p.id));
        d->show();
        const QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).startsWith(QLatin1String("OK ")), qPrintable(s.at(0)));
    }

    void zonesChooseTheUrl()
    {
        auto d = newDialog();
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        auto *zone = child<QComboBox>(d.get(), "zoneCombo");
        auto *url = child<QLineEdit>(d.get(), "baseUrlEdit");
        QCOMPARE(zone->count(), 3);
        QCOMPARE(zone->itemText(2), QStringLiteral("Other URL\u2026"));
        QCOMPARE(child<QLabel>(d.get(), "zoneLabel")->buddy(), zone);
        // By keyboard: the zone is one Tab after the name; Down picks EU.
        child<QLineEdit>(d.get(), "nameEdit")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), zone);
        QTest::keyClick(zone, Qt::Key_Down);
        QCOMPARE(zone->currentIndex(), 1);
        QVERIFY(!url->isVisible());
        fill(d.get(), QStringLiteral("EU"), QStringLiteral("https://partner.eu.peaka.studio/api/v1"), kKey,
             QStringLiteral("p1"));
        QSignalSpy saved(d.get(), &ProfileDialog::profileSaved);
        QTest::mouseClick(saveButton(d.get()), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        const QString euId = saved.at(0).at(0).toString();
        QCOMPARE(m_profiles->profile(euId)->baseUrl, QUrl(QStringLiteral("https://partner.eu.peaka.studio/api/v1")));

        // "Other URL…" shows the field and puts the cursor in it.
        auto e = newDialog();
        e->show();
        QVERIFY(QTest::qWaitForWindowExposed(e.get()));
        auto *zone2 = child<QComboBox>(e.get(), "zoneCombo");
        zone2->setFocus();
        QTest::keyClick(zone2, Qt::Key_End);
        QCOMPARE(zone2->currentIndex(), 2);
        auto *url2 = child<QLineEdit>(e.get(), "baseUrlEdit");
        QVERIFY(url2->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), url2);
        url2->selectAll();
        QTest::keyClicks(url2, QStringLiteral("https://staging.example.com/api/v1/"));
        QCOMPARE(e->profileFromForm().baseUrl.host(), QStringLiteral("staging.example.com"));
        // Back to a zone: the field goes, the zone's URL is what counts.
        QTest::keyClick(zone2, Qt::Key_Home);
        QVERIFY(!url2->isVisible());
        QCOMPARE(e->profileFromForm().baseUrl, QUrl(QStringLiteral("https://partner.peaka.studio/api/v1")));

        // Reopened: a zone's URL shows as the zone, any other as "Other URL…" with its text.
        auto f = newDialog();
        QVERIFY(f->editProfile(euId));
        f->show();
        QCOMPARE(child<QComboBox>(f.get(), "zoneCombo")->currentIndex(), 1);
        QVERIFY(!child<QLineEdit>(f.get(), "baseUrlEdit")->isVisible());
        Profile custom = Profile::create(QStringLiteral("Staging"));
        custom.baseUrl = QUrl(QStringLiteral("https://staging.example.com/api/v1"));
        custom.projectIds = {QStringLiteral("p1")};
        QVERIFY(m_profiles->add(custom));
        auto g = newDialog();
        QVERIFY(g->editProfile(custom.id));
        g->show();
        QCOMPARE(child<QComboBox>(g.get(), "zoneCombo")->currentIndex(), 2);
        QVERIFY(child<QLineEdit>(g.get(), "baseUrlEdit")->isVisible());
        QCOMPARE(child<QLineEdit>(g.get(), "baseUrlEdit")->text(), custom.baseUrl.toString());
    }

    void projectKeyWithTwoProjectsIsRefused()
    {
        auto d = newDialog();
        d->show();
        fill(d.get(), QStringLiteral("Two"), QStringLiteral("https://partner.peaka.studio/api/v1"), kKey,
             QStringLiteral("p1\np2"));
        chooseKind(d.get(), KeyKind::Project);
        auto *problems = child<QLabel>(d.get(), "problemsLabel");
        QVERIFY2(problems->text().contains(QLatin1String("A Project key works for one project only, but 2 project ids are listed")),
                 qPrintable(problems->text()));
        QVERIFY(problems->isVisible());
        QVERIFY(!saveButton(d.get())->isEnabled());
        QSignalSpy failed(d.get(), &ProfileDialog::saveFailed);
        d->save();
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_profiles->isEmpty());
        // The sentence is shown whole: the label is as tall as its wrapped text needs.
        QTRY_VERIFY(problems->height() >= problems->heightForWidth(problems->width()));
        // A Partner key may have two; a Project key with one is fine again.
        chooseKind(d.get(), KeyKind::Partner);
        QVERIFY(saveButton(d.get())->isEnabled());
        chooseKind(d.get(), KeyKind::Project);
        child<QPlainTextEdit>(d.get(), "projectIdsEdit")->setPlainText(QStringLiteral("p1"));
        QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
        QVERIFY(saveButton(d.get())->isEnabled());
    }

    void testTellsTheKeyKindApart()
    {
        auto d = newDialog();
        d->show();
        auto *warning = child<QLabel>(d.get(), "keyKindWarningLabel");
        // A Project key marked as a Partner key: the projects list answers 403.
        fill(d.get(), QStringLiteral("Demo"), m_server->baseUrl().toString(), m_server->projectKey().key,
             m_server->projectId());
        chooseKind(d.get(), KeyKind::Partner);
        QVERIFY(!warning->isVisible());
        QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).startsWith(QLatin1String("OK ")), qPrintable(s.at(0)));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("so it is a Project key")), qPrintable(warning->text()));
        QCOMPARE(d->keyKindWarning(), warning->text());
        QVERIFY(saveButton(d.get())->isEnabled()); // it still works for its project: a warning, not a refusal
        // Choosing the kind the server showed clears it.
        chooseKind(d.get(), KeyKind::Project);
        QVERIFY(!warning->isVisible());

        // A Partner key marked as a Project key.
        child<QLineEdit>(d.get(), "apiKeyEdit")->setText(m_server->partnerKey().key);
        s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("so it is a Partner key")), qPrintable(warning->text()));
        QTRY_VERIFY(warning->height() >= warning->heightForWidth(warning->width()));
        // Another key is untested: no warning about it.
        child<QLineEdit>(d.get(), "apiKeyEdit")->setText(kKey);
        QVERIFY(!warning->isVisible());
    }

    void testSummaryWrapsUnderItsButton()
    {
        auto d = newDialog();
        d->resize(420, d->height());
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        auto *button = child<QPushButton>(d.get(), "testButton");
        auto *summary = child<QLabel>(d.get(), "testStatusLabel");
        auto *list = child<QListWidget>(d.get(), "testResultsList");
        QVERIFY(summary->wordWrap());
        // A long sentence (the keychain's, a URL error) is not cut: below the button, as wide as the list.
        QTest::mouseClick(button, Qt::LeftButton); // no project id yet
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(QLatin1String("project id")));
        const QPoint summaryTop = summary->mapTo(d.get(), QPoint(0, 0));
        const QPoint buttonTop = button->mapTo(d.get(), QPoint(0, 0));
        QVERIFY(summaryTop.y() >= buttonTop.y() + button->height());
        QCOMPARE(summary->width(), list->width());
        QTRY_VERIFY(summary->height() >= summary->heightForWidth(summary->width()));
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
