// SPDX-License-Identifier: GPL-3.0-or-later
#include "filestream.h"

#include "democontent.h"
#include "httpbackend.h"

namespace peaka::demo {

namespace {
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kMaxBuffered = 256 * 1024;
constexpr int kThrottleTickMs = 50;
} // namespace

FileStream::FileStream(HttpReply *reply, const DemoFile &file, qint64 from, qint64 to, qint64 dropAfter,
                       int bytesPerSecond)
    : QObject(reply), m_reply(reply), m_file(file), m_pos(from), m_end(to), m_dropAfter(dropAfter),
      m_bytesPerSecond(bytesPerSecond)
{
    connect(reply, &HttpReply::bytesSent, this, &FileStream::pump);
    if (m_bytesPerSecond > 0) {
        m_throttle.setInterval(kThrottleTickMs);
        connect(&m_throttle, &QTimer::timeout, this, [this] {
            const qint64 perTick = qMax<qint64>(1, qint64(m_bytesPerSecond) * kThrottleTickMs / 1000);
            m_allowance = qMin(m_allowance + perTick, perTick * 2);
            pump();
        });
    }
}

void FileStream::start()
{
    if (m_bytesPerSecond > 0)
        m_throttle.start();
    pump();
}

QByteArray FileStream::chunk(qint64 offset, qint64 length) const
{
    if (m_file.generatedBytes >= 0)
        return generatedChunk(offset, length, m_file.generatedBytes);
    return m_file.content.mid(offset, length);
}

void FileStream::pump()
{
    while (m_reply && m_reply->isOpen()) {
        if (m_pos >= m_end) {
            m_throttle.stop();
            m_reply->finish();
            return;
        }
        if (m_dropAfter >= 0 && m_sent >= m_dropAfter) {
            m_throttle.stop();
            m_reply->abort();
            return;
        }
        if (m_reply->bufferedBytes() >= kMaxBuffered)
            return; // bytesSent() calls us again
        qint64 n = qMin(kChunk, m_end - m_pos);
        if (m_dropAfter >= 0)
            n = qMin(n, m_dropAfter - m_sent);
        if (m_bytesPerSecond > 0) {
            n = qMin(n, m_allowance);
            if (n <= 0)
                return; // the throttle timer calls us again
            m_allowance -= n;
        }
        m_reply->writeBody(chunk(m_pos, n));
        m_pos += n;
        m_sent += n;
    }
}

} // namespace peaka::demo
