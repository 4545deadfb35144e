// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionregistry.h"

#include "api/baseurl.h"
#include "api/peakaclient.h"
#include "credentials/apikey.h"
#include "common/logging.h"

namespace peaka {

ConnectionRegistry::ConnectionRegistry(QObject *parent)
    : QObject(parent)
{
}

ConnectionRegistry::~ConnectionRegistry() = default; // the clients are children

bool ConnectionRegistry::open(const QString &profileId, const QUrl &baseUrl, const QString &apiKey, QString *error)
{
    if (profileId.isEmpty()) {
        if (error)
            *error = tr("The connection has no id.");
        return false;
    }
    const QUrl normalised = BaseUrl::normalise(baseUrl.toString(), error);
    if (!normalised.isValid())
        return false;
    if (PeakaClient *existing = client(profileId)) {
        const bool changed = existing->baseUrl() != normalised || existing->hasApiKey() == apiKey.isEmpty()
                             || existing->apiKeyPrefix() != ApiKey::publicPrefix(apiKey);
        existing->setBaseUrl(normalised.toString());
        existing->setApiKey(apiKey);
        if (changed)
            Q_EMIT updated(profileId);
        return true;
    }
    auto *created = new PeakaClient(this);
    created->setObjectName(QStringLiteral("client:") + profileId);
    created->setBaseUrl(normalised.toString());
    created->setApiKey(apiKey);
    if (m_configure)
        m_configure(created);
    m_clients.insert(profileId, created);
    qCInfo(lcApi) << "connection opened:" << profileId << baseUrl.host();
    Q_EMIT opened(profileId);
    return true;
}

void ConnectionRegistry::close(const QString &profileId)
{
    const QPointer<PeakaClient> client = m_clients.take(profileId);
    if (!client)
        return;
    client->deleteLater();
    qCInfo(lcApi) << "connection closed:" << profileId;
    Q_EMIT closed(profileId);
}

void ConnectionRegistry::closeAll()
{
    const QStringList ids = m_clients.keys();
    for (const QString &id : ids)
        close(id);
}

PeakaClient *ConnectionRegistry::client(const QString &profileId) const
{
    return m_clients.value(profileId).data();
}

void ConnectionRegistry::setClientConfigurer(ClientConfigurer configure)
{
    m_configure = std::move(configure);
    if (!m_configure)
        return;
    for (const QPointer<PeakaClient> &client : std::as_const(m_clients)) {
        if (client)
            m_configure(client);
    }
}

} // namespace peaka
