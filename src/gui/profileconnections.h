// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "credentials/credentialresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QDialog;

namespace peaka {
class CredentialStore;
class ProfileStore;
}

namespace peaka::gui {

class MainWindow;

// The saved profiles as the main window's connections. Reads each profile's
// key from the CredentialStore asynchronously (keys stay in memory), follows
// ProfileStore::profilesChanged and CredentialStore::keyChanged, and applies
// and remembers the current profile and project (ProfileStore). A key that
// cannot be read becomes Connection::keyProblem, the keychain's own sentence,
// which the window shows in its banner with "Enter Key for This Session…" and
// "Edit Connection…". Also answers the window's requests for the connection
// dialogs (each opened with open(), never exec()).
//
//     ProfileConnections connections(&profileStore, &credentialStore);
//     connections.attach(&window);
class ProfileConnections final : public QObject
{
    Q_OBJECT

public:
    // Neither store is owned; both must outlive this object and any dialog it opens.
    ProfileConnections(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);

    // Feeds window's picker from now on and reads the keys (once per profile).
    void attach(MainWindow *window);
    MainWindow *window() const { return m_window; }

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

signals:
    // A new list was published (and given to the window).
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
    void remember(const Connection &connection, const QString &projectId);
    void show(QDialog *dialog);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QPointer<MainWindow> m_window;
    QHash<QString, KeyState> m_keys;
    std::optional<Connection> m_demo;
    bool m_demoChosen = false;
    quint64 m_generation = 0;
    QList<Connection> m_published;
    DialogConfigurer m_configure;
};

} // namespace peaka::gui
