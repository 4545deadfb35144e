// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "cache/exportlistcachekey.h"
#include "credentials/credentialresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace peaka {
class CredentialStore;
class PeakaClient;
class ProfileStore;
class ProjectNameFiller;
}

namespace peaka::gui {

// The saved profiles as the main window's connections. Reads each profile's
// key from the CredentialStore asynchronously (keys stay in memory), follows
// ProfileStore::profilesChanged and CredentialStore::keyChanged, and applies
// and remembers the current profile and project (ProfileStore). A key that
// cannot be read becomes Connection::keyProblem, the keychain's own sentence,
// which the window shows in its banner with "Enter Key for This Session…" and
// "Edit Connection…". Also answers the window's requests for the connection
// dialogs (each opened with open(), never exec()). It knows no window: the
// composition root connects `published` to the picker and the picker's
// requests to the slots (MainWindowAssembly::attachProfiles).
//
//     ProfileConnections connections(&profileStore, &credentialStore);
//     assembly.attachProfiles(&connections);
class ProfileConnections final : public QObject
{
    Q_OBJECT

public:
    // Neither store is owned; both must outlive this object and any dialog it opens.
    ProfileConnections(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);

    // Reads the keys (once per profile) and publishes from now on; nothing is
    // read or published before (the app calls it once its window is up).
    void start();
    // True when a saved profile will be offered (it has a project): the window
    // says "Connecting…" until its key is read, rather than welcoming.
    bool hasConnections() const;
    // The export list the window will show first (the current saved profile
    // and project, as publish() will offer them), known before any key is read
    // (the profile keeps its key's public prefix): the cache reads it meanwhile.
    std::optional<peaka::ExportListCacheKey> startTarget() const;
    // The parent of the dialogs opened here (the main window).
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    // A demo connection offered after the profiles; it becomes the current choice.
    void setDemoConnection(const Connection &demo);

    // The last list published: the profiles by name, then the demo.
    QList<Connection> connections() const { return m_published; }
    // True while a key is being read; nothing is published until all are in.
    bool isReadingKeys() const;

    // Seam for tests: called with every dialog opened here, before it is shown.
    using DialogConfigurer = std::function<void(QDialog *)>;
    void setDialogConfigurer(DialogConfigurer configurer) { m_configure = std::move(configurer); }

    void openAddDialog();
    void openEditDialog(const QString &profileId);
    void openManager();
    // Asks for the key of profileId and keeps it for this session only (memory).
    void askSessionKey(const QString &profileId);
    // The picker chose `connection`: remembered as the current profile and project.
    void remember(const peaka::gui::Connection &connection, const QString &projectId);
    // `connection` is open with `client`: a Partner profile's missing project
    // names are filled in from its projects list (once per session).
    void fillProjectNames(const peaka::gui::Connection &connection, peaka::PeakaClient *client);

signals:
    // The list for the picker: select `preferred` (its project `project` when it has it).
    void published(const QList<peaka::gui::Connection> &connections, int preferred, const QString &project);
    // A new list was published.
    void connectionsChanged();

private:
    struct KeyState
    {
        QString key;
        QString problem; // the keychain's sentence when the key could not be read
        bool reading = false;
        quint64 generation = 0;
    };

    void reload();
    void readKey(const QString &profileId);
    void onKeyRead(const QString &profileId, quint64 generation, const CredentialResult &result);
    void publish();
    void show(QDialog *dialog);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QPointer<QWidget> m_dialogParent;
    QString m_currentProfileId; // the saved profile the picker shows
    QHash<QString, KeyState> m_keys;
    std::optional<Connection> m_demo;
    bool m_demoChosen = false;
    bool m_started = false;
    quint64 m_generation = 0;
    QList<Connection> m_published;
    DialogConfigurer m_configure;
    ProjectNameFiller *m_names;
};

} // namespace peaka::gui
