// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialbackend.h"

namespace peaka {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows). One entry per profile:
// service "peaka-exports", account = profile id. The insecure plain-text
// fallback of QtKeychain is always off: without a keychain the result is
// Unavailable, never a file.
class KeychainCredentialBackend : public CredentialBackend
{
    Q_OBJECT

public:
    static QString defaultServiceName() { return QStringLiteral("peaka-exports"); }

    explicit KeychainCredentialBackend(QObject *parent = nullptr);
    KeychainCredentialBackend(const QString &serviceName, QObject *parent);

    CredentialJob *readKey(const QString &profileId) override;
    CredentialJob *writeKey(const QString &profileId, const QString &key) override;
    CredentialJob *deleteKey(const QString &profileId) override;
    bool isPersistent() const override { return true; }

    QString serviceName() const { return m_serviceName; }

    // A job that got no answer within this time finishes as Unavailable.
    // Default 120 s (long enough to type a keychain password at a prompt).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

private:
    CredentialJob *start(CredentialResult::Operation operation, const QString &profileId,
                         const QString &key);

    QString m_serviceName;
    int m_timeoutMs = 120 * 1000;
};

} // namespace peaka
