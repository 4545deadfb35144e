// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/livepoller.h"

#include "common/logging.h"
#include "api/peakaclient.h"

#include <algorithm>
#include <limits>

namespace peaka {
namespace {

bool waitingHelps(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Unauthorized:
    case ApiError::Forbidden:
    case ApiError::NotFound:
    case ApiError::BadRequest:
    case ApiError::InvalidInput:
    case ApiError::Tls:
        return false;
    default:
        return true;
    }
}

} // namespace

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

int LivePoller::backoffMs(int intervalMs, int failures, int maxMs, int retryAfterSecs)
{
    qint64 delay = intervalMs;
    for (int i = 0; i < failures && delay < maxMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, maxMs);
    if (retryAfterSecs > 0) // the server knows best, even past our cap
        delay = std::max<qint64>(delay, qint64(retryAfterSecs) * 1000);
    return int(std::min<qint64>(delay, std::numeric_limits<int>::max()));
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
    if (waitingHelps(error.kind())) {
        retryIn = backoffMs(m_intervalMs, m_failures, m_maxBackoffMs, error.retryAfterSecs());
        m_timer.start(retryIn);
    }
    qCInfo(lcApi) << "listing exports failed:" << error.kindName() << "retry in" << retryIn << "ms";
    Q_EMIT failed(error, retryIn);
}

} // namespace peaka
