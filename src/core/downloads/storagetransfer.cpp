// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/storagetransfer.h"

#include "common/logging.h"
#include "downloads/storageheaders.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace peaka {
namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qint64 kMaxErrorBody = 16 * 1024;

} // namespace

StorageTransfer::StorageTransfer(QNetworkAccessManager *nam, const QUrl &url, qint64 offset, QIODevice *sink,
                                 RestartSink restartSink, qint64 readBufferBytes, int inactivityTimeoutMs,
                                 QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(url)
    , m_offset(offset)
    , m_sink(sink)
    , m_restartSink(std::move(restartSink))
    , m_readBufferBytes(qMax<qint64>(readBufferBytes, kChunkBytes))
{
    m_chunk.resize(kChunkBytes);
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(inactivityTimeoutMs);
    connect(&m_inactivity, &QTimer::timeout, this, [this] {
        if (m_reply && m_reply->isRunning()) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

StorageTransfer::~StorageTransfer()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void StorageTransfer::start()
{
    if (!m_nam) {
        Outcome o;
        o.kind = Outcome::NetworkError;
        finish(o);
        return;
    }
    // A plain request: the presigned URL is the credential. No Authorization
    // header, no cookies, and identity encoding so byte offsets mean file offsets.
    QNetworkRequest req(m_url);
    req.setRawHeader("Accept-Encoding", "identity");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("peaka-exports/" PEAKA_VERSION));
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_offset > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
    qCDebug(lcDownload) << "GET" << redactedUrl(m_url) << "from byte" << m_offset;

    m_reply = m_nam->get(req);
    m_reply->setReadBufferSize(m_readBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &StorageTransfer::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &StorageTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &StorageTransfer::onFinished);
    m_inactivity.start();
}

void StorageTransfer::abort()
{
    Outcome o;
    o.kind = Outcome::Aborted;
    finish(o);
}

void StorageTransfer::onMetaData()
{
    if (!m_reply || m_metaSeen)
        return;
    const QVariant statusAttr = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return;
    const int status = statusAttr.toInt();
    if (status >= 300 && status < 400)
        return;   // a redirect being followed
    m_metaSeen = true;
    m_outcome.httpStatus = status;
    const QByteArray contentLength = m_reply->rawHeader("Content-Length");
    m_expectedBody = parseContentLength(contentLength);
    const ContentRange range = parseContentRange(m_reply->rawHeader("Content-Range"));
    if (status == 206) {
        if (range.start != m_offset) {
            m_outcome.kind = Outcome::HttpError;
            m_outcome.detail = tr("the storage sent bytes from %1 instead of %2", "HTTP 206 with the wrong range").arg(range.start).arg(m_offset);
            m_reply->abort();
            return;
        }
        m_outcome.storageTotal = range.total;
        m_bodyMode = true;
    } else if (status == 200) {
        m_outcome.storageTotal = m_expectedBody;
        if (m_offset > 0) {
            // The storage ignored the Range: start the file over, cleanly.
            QIODevice *fresh = m_restartSink ? m_restartSink() : nullptr;
            if (!fresh) {
                m_writeFailed = true;
                m_outcome.detail = m_sink ? m_sink->errorString() : QString();
                m_reply->abort();
                return;
            }
            m_sink = fresh;
            m_outcome.restarted = true;
        }
        m_bodyMode = true;
    } else {
        m_outcome.storageTotal = range.total;
    }
    Q_EMIT responseStarted(status, m_outcome.restarted ? 0 : m_offset);
}

bool StorageTransfer::writeAvailable()
{
    while (m_reply && !m_done && m_reply->bytesAvailable() > 0) {
        const qint64 n = m_reply->read(m_chunk.data(), kChunkBytes);
        if (n <= 0)
            break;
        // QIODevice may accept part of a write; a second refusal is a real failure (disk full).
        qint64 done = 0;
        while (done < n) {
            const qint64 w = m_sink->write(m_chunk.constData() + done, n - done);
            if (w <= 0) {
                m_writeFailed = true;
                m_outcome.detail = m_sink->errorString();
                m_written += done;
                return false;
            }
            done += w;
        }
        m_written += n;
    }
    return true;
}

void StorageTransfer::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    m_inactivity.start();
    onMetaData();
    if (!m_metaSeen)
        return;
    if (!m_bodyMode) {
        const QByteArray data = m_reply->readAll();
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody += data.left(kMaxErrorBody - m_errorBody.size());
        return;
    }
    const qint64 before = m_written;
    if (!writeAvailable()) {
        if (m_reply)
            m_reply->abort();
        return;
    }
    if (m_written > before)
        Q_EMIT received(m_written);
}

void StorageTransfer::onFinished()
{
    if (!m_reply || m_done)
        return;
    m_inactivity.stop();
    onMetaData();
    if (m_bodyMode && !m_writeFailed && m_reply->error() == QNetworkReply::NoError) {
        const qint64 before = m_written;
        if (writeAvailable() && m_written > before)
            Q_EMIT received(m_written);
        if (m_done || !m_reply)
            return;   // a receiver aborted us
    } else if (!m_bodyMode) {
        m_errorBody += m_reply->readAll().left(kMaxErrorBody);
    }
    Outcome o = m_outcome;
    const auto error = m_reply->error();
    if (m_writeFailed) {
        o.kind = Outcome::WriteError;
    } else if (m_timedOut) {
        o.kind = Outcome::Timeout;
    } else if (o.kind == Outcome::HttpError && o.httpStatus == 206) {
        // wrong range, already described
    } else if (m_bodyMode) {
        if (error != QNetworkReply::NoError) {
            o.kind = Outcome::NetworkError;
            o.detail = m_reply->errorString();
        } else if (m_expectedBody >= 0 && m_written != m_expectedBody) {
            o.kind = Outcome::NetworkError;
            o.detail = tr("the download ended after %1 of %2 bytes").arg(m_written).arg(m_expectedBody);
        } else {
            o.kind = Outcome::Complete;
        }
    } else if (o.httpStatus == 0) {
        o.kind = Outcome::NetworkError;
        o.detail = m_reply->errorString();
    } else {
        o.errorCode = storageErrorField(m_errorBody, "Code").toUtf8();
        o.detail = storageErrorField(m_errorBody, "Message");
        if (o.httpStatus == 416)
            o.kind = Outcome::RangeNotSatisfiable;
        else if (o.httpStatus == 403)
            o.kind = Outcome::AccessDenied;
        else
            o.kind = Outcome::HttpError;
    }
    finish(o);
}

void StorageTransfer::finish(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_inactivity.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    qCDebug(lcDownload) << "transfer ended" << outcome.kind << "status" << outcome.httpStatus << "bytes" << m_written;
    Q_EMIT finished(outcome);
}

} // namespace peaka
