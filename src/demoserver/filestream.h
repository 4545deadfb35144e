// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Streams one byte range of a DemoFile into an HttpReply in chunks, with
// flow control, optional throttling and an optional cut-off (dropped connection).

#include "demoserver.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace peaka::demo {

class HttpReply;

class FileStream : public QObject
{
    Q_OBJECT
public:
    // Sends bytes [from, to) of `file`. dropAfter >= 0 closes the connection after that
    // many body bytes; bytesPerSecond > 0 throttles. The stream is a child of `reply`.
    FileStream(HttpReply *reply, const DemoFile &file, qint64 from, qint64 to, qint64 dropAfter, int bytesPerSecond);
    void start();

private:
    void pump();
    QByteArray chunk(qint64 offset, qint64 length) const;

    QPointer<HttpReply> m_reply;
    DemoFile m_file;
    qint64 m_pos, m_end, m_sent = 0, m_dropAfter;
    int m_bytesPerSecond;
    qint64 m_allowance = 0;
    QTimer m_throttle;
};

} // namespace peaka::demo
