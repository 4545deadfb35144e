// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profileremoval.h"

#include "credentials/credentialjob.h"
#include "credentials/credentialstore.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QPointer>
#include <QSettings>

namespace peaka {

void ProfileRemoval::start(ProfileStore *profiles, CredentialStore *credentials, const QString &profileId,
                           QObject *context, Done done)
{
    CredentialJob *job = credentials->deleteKey(profileId);
    QPointer<ProfileStore> store(profiles);
    QObject::connect(job, &CredentialJob::finished, context,
                     [store, profileId, done](const CredentialResult &r) {
        if (!r.ok()) {
            done(false, tr("The profile was kept because its key could not be removed from the "
                           "keychain. %1")
                            .arg(r.message));
            return;
        }
        if (!store || !store->remove(profileId)) {
            done(false, tr("The profile could not be removed from %1.")
                            .arg(QDir::toNativeSeparators(store ? store->settings()->fileName()
                                                                : ProfileStore::defaultSettingsPath())));
            return;
        }
        done(true, QString());
    });
}

} // namespace peaka
