// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace peaka {

// The non-secret part of every profile, in QSettings under "profiles/<id>",
// plus the current profile and the current project of each profile.
// It never stores a key: a Profile has no field for one, and a profile whose
// keyPrefix looks like a whole key is refused by Profile::validate().
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // settings is not owned and must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    // Opens (or creates) an INI file at iniPath; the store owns it.
    explicit ProfileStore(const QString &iniPath, QObject *parent = nullptr);
    ~ProfileStore() override;

    // The one place the app and the CLI keep their profiles: an INI file
    // "Peaka/profiles.ini" in the user's configuration folder
    // (~/.config on Linux, AppData on Windows, ~/Library/Preferences on macOS),
    // independent of QCoreApplication's organization and application names.
    static QString defaultSettingsPath();

    // Every profile, sorted by name (case-insensitive).
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Case-insensitive exact name match, for "--profile NAME".
    std::optional<Profile> profileByName(const QString &name) const;
    bool contains(const QString &id) const;
    bool isEmpty() const;

    // Profile::validate() plus the store's own rules (unique name).
    QStringList problems(const Profile &profile) const;

    // Each returns false (and changes nothing) when problems() is not empty,
    // when add() meets an existing id or update()/remove() an unknown one.
    bool add(const Profile &profile);
    bool update(const Profile &profile);
    // Also forgets the current project of that profile and, when it was the
    // current profile, the current profile. The caller deletes the keychain entry.
    bool remove(const QString &id);

    // The profile chosen last, or an empty string.
    QString currentProfileId() const;
    bool setCurrentProfileId(const QString &id);
    // The project chosen last for a profile, else its first project id.
    QString currentProject(const QString &profileId) const;
    bool setCurrentProject(const QString &profileId, const QString &projectId);

    QSettings *settings() const { return m_settings; }

signals:
    void profileAdded(const QString &id);
    void profileUpdated(const QString &id);
    void profileRemoved(const QString &id);
    // Any of the three above.
    void profilesChanged();
    void currentProfileChanged(const QString &id);
    void currentProjectChanged(const QString &profileId, const QString &projectId);

private:
    void write(const Profile &profile);
    void sync();

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
};

} // namespace peaka
