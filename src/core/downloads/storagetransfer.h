// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace peaka {

// One GET of a presigned storage link, from byte `offset` (Range: bytes=N-),
// streamed into an open device with a bounded read buffer. Sends no
// Authorization header and no Accept-Encoding (bytes must arrive as stored).
// Emits `finished` once; the owner deletes it.
class StorageTransfer : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum Kind {
            Complete,        // 200/206 body received in full
            RangeNotSatisfiable, // 416
            AccessDenied,    // 403 (expired or otherwise refused link)
            HttpError,       // any other non-2xx status
            NetworkError,    // connection failed or dropped, body cut short
            Timeout,         // inactivity timeout
            WriteError,      // the sink refused bytes
            Aborted,         // abort() was called
        };
        Kind kind = NetworkError;
        int httpStatus = 0;
        qint64 storageTotal = -1;  // object size per Content-Range / Content-Length, -1 unknown
        bool restarted = false;    // a Range request got 200: the sink was restarted from 0
        QString detail;            // Qt's error text, the storage's <Message>, or the sink's error
        QByteArray errorCode;      // the storage's <Code>, e.g. AccessDenied
    };

    // Gives a fresh, empty sink when the storage ignores the Range (200); nullptr on failure.
    using RestartSink = std::function<QIODevice *()>;

    StorageTransfer(QNetworkAccessManager *nam, const QUrl &url, qint64 offset, QIODevice *sink,
                    RestartSink restartSink, qint64 readBufferBytes, int inactivityTimeoutMs,
                    QObject *parent = nullptr);
    ~StorageTransfer() override;

    void start();
    void abort();   // emits finished(Aborted)
    qint64 bytesWritten() const { return m_written; }

Q_SIGNALS:
    // The storage answered: status and the byte the body starts at (0 after a restart).
    void responseStarted(int httpStatus, qint64 fromByte);
    void received(qint64 bytesWrittenThisTransfer);
    void finished(const peaka::StorageTransfer::Outcome &outcome);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void finish(Outcome outcome);
    bool writeAvailable();

    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_url;
    qint64 m_offset;
    QIODevice *m_sink;
    RestartSink m_restartSink;
    qint64 m_readBufferBytes;
    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QByteArray m_chunk;         // fixed-size copy buffer
    QByteArray m_errorBody;     // first bytes of a non-2xx body
    qint64 m_written = 0;
    qint64 m_expectedBody = -1; // Content-Length of this response
    Outcome m_outcome;
    bool m_bodyMode = false;    // 200/206: bytes go to the sink
    bool m_metaSeen = false;
    bool m_timedOut = false;
    bool m_writeFailed = false;
    bool m_done = false;
};

} // namespace peaka

Q_DECLARE_METATYPE(peaka::StorageTransfer::Outcome)
