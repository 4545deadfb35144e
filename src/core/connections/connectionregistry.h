// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionkey.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace peaka {

class PeakaClient;

// The one owner of API clients: one PeakaClient per open connection (profile),
// never one client re-pointed at whichever connection the window shows.
// open() creates a profile's client or updates its base URL and key in place
// (the same connection, edited); close() ends it, and work still holding a
// QPointer to it sees nullptr and stops with a sentence.
//
//     registry.open(profileId, baseUrl, key);
//     const ConnectionKey key{profileId, projectId};   // captured by long-lived work
//     PeakaClient *client = registry.client(key);      // that connection's, to the end
class ConnectionRegistry final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionRegistry(QObject *parent = nullptr);
    ~ConnectionRegistry() override;

    // Opens profileId's connection or updates it. Returns false with a sentence
    // in `error` when the base URL is refused (the connection then stays as it was).
    bool open(const QString &profileId, const QUrl &baseUrl, const QString &apiKey, QString *error = nullptr);
    // Ends profileId's connection; its client is deleted once control returns to the event loop.
    void close(const QString &profileId);
    void closeAll();

    bool isOpen(const QString &profileId) const { return m_clients.contains(profileId); }
    QStringList openProfileIds() const { return m_clients.keys(); }
    // The client of key's connection; nullptr when it is not open.
    PeakaClient *client(const ConnectionKey &key) const { return client(key.profileId); }
    PeakaClient *client(const QString &profileId) const;

    // Seam for tests and settings: called for every client, now and when created
    // (timeouts, retry policy).
    using ClientConfigurer = std::function<void(PeakaClient *)>;
    void setClientConfigurer(ClientConfigurer configure);

Q_SIGNALS:
    void opened(const QString &profileId);
    // The base URL or key of an open connection changed.
    void updated(const QString &profileId);
    void closed(const QString &profileId);

private:
    QHash<QString, QPointer<PeakaClient>> m_clients;
    ClientConfigurer m_configure;
};

} // namespace peaka
