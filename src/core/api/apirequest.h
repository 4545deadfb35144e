// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace peaka {

// How idempotent GETs retry 429 and 503.
struct RetryPolicy
{
    int maxRetries = 3;      // retries after the first attempt
    int baseDelayMs = 1000;  // backoff without Retry-After: base * 2^n ...
    int maxDelayMs = 30000;  // ... capped here; a longer Retry-After is not waited for
};

// Everything one call needs; PeakaClient fills it in.
struct RequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;          // JSON for POST
    QUrl apiOrigin;           // only this origin receives the API key
    QString apiKey;
    int timeoutMs = 30000;    // transfer (inactivity) timeout
    qint64 maxResponseBytes = 256LL * 1024 * 1024;
    RetryPolicy retry;
};

template<typename T>
struct ApiResult
{
    T value{};
    ApiError error;
    QStringList problems;     // tolerated oddities in the response (mistyped fields)
    bool ok() const { return !error.isError(); }
};

// One API call: sends, follows redirects (stripping the key across origins),
// times out, caps the response size, retries 429/503 for GETs, maps errors.
// Subclasses turn a 2xx body into their value and emit their `finished`.
// The object deletes itself after it finished; abort() ends it silently.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ~ApiRequest() override;

    // Stops the call; no `finished` follows.
    void abort();
    // Fails the call with InvalidInput before anything is sent (call right after creation).
    void refuse(const QString &reason) { m_refusal = reason; }
    QUrl url() const { return m_spec.url; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    // Informational: a 429/503 will be retried after `delayMs`.
    void retrying(int attempt, int delayMs);

protected:
    ApiRequest(const RequestSpec &spec, QNetworkAccessManager *nam, QObject *parent);

    // A 2xx arrived. Call deliver() (possibly later) with the outcome.
    virtual void handleSuccess(const QByteArray &body) = 0;
    // Emit the subclass's finished signal with `error` (None on success).
    virtual void emitFinished(const ApiError &error) = 0;
    // Ends the request: emits once and schedules deletion.
    void deliver(const ApiError &error = {});
    ApiError badResponse(const QString &reason) const;

private:
    void send();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    bool followRedirect(int status);
    bool scheduleRetry(const ApiError &error);
    ApiError errorFromReply(int status);
    void cleanupReply();

    RequestSpec m_spec;
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    QByteArray m_method;
    QByteArray m_body;
    QByteArray m_received;
    QString m_refusal;
    QTimer m_timeout;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_oversized = false;
    bool m_tlsFailed = false;
    bool m_done = false;
};

} // namespace peaka
