// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace peaka {

// What went wrong with an API call, as a value. message() is the translated
// sentence for people; it includes the server's own message when one was found
// and never contains raw HTML.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ApiError)
public:
    enum Kind {
        None,
        Network,      // could not connect, connection dropped
        Timeout,      // no answer within the transfer timeout
        Tls,          // certificate or handshake failure
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        BadRequest,   // 400 (and other 4xx), with the server's message
        RateLimited,  // 429, with Retry-After
        Server,       // 5xx
        BadResponse,  // unparseable, unexpected shape, or over the size cap
        InvalidInput, // refused before sending (bad base URL, empty id)
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, const QString &serverMessage = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != None; }
    explicit operator bool() const { return isError(); }
    int httpStatus() const { return m_httpStatus; }
    // The server's own words (JSON message/error/detail, short plain text or an HTML title).
    QString serverMessage() const { return m_serverMessage; }
    // Seconds the server asked us to wait (429/503 Retry-After, see Backoff), -1 when not given.
    int retryAfterSecs() const { return m_retryAfterSecs; }
    void setRetryAfterSecs(int secs) { m_retryAfterSecs = secs; }
    // Technical detail for logs (Qt's error string), never shown alone.
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }
    // The host the call went to, used in sentences ("Could not reach …").
    QString host() const { return m_host; }
    void setHost(const QString &host) { m_host = host; }
    void setTimeoutSecs(int secs) { m_timeoutSecs = secs; }
    // Our own sentence about what was wrong (oversized, not JSON, bad base URL), shown after the kind's sentence.
    QString reason() const { return m_reason; }
    void setReason(const QString &reason) { m_reason = reason; }

    // The sentence for people.
    QString message() const;
    // Short name of the kind for logs and JSON output ("unauthorized").
    QString kindName() const;

    // Maps an HTTP status to a kind (2xx → None).
    static Kind kindForHttpStatus(int status);
    // Best human message in an error body: JSON message/error/detail, short plain
    // text, or an HTML page's <title>; empty when nothing usable.
    static QString extractServerMessage(const QByteArray &body, const QByteArray &contentType);
    // The one transient-error policy: whether waiting and trying again can
    // help (network, timeout, 408, 429, 5xx, unreadable answers). Keys, access,
    // missing things, bad input and certificate failures are not retried.
    bool isTransient() const;
    // The same policy for a bare HTTP status (e.g. from a storage host).
    static bool isTransientHttpStatus(int status);

private:
    Kind m_kind = None;
    int m_httpStatus = 0;
    int m_retryAfterSecs = -1;
    int m_timeoutSecs = 0;
    QString m_serverMessage;
    QString m_detail;
    QString m_host;
    QString m_reason;
};

} // namespace peaka

Q_DECLARE_METATYPE(peaka::ApiError)
