// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloads/downloadsource.h"
#include "api/exportrequests.h"

#include <QPointer>

#include <functional>

namespace peaka {

class PeakaClient;

// Gets fresh presigned links for a download: a Read Export call. A seam so
// the manager needs no client of its own and tests can count the calls.
class LinkRefresher
{
public:
    using Done = std::function<void(const ExportResult &)>;
    virtual ~LinkRefresher() = default;
    // Calls Read Export for source.projectId / source.exportId. `done` runs later
    // (never from inside this call), on `context`'s thread, and not at all once
    // `context` is destroyed.
    virtual void refresh(const DownloadSource &source, QObject *context, Done done) = 0;
};

// The refresher for one PeakaClient (one profile).
class ClientLinkRefresher final : public LinkRefresher
{
public:
    explicit ClientLinkRefresher(PeakaClient *client);
    void refresh(const DownloadSource &source, QObject *context, Done done) override;
    int calls() const { return m_calls; }

private:
    QPointer<PeakaClient> m_client;
    int m_calls = 0;
};

} // namespace peaka
