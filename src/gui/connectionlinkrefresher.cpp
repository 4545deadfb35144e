// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionlinkrefresher.h"

#include "api/peakaclient.h"

#include <QCoreApplication>
#include <QTimer>

namespace peaka::gui {

ConnectionLinkRefresher::ConnectionLinkRefresher(Resolver resolver)
    : m_resolver(std::move(resolver))
{
}

void ConnectionLinkRefresher::refresh(const DownloadSource &source, QObject *context, Done done)
{
    ++m_calls;
    PeakaClient *client = m_resolver ? m_resolver(source.profileId) : nullptr;
    if (!client) {
        QTimer::singleShot(0, context, [done] {
            ExportResult r;
            ApiError e(ApiError::InvalidInput);
            e.setReason(QCoreApplication::translate("peaka::gui::ConnectionLinkRefresher",
                                                    "The connection of this download is no longer "
                                                    "available. Add it again to resume the download."));
            r.error = e;
            done(r);
        });
        return;
    }
    ExportRequest *request = client->readExport(source.projectId, source.exportId);
    QObject::connect(request, &ExportRequest::finished, context,
                     [done](const ExportResult &result) { done(result); });
}

} // namespace peaka::gui
