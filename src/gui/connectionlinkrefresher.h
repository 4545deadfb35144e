// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloads/linkrefresher.h"

#include <functional>

namespace peaka::gui {

// Fresh links through the client of the download's connection: the resolver
// maps DownloadSource::profileId (the connection's registry id) to its client
// (ConnectionRegistry), and a download whose connection is gone fails with a
// sentence instead of asking another deployment.
class ConnectionLinkRefresher final : public LinkRefresher
{
public:
    using Resolver = std::function<PeakaClient *(const QString &profileId)>;
    explicit ConnectionLinkRefresher(Resolver resolver);
    void refresh(const DownloadSource &source, QObject *context, Done done) override;
    int calls() const { return m_calls; }

private:
    Resolver m_resolver;
    int m_calls = 0;
};

} // namespace peaka::gui
