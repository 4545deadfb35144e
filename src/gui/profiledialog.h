// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "askonce.h"

#include "api/apierror.h"
#include "api/connectiontester.h"
#include "credentials/credentialresult.h"
#include "keychainfallback.h"
#include "profiles/profile.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class ProfileDialog;
}

namespace peaka {
class CredentialStore;
class PeakaClient;
class ProfileStore;
}

namespace peaka::gui {

// Add or edit one connection profile: name, zone (US, EU or another base URL),
// key kind, API key (masked, with a show toggle), project ids (with their
// names when chosen from a Partner key's list) and download folder, with
// inline validation and "Test connection", which also tells a Project key from
// a Partner key and warns when the other kind is chosen. Save writes the key to the keychain first
// (or, when there is none and the user agrees, keeps it for this session only)
// and then the profile; after that the key is shown only by its public prefix.
// In edit mode an empty key field keeps the stored key. "Remove profile…"
// deletes the keychain entry and then the profile.
//
// Show it with open() or show(); it never runs a nested event loop.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };
    // Makes the client used by "Test connection"; the dialog sets its base
    // URL and key and deletes it after the test. Default: a plain PeakaClient.
    using ClientFactory = std::function<PeakaClient *(QObject *parent)>;
    // Asks whether to really remove a profile; calls answer(true/false) once.
    using RemoveConfirmer = AskOnce::RemovalAsker; // (parent, profile name, answer(bool))

    // Add mode: a new profile with the defaults. Neither store is owned.
    ProfileDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Switches to edit mode for a stored profile; false when there is none.
    bool editProfile(const QString &profileId);

    Mode mode() const { return m_mode; }
    QString profileId() const { return m_profile.id; }
    // The profile as the form describes it (without any key).
    Profile profileFromForm() const;
    // Sentences about what keeps the form from being saved.
    QStringList problems() const;
    // The warning under the key after a test showed the key is of the other kind.
    QString keyKindWarning() const;
    bool isBusy() const { return m_busy; }

    void setClientFactory(ClientFactory factory);
    void setKeychainFallbackAsker(KeychainFallback::Asker asker);
    void setRemoveConfirmer(RemoveConfirmer confirmer);

    // Runs "Test connection" (as the button does).
    void testConnection();
    // Saves (as the Save button does); the dialog closes with Accepted on success.
    void save();
    // Removes the profile being edited (after the confirmer agreed).
    void removeProfile();

    void accept() override; // = save()

protected:
    bool event(QEvent *event) override;

signals:
    void profileSaved(const QString &profileId);
    void profileRemoved(const QString &profileId);
    void testFinished(const QList<peaka::ProjectCheck> &checks);
    // A save or remove attempt ended without changing anything; the sentence says why.
    void saveFailed(const QString &sentence);

private:
    void setUpControls();
    // Wrapped sentences never get cut: the dialog grows by what they lack.
    void growToFit();
    void loadForm(const Profile &profile);
    void updateProblems();
    void updateStoredKey();
    void setBusy(bool busy, const QString &status = QString());
    void browseForFolder();
    void runTest(const QString &key);
    void onKindProbed(const ApiError &answer);
    void updateKindWarning();
    // "Choose projects…": with the form's key (or the stored one) lists the
    // Partner key's projects; a Project key gets a sentence instead.
    void chooseProjects();
    void openChooser(const QString &key);
    void updateProjectChooser();
    void onKeyWritten(const Profile &profile, const QString &key, const CredentialResult &result);
    void persist(const Profile &profile);
    void fail(const QString &sentence);
    QString keyFromForm() const;

    std::unique_ptr<Ui::ProfileDialog> ui;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    Mode m_mode = Mode::Add;
    Profile m_profile; // what is stored (edit) or the fresh defaults (add)
    ClientFactory m_clientFactory;
    KeychainFallback::Asker m_fallbackAsker;
    RemoveConfirmer m_removeConfirmer;
    ApiError m_kindAnswer;      // the projects list's answer to the key last tested
    bool m_kindKnown = false;   // m_kindAnswer is about the key in the form
    bool m_busy = false;
    quint64 m_testGeneration = 0;
    quint64 m_chooserGeneration = 0;
};

} // namespace peaka::gui
