// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilestore.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace peaka {

Q_LOGGING_CATEGORY(lcProfiles, "peaka.profiles")

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kCurrentProfile = QStringLiteral("currentProfile");
const QString kName = QStringLiteral("name");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kKeyKind = QStringLiteral("keyKind");
const QString kProjectIds = QStringLiteral("projectIds");
// Parallel to kProjectIds; absent in profiles saved before names were kept.
const QString kProjectNames = QStringLiteral("projectNames");
const QString kProjectWorkspaces = QStringLiteral("projectWorkspaces");
const QString kDownloadFolder = QStringLiteral("downloadFolder");
const QString kKeyPrefix = QStringLiteral("keyPrefix");
const QString kCurrentProject = QStringLiteral("currentProject");

QString groupOf(const QString &id)
{
    return kProfilesGroup + QLatin1Char('/') + id;
}

// An id becomes a settings group: refuse anything that could escape it.
bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    Q_ASSERT(settings);
}

ProfileStore::ProfileStore(const QString &iniPath, QObject *parent)
    : QObject(parent),
      m_ownedSettings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)),
      m_settings(m_ownedSettings.get())
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/Peaka/profiles.ini");
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (!contains(id))
        return std::nullopt;
    Profile p;
    p.id = id;
    m_settings->beginGroup(groupOf(id));
    p.name = m_settings->value(kName).toString();
    p.baseUrl = QUrl(m_settings->value(kBaseUrl, Profile::defaultBaseUrl().toString()).toString());
    p.keyKind = keyKindFromString(m_settings->value(kKeyKind).toString());
    p.projectIds = m_settings->value(kProjectIds).toStringList();
    const QStringList names = m_settings->value(kProjectNames).toStringList();
    const QStringList workspaces = m_settings->value(kProjectWorkspaces).toStringList();
    for (int i = 0; i < p.projectIds.size() && i < names.size(); ++i) {
        if (!names.at(i).trimmed().isEmpty())
            p.projectLabels.insert(p.projectIds.at(i), {names.at(i), workspaces.value(i)});
    }
    p.downloadFolder = m_settings->value(kDownloadFolder, Profile::defaultDownloadFolder()).toString();
    p.keyPrefix = m_settings->value(kKeyPrefix).toString();
    m_settings->endGroup();
    return p;
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(kProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> out;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            out << *p;
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

std::optional<Profile> ProfileStore::profileByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Profile &p : profiles()) {
        if (QString::compare(p.name.trimmed(), wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &id) const
{
    if (!isSafeId(id))
        return false;
    m_settings->beginGroup(kProfilesGroup);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

bool ProfileStore::isEmpty() const
{
    m_settings->beginGroup(kProfilesGroup);
    const bool empty = m_settings->childGroups().isEmpty();
    m_settings->endGroup();
    return empty;
}

QStringList ProfileStore::problems(const Profile &profile) const
{
    QStringList out = profile.validate();
    if (!profile.id.isEmpty() && !isSafeId(profile.id))
        out << tr("The profile id \"%1\" is not valid.").arg(profile.id);
    if (auto other = profileByName(profile.name); other && other->id != profile.id)
        out << tr("A profile named \"%1\" already exists. Choose another name.")
                   .arg(profile.name.trimmed());
    return out;
}

bool ProfileStore::add(const Profile &profile)
{
    if (contains(profile.id) || !problems(profile).isEmpty()) {
        qCDebug(lcProfiles) << "refused to add profile" << profile.id;
        return false;
    }
    write(profile);
    qCInfo(lcProfiles) << "added profile" << profile.id;
    emit profileAdded(profile.id);
    emit profilesChanged();
    return true;
}

bool ProfileStore::update(const Profile &profile)
{
    if (!contains(profile.id) || !problems(profile).isEmpty()) {
        qCDebug(lcProfiles) << "refused to update profile" << profile.id;
        return false;
    }
    write(profile);
    qCInfo(lcProfiles) << "updated profile" << profile.id;
    emit profileUpdated(profile.id);
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    if (!contains(id))
        return false;
    const bool wasCurrent = currentProfileId() == id;
    m_settings->remove(groupOf(id));
    if (wasCurrent)
        m_settings->remove(kCurrentProfile);
    sync();
    qCInfo(lcProfiles) << "removed profile" << id;
    emit profileRemoved(id);
    emit profilesChanged();
    if (wasCurrent)
        emit currentProfileChanged(QString());
    return true;
}

QString ProfileStore::currentProfileId() const
{
    const QString id = m_settings->value(kCurrentProfile).toString();
    return contains(id) ? id : QString();
}

bool ProfileStore::setCurrentProfileId(const QString &id)
{
    if (!id.isEmpty() && !contains(id))
        return false;
    if (currentProfileId() == id)
        return true;
    if (id.isEmpty())
        m_settings->remove(kCurrentProfile);
    else
        m_settings->setValue(kCurrentProfile, id);
    sync();
    emit currentProfileChanged(id);
    return true;
}

QString ProfileStore::currentProject(const QString &profileId) const
{
    const auto p = profile(profileId);
    if (!p)
        return QString();
    const QStringList ids = Profile::cleanProjectIds(p->projectIds);
    const QString remembered = m_settings->value(groupOf(profileId) + QLatin1Char('/') + kCurrentProject).toString();
    if (ids.contains(remembered))
        return remembered;
    return ids.value(0);
}

bool ProfileStore::setCurrentProject(const QString &profileId, const QString &projectId)
{
    const auto p = profile(profileId);
    if (!p || !Profile::cleanProjectIds(p->projectIds).contains(projectId))
        return false;
    if (currentProject(profileId) == projectId
        && m_settings->contains(groupOf(profileId) + QLatin1Char('/') + kCurrentProject))
        return true;
    m_settings->setValue(groupOf(profileId) + QLatin1Char('/') + kCurrentProject, projectId);
    sync();
    emit currentProjectChanged(profileId, projectId);
    return true;
}

void ProfileStore::write(const Profile &profile)
{
    m_settings->beginGroup(groupOf(profile.id));
    m_settings->setValue(kName, profile.name.trimmed());
    m_settings->setValue(kBaseUrl, profile.baseUrl.toString());
    m_settings->setValue(kKeyKind, keyKindToString(profile.keyKind));
    const QStringList ids = Profile::cleanProjectIds(profile.projectIds);
    m_settings->setValue(kProjectIds, ids);
    QStringList names, workspaces;
    for (const QString &id : ids) {
        const ProjectLabel label = profile.labelOf(id);
        names << (label.isEmpty() ? QString() : label.name);
        workspaces << (label.isEmpty() ? QString() : label.workspace);
    }
    const bool anyName = std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return !n.isEmpty(); });
    if (anyName) {
        m_settings->setValue(kProjectNames, names);
        m_settings->setValue(kProjectWorkspaces, workspaces);
    } else {
        m_settings->remove(kProjectNames);
        m_settings->remove(kProjectWorkspaces);
    }
    m_settings->setValue(kDownloadFolder, profile.downloadFolder);
    m_settings->setValue(kKeyPrefix, profile.keyPrefix);
    m_settings->endGroup();
    sync();
}

void ProfileStore::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcProfiles) << "could not save the profiles to" << m_settings->fileName();
}

} // namespace peaka
