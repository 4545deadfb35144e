// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace peaka {

class PeakaClient;
class ProfileStore;

// Fills in the project names of a saved Partner-key profile that has ids
// without names (profiles from before names were kept, or typed ids), from
// the project list of the connection's own client. It asks at most once per
// profile and session, only when a name is missing, through the client's
// SourceSession (whose cache the source browser shares), so it costs a few
// small calls once. A Project key, an error or an id the key does not list
// leaves the id as it is.
class ProjectNameFiller : public QObject
{
    Q_OBJECT
public:
    // profiles is not owned and must outlive this object.
    explicit ProjectNameFiller(ProfileStore *profiles, QObject *parent = nullptr);

    // The connection of `profileId` is open with `client` (may be null).
    void connectionOpened(const QString &profileId, PeakaClient *client);
    // True when connectionOpened() asked (or would have asked) for profileId.
    bool hasAsked(const QString &profileId) const { return m_asked.contains(profileId); }

signals:
    // Names were written to the profile (ProfileStore::profileUpdated follows too).
    void namesFilled(const QString &profileId, int count);

private:
    ProfileStore *m_profiles;
    QSet<QString> m_asked;
};

} // namespace peaka
