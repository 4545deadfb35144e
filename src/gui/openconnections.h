// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "connections/connectionkey.h"

#include <QList>
#include <QObject>

#include <optional>

namespace peaka {
class ConnectionRegistry;
class PeakaClient;
}

namespace peaka::gui {

// The connections offered in this session, with the registry kept in step:
// every listed connection is open with its current base URL and key, and a
// connection no longer listed is closed (its work stops with a sentence).
// Controllers look a connection up by Connection::id() (= ConnectionKey::profileId).
class OpenConnections final : public QObject
{
    Q_OBJECT
public:
    explicit OpenConnections(ConnectionRegistry *registry, QObject *parent = nullptr);

    ConnectionRegistry *registry() const { return m_registry; }
    void setConnections(const QList<Connection> &connections);
    QList<Connection> connections() const { return m_connections; }
    std::optional<Connection> find(const QString &connectionId) const;
    PeakaClient *client(const ConnectionKey &key) const;

private:
    ConnectionRegistry *m_registry;
    QList<Connection> m_connections;
};

} // namespace peaka::gui
