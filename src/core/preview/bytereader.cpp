// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/bytereader.h"

#include <cstring>
#include <zlib.h>

namespace peaka::preview {
namespace {

class PlainSource final : public ByteSource
{
public:
    explicit PlainSource(QIODevice *device) : m_device(device) {}
    qint64 read(char *data, qint64 max) override
    {
        const qint64 n = m_device->read(data, max);
        if (n < 0) {
            m_problem = Problem::Unreadable;
            m_deviceError = m_device->errorString();
        }
        return n;
    }

private:
    QIODevice *m_device;
};

// Inflates gzip (and concatenated gzip members) with fixed buffers.
class GzipSource final : public ByteSource
{
public:
    explicit GzipSource(QIODevice *device) : m_device(device), m_in(64 * 1024)
    {
        m_ok = inflateInit2(&m_zs, 16 + MAX_WBITS) == Z_OK;
    }
    ~GzipSource() override
    {
        if (m_ok)
            inflateEnd(&m_zs);
    }
    GzipSource(const GzipSource &) = delete;
    GzipSource &operator=(const GzipSource &) = delete;

    qint64 read(char *data, qint64 max) override
    {
        if (!m_ok)
            return fail(Problem::CorruptGzip);
        if (m_problem != Problem::None)
            return -1;
        for (;;) {
            if (m_zs.avail_in == 0 && !m_inputEnd) {
                const qint64 n = m_device->read(m_in.data(), qint64(m_in.size()));
                if (n < 0) {
                    m_deviceError = m_device->errorString();
                    return fail(Problem::Unreadable);
                }
                if (n == 0) {
                    m_inputEnd = true;
                } else {
                    m_sawInput = true;
                    m_zs.next_in = reinterpret_cast<Bytef *>(m_in.data());
                    m_zs.avail_in = uInt(n);
                }
            }
            if (m_memberEnded) {
                if (m_zs.avail_in == 0) {
                    if (m_inputEnd)
                        return 0;
                    continue;
                }
                // Another gzip member follows (concatenated .gz files are valid gzip).
                if (inflateReset(&m_zs) != Z_OK)
                    return fail(Problem::CorruptGzip);
                m_memberEnded = false;
            }
            if (m_zs.avail_in == 0 && m_inputEnd)
                return fail(m_sawInput ? Problem::TruncatedGzip : Problem::CorruptGzip);
            m_zs.next_out = reinterpret_cast<Bytef *>(data);
            m_zs.avail_out = uInt(max);
            const int rc = inflate(&m_zs, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return fail(Problem::CorruptGzip);
            if (rc == Z_STREAM_END)
                m_memberEnded = true;
            const qint64 produced = max - qint64(m_zs.avail_out);
            if (produced > 0)
                return produced;
        }
    }

private:
    qint64 fail(Problem p)
    {
        m_problem = p;
        return -1;
    }

    QIODevice *m_device;
    std::vector<char> m_in;
    z_stream m_zs{};
    bool m_ok = false;
    bool m_inputEnd = false;
    bool m_sawInput = false;
    bool m_memberEnded = false;
};

} // namespace

std::unique_ptr<ByteSource> ByteSource::plain(QIODevice *device)
{
    return std::make_unique<PlainSource>(device);
}

std::unique_ptr<ByteSource> ByteSource::gzip(QIODevice *device)
{
    return std::make_unique<GzipSource>(device);
}

ByteReader::ByteReader(std::unique_ptr<ByteSource> source)
    : m_source(std::move(source))
    , m_buf(size_t(chunkSize))
{
}

int ByteReader::peek()
{
    if (m_pos < m_end || fill(1))
        return uchar(m_buf[size_t(m_pos)]);
    return -1;
}

QByteArray ByteReader::lookAhead(qsizetype n)
{
    fill(qMin(n, chunkSize));
    return QByteArray(m_buf.data() + m_pos, qMin(n, m_end - m_pos));
}

void ByteReader::skip(qsizetype n)
{
    while (n-- > 0 && get() >= 0) {
    }
}

int ByteReader::refillAndGet()
{
    if (!fill(1))
        return -1;
    return uchar(m_buf[size_t(m_pos++)]);
}

// Makes at least `wanted` unread bytes available unless the stream ends first.
bool ByteReader::fill(qsizetype wanted)
{
    if (m_end - m_pos >= wanted)
        return true;
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    while (!m_eof && m_end < wanted) {
        const qint64 n = m_source->read(m_buf.data() + m_end, qint64(m_buf.size()) - m_end);
        if (n <= 0) {
            m_eof = true;
            break;
        }
        m_end += qsizetype(n);
    }
    return m_end - m_pos >= wanted;
}

} // namespace peaka::preview
