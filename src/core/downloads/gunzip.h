// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace peaka {

// Streaming gzip decompression of one file into another with bounded buffers
// (zlib inflate, gzip header, concatenated members). Blocking: run it on a worker
// thread (QtConcurrent). The target is written as given; the caller renames.
class Gunzip
{
    Q_DECLARE_TR_FUNCTIONS(peaka::Gunzip)
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;         // a sentence for people when !ok
        qint64 bytesWritten = 0;
    };
    // progress(bytesRead, sourceSize), called now and then from the calling thread.
    using Progress = std::function<void(qint64, qint64)>;

    static constexpr int bufferSize = 256 * 1024;

    static Result decompress(const QString &source, const QString &target,
                             const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});
};

} // namespace peaka
