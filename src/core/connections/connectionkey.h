// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace peaka {

// Which connection a piece of work belongs to: a saved profile (or the demo,
// a connection too, with a fixed profile id) and one of its projects. Work that
// outlives the window's current choice captures its key when it starts and asks
// the ConnectionRegistry for that connection's client until it ends.
struct ConnectionKey
{
    QString profileId;
    QString projectId;

    // The profile id of the built-in demo connection (never a QUuid, so never a saved profile's).
    static QString demoProfileId() { return QStringLiteral("demo"); }
    static ConnectionKey demo(const QString &projectId) { return {demoProfileId(), projectId}; }

    bool isValid() const { return !profileId.isEmpty() && !projectId.isEmpty(); }
    bool isDemo() const { return profileId == demoProfileId(); }
    // "profile/project", for logs (ids only, nothing secret).
    QString toString() const { return profileId + QLatin1Char('/') + projectId; }

    friend bool operator==(const ConnectionKey &a, const ConnectionKey &b)
    {
        return a.profileId == b.profileId && a.projectId == b.projectId;
    }
    friend bool operator!=(const ConnectionKey &a, const ConnectionKey &b) { return !(a == b); }
};

inline size_t qHash(const ConnectionKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.profileId, key.projectId);
}

} // namespace peaka

Q_DECLARE_METATYPE(peaka::ConnectionKey)
