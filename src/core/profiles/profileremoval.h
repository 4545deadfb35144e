// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace peaka {

class CredentialStore;
class ProfileStore;

// Removes a profile together with its key: the keychain entry (and any
// session key) first, then the profile. When the keychain cannot remove the
// key, the profile is kept, so no key is left behind without a profile that
// points at it. `done` is called once, asynchronously, with a sentence when
// it failed; it is not called when `context` is destroyed first.
struct ProfileRemoval
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ProfileRemoval)

public:
    using Done = std::function<void(bool removed, const QString &sentence)>;
    static void start(ProfileStore *profiles, CredentialStore *credentials, const QString &profileId,
                      QObject *context, Done done);
};

} // namespace peaka
