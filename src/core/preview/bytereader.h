// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <memory>
#include <vector>

namespace peaka::preview {

// Why reading stopped early; the reader turns it into a sentence.
enum class Problem {
    None,
    Unreadable,        // the device failed
    CorruptGzip,
    TruncatedGzip,     // gzip data ends before its end marker
    InvalidUtf8,
    UnterminatedQuote, // CSV ends inside a quoted value
    InvalidJson,       // a JSONL line is not JSON
    NotAnObject,       // a JSONL line is JSON but not an object
};

// A stream of bytes: the file as it is, or inflated through zlib.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Up to `max` bytes; 0 at the end; -1 on failure (see problem()).
    virtual qint64 read(char *data, qint64 max) = 0;
    Problem problem() const { return m_problem; }
    QString deviceError() const { return m_deviceError; }

    // The device's bytes as they are, or through gzip if they start with its magic bytes.
    static std::unique_ptr<ByteSource> plain(QIODevice *device);
    static std::unique_ptr<ByteSource> gzip(QIODevice *device);

protected:
    Problem m_problem = Problem::None;
    QString m_deviceError;
};

// Buffered byte-at-a-time access over a ByteSource, with a bounded look-ahead.
class ByteReader
{
public:
    static constexpr qsizetype chunkSize = 64 * 1024;

    explicit ByteReader(std::unique_ptr<ByteSource> source);

    // The next byte, or -1 at the end or on failure.
    int get() { return m_pos < m_end ? uchar(m_buf[size_t(m_pos++)]) : refillAndGet(); }
    int peek();
    // Up to n bytes from the current position, not consumed (n <= chunkSize).
    QByteArray lookAhead(qsizetype n);
    void skip(qsizetype n);
    bool failed() const { return m_source->problem() != Problem::None; }
    Problem problem() const { return m_source->problem(); }
    QString deviceError() const { return m_source->deviceError(); }

private:
    int refillAndGet();
    bool fill(qsizetype wanted);

    std::unique_ptr<ByteSource> m_source;
    std::vector<char> m_buf;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
};

} // namespace peaka::preview
