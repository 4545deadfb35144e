// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/projectnamefiller.h"

#include "api/peakaclient.h"
#include "profiles/profilestore.h"
#include "sources/sourcesession.h"

#include <QLoggingCategory>

namespace peaka {

Q_LOGGING_CATEGORY(lcProjectNames, "peaka.profiles.names")

ProjectNameFiller::ProjectNameFiller(ProfileStore *profiles, QObject *parent)
    : QObject(parent), m_profiles(profiles)
{
    Q_ASSERT(profiles);
}

void ProjectNameFiller::connectionOpened(const QString &profileId, PeakaClient *client)
{
    const auto profile = m_profiles->profile(profileId);
    if (!client || !profile || profile->keyKind != KeyKind::Partner || m_asked.contains(profileId))
        return;
    const QStringList ids = Profile::cleanProjectIds(profile->projectIds);
    const bool missing = std::any_of(ids.cbegin(), ids.cend(),
                                     [&](const QString &id) { return profile->labelOf(id).isEmpty(); });
    if (!missing)
        return;
    m_asked.insert(profileId);
    SourceSession::of(client)->projectDirectory(this, [this, profileId](const ApiResult<QList<ProjectEntry>> &r) {
        if (!r.ok()) {
            qCInfo(lcProjectNames) << "project names of profile" << profileId
                                   << "stay unknown:" << r.error.kindName();
            return;
        }
        auto current = m_profiles->profile(profileId); // read again: it may have changed meanwhile
        if (!current)
            return;
        int filled = 0;
        for (const ProjectEntry &e : r.value) {
            if (!current->projectIds.contains(e.project.id) || e.project.name.trimmed().isEmpty())
                continue;
            const ProjectLabel label{e.project.name, e.workspace.name};
            if (current->labelOf(e.project.id) != label) {
                current->projectLabels.insert(e.project.id, label);
                ++filled;
            }
        }
        if (filled > 0 && m_profiles->update(*current)) {
            qCInfo(lcProjectNames) << "filled" << filled << "project name(s) of profile" << profileId;
            emit namesFilled(profileId, filled);
        }
    });
}

} // namespace peaka
