// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog: its form, saving, editing, removing, the keychain question, zones.
#include "profiledialogfixture.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>

using namespace peaka;
using namespace peaka::gui;
using namespace peaka::test;
using Status = CredentialResult::Status;

class TestProfileDialog : public QObject, private ProfileDialogFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServer(&error), qPrintable(error));
    }

    void init() { openStores(); }
    void cleanup() { closeStores(); }

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
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
