// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/exportjob.h"
#include "api/exportrequests.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace peaka {

class PeakaClient;

// Follows one export job by polling Read Export until the job is final
// (SUCCEEDED, FAILED, CANCELLED, EXPIRED) or a hard error ends the wait.
// Transient errors (ApiError::isTransient) back off with Backoff(interval, cap)
// and wait at least a Retry-After; other errors end the wait. Emits statusChanged
// for every status it sees change and exactly one finished.
class ExportWaiter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;
    static constexpr int kDefaultMaxBackoffMs = 60000;
    static constexpr int kDefaultMaxConsecutiveErrors = 10;

    ExportWaiter(PeakaClient *client, const QString &projectId, const QString &exportId,
                 QObject *parent = nullptr);
    ~ExportWaiter() override;

    // Time between polls while the job is in progress.
    void setIntervalMs(int ms) { m_intervalMs = qMax(10, ms); }
    int intervalMs() const { return m_intervalMs; }
    // Upper bound of the error backoff.
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = qMax(10, ms); }
    // Overall limit; 0 = wait as long as it takes.
    void setTimeoutMs(qint64 ms) { m_timeoutMs = qMax<qint64>(0, ms); }
    qint64 timeoutMs() const { return m_timeoutMs; }
    // Transient errors in a row before giving up; 0 = never give up on them.
    void setMaxConsecutiveErrors(int n) { m_maxErrors = qMax(0, n); }
    // The row known so far (e.g. the 202 answer); statusChanged fires only on a change from it.
    void setInitialJob(const ExportJob &job) { m_job = job; }

    QString exportId() const { return m_exportId; }
    ExportJob lastJob() const { return m_job; }
    bool isRunning() const { return m_running; }
    // True when the overall timeout ended the wait; the error's reason() then
    // is the sentence to show (its kind is Timeout).
    bool hasTimedOut() const { return m_timedOut; }

    // Polls at once, then every interval. Calling it again has no effect.
    void start();
    // Stops without emitting finished.
    void stop();

Q_SIGNALS:
    void statusChanged(const peaka::ExportJob &job);
    // A transient error; the waiter tries again after `retryInMs`.
    void pollFailed(const peaka::ApiError &error, int retryInMs);
    // Once: the job is final (error None), or a hard error, too many errors or
    // the timeout ended the wait (job = the last row seen, possibly still in progress).
    void finished(const peaka::ExportJob &job, const peaka::ApiError &error);

private:
    void poll();
    void onResult(const ExportResult &result);
    void onDeadline();
    void scheduleNext(int delayMs);
    void finish(const ApiError &error);
    ApiError timeoutError() const;

    QPointer<PeakaClient> m_client;
    QString m_projectId;
    QString m_exportId;
    QPointer<ExportRequest> m_request;
    QTimer m_timer;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    ExportJob m_job;
    int m_intervalMs = kDefaultIntervalMs;
    int m_maxBackoffMs = kDefaultMaxBackoffMs;
    int m_maxErrors = kDefaultMaxConsecutiveErrors;
    qint64 m_timeoutMs = 0;
    int m_errorsInRow = 0;
    bool m_running = false;
    bool m_done = false;
    bool m_timedOut = false;
};

} // namespace peaka
