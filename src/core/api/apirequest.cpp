// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apirequest.h"

#include "api/backoff.h"
#include "api/baseurl.h"
#include "common/logging.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <algorithm>

namespace peaka {
namespace {

constexpr int kMaxRedirects = 5;
constexpr qint64 ReadChunkBytes = 1024 * 1024; // per readyRead on the UI thread

} // namespace

ApiRequest::ApiRequest(const RequestSpec &spec, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_nam(nam)
    , m_currentUrl(spec.url)
    , m_method(spec.method)
    , m_body(spec.body)
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiRequest::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::send);
    // Start from the event loop so the caller can connect first.
    QMetaObject::invokeMethod(this, &ApiRequest::send, Qt::QueuedConnection);
}

ApiRequest::~ApiRequest()
{
    cleanupReply();
}

void ApiRequest::abort()
{
    m_done = true;
    m_timeout.stop();
    m_retryTimer.stop();
    cleanupReply();
    deleteLater();
}

void ApiRequest::cleanupReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

void ApiRequest::send()
{
    if (m_done)
        return;
    if (!m_refusal.isEmpty() || !m_nam) {
        ApiError e(ApiError::InvalidInput);
        e.setReason(m_refusal);
        deliver(e);
        return;
    }
    ++m_attempts;
    m_received.clear();
    m_timedOut = false;
    m_oversized = false;
    m_tlsFailed = false;

    QNetworkRequest req(m_currentUrl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("peaka-exports/" PEAKA_VERSION));
    req.setRawHeader("X-Trino-Source", "peaka-exports");
    req.setRawHeader("Accept", "application/json");
    // The key goes to the API origin only: never to another host, also not after a redirect.
    if (!m_spec.apiKey.isEmpty() && BaseUrl::sameOrigin(m_currentUrl, m_spec.apiOrigin))
        req.setRawHeader("Authorization", "Bearer " + m_spec.apiKey.toUtf8());
    if (!m_body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    qCDebug(lcApi) << m_method << redactedUrl(m_currentUrl) << "attempt" << m_attempts;
    m_reply = m_nam->sendCustomRequest(req, m_method, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsFailed = true;
        for (const QSslError &e : errors)
            qCInfo(lcApi) << "TLS:" << e.errorString();
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    // A 100,000-row list is tens of MB: read it in bounded chunks into one
    // buffer sized up front, so no readyRead copies (and page-faults in) more
    // than a chunk on this thread.
    m_reply->setReadBufferSize(ReadChunkBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_spec.maxResponseBytes) {
            m_oversized = true;
            m_reply->abort();
        } else if (announced > m_received.capacity()) {
            m_received.reserve(announced);
        }
    });
    m_timeout.start(m_spec.timeoutMs);
}

void ApiRequest::onReadyRead()
{
    if (!m_reply)
        return;
    m_timeout.start();
    // At most one chunk per event-loop turn: the reply may hold tens of MB.
    const qint64 chunk = std::min(m_reply->bytesAvailable(), ReadChunkBytes);
    if (chunk > 0) {
        const qsizetype at = m_received.size();
        m_received.resize(at + chunk);
        const qint64 got = m_reply->read(m_received.data() + at, chunk);
        m_received.resize(at + std::max<qint64>(got, 0));
    }
    if (m_reply->bytesAvailable() > 0 && !m_reply->isFinished())
        QTimer::singleShot(0, this, &ApiRequest::onReadyRead);
    if (m_received.size() > m_spec.maxResponseBytes) {
        m_oversized = true;
        m_received.clear();
        m_reply->abort();
    }
}

void ApiRequest::onTimeout()
{
    if (m_reply && m_reply->isRunning()) {
        m_timedOut = true;
        m_reply->abort();
    }
}

ApiError ApiRequest::badResponse(const QString &reason) const
{
    ApiError e(ApiError::BadResponse);
    e.setHost(m_spec.url.host());
    e.setReason(reason);
    return e;
}

void ApiRequest::onFinished()
{
    if (!m_reply || m_done)
        return;
    if (m_reply->isOpen() && m_reply->bytesAvailable() > ReadChunkBytes && !m_oversized) {
        onReadyRead(); // drain a big body a chunk per event-loop turn first
        QTimer::singleShot(0, this, &ApiRequest::onFinished);
        return;
    }
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    if (reply->isOpen())
        m_received += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto netError = reply->error();

    if (m_oversized) {
        m_reply = nullptr;
        deliver(badResponse(tr("The response is larger than %1, the most this app accepts.")
                                .arg(QLocale().formattedDataSize(m_spec.maxResponseBytes))));
        return;
    }
    if (m_timedOut) {
        m_reply = nullptr;
        ApiError e(ApiError::Timeout);
        e.setHost(m_currentUrl.host());
        e.setTimeoutSecs(qMax(1, m_spec.timeoutMs / 1000));
        deliver(e);
        return;
    }
    if (status == 0) { // no HTTP answer at all
        m_reply = nullptr;
        const bool tls = m_tlsFailed || netError == QNetworkReply::SslHandshakeFailedError;
        ApiError e(tls ? ApiError::Tls
                   : netError == QNetworkReply::TimeoutError         ? ApiError::Timeout
                                                                      : ApiError::Network);
        e.setHost(m_currentUrl.host());
        e.setDetail(reply->errorString());
        e.setTimeoutSecs(qMax(1, m_spec.timeoutMs / 1000));
        qCInfo(lcApi) << "network error" << netError << redactedUrl(m_currentUrl) << reply->errorString();
        deliver(e);
        return;
    }
    if (status >= 300 && status < 400 && followRedirect(status)) {
        return;
    }
    if (status >= 200 && status < 300) {
        // Qt 6.4 sometimes reports a body cut short by a dropped connection as a
        // success: compare with Content-Length when the body was not re-encoded.
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool truncated = announced.isValid() && reply->rawHeader("Content-Encoding").isEmpty()
            && m_received.size() < announced.toLongLong();
        if (netError != QNetworkReply::NoError || truncated) { // e.g. connection dropped mid-body
            m_reply = nullptr;
            ApiError e(ApiError::Network);
            e.setHost(m_currentUrl.host());
            e.setDetail(reply->errorString());
            e.setReason(tr("The connection was closed before the whole answer arrived."));
            deliver(e);
            return;
        }
        m_reply = nullptr;
        const QByteArray body = std::exchange(m_received, {});
        handleSuccess(body);
        return;
    }
    const ApiError error = errorFromReply(status);
    m_reply = nullptr;
    if (scheduleRetry(error))
        return;
    deliver(error);
}

ApiError ApiRequest::errorFromReply(int status)
{
    ApiError e(ApiError::kindForHttpStatus(status), status,
               ApiError::extractServerMessage(
                   m_received, m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()));
    e.setHost(m_currentUrl.host());
    e.setRetryAfterSecs(Backoff::parseRetryAfter(m_reply->rawHeader("Retry-After"),
                                                  QDateTime::currentDateTimeUtc()));
    qCInfo(lcApi) << m_method << redactedUrl(m_currentUrl) << "HTTP" << status;
    return e;
}

bool ApiRequest::scheduleRetry(const ApiError &error)
{
    // Only the server's own "busy" answers are retried here, for GET and DELETE (both
    // idempotent: Cancel Export may be repeated); the followers above (poller,
    // waiter, download) retry the other transient errors.
    const bool serverBusy = error.kind() == ApiError::RateLimited || error.httpStatus() == 503;
    const bool idempotent = m_method == "GET" || m_method == "DELETE";
    if (!error.isTransient() || !serverBusy || !idempotent || m_attempts > m_spec.retry.maxRetries)
        return false;
    const Backoff backoff(m_spec.retry.baseDelayMs, m_spec.retry.maxDelayMs);
    if (backoff.exceedsCap(error.retryAfterSecs()))
        return false; // the server wants a longer pause than we wait for: report it
    const int delayMs = backoff.delayMs(m_attempts - 1, error);
    qCInfo(lcApi) << "retrying" << redactedUrl(m_currentUrl) << "in" << delayMs << "ms";
    Q_EMIT retrying(m_attempts, delayMs);
    m_retryTimer.start(delayMs);
    return true;
}

bool ApiRequest::followRedirect(int status)
{
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!location.isValid() || ++m_redirects > kMaxRedirects)
        return false;
    const QUrl target = m_currentUrl.resolved(location);
    if (m_currentUrl.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https"))
        return false; // never downgrade
    if (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http"))
        return false;
    if (status == 303 || ((status == 301 || status == 302) && m_method != "GET")) {
        m_method = "GET";
        m_body.clear();
    }
    qCInfo(lcApi) << "redirect" << status << "to" << redactedUrl(target)
                  << (BaseUrl::sameOrigin(target, m_spec.apiOrigin) ? "(same origin)" : "(other origin, no key)");
    m_currentUrl = target;
    m_reply = nullptr;
    --m_attempts; // a redirect is not a new attempt
    send();
    return true;
}

void ApiRequest::deliver(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    emitFinished(error);
    deleteLater();
}

} // namespace peaka
