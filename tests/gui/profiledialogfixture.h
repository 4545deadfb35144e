// SPDX-License-Identifier: GPL-3.0-or-later
// The shared set-up of the connection dialog's tests (tst_profiledialog*): a
// profile store in a temporary folder, an in-memory keychain, a started demo
// server, and helpers that fill the form the way a user types.
#pragma once

#include "api/peakaclient.h"
#include "credentials/credentialstore.h"
#include "credentials/inmemorycredentialbackend.h"
#include "demoserver.h"
#include "keychainfallback.h"
#include "namedchild.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace peaka::test {

// Made at run time; a recognisable shape with a public prefix.
inline const QString kKey = QStringLiteral("hBWIQxjc.") + QUuid::createUuid().toString(QUuid::Id128);
inline const QString kKey2 = QStringLiteral("TtgGcQFq.") + QUuid::createUuid().toString(QUuid::Id128);

class ProfileDialogFixture
{
protected:
    using ProfileDialog = gui::ProfileDialog;
    using KeychainFallback = gui::KeychainFallback;

    QTemporaryDir m_dir;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    InMemoryCredentialBackend *m_backend = nullptr;
    std::unique_ptr<demo::DemoServer> m_server;

    // initTestCase(): false (with the reason in errorString) when the server does not start.
    bool startServer(QString *errorString)
    {
        m_server = std::make_unique<demo::DemoServer>();
        if (m_server->start())
            return m_dir.isValid();
        *errorString = m_server->errorString();
        return false;
    }

    // init(): a fresh profile store and keychain for each test.
    void openStores()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles = new ProfileStore(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_backend = new InMemoryCredentialBackend;
        m_credentials = new CredentialStore(m_backend);
    }

    // cleanup()
    void closeStores()
    {
        delete m_profiles;
        delete m_credentials;
        m_profiles = nullptr;
        m_credentials = nullptr;
        m_backend = nullptr;
    }

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
};

} // namespace peaka::test
