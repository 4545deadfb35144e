// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/exportjob.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace peaka {

class PeakaClient;
class ListExportsRequest;

// Keeps a project's export list fresh. refresh() lists now; after a good
// answer the next one is scheduled only while some job is PENDING or RUNNING
// (no timer runs otherwise). Transient errors (ApiError::isTransient) back off
// with Backoff(interval, cap) starting at 2×interval, honouring Retry-After;
// others are not retried until refresh() is called again.
class LivePoller : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 5000;
    static constexpr int DefaultMaxBackoffMs = 5 * 60 * 1000;

    explicit LivePoller(PeakaClient *client, QObject *parent = nullptr);
    ~LivePoller() override;

    // Another connection's client (from the ConnectionRegistry): stops
    // everything in flight. Call refresh() to start.
    void setClient(PeakaClient *client);
    // Another project: stops everything in flight. Call refresh() to start.
    void setProjectId(const QString &projectId);
    QString projectId() const { return m_projectId; }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }
    int maxBackoffMs() const { return m_maxBackoffMs; }

    // Lists now (a call already in flight is kept; its answer counts).
    void refresh();
    // Stops polling and aborts a call in flight.
    void stop();

    bool isBusy() const { return !m_request.isNull(); }
    bool isScheduled() const { return m_timer.isActive(); }
    int scheduledInMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    int consecutiveFailures() const { return m_failures; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

Q_SIGNALS:
    void refreshStarted();
    void listed(const QList<peaka::ExportJob> &jobs);
    // `retryInMs` is -1 when no retry is scheduled.
    void failed(const peaka::ApiError &error, int retryInMs);

private:
    void onFinished(const QList<ExportJob> &jobs, const ApiError &error);

    QPointer<PeakaClient> m_client;
    QPointer<ListExportsRequest> m_request;
    QTimer m_timer;
    QString m_projectId;
    QDateTime m_lastSuccess;
    int m_intervalMs = DefaultIntervalMs;
    int m_maxBackoffMs = DefaultMaxBackoffMs;
    int m_failures = 0;
    bool m_anyInProgress = false;
};

} // namespace peaka
