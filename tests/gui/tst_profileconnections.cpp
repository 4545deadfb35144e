// SPDX-License-Identifier: GPL-3.0-or-later
// Saved profiles in the real MainWindow: ProfileConnections over a ProfileStore
// (temporary INI) and a CredentialStore with an in-memory keychain, against the
// real demo server on loopback. Picker, switching, "restart", key problems in
// the banner, the connection dialogs, and the demo beside the profiles.
#include "credentials/credentialresult.h"
#include "credentials/credentialstore.h"
#include "demoserver.h"
#include "guitestwindow.h"
#include "errorbanner.h"
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"
#include "credentials/inmemorycredentialbackend.h"
#include "exports/livepoller.h"
#include "mainwindow.h"
#include "mainwindowassembly.h"
#include "connections/connectionregistry.h"
#include "api/peakaclient.h"
#include "cache/exportlistcachelink.h"
#include "profileconnections.h"
#include "profiledialog.h"
#include "profilemanagerdialog.h"
#include "profiles/profilestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoServer;

namespace {

const QString kPartner = QStringLiteral("Partner key");
const QString kProject = QStringLiteral("Project key");

QString entry(const QString &name, const QString &project)
{
    return name + QStringLiteral(" · ") + project;
}

} // namespace

class TestProfileConnections : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<DemoServer> server;
    QHash<QString, QString> keychain; // what the "OS keychain" holds between runs

    // One run of the app; stop() tears it down in the app's order.
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<CredentialStore> credentials;
    InMemoryCredentialBackend *backend = nullptr;
    test::GuiTestWindow t; // the app: t.app, t.window (the server is this test's own)
    PeakaClient *currentClient() const { return t.app->registry()->client(t.window->currentKey()); }
    std::unique_ptr<ProfileConnections> connections;

    void start(std::optional<CredentialResult::Status> failure = std::nullopt)
    {
        profiles = std::make_unique<ProfileStore>(dir->filePath(QStringLiteral("profiles.ini")));
        backend = new InMemoryCredentialBackend;
        for (auto it = keychain.cbegin(); it != keychain.cend(); ++it)
            backend->setKey(it.key(), it.value());
        if (failure)
            backend->simulateFailure(*failure);
        credentials = std::make_unique<CredentialStore>(backend);
        t.openApp();
        t.app->poller()->setIntervalMs(60000);
        connections = std::make_unique<ProfileConnections>(profiles.get(), credentials.get());
        t.app->attachProfiles(connections.get());
    }

    void stop()
    {
        connections.reset();
        t.closeWindow();
        credentials.reset();
        profiles.reset();
        backend = nullptr;
    }

    QString addProfile(const QString &name, const QString &key, const QStringList &projects,
                       KeyKind kind = KeyKind::Partner)
    {
        ProfileStore store(dir->filePath(QStringLiteral("profiles.ini")));
        Profile p = Profile::create(name);
        p.baseUrl = server->baseUrl();
        p.keyKind = kind;
        p.projectIds = projects;
        if (!key.isEmpty()) {
            p.setKeyPrefixFromKey(key);
            keychain.insert(p.id, key);
        }
        if (!store.add(p))
            qWarning() << "could not add" << name << store.problems(p);
        return p.id;
    }

    // The two profiles of the brief: the partner key and the project key.
    void addTwoProfiles()
    {
        addProfile(kPartner, server->partnerKey().key, {server->projectId(), server->otherProjectId()});
        addProfile(kProject, server->projectKey().key, {server->projectId(), server->otherProjectId()},
                   KeyKind::Project);
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *w = t.window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    QComboBox *combo() const { return find<QComboBox>("connectionCombo"); }
    ErrorBanner *banner() const { return find<ErrorBanner>("errorBanner"); }

    // "Connection · project id" of entry i: the text shows the project's name
    // once it is known, the tooltip always its id.
    QString entryAt(int i) const
    {
        const QString tip = combo()->itemData(i, Qt::ToolTipRole).toString();
        const QString id = tip.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral(": "), 1);
        return entry(combo()->itemText(i).section(QStringLiteral(" · "), 0, 0), id);
    }

    QStringList entries() const
    {
        QStringList out;
        for (int i = 0; i < combo()->count(); ++i)
            out << entryAt(i);
        return out;
    }

    // As the user does: choose an entry in the picker.
    void pick(const QString &text)
    {
        const int i = int(entries().indexOf(text));
        QVERIFY2(i >= 0, qPrintable(text + QStringLiteral(" not in ") + entries().join(QStringLiteral(", "))));
        combo()->setCurrentIndex(i);
        Q_EMIT combo()->activated(i);
    }

    QStringList listedIds() const
    {
        QStringList ids;
        for (const ExportJob &job : t.app->model()->jobs())
            ids << job.id;
        ids.sort();
        return ids;
    }
    QStringList serverIds(const QString &project) const
    {
        QStringList ids;
        for (const auto &e : server->exports(project))
            ids << e.id;
        ids.sort();
        return ids;
    }

    bool anyDialogVisible() const
    {
        const auto dialogs = t.window->findChildren<QDialog *>();
        return std::any_of(dialogs.cbegin(), dialogs.cend(), [](QDialog *d) { return d->isVisible(); });
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        keychain.clear();
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        server = std::make_unique<DemoServer>();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        server->generateExports(4, server->otherProjectId());
    }

    void cleanup()
    {
        stop();
        server.reset();
        dir.reset();
    }

    void pickerListsProfilesAndEachListsItsExports()
    {
        addTwoProfiles();
        start();
        QTRY_COMPARE(combo()->count(), 4);
        QCOMPARE(entries(), (QStringList{entry(kPartner, server->projectId()),
                                         entry(kPartner, server->otherProjectId()),
                                         entry(kProject, server->projectId()),
                                         entry(kProject, server->otherProjectId())}));
        // No choice remembered yet: the first profile, its first project.
        QCOMPARE(t.window->currentConnection().name, kPartner);
        QTRY_COMPARE(listedIds(), serverIds(server->projectId()));
        QCOMPARE(currentClient()->apiKeyPrefix(), server->partnerKey().key.section(QLatin1Char('.'), 0, 0));
        QVERIFY(!find<QLabel>("demoBadge")->isVisible());

        QSignalSpy listed(t.window, &MainWindow::listRefreshed);
        pick(entry(kProject, server->projectId()));
        QVERIFY(listed.wait());
        QCOMPARE(t.window->currentConnection().name, kProject);
        QCOMPARE(listedIds(), serverIds(server->projectId()));
        // "Mine" compares with the current profile's key prefix.
        const QString projectPrefix = server->projectKey().key.section(QLatin1Char('.'), 0, 0);
        QCOMPARE(currentClient()->apiKeyPrefix(), projectPrefix);
        QCOMPARE(t.app->filterModel()->myKeyPrefix(), projectPrefix);
        QVERIFY(!banner()->isVisible());
        // The choice is remembered in the profile store.
        QCOMPARE(profiles->currentProfileId(), t.window->currentConnection().profileId);
    }

    void pickerShowsProjectNamesFilledInFromAPartnerKey()
    {
        // Profiles from before names were kept: ids only.
        addTwoProfiles();
        start();
        QTRY_COMPARE(combo()->count(), 4);
        // The Partner connection opens: its names come from the projects list, once, and are stored.
        QTRY_COMPARE(combo()->itemText(0), entry(kPartner, QStringLiteral("Analytics")));
        QCOMPARE(combo()->itemText(1), entry(kPartner, QStringLiteral("Marketing site")));
        QCOMPARE(combo()->itemData(0, Qt::ToolTipRole).toString(),
                 QStringLiteral("Project id: %1\nWorkspace: Default").arg(server->projectId()));
        QVERIFY2(combo()->toolTip().contains(server->projectId()), qPrintable(combo()->toolTip()));
        const QString partnerId = t.window->currentConnection().profileId;
        QCOMPARE(profiles->profile(partnerId)->labelOf(server->otherProjectId()).name, QStringLiteral("Marketing site"));
        // A Project key cannot list projects: its entries keep the ids, and it is never asked.
        QCOMPARE(combo()->itemText(2), entry(kProject, server->projectId()));
        server->clearRequests();
        pick(entry(kProject, server->projectId()));
        QTRY_VERIFY(t.app->model()->rowCount() > 0);
        pick(entry(kPartner, server->otherProjectId()));
        QTRY_COMPARE(listedIds(), serverIds(server->otherProjectId()));
        for (const demo::RecordedRequest &r : server->requests())
            QVERIFY2(!r.url.path().contains(QLatin1String("/organizations")), qPrintable(r.url.toString()));
        QCOMPARE(combo()->currentText(), entry(kPartner, QStringLiteral("Marketing site")));
    }

    void switchingProjectListsThatProject()
    {
        addTwoProfiles();
        start();
        QTRY_COMPARE(listedIds(), serverIds(server->projectId()));
        QSignalSpy listed(t.window, &MainWindow::listRefreshed);
        pick(entry(kPartner, server->otherProjectId()));
        QVERIFY(listed.wait());
        QCOMPARE(t.window->currentProjectId(), server->otherProjectId());
        QCOMPARE(listedIds(), serverIds(server->otherProjectId()));
        QCOMPARE(profiles->currentProject(t.window->currentConnection().profileId), server->otherProjectId());

        // A Project key on the other project: the 403 sentence, in the banner.
        pick(entry(kProject, server->otherProjectId()));
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY2(banner()->message().contains(QStringLiteral("HTTP 403")), qPrintable(banner()->message()));
        QVERIFY(!anyDialogVisible());
    }

    void restartRestoresTheLastChoiceWithoutAskingForTheKey()
    {
        addTwoProfiles();
        start();
        QTRY_VERIFY(t.app->model()->rowCount() > 0);
        pick(entry(kProject, server->projectId()));
        pick(entry(kPartner, server->otherProjectId()));
        QTRY_COMPARE(listedIds(), serverIds(server->otherProjectId()));
        stop();

        start(); // a new window over the same stores: the app after a restart
        // The list the cache read at start-up (before the keychain) is the one the window asks for.
        const std::optional<ExportListCacheKey> early = connections->startTarget();
        QVERIFY(early);
        QTRY_COMPARE(t.window->currentConnection().name, kPartner);
        QTRY_COMPARE(t.app->listCacheLink()->target().identity(), early->identity());
        QCOMPARE(t.app->listCacheLink()->target().fileName(), early->fileName());
        QCOMPARE(t.window->currentProjectId(), server->otherProjectId());
        QCOMPARE(entryAt(combo()->currentIndex()), entry(kPartner, server->otherProjectId()));
        QTRY_COMPARE(listedIds(), serverIds(server->otherProjectId()));
        QVERIFY(!anyDialogVisible());
        QVERIFY(!banner()->isVisible());
        QCOMPARE(profiles->profile(t.window->currentConnection().profileId)->projectIds.size(), 2);
        // The project of the other profile is remembered on its own.
        pick(entry(kProject, server->projectId()));
        QTRY_COMPARE(listedIds(), serverIds(server->projectId()));
    }

    void missingKeyShowsTheSentenceAndASessionKeyConnects()
    {
        const QString id = addProfile(QStringLiteral("No key"), QString(), {server->projectId()});
        start();
        const QString sentence = credentialMessage(CredentialResult::Status::NotFound,
                                                   CredentialResult::Operation::Read);
        QTRY_COMPARE(banner()->message(), sentence);
        QVERIFY(banner()->isVisible());
        QCOMPARE(t.app->model()->rowCount(), 0);
        QVERIFY(!anyDialogVisible());
        QVERIFY(!find<QPushButton>("errorBannerRetry")->isVisible());
        auto *edit = find<QPushButton>("actionEditConnectionButton");
        QVERIFY(edit && edit->isVisible());

        // "Enter Key for This Session…": memory only, then it lists.
        auto *enter = find<QPushButton>("actionEnterSessionKeyButton");
        QVERIFY(enter && enter->isVisible());
        QTest::mouseClick(enter, Qt::LeftButton);
        auto *ask = find<QInputDialog>("sessionKeyDialog");
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
        ask->setTextValue(server->partnerKey().key);
        ask->accept();
        QTRY_COMPARE(listedIds(), serverIds(server->projectId()));
        QVERIFY(!banner()->isVisible());
        QVERIFY(credentials->hasSessionKey(id));
        QVERIFY(!backend->contains(id)); // never written to the keychain
        const QString ini = dir->filePath(QStringLiteral("profiles.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(server->partnerKey().key.section(QLatin1Char('.'), 1).toUtf8()));
    }

    void keychainUnavailableShowsItsSentenceOnce()
    {
        addTwoProfiles();
        start(CredentialResult::Status::Unavailable);
        const QString sentence = credentialMessage(CredentialResult::Status::Unavailable,
                                                   CredentialResult::Operation::Read);
        QTRY_COMPARE(banner()->message(), sentence);
        QCOMPARE(combo()->count(), 4); // the profiles stay on offer
        QVERIFY(!anyDialogVisible());
        // "Edit Connection…" opens the profile in the dialog.
        QTest::mouseClick(find<QPushButton>("actionEditConnectionButton"), Qt::LeftButton);
        auto *dialog = t.window->findChild<ProfileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), ProfileDialog::Mode::Edit);
        QCOMPARE(dialog->profileId(), t.window->currentConnection().profileId);
    }

    void manageConnectionsFromMenuAndToolbar()
    {
        addTwoProfiles();
        start();
        QTRY_COMPARE(combo()->count(), 4);
        auto *manage = find<QAction>("actionManageConnections");
        QVERIFY(manage);
        auto *button = find<QToolButton>("connectionMenuButton");
        QVERIFY(button && button->menu());
        QVERIFY(button->menu()->actions().contains(manage));
        manage->trigger();
        auto *manager = t.window->findChild<ProfileManagerDialog *>();
        QVERIFY(manager);
        QTRY_VERIFY(manager->isVisible());
        QCOMPARE(manager->selectedProfileId(), t.window->currentConnection().profileId);
    }

    void addFromWelcomePageThenEditAndRemoveUpdateThePicker()
    {
        start();
        QCOMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("welcomeContainer"));
        QTest::mouseClick(find<QPushButton>("addConnectionButton"), Qt::LeftButton);
        auto *dialog = t.window->findChild<ProfileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), ProfileDialog::Mode::Add);
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Added"));
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(server->baseUrl().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(server->partnerKey().key);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("projectIdsEdit"))->setPlainText(server->projectId());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE(entries(), QStringList{entry(QStringLiteral("Added"), server->projectId())});
        QTRY_COMPARE(listedIds(), serverIds(server->projectId()));
        const QString id = t.window->currentConnection().profileId;
        QCOMPARE(profiles->currentProfileId(), id);

        Profile renamed = *profiles->profile(id);
        renamed.name = QStringLiteral("Renamed");
        QSignalSpy listed(t.window, &MainWindow::listRefreshed);
        QVERIFY(profiles->update(renamed));
        QTRY_VERIFY(entries().contains(entry(QStringLiteral("Renamed"), server->projectId())));
        QCOMPARE(t.window->currentConnection().name, QStringLiteral("Renamed"));
        QCOMPARE(listed.count(), 0); // same server, key and project: no reload

        QVERIFY(profiles->remove(id));
        QTRY_VERIFY(!entries().contains(entry(QStringLiteral("Renamed"), server->projectId())));
        QVERIFY(t.window->currentConnection().profileId != id);
    }

    void demoSitsBesideTheProfilesAndIsSelected()
    {
        addTwoProfiles();
        start();
        Connection demo;
        demo.name = QStringLiteral("Demo");
        demo.baseUrl = server->baseUrl();
        demo.apiKey = server->partnerKey().key;
        demo.projectIds = {server->projectId()};
        demo.demo = true;
        connections->setDemoConnection(demo);
        QTRY_COMPARE(combo()->count(), 5);
        QCOMPARE(entryAt(combo()->currentIndex()), entry(QStringLiteral("Demo"), server->projectId()));
        QTRY_VERIFY(find<QLabel>("demoBadge")->isVisible());
        QTRY_COMPARE(listedIds(), serverIds(server->projectId()));

        pick(entry(kProject, server->projectId()));
        QTRY_VERIFY(!find<QLabel>("demoBadge")->isVisible());
        QCOMPARE(profiles->currentProfileId(), t.window->currentConnection().profileId);
        pick(entry(QStringLiteral("Demo"), server->projectId()));
        QTRY_VERIFY(find<QLabel>("demoBadge")->isVisible());
    }
};

QTEST_MAIN(TestProfileConnections)
#include "tst_profileconnections.moc"
