// SPDX-License-Identifier: GPL-3.0-or-later
#include "openconnections.h"

#include "connections/connectionregistry.h"

#include <QSet>

namespace peaka::gui {

OpenConnections::OpenConnections(ConnectionRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
}

void OpenConnections::setConnections(const QList<Connection> &connections)
{
    m_connections = connections;
    QSet<QString> listed;
    for (const Connection &c : connections) {
        listed.insert(c.id());
        // A refused base URL leaves it closed; the window says why when it is chosen.
        if (!m_registry->open(c.id(), c.baseUrl, c.apiKey))
            m_registry->close(c.id());
    }
    const QStringList open = m_registry->openProfileIds();
    for (const QString &id : open) {
        if (!listed.contains(id))
            m_registry->close(id);
    }
}

std::optional<Connection> OpenConnections::find(const QString &connectionId) const
{
    for (const Connection &c : m_connections) {
        if (c.id() == connectionId)
            return c;
    }
    return std::nullopt;
}

PeakaClient *OpenConnections::client(const ConnectionKey &key) const
{
    return m_registry->client(key);
}

} // namespace peaka::gui
