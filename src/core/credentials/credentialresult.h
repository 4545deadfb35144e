// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace peaka {

// What a keychain operation came to. `key` is set only by a successful read;
// `message` is a translated sentence for the user (empty on success);
// `detail` is the backend's own technical text, for logs (it never holds a key).
struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound,    // no key stored for this profile
        Unavailable, // no keychain: no Secret Service, no D-Bus, no backend
        Denied,      // keychain locked, or access refused
        Other,
    };
    enum class Operation { Read, Write, Delete };

    Status status = Status::Ok;
    QString key;
    QString message;
    QString detail;

    bool ok() const { return status == Status::Ok; }

    static CredentialResult success(const QString &key = QString());
    // The result for `status` with the standard sentence for that operation.
    static CredentialResult failure(Status status, Operation operation,
                                    const QString &detail = QString());
};

// Untranslated, for logs and tests: "Ok", "NotFound", ...
QString credentialStatusName(CredentialResult::Status status);

// The standard sentence for a failed operation.
QString credentialMessage(CredentialResult::Status status, CredentialResult::Operation operation,
                          const QString &detail = QString());

// Maps a QtKeychain outcome (QKeychain::Error as int, Job::errorString()).
// EntryNotFound -> NotFound (Ok for Delete: nothing to remove);
// NoBackendAvailable, NotImplemented, or a D-Bus / Secret Service that cannot
// be reached -> Unavailable; AccessDenied, AccessDeniedByUser, a locked
// collection or a dismissed prompt -> Denied; anything else -> Other.
CredentialResult credentialResultFromKeychain(int keychainError, const QString &errorString,
                                              CredentialResult::Operation operation);

// The text heuristics used above, exposed for tests.
bool looksLikeKeychainUnavailable(const QString &errorString);
bool looksLikeKeychainDenied(const QString &errorString);

} // namespace peaka

Q_DECLARE_METATYPE(peaka::CredentialResult)
