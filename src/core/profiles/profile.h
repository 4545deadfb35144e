// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/projectlabel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace peaka {

// Which kind of Peaka API key a profile holds.
enum class KeyKind {
    Partner, // every organisation and project
    Project, // only the project it was made for
};

// Stable, untranslated names for settings and the CLI ("partner", "project").
QString keyKindToString(KeyKind kind);
// Returns Project and sets *ok to false for an unknown name.
KeyKind keyKindFromString(const QString &name, bool *ok = nullptr);

// True for 127.0.0.0/8, ::1 and "localhost" (case-insensitive, trailing dot allowed).
bool isLoopbackHost(const QString &host);

// One connection to a Peaka deployment: everything but the key, which lives
// only in the keychain (or in memory). keyPrefix is the public part before the
// dot, kept for display and for the "Mine" filter; it is not secret.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(peaka::Profile)

public:
    QString id;             // stable, a QUuid without braces
    QString name;           // what the user calls it; unique in a ProfileStore
    QUrl baseUrl;           // defaultBaseUrl() unless the user chose another
    KeyKind keyKind = KeyKind::Project;
    QStringList projectIds; // one or more
    ProjectLabels projectLabels; // names by id, where known (never required)
    QString downloadFolder; // QStandardPaths::DownloadLocation unless chosen
    QString keyPrefix;      // public prefix of the stored key, never the secret

    // A new profile with a fresh id and the defaults filled in.
    static Profile create(const QString &name = QString());
    static QUrl defaultBaseUrl();
    static QString defaultDownloadFolder();
    static QString newId();
    // Trimmed, without empty entries or repeats, in their order.
    static QStringList cleanProjectIds(const QStringList &ids);

    // The label of each project id, empty where the name is unknown.
    ProjectLabel labelOf(const QString &projectId) const { return projectLabels.value(projectId); }

    // Sentences that say what is wrong; empty when the profile can be saved.
    QStringList validate() const;

    // "hBWIQxjc.••••" (or "••••" without a prefix) for display.
    QString maskedKey() const;

    // Remembers the public prefix of key; the secret part is dropped here.
    void setKeyPrefixFromKey(const QString &key);

    // "Mine" filter: the export's apiKeyPrefix equals this profile's key prefix.
    bool startedWithMyKey(const QString &apiKeyPrefix) const;

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }
};

} // namespace peaka
