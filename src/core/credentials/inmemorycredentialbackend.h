// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialbackend.h"

#include <QHash>
#include <optional>

namespace peaka {

// Keys held in this process's memory only: for "use this key for this session
// only" and for unit tests. simulateFailure() makes every following call fail
// with that status, so tests can drive the no-keychain paths.
class InMemoryCredentialBackend : public CredentialBackend
{
    Q_OBJECT

public:
    using CredentialBackend::CredentialBackend;

    CredentialJob *readKey(const QString &profileId) override;
    CredentialJob *writeKey(const QString &profileId, const QString &key) override;
    CredentialJob *deleteKey(const QString &profileId) override;
    bool isPersistent() const override { return false; }

    // Synchronous access, for the session cache and tests.
    bool contains(const QString &profileId) const { return m_keys.contains(profileId); }
    QString key(const QString &profileId) const { return m_keys.value(profileId); }
    void setKey(const QString &profileId, const QString &key) { m_keys.insert(profileId, key); }
    bool remove(const QString &profileId) { return m_keys.remove(profileId) > 0; }
    void clear() { m_keys.clear(); }
    int count() const { return int(m_keys.size()); }

    void simulateFailure(CredentialResult::Status status, const QString &detail = QString());
    void clearFailure() { m_failure.reset(); }

private:
    CredentialJob *start(CredentialResult::Operation operation, const QString &profileId);

    QHash<QString, QString> m_keys;
    std::optional<std::pair<CredentialResult::Status, QString>> m_failure;
};

} // namespace peaka
