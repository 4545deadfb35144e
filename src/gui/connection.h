// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionkey.h"
#include "profiles/projectlabel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace peaka::gui {

// What the main window needs to talk to one Peaka deployment. The profile
// store fills these in; the key stays in memory (never in QSettings).
struct Connection
{
    QString name;           // "Production", "Demo"
    QUrl baseUrl;           // https://partner.peaka.studio/api/v1
    QString apiKey;         // memory only
    QStringList projectIds; // the projects offered in the picker
    ProjectLabels projectLabels; // their names, where known (else the picker shows the id)
    bool demo = false;      // shows the "Demo data" badge
    QString downloadFolder; // where this connection's downloads go (empty: ask once, then remember)

    // Set when the connection comes from a saved profile (ProfileConnections).
    QString profileId;
    // Why apiKey is empty (e.g. the keychain is locked): a sentence for the user.
    QString keyProblem;

    bool isValid() const { return baseUrl.isValid() && !projectIds.isEmpty(); }
    // The registry's id of this connection: the profile id (the demo's is
    // ConnectionKey::demoProfileId()); a connection made up in code without
    // one is known by its name.
    QString id() const { return profileId.isEmpty() ? QStringLiteral("unsaved:") + name : profileId; }
    ConnectionKey key(const QString &projectId) const { return {id(), projectId}; }
    // A saved profile (not the demo, not made up in code): it can be edited.
    bool isSavedProfile() const { return !profileId.isEmpty() && profileId != ConnectionKey::demoProfileId(); }
};

} // namespace peaka::gui
