// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/linkrefresher.h"

#include "api/peakaclient.h"

#include <QTimer>

namespace peaka {

ClientLinkRefresher::ClientLinkRefresher(PeakaClient *client)
    : m_client(client)
{
}

void ClientLinkRefresher::refresh(const DownloadSource &source, QObject *context, Done done)
{
    ++m_calls;
    if (!m_client) {
        QTimer::singleShot(0, context, [done] {
            ExportResult r;
            ApiError e(ApiError::InvalidInput);
            e.setReason(QCoreApplication::translate("peaka::LinkRefresher",
                                                    "The profile of this download is no longer available."));
            r.error = e;
            done(r);
        });
        return;
    }
    ExportRequest *request = m_client->readExport(source.projectId, source.exportId);
    QObject::connect(request, &ExportRequest::finished, context,
                     [done](const ExportResult &result) { done(result); });
}

} // namespace peaka
