// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up in the app's order (MainWindowAssembly, ProfileConnections,
// attachProfiles, show, event loop): the keychain is not asked before the
// window is shown, the window says "Connecting…" (never the welcome page)
// while a saved connection's key is read, then shows that connection, or the
// keychain's sentence in the banner. A keychain that answers when told.
#include "credentials/credentialbackend.h"
#include "credentials/credentialstore.h"
#include "errorbanner.h"
#include "guitestwindow.h"
#include "profileconnections.h"
#include "profiles/profilestore.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>

#include <memory>

using namespace peaka;
using namespace peaka::gui;

namespace {

// Holds every read until finishReads(); notes whether the window was visible
// when the read was asked for.
class HeldKeychain final : public CredentialBackend
{
public:
    QWidget *window = nullptr;
    int reads = 0;
    bool windowVisibleAtFirstRead = false;
    QList<QPointer<CredentialJob>> held;

    CredentialJob *readKey(const QString &profileId) override
    {
        if (reads++ == 0)
            windowVisibleAtFirstRead = window && window->isVisible();
        auto *job = new CredentialJob(CredentialResult::Operation::Read, profileId, this);
        held.append(job);
        return job;
    }
    CredentialJob *writeKey(const QString &profileId, const QString &) override { return done(CredentialResult::Operation::Write, profileId); }
    CredentialJob *deleteKey(const QString &profileId) override { return done(CredentialResult::Operation::Delete, profileId); }
    bool isPersistent() const override { return true; }

    void finishReads(const CredentialResult &result)
    {
        for (const QPointer<CredentialJob> &job : std::as_const(held)) {
            if (job)
                job->finish(result);
        }
        held.clear();
    }

private:
    CredentialJob *done(CredentialResult::Operation op, const QString &profileId)
    {
        auto *job = new CredentialJob(op, profileId, this);
        job->finish(CredentialResult::success());
        return job;
    }
};

} // namespace

class TestStartupDeferral : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t; // the demo server and the fresh settings
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<CredentialStore> credentials;
    HeldKeychain *keychain = nullptr;
    std::unique_ptr<MainWindowAssembly> app;
    std::unique_ptr<ProfileConnections> connections;

    // main.cpp's order, up to (not including) show().
    void assemble()
    {
        profiles = std::make_unique<ProfileStore>(dir->filePath(QStringLiteral("profiles.ini")));
        keychain = new HeldKeychain;
        credentials = std::make_unique<CredentialStore>(keychain);
        app = std::make_unique<MainWindowAssembly>();
        app->notifier()->setSystemTrayEnabled(false);
        keychain->window = app->window();
        connections = std::make_unique<ProfileConnections>(profiles.get(), credentials.get());
        app->attachProfiles(connections.get());
    }

    void addProfile()
    {
        ProfileStore store(dir->filePath(QStringLiteral("profiles.ini")));
        Profile p = Profile::create(QStringLiteral("Saved"));
        p.baseUrl = t.server->baseUrl();
        p.keyKind = KeyKind::Partner;
        p.projectIds = {t.server->projectId()};
        p.setKeyPrefixFromKey(t.server->partnerKey().key);
        QVERIFY(store.add(p));
    }

    QWidget *find(const char *name) const { return app->window()->findChild<QWidget *>(QLatin1String(name)); }
    bool connecting() const { return find("connectingLabel")->isVisible(); }
    bool welcoming() const { return find("addConnectionButton")->isVisible(); }
    bool browsing() const { return find("browsePage")->isVisible(); }

private slots:
    void init()
    {
        QVERIFY(t.startServer());
        dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        connections.reset();
        app.reset();
        credentials.reset();
        profiles.reset();
        keychain = nullptr;
        dir.reset();
        t.reset();
    }

    void keyIsReadAfterTheWindowIsShownAndConnectingShowsMeanwhile()
    {
        addProfile();
        assemble();
        QCOMPARE(keychain->reads, 0); // nothing asked while the window is being built
        app->window()->show();
        QVERIFY(connecting());
        QVERIFY(!welcoming());
        QTRY_COMPARE(keychain->reads, 1);
        QVERIFY(keychain->windowVisibleAtFirstRead);
        // The key is not in yet: still "Connecting…", no welcome, no picker.
        QCoreApplication::processEvents();
        QVERIFY(connecting());
        QVERIFY(!welcoming());
        QCOMPARE(app->window()->findChild<QComboBox *>(QStringLiteral("connectionCombo"))->count(), 0);

        keychain->finishReads(CredentialResult::success(t.server->partnerKey().key));
        QTRY_VERIFY(browsing());
        QVERIFY(!connecting());
        QCOMPARE(app->window()->currentConnection().name, QStringLiteral("Saved"));
        QTRY_VERIFY(app->model()->rowCount() > 0); // the key was used: the list came from the server
    }

    void keychainErrorIsShownInTheBannerAsBefore()
    {
        addProfile();
        assemble();
        app->window()->show();
        QVERIFY(connecting());
        QTRY_COMPARE(keychain->reads, 1);
        const CredentialResult failure = CredentialResult::failure(
            CredentialResult::Status::Unavailable, CredentialResult::Operation::Read, QStringLiteral("locked"));
        keychain->finishReads(failure);
        QTRY_VERIFY(browsing());
        auto *banner = app->window()->findChild<ErrorBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->message(), failure.message); // the keychain's own sentence, as before
        QVERIFY(!connecting());
    }

    void withoutSavedConnectionsTheWelcomePageComesAtOnce()
    {
        assemble();
        QSignalSpy published(connections.get(), &ProfileConnections::published);
        app->window()->show();
        QVERIFY(welcoming());
        QVERIFY(!connecting());
        // Nothing to read; the welcome stays once the profiles have started.
        QTRY_COMPARE(published.count(), 1);
        QVERIFY(welcoming());
        QCOMPARE(keychain->reads, 0);
    }
};

QTEST_MAIN(TestStartupDeferral)
#include "tst_startupdeferral.moc"
