// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that knows which Qt HttpServer API we build against.
// Everything else talks to HttpBackend / HttpReply only.

#include "demoserver.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <memory>

namespace peaka::demo {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class HttpReplyPrivate;

// One response in flight. It dies with its connection; hold it in a QPointer.
// On Qt 6.4 the response is written byte by byte to the socket, so a body can
// be streamed, throttled or cut off mid-way. On newer Qt (no socket access) the
// head and body are buffered and sent whole at finish(); abort() then answers
// with the bytes written so far and a wrong Content-Length is not possible, so
// it degrades to a 502 (dropped-connection tests need Qt < 6.5).
class HttpReply : public QObject
{
    Q_OBJECT
public:
    ~HttpReply() override;

    static bool supportsRawControl(); // true when bodies can be streamed and connections dropped

    bool isOpen() const;
    // Head of the answer. Content-Length is always sent, set from contentLength.
    void writeHead(int status, const HeaderList &headers, qint64 contentLength);
    void writeBody(const QByteArray &chunk);
    qint64 bufferedBytes() const; // written but not yet on the wire (flow control)
    void finish();                // the answer is complete; the connection stays open
    void abort();                 // flush what was written, then close the connection
    // Convenience: head + whole body + finish.
    void respond(int status, const HeaderList &headers, const QByteArray &body);

Q_SIGNALS:
    void bytesSent(); // the socket wrote data: room for more
    void closed();    // the peer went away or abort() finished

private:
    friend class HttpBackendServer;
    explicit HttpReply(QObject *parent);
    std::unique_ptr<HttpReplyPrivate> d;
};

class HttpBackendServer;

// One HTTP origin on 127.0.0.1, built on QAbstractHttpServer.
class HttpBackend : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const RecordedRequest &, HttpReply *)>;
    HttpBackend(const QString &origin, Handler handler, QObject *parent = nullptr);
    ~HttpBackend() override;

    bool listen(quint16 port, QString *errorString);
    quint16 port() const;

private:
    std::unique_ptr<HttpBackendServer> m_server;
};

QByteArray reasonPhrase(int status);

} // namespace peaka::demo
