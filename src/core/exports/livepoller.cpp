// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/livepoller.h"

#include "common/logging.h"
#include "api/backoff.h"
#include "api/peakaclient.h"

#include <algorithm>

namespace peaka {
LivePoller::LivePoller(PeakaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LivePoller::refresh);
}

LivePoller::~LivePoller()
{
    stop();
}

void LivePoller::setClient(PeakaClient *client)
{
    stop();
    m_client = client;
    m_failures = 0;
}

void LivePoller::setProjectId(const QString &projectId)
{
    stop();
    m_projectId = projectId;
    m_failures = 0;
    m_anyInProgress = false;
    m_lastSuccess = {};
}

void LivePoller::setIntervalMs(int ms)
{
    m_intervalMs = std::max(100, ms);
}

void LivePoller::stop()
{
    m_timer.stop();
    if (m_request)
        m_request->abort();
    m_request.clear();
}

void LivePoller::refresh()
{
    m_timer.stop();
    if (m_request || m_projectId.isEmpty() || !m_client)
        return;
    m_request = m_client->listExports(m_projectId);
    connect(m_request.data(), &ListExportsRequest::finished, this,
            [this](const ExportListResult &result) { onFinished(result.value, result.error); });
    Q_EMIT refreshStarted();
}

void LivePoller::onFinished(const QList<ExportJob> &jobs, const ApiError &error)
{
    m_request.clear();
    if (!error) {
        m_failures = 0;
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        m_anyInProgress = std::any_of(jobs.cbegin(), jobs.cend(),
                                      [](const ExportJob &j) { return j.status.isInProgress(); });
        if (m_anyInProgress)
            m_timer.start(m_intervalMs);
        Q_EMIT listed(jobs);
        return;
    }
    ++m_failures;
    int retryIn = -1;
    if (error.isTransient()) {
        retryIn = Backoff(m_intervalMs, m_maxBackoffMs).delayMs(m_failures, error);
        m_timer.start(retryIn);
    }
    qCInfo(lcApi) << "listing exports failed:" << error.kindName() << "retry in" << retryIn << "ms";
    Q_EMIT failed(error, retryIn);
}

} // namespace peaka
