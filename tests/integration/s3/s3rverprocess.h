// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace peaka::test {

// s3rver (tests/integration/s3/node_modules) on a free loopback port with one
// bucket, in a temporary directory. Objects are uploaded with plain PUTs
// (s3rver accepts anonymous requests).
class S3rverProcess
{
public:
    static constexpr const char *bucket = "exports";
    ~S3rverProcess();
    // Starts and waits until it listens (event loop driven). False with `error` set.
    bool start(QString *error);
    QUrl endpoint() const { return m_endpoint; }
    QUrl objectUrl(const QString &key) const;
    // PUT through the event loop; returns the HTTP status (0 on a network error).
    int put(const QString &key, const QByteArray &data);

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    QUrl m_endpoint;
};

} // namespace peaka::test
