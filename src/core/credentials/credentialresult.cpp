// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialresult.h"

#include <qt6keychain/keychain.h>

namespace peaka {

namespace {

// Q_DECLARE_TR_FUNCTIONS needs a class; the sentences live in context "peaka::CredentialStore".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peaka::CredentialStore)
};

} // namespace

CredentialResult CredentialResult::success(const QString &key)
{
    CredentialResult r;
    r.key = key;
    return r;
}

CredentialResult CredentialResult::failure(Status status, Operation operation, const QString &detail)
{
    CredentialResult r;
    r.status = status;
    r.detail = detail;
    r.message = credentialMessage(status, operation, detail);
    return r;
}

QString credentialStatusName(CredentialResult::Status status)
{
    switch (status) {
    case CredentialResult::Status::Ok:
        return QStringLiteral("Ok");
    case CredentialResult::Status::NotFound:
        return QStringLiteral("NotFound");
    case CredentialResult::Status::Unavailable:
        return QStringLiteral("Unavailable");
    case CredentialResult::Status::Denied:
        return QStringLiteral("Denied");
    case CredentialResult::Status::Other:
        break;
    }
    return QStringLiteral("Other");
}

QString credentialMessage(CredentialResult::Status status, CredentialResult::Operation operation,
                          const QString &detail)
{
    using S = CredentialResult::Status;
    using Op = CredentialResult::Operation;
    switch (status) {
    case S::Ok:
        return QString();
    case S::NotFound:
        return Text::tr("No API key is stored in the keychain for this profile. "
                        "Enter the key again to connect.");
    case S::Unavailable:
        return Text::tr("No keychain is available on this system (the Secret Service is not "
                        "running). You can use the key for this session only.");
    case S::Denied:
        return Text::tr("The keychain refused access, or it is locked. Unlock your keychain "
                        "and try again, or use the key for this session only.");
    case S::Other:
        break;
    }
    QString sentence;
    switch (operation) {
    case Op::Read:
        sentence = Text::tr("The API key could not be read from the keychain.");
        break;
    case Op::Write:
        sentence = Text::tr("The API key could not be saved in the keychain.");
        break;
    case Op::Delete:
        sentence = Text::tr("The API key could not be removed from the keychain.");
        break;
    }
    if (!detail.trimmed().isEmpty())
        //: %1 is the sentence above, %2 the keychain's own (untranslated) error text
        sentence = Text::tr("%1 The keychain said: %2").arg(sentence, detail.trimmed());
    return sentence;
}

bool looksLikeKeychainUnavailable(const QString &errorString)
{
    static const char *const needles[] = {
        "org.freedesktop.secrets",            // "The name org.freedesktop.secrets was not provided by any .service files"
        "was not provided by any",            // D-Bus activation failed
        "ServiceUnknown",
        "D-Bus is not running",               // QtKeychain's KWallet path
        "No keychain service available",
        "No keyring daemon",
        "Cannot autolaunch D-Bus",            // GDBus without a session bus
        "Could not connect",                  // GDBus: dead bus address
        "DBUS_SESSION_BUS_ADDRESS",
        "Could not determine the session bus",
        "No such interface \"org.freedesktop.Secret",
        "Failed to execute program org.freedesktop.secrets",
    };
    for (const char *needle : needles) {
        if (errorString.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool looksLikeKeychainDenied(const QString &errorString)
{
    static const char *const needles[] = {
        "locked",    // libsecret: "Cannot create an item in a locked collection"
        "dismissed", // prompt closed without unlocking
        // gnome-keyring with no unlocked default collection and no way to show
        // its prompt: "Object does not exist at path “/org/freedesktop/secrets/collection/login”"
        "/org/freedesktop/secrets/collection/",
        "couldn't initialize prompt",
        "access denied",
        "Access to keychain denied",
        "not authorized",
        "AccessDenied",
    };
    for (const char *needle : needles) {
        if (errorString.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

CredentialResult credentialResultFromKeychain(int keychainError, const QString &errorString,
                                              CredentialResult::Operation operation)
{
    using S = CredentialResult::Status;
    switch (keychainError) {
    case QKeychain::NoError:
        return CredentialResult::success();
    case QKeychain::EntryNotFound:
        if (operation == CredentialResult::Operation::Delete)
            return CredentialResult::success();
        return CredentialResult::failure(S::NotFound, operation, errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialResult::failure(S::Unavailable, operation, errorString);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::failure(S::Denied, operation, errorString);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    default:
        break;
    }
    if (looksLikeKeychainUnavailable(errorString))
        return CredentialResult::failure(S::Unavailable, operation, errorString);
    if (looksLikeKeychainDenied(errorString))
        return CredentialResult::failure(S::Denied, operation, errorString);
    return CredentialResult::failure(S::Other, operation, errorString);
}

} // namespace peaka
