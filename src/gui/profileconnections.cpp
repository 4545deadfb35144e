// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileconnections.h"

#include "credentials/apikey.h"
#include "credentials/credentialjob.h"
#include "credentials/credentialstore.h"
#include "profiledialog.h"
#include "profilemanagerdialog.h"
#include "profiles/profilestore.h"
#include "profiles/projectnamefiller.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QSet>

#include <algorithm>

namespace peaka::gui {

ProfileConnections::ProfileConnections(ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_names(new ProjectNameFiller(profiles, this))
{
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfileConnections::reload);
    connect(m_credentials, &CredentialStore::keyChanged, this, [this](const QString &profileId) {
        // A profile being added is read once the store has it (profilesChanged);
        // before start() every key is read by start().
        if (!m_started)
            return;
        if (m_profiles->contains(profileId))
            readKey(profileId);
        else
            m_keys.remove(profileId);
    });
}

void ProfileConnections::start()
{
    m_started = true;
    reload();
}

bool ProfileConnections::hasConnections() const
{
    const QList<Profile> profiles = m_profiles->profiles();
    return std::any_of(profiles.cbegin(), profiles.cend(),
                       [](const Profile &profile) { return !Profile::cleanProjectIds(profile.projectIds).isEmpty(); });
}

std::optional<ExportListCacheKey> ProfileConnections::startTarget() const
{
    if (m_demoChosen)
        return std::nullopt;
    // As publish() and the window choose: the current profile, else the first
    // with a project; its current project, else its first.
    const QList<Profile> profiles = m_profiles->profiles();
    const QString current = m_profiles->currentProfileId();
    const Profile *chosen = nullptr;
    for (const Profile &profile : profiles) {
        if (Profile::cleanProjectIds(profile.projectIds).isEmpty())
            continue;
        if (!chosen || profile.id == current)
            chosen = &profile;
        if (profile.id == current)
            break;
    }
    if (!chosen || chosen->keyPrefix.isEmpty())
        return std::nullopt;
    const QStringList projects = Profile::cleanProjectIds(chosen->projectIds);
    const QString project = m_profiles->currentProject(chosen->id);
    return ExportListCacheKey{chosen->baseUrl, {chosen->id, projects.contains(project) ? project : projects.first()},
                              chosen->keyPrefix};
}

void ProfileConnections::setDemoConnection(const Connection &demo)
{
    m_demo = demo;
    m_demo->profileId = ConnectionKey::demoProfileId(); // a connection too, never a saved profile
    m_demoChosen = true;
    publish();
}

bool ProfileConnections::isReadingKeys() const
{
    for (const KeyState &state : m_keys) {
        if (state.reading)
            return true;
    }
    return false;
}

void ProfileConnections::reload()
{
    if (!m_started)
        return;
    QSet<QString> ids;
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        ids.insert(profile.id);
        if (!m_keys.contains(profile.id))
            readKey(profile.id);
    }
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (ids.contains(it.key()))
            ++it;
        else
            it = m_keys.erase(it);
    }
    publish();
}

void ProfileConnections::readKey(const QString &profileId)
{
    KeyState &state = m_keys[profileId];
    state.reading = true;
    state.generation = ++m_generation;
    const quint64 generation = state.generation;
    CredentialJob *job = m_credentials->readKey(profileId);
    connect(job, &CredentialJob::finished, this, [this, profileId, generation](const CredentialResult &result) {
        onKeyRead(profileId, generation, result);
    });
}

void ProfileConnections::onKeyRead(const QString &profileId, quint64 generation, const CredentialResult &result)
{
    const auto it = m_keys.find(profileId);
    if (it == m_keys.end() || it->generation != generation)
        return; // removed, or read again since
    it->reading = false;
    it->key = result.ok() ? result.key : QString();
    it->problem = result.ok() ? QString() : result.message;
    publish();
}

void ProfileConnections::publish()
{
    if (!m_started || isReadingKeys())
        return; // all at once: the window never tries a profile without its key
    QList<Connection> list;
    int preferred = -1;
    QString project;
    const QString current = m_profiles->currentProfileId();
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        Connection connection;
        connection.name = profile.name;
        connection.baseUrl = profile.baseUrl;
        connection.projectIds = Profile::cleanProjectIds(profile.projectIds);
        connection.projectLabels = profile.projectLabels;
        connection.downloadFolder = profile.downloadFolder;
        connection.profileId = profile.id;
        const KeyState state = m_keys.value(profile.id);
        connection.apiKey = state.key;
        connection.keyProblem = state.problem;
        if (connection.projectIds.isEmpty())
            continue;
        if (!m_demoChosen && profile.id == current) {
            preferred = int(list.size());
            project = m_profiles->currentProject(profile.id);
        }
        list.append(connection);
    }
    if (m_demo) {
        if (m_demoChosen)
            preferred = int(list.size());
        list.append(*m_demo);
    }
    if (preferred < 0 && !list.isEmpty())
        preferred = 0;
    m_published = list;
    emit published(list, preferred, project);
    emit connectionsChanged();
}

void ProfileConnections::remember(const Connection &connection, const QString &projectId)
{
    if (!connection.isSavedProfile()) {
        m_demoChosen = connection.demo;
        m_currentProfileId.clear();
        return;
    }
    m_demoChosen = false;
    m_currentProfileId = connection.profileId;
    m_profiles->setCurrentProfileId(connection.profileId);
    m_profiles->setCurrentProject(connection.profileId, projectId);
}

void ProfileConnections::fillProjectNames(const Connection &connection, PeakaClient *client)
{
    if (connection.isSavedProfile() && connection.keyProblem.isEmpty())
        m_names->connectionOpened(connection.profileId, client);
}

void ProfileConnections::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_configure)
        m_configure(dialog);
    dialog->open();
}

void ProfileConnections::openAddDialog()
{
    auto *dialog = new ProfileDialog(m_profiles, m_credentials, m_dialogParent);
    // A profile just added becomes the current one.
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &profileId) {
        m_demoChosen = false;
        m_profiles->setCurrentProfileId(profileId);
        publish();
    });
    show(dialog);
}

void ProfileConnections::openEditDialog(const QString &profileId)
{
    auto *dialog = new ProfileDialog(m_profiles, m_credentials, m_dialogParent);
    if (!dialog->editProfile(profileId)) {
        delete dialog;
        return;
    }
    show(dialog);
}

void ProfileConnections::openManager()
{
    auto *manager = new ProfileManagerDialog(m_profiles, m_credentials, m_dialogParent);
    manager->setDialogConfigurer([this](ProfileDialog *dialog) {
        if (dialog->mode() == ProfileDialog::Mode::Add) {
            connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &profileId) {
                m_demoChosen = false;
                m_profiles->setCurrentProfileId(profileId);
                publish();
            });
        }
        if (m_configure)
            m_configure(dialog);
    });
    if (!m_currentProfileId.isEmpty())
        manager->selectProfile(m_currentProfileId);
    show(manager);
}

void ProfileConnections::askSessionKey(const QString &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("sessionKeyDialog"));
    dialog->setAccessibleName(tr("API key for this session"));
    dialog->setWindowTitle(tr("API Key for This Session"));
    dialog->setLabelText(tr("The API key for “%1”. It is kept in memory only and forgotten when "
                            "the app quits.")
                             .arg(profile->name));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, profileId](const QString &text) {
        const QString key = text.trimmed();
        if (ApiKey::looksValid(key) && m_profiles->contains(profileId))
            m_credentials->setSessionKey(profileId, key); // keyChanged: read again, published
    });
    show(dialog);
}

} // namespace peaka::gui
