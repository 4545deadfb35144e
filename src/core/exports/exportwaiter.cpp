// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportwaiter.h"

#include "common/logging.h"
#include "api/backoff.h"
#include "api/peakaclient.h"

namespace peaka {

ExportWaiter::ExportWaiter(PeakaClient *client, const QString &projectId, const QString &exportId,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_exportId(exportId)
{
    m_job.id = exportId;
    m_timer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ExportWaiter::poll);
    connect(&m_deadline, &QTimer::timeout, this, &ExportWaiter::onDeadline);
}

ExportWaiter::~ExportWaiter()
{
    if (m_request)
        m_request->abort();
}

void ExportWaiter::start()
{
    if (m_running || m_done)
        return;
    m_running = true;
    m_errorsInRow = 0;
    m_clock.start();
    if (m_timeoutMs > 0)
        m_deadline.start(int(qMin<qint64>(m_timeoutMs, std::numeric_limits<int>::max())));
    poll();
}

void ExportWaiter::stop()
{
    m_running = false;
    m_timer.stop();
    m_deadline.stop();
    if (m_request)
        m_request->abort();
    m_request = nullptr;
}

void ExportWaiter::poll()
{
    if (!m_running || m_done)
        return;
    if (!m_client) {
        ApiError e(ApiError::InvalidInput);
        e.setReason(tr("The connection was closed."));
        finish(e);
        return;
    }
    m_request = m_client->readExport(m_projectId, m_exportId);
    connect(m_request, &ExportRequest::finished, this, &ExportWaiter::onResult);
}

void ExportWaiter::onResult(const ExportResult &result)
{
    m_request = nullptr;
    if (!m_running || m_done)
        return;
    if (!result.ok()) {
        if (!result.error.isTransient() || (m_maxErrors > 0 && m_errorsInRow + 1 >= m_maxErrors)) {
            finish(result.error);
            return;
        }
        const int delay = Backoff(m_intervalMs, m_maxBackoffMs).delayMs(m_errorsInRow, result.error);
        ++m_errorsInRow;
        qCInfo(lcApi) << "waiting for" << m_exportId << ": poll failed (" << result.error.kindName()
                      << "), next try in" << delay << "ms";
        emit pollFailed(result.error, delay);
        scheduleNext(delay);
        return;
    }
    m_errorsInRow = 0;
    ExportJob job = result.value;
    if (job.id.isEmpty())
        job.id = m_exportId;
    const bool changed = job.status != m_job.status;
    m_job = job;
    if (changed)
        emit statusChanged(m_job);
    if (m_job.status.isFinal()) {
        finish({});
        return;
    }
    scheduleNext(m_intervalMs);
}

void ExportWaiter::scheduleNext(int delayMs)
{
    m_timer.start(delayMs);
}

void ExportWaiter::onDeadline()
{
    if (!m_running || m_done)
        return;
    m_timedOut = true;
    finish(timeoutError());
}

ApiError ExportWaiter::timeoutError() const
{
    ApiError e(ApiError::Timeout);
    e.setReason(tr("Stopped waiting for export %1 after %n second(s); it is still %2.", nullptr,
                   int((m_timeoutMs + 999) / 1000))
                    .arg(m_exportId, m_job.status.wire().isEmpty() ? tr("in progress") : m_job.status.wire()));
    e.setHost(m_client ? m_client->baseUrl().host() : QString());
    return e;
}

void ExportWaiter::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    stop();
    emit finished(m_job, error);
}

} // namespace peaka
