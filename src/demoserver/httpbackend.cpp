// SPDX-License-Identifier: GPL-3.0-or-later
// Qt-version wrapper around QAbstractHttpServer. Keep every #if QT_VERSION here.
#include "httpbackend.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtGlobal>

#include <optional>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
#define PEAKA_RAW_SOCKET 1
#else
#define PEAKA_RAW_SOCKET 0
#endif

namespace peaka::demo {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

class HttpReplyPrivate
{
public:
    bool finished = false;
    bool closed = false;
#if PEAKA_RAW_SOCKET
    QPointer<QTcpSocket> socket;
#else
    std::optional<QHttpServerResponder> responder;
    int status = 200;
    HeaderList headers;
    QByteArray body;
#endif
};

HttpReply::HttpReply(QObject *parent)
    : QObject(parent), d(std::make_unique<HttpReplyPrivate>())
{
}

HttpReply::~HttpReply() = default;

bool HttpReply::supportsRawControl()
{
    return PEAKA_RAW_SOCKET;
}

bool HttpReply::isOpen() const
{
#if PEAKA_RAW_SOCKET
    return !d->finished && !d->closed && d->socket
        && d->socket->state() == QAbstractSocket::ConnectedState;
#else
    return !d->finished && !d->closed && d->responder.has_value();
#endif
}

void HttpReply::writeHead(int status, const HeaderList &headers, qint64 contentLength)
{
#if PEAKA_RAW_SOCKET
    if (!isOpen())
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Server: peaka-demo-server\r\n\r\n";
    d->socket->write(head);
#else
    d->status = status;
    d->headers = headers;
    Q_UNUSED(contentLength) // the responder computes it from the buffered body
#endif
}

void HttpReply::writeBody(const QByteArray &chunk)
{
    if (!isOpen())
        return;
#if PEAKA_RAW_SOCKET
    d->socket->write(chunk);
#else
    d->body += chunk;
#endif
}

qint64 HttpReply::bufferedBytes() const
{
#if PEAKA_RAW_SOCKET
    return d->socket ? d->socket->bytesToWrite() : 0;
#else
    return 0;
#endif
}

void HttpReply::finish()
{
    if (!isOpen())
        return;
#if !PEAKA_RAW_SOCKET
    using Status = QHttpServerResponder::StatusCode;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &h : d->headers)
        headers.append(h.first, h.second);
    d->responder->write(d->body, headers, Status(d->status));
#else
    d->responder->writeStatusLine(Status(d->status));
    for (const auto &h : d->headers)
        d->responder->writeHeader(h.first, h.second);
    d->responder->writeHeader("Content-Length", QByteArray::number(d->body.size()));
    d->responder->writeBody(d->body);
#endif
    d->responder.reset();
#endif
    d->finished = true;
    deleteLater();
}

void HttpReply::abort()
{
    if (d->closed || d->finished)
        return;
#if PEAKA_RAW_SOCKET
    // Orderly close after what was written is flushed: the peer gets exactly the bytes
    // written, then EOF before Content-Length is reached. Note for clients: Qt 6.4's
    // QNetworkAccessManager sometimes reports such a truncated body as finished with
    // NoError (it treats EOF while reading the body as the end), so a client must
    // compare the bytes it got with Content-Length / files[].bytes itself.
    if (d->socket)
        d->socket->disconnectFromHost();
#else
    // No socket on newer Qt: the closest we can do is a gateway error.
    d->status = 502;
    d->body = "{\"message\": \"connection dropped (simulated)\"}";
    finish();
#endif
    d->closed = true;
    Q_EMIT closed();
}

void HttpReply::respond(int status, const HeaderList &headers, const QByteArray &body)
{
    writeHead(status, headers, body.size());
    writeBody(body);
    finish();
}

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

RecordedRequest toRecorded(const QString &origin, const QHttpServerRequest &request)
{
    RecordedRequest r;
    r.origin = origin;
    r.method = methodName(request.method());
    r.url = request.url();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        r.headers.append({headers.nameAt(i).toByteArray(), headers.valueAt(i).toByteArray()});
#else
    r.headers = request.headers();
#endif
    r.body = request.body();
    return r;
}

} // namespace

class HttpBackendServer : public QAbstractHttpServer
{
public:
    HttpBackendServer(QString origin, HttpBackend::Handler handler)
        : m_origin(std::move(origin)), m_handler(std::move(handler))
    {
    }

    QPointer<QTcpServer> tcp;

protected:
#if PEAKA_RAW_SOCKET
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto *reply = new HttpReply(socket); // dies with the connection
        reply->d->socket = socket;
        connect(socket, &QTcpSocket::bytesWritten, reply, &HttpReply::bytesSent);
        connect(socket, &QTcpSocket::disconnected, reply, [reply] {
            if (!reply->d->closed) {
                reply->d->closed = true;
                Q_EMIT reply->closed();
            }
        });
        m_handler(toRecorded(m_origin, request), reply);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        auto *reply = new HttpReply(this);
        reply->d->responder.emplace(std::move(responder));
        m_handler(toRecorded(m_origin, request), reply);
        return true;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &) override {}
#else
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &&) override {}
#endif
#endif

private:
    QString m_origin;
    HttpBackend::Handler m_handler;
};

HttpBackend::HttpBackend(const QString &origin, Handler handler, QObject *parent)
    : QObject(parent), m_server(std::make_unique<HttpBackendServer>(origin, std::move(handler)))
{
}

HttpBackend::~HttpBackend() = default;

bool HttpBackend::listen(quint16 port, QString *errorString)
{
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (errorString)
            *errorString = tcp->errorString();
        delete tcp;
        return false;
    }
    static_cast<void>(m_server->bind(tcp)); // 6.4: void; 6.8: bool (true for a listening server)
    m_server->tcp = tcp;
    return true;
}

quint16 HttpBackend::port() const
{
    return m_server->tcp ? m_server->tcp->serverPort() : 0;
}

} // namespace peaka::demo
