// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialbackend.h"
#include "credentials/inmemorycredentialbackend.h"

#include <QObject>
#include <QString>

namespace peaka {

// What the app and the CLI use to get at API keys: a persistent backend (the
// OS keychain) plus a session cache for keys the user chose to keep "for this
// session only" (memory, never disk).
//
//     CredentialJob *job = store.readKey(profile.id);
//     connect(job, &CredentialJob::finished, this, [](const CredentialResult &r) {
//         if (r.ok()) use(r.key); else show(r.message);
//     });
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    // Uses a KeychainCredentialBackend ("peaka-exports").
    explicit CredentialStore(QObject *parent = nullptr);
    // Uses backend; the store takes ownership (it becomes the backend's parent).
    explicit CredentialStore(CredentialBackend *backend, QObject *parent = nullptr);

    // A session key wins; otherwise the backend is asked.
    CredentialJob *readKey(const QString &profileId);
    // Saves in the backend. On success a session key for that profile is
    // dropped (the keychain now has it). An implausible key (empty, spaces)
    // fails as Other without reaching the backend.
    CredentialJob *writeKey(const QString &profileId, const QString &key);
    // Forgets the session key and removes the backend entry. When the backend
    // is unavailable but a session key was all there was, that is a success.
    CredentialJob *deleteKey(const QString &profileId);

    // "Use this key for this session only": memory only, gone at exit.
    void setSessionKey(const QString &profileId, const QString &key);
    bool hasSessionKey(const QString &profileId) const;
    void forgetSessionKey(const QString &profileId);
    void forgetAllSessionKeys();

    CredentialBackend *backend() const { return m_backend; }
    InMemoryCredentialBackend *sessionKeys() const { return m_session; }

signals:
    // A key was written, deleted or set for the session (never carries the key).
    void keyChanged(const QString &profileId);

private:
    CredentialBackend *m_backend = nullptr;
    InMemoryCredentialBackend *m_session = nullptr;
};

} // namespace peaka
