// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailloader.h"

#include "api/peakaclient.h"

namespace peaka::gui {

DetailLoader::DetailLoader(QObject *parent)
    : QObject(parent)
{
}

DetailLoader::~DetailLoader()
{
    cancel();
}

void DetailLoader::setClient(PeakaClient *client, const QString &projectId)
{
    cancel();
    m_client = client;
    m_projectId = projectId;
}

void DetailLoader::cancel()
{
    if (m_request)
        m_request->abort();
    m_request.clear();
    m_id.clear();
}

void DetailLoader::load(const QString &exportId)
{
    cancel();
    if (!m_client || exportId.isEmpty())
        return;
    m_id = exportId;
    ExportRequest *request = m_client->readExport(m_projectId, exportId);
    m_request = request;
    connect(request, &ExportRequest::finished, this, [this, exportId](const ExportResult &result) {
        if (exportId != m_id)
            return; // a late answer for a row no longer selected
        m_request.clear();
        m_id.clear();
        if (result.ok())
            Q_EMIT loaded(result.value);
        else
            Q_EMIT failed(exportId, result.error);
    });
}

} // namespace peaka::gui
