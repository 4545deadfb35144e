// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/exportpager.h"

#include "api/exportpage.h"
#include "api/peakaclient.h"
#include "common/logging.h"

namespace peaka {

ExportPager::ExportPager(PeakaClient *client, const QString &projectId, const ExportStatusFilter &filter,
                         QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
    , m_projectId(projectId)
    , m_filter(filter)
{
}

ExportPager::~ExportPager()
{
    if (m_request)
        m_request->abort();
}

void ExportPager::start()
{
    if (!m_request && !m_done)
        requestPage();
}

void ExportPager::abort()
{
    m_done = true;
    if (m_request)
        m_request->abort();
    deleteLater();
}

void ExportPager::requestPage()
{
    if (!m_client) {
        ApiError closed(ApiError::InvalidInput);
        closed.setReason(tr("The connection was closed."));
        finish(closed);
        return;
    }
    ListExportsRequest *request = m_client->listExports(m_projectId, m_filter.serverStatuses(), m_cursor);
    m_request = request;
    connect(request, &ListExportsRequest::finished, this,
            [this, request](const ExportListResult &result) { onPage(request, result); });
}

void ExportPager::onPage(ListExportsRequest *request, const ExportListResult &result)
{
    m_request.clear();
    if (m_done)
        return;
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    ++m_pages;
    m_problems += result.problems;
    QList<ExportJob> fresh;
    for (const ExportJob &job : m_keepRows ? ExportPage::unseenRows(result.value, &m_seen) : result.value) {
        if (m_filter.accepts(job))
            fresh.append(job);
    }
    m_rowCount += fresh.size();
    if (m_keepRows)
        m_rows += fresh;
    Q_EMIT pageLoaded(fresh, m_pages);
    if (m_done)
        return; // a receiver aborted

    const QString next = request->pageCursor();
    if (request->rowsOnWire() < PeakaClient::ListPageSize) {
        m_complete = true;
        finish({});
    } else if (m_maxPages > 0 && m_pages >= m_maxPages) {
        finish({});
    } else if (next.isEmpty() || next == m_cursor) {
        // Nothing to continue from, or the server gave the same page again: stop
        // instead of looping, and say the list may be incomplete.
        ApiError stuck(ApiError::BadResponse);
        stuck.setHost(request->url().host());
        stuck.setReason(
            tr("Page %1 of the export list gives no newer cursor to continue from; later pages were not read.")
                .arg(m_pages));
        finish(stuck);
    } else {
        m_cursor = next;
        requestPage();
    }
}

void ExportPager::finish(const ApiError &error)
{
    m_done = true;
    if (error.isError())
        qCInfo(lcApi) << "export list stopped after" << m_pages << "pages," << m_rowCount << "rows:"
                      << error.message();
    ExportListResult result;
    result.value = m_rows;
    result.error = error;
    result.problems = m_problems;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace peaka
