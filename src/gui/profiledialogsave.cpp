// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDialog, the part that changes stores: Save (the key to the keychain
// first, or for this session only when the user agrees; then the profile) and
// "Remove profile…". The form and "Test connection" are in profiledialog.cpp.
#include "profiledialog.h"

#include "ui_profiledialog.h"

#include "credentials/credentialjob.h"
#include "credentials/credentialstore.h"
#include "profiles/profileremoval.h"
#include "profiles/profilestore.h"

#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>

namespace peaka::gui {

Q_LOGGING_CATEGORY(lcProfileDialog, "peaka.gui.profiles")

namespace {

using Status = CredentialResult::Status;

} // namespace

// --- Save ------------------------------------------------------------------

void ProfileDialog::accept()
{
    save();
}

void ProfileDialog::save()
{
    if (m_busy)
        return;
    const QStringList list = problems();
    if (!list.isEmpty()) {
        updateProblems();
        fail(list.constFirst());
        return;
    }
    const Profile p = profileFromForm();
    const QString key = keyFromForm();
    if (key.isEmpty()) {
        // Edit mode, key kept: only the non-secret part changes.
        persist(p);
        return;
    }
    setBusy(true, tr("Saving the key in the keychain…"));
    CredentialJob *job = m_credentials->writeKey(p.id, key);
    connect(job, &CredentialJob::finished, this,
            [this, p, key](const CredentialResult &r) { onKeyWritten(p, key, r); });
}

void ProfileDialog::onKeyWritten(const Profile &profile, const QString &key, const CredentialResult &result)
{
    if (result.ok()) {
        persist(profile);
        return;
    }
    qCWarning(lcProfileDialog) << "the keychain did not store the key of profile" << profile.id << ":"
                               << credentialStatusName(result.status);
    if (result.status != Status::Unavailable && result.status != Status::Denied) {
        setBusy(false);
        fail(result.message);
        return;
    }
    ui->saveStatusLabel->setText(result.message);
    QPointer<ProfileDialog> self(this);
    m_fallbackAsker(this, result, [self, profile, key, result](KeychainFallback::Choice choice) {
        if (!self)
            return;
        if (choice == KeychainFallback::Choice::SessionOnly) {
            self->m_credentials->setSessionKey(profile.id, key);
            self->persist(profile);
            return;
        }
        self->setBusy(false);
        self->fail(tr("Not saved: %1").arg(result.message));
    });
}

void ProfileDialog::persist(const Profile &profile)
{
    const bool ok = m_mode == Mode::Add ? m_profiles->add(profile) : m_profiles->update(profile);
    if (!ok) {
        const QStringList list = m_profiles->problems(profile);
        setBusy(false);
        fail(list.isEmpty() ? tr("The profile could not be saved.") : list.constFirst());
        if (m_mode == Mode::Add) {
            // The key went in for a profile that does not exist: take it out again.
            m_credentials->deleteKey(profile.id);
        }
        return;
    }
    m_mode = Mode::Edit;
    m_profile = profile;
    ui->apiKeyEdit->clear();
    setBusy(false);
    updateStoredKey();
    qCInfo(lcProfileDialog) << "saved profile" << profile.id;
    emit profileSaved(profile.id);
    QDialog::accept();
}

void ProfileDialog::fail(const QString &sentence)
{
    ui->saveStatusLabel->setText(sentence);
    emit saveFailed(sentence);
}

// --- Remove ----------------------------------------------------------------

void ProfileDialog::removeProfile()
{
    if (m_mode != Mode::Edit || m_busy)
        return;
    const QString id = m_profile.id;
    setBusy(true, tr("Removing the key from the keychain…"));
    ProfileRemoval::start(m_profiles, m_credentials, id, this, [this, id](bool removed, const QString &sentence) {
        setBusy(false);
        if (!removed) {
            fail(sentence);
            return;
        }
        emit profileRemoved(id);
        QDialog::accept();
    });
}

} // namespace peaka::gui
