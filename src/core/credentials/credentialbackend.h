// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialjob.h"

#include <QLoggingCategory>
#include <QObject>
#include <QString>

namespace peaka {

Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // "peaka.keychain"

// Where API keys live, one per profile id. Every call returns a job that
// finishes asynchronously (see CredentialJob). Implementations never write a
// key anywhere but their own secret store, and never log one.
class CredentialBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual CredentialJob *readKey(const QString &profileId) = 0;
    virtual CredentialJob *writeKey(const QString &profileId, const QString &key) = 0;
    // Removing a key that is not there is a success.
    virtual CredentialJob *deleteKey(const QString &profileId) = 0;
    // True when keys survive a restart (the OS keychain), false for memory.
    virtual bool isPersistent() const = 0;
};

} // namespace peaka
