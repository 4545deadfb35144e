// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include "common/peopletext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace peaka {
namespace {

constexpr int kMaxPlainMessage = 300;

QString forPeople(const QString &s)
{
    return textForPeople(s, kMaxPlainMessage);
}

QString messageFromJson(const QJsonObject &o)
{
    for (const char *key : {"message", "error", "detail", "error_description", "title"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return forPeople(v.toString());
        if (v.isObject()) { // {"error": {"message": "..."}}
            const QString nested = messageFromJson(v.toObject());
            if (!nested.isEmpty())
                return nested;
        }
    }
    return {};
}

// A page or XML document rather than a sentence: it starts with '<' or holds a
// tag anywhere near the top ("Error: <body>…", a proxy's half-page).
bool looksLikeMarkup(const QByteArray &body)
{
    const QByteArray head = body.left(4096).trimmed().toLower();
    if (head.startsWith('<') || head.contains("<html") || head.contains("<!doctype"))
        return true;
    static const QRegularExpression tag(QStringLiteral("<[!?/]?[a-z][^<>]*>"));
    return QString::fromUtf8(head).contains(tag);
}

} // namespace

ApiError::ApiError(Kind kind, int httpStatus, const QString &serverMessage)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(serverMessage)
{
}

ApiError::Kind ApiError::kindForHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return None;
    switch (status) {
    case 401: return Unauthorized;
    case 403: return Forbidden;
    case 404: return NotFound;
    case 429: return RateLimited;
    default: break;
    }
    if (status >= 500)
        return Server;
    if (status >= 400)
        return BadRequest;
    return BadResponse; // 1xx/3xx that we could not follow
}

QString ApiError::extractServerMessage(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (contentType.contains("json") || trimmed.startsWith('{')) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &err);
        if (err.error == QJsonParseError::NoError && doc.isObject())
            return messageFromJson(doc.object());
        if (err.error == QJsonParseError::NoError && doc.isArray())
            return {};
    }
    if (looksLikeMarkup(trimmed)) {
        // An HTML page from a proxy or an XML error: its <title> or <Message>, never the page.
        static const QRegularExpression title(
            QStringLiteral("<(title|message)>([^<]{1,200})</\\1>"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = title.match(QString::fromUtf8(trimmed.left(64 * 1024)));
        return m.hasMatch() ? forPeople(m.captured(2)) : QString();
    }
    const QString text = QString::fromUtf8(trimmed);
    if (text.size() > kMaxPlainMessage * 4)
        return {};
    return forPeople(text.section(QLatin1Char('\n'), 0, 0));
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Network:
    case Timeout:
    case RateLimited:
    case Server:
    case BadResponse: // a proxy's page or a cut answer; a retry usually reads the real one
        return true;
    case BadRequest:
        return m_httpStatus == 408; // Request Timeout
    case None:
    case Tls:         // a certificate does not fix itself; retrying would hide it
    case Unauthorized:
    case Forbidden:
    case NotFound:
    case InvalidInput:
        return false;
    }
    return false;
}

bool ApiError::isTransientHttpStatus(int status)
{
    return status == 408 || status == 429 || status >= 500;
}

QString ApiError::kindName() const
{
    switch (m_kind) {
    case None: return QStringLiteral("none");
    case Network: return QStringLiteral("network");
    case Timeout: return QStringLiteral("timeout");
    case Tls: return QStringLiteral("tls");
    case Unauthorized: return QStringLiteral("unauthorized");
    case Forbidden: return QStringLiteral("forbidden");
    case NotFound: return QStringLiteral("not-found");
    case BadRequest: return QStringLiteral("bad-request");
    case RateLimited: return QStringLiteral("rate-limited");
    case Server: return QStringLiteral("server");
    case BadResponse: return QStringLiteral("bad-response");
    case InvalidInput: return QStringLiteral("invalid-input");
    }
    return {};
}

QString ApiError::message() const
{
    const QString host = m_host.isEmpty() ? tr("the server") : m_host;
    QString sentence;
    switch (m_kind) {
    case None:
        return {};
    case Network:
        sentence = tr("Could not reach %1. Check your network connection and the base URL.").arg(host);
        break;
    case Timeout:
        sentence = m_timeoutSecs > 0
            ? tr("%1 did not answer within %n second(s). Try again, or raise the timeout.", nullptr, m_timeoutSecs).arg(host)
            : tr("%1 did not answer in time. Try again, or raise the timeout.").arg(host);
        break;
    case Tls:
        sentence = tr("The secure connection to %1 failed; its certificate could not be verified.").arg(host);
        break;
    case Unauthorized:
        sentence = tr("The API key was rejected (HTTP 401). Check the key in the connection settings.");
        break;
    case Forbidden:
        sentence = tr("This API key has no access to this resource (HTTP 403). A Project key sees only its own project.");
        break;
    case NotFound:
        sentence = tr("Not found (HTTP 404): the project or export does not exist, or the base URL is wrong.");
        break;
    case BadRequest:
        sentence = tr("The server refused the request (HTTP %1).").arg(m_httpStatus);
        break;
    case RateLimited:
        sentence = m_retryAfterSecs >= 0
            ? tr("The server is receiving too many requests (HTTP 429). Try again in %n second(s).", nullptr, m_retryAfterSecs)
            : tr("The server is receiving too many requests (HTTP 429). Try again in a moment.");
        break;
    case Server:
        sentence = tr("The server had a problem (HTTP %1). Try again later.").arg(m_httpStatus);
        break;
    case BadResponse:
        sentence = tr("The server sent a response that could not be read.");
        break;
    case InvalidInput:
        sentence = tr("The request could not be sent.");
        break;
    }
    if (!m_reason.isEmpty())
        sentence += QLatin1Char(' ') + m_reason;
    if (!m_serverMessage.isEmpty())
        sentence += QLatin1Char(' ') + tr("The server said: \u201c%1\u201d").arg(m_serverMessage);
    return sentence;
}

} // namespace peaka
