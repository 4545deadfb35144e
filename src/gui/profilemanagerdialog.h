// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "askonce.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace peaka {
class CredentialStore;
class ProfileStore;
}

namespace peaka::gui {

class ProfileDialog;

// "Manage connections…": every profile (name, base URL, masked key, whether
// the key is kept for this session only) with Add, Edit and Remove. Add and
// Edit open a ProfileDialog (open(), never exec()); Remove asks, then deletes
// the keychain entry and the profile.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    // Called for every ProfileDialog this dialog opens, before it is shown
    // (tests set the seams there: client factory, keychain question).
    using DialogConfigurer = std::function<void(ProfileDialog *)>;
    using RemoveConfirmer = AskOnce::RemovalAsker; // (parent, profile name, answer(bool))

    ProfileManagerDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);

    void setDialogConfigurer(DialogConfigurer configurer) { m_configure = std::move(configurer); }
    void setRemoveConfirmer(RemoveConfirmer confirmer);

    // The id of the selected profile, or an empty string.
    QString selectedProfileId() const;
    void selectProfile(const QString &profileId);

    ProfileDialog *addProfile();
    ProfileDialog *editSelected();
    void removeSelected();

signals:
    void removeFailed(const QString &sentence);

private:
    void refresh();
    void updateButtons();
    ProfileDialog *openDialog(const QString &profileId);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    DialogConfigurer m_configure;
    RemoveConfirmer m_confirm;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace peaka::gui
