// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/gunzip.h"

#include <QDir>
#include <QFile>

#include <vector>
#include <zlib.h>

namespace peaka {
namespace {

struct Inflater
{
    z_stream zs{};
    bool ok = false;
    Inflater() { ok = inflateInit2(&zs, 16 + MAX_WBITS) == Z_OK; }
    ~Inflater()
    {
        if (ok)
            inflateEnd(&zs);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;
};

} // namespace

Gunzip::Result Gunzip::decompress(const QString &source, const QString &target,
                                  const std::atomic<bool> *cancel, const Progress &progress)
{
    Result result;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        result.error = tr("Could not open %1 to decompress it: %2.")
                           .arg(QDir::toNativeSeparators(source), in.errorString());
        return result;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.error = tr("Could not create %1: %2.").arg(QDir::toNativeSeparators(target), out.errorString());
        return result;
    }
    const auto fail = [&](const QString &sentence) {
        out.close();
        out.remove();
        result.error = sentence;
        return result;
    };
    const QString corrupt = tr("%1 is not a valid gzip file or is damaged; it was kept as downloaded.")
                                .arg(QDir::toNativeSeparators(source));

    Inflater inflater;
    if (!inflater.ok)
        return fail(tr("The decompressor could not start (out of memory?)."));
    std::vector<char> inBuf(bufferSize);
    std::vector<char> outBuf(bufferSize);
    const qint64 total = in.size();
    qint64 readTotal = 0;
    bool streamEnded = false;   // the last member ended cleanly
    bool sawData = false;

    for (;;) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return fail(tr("Decompression was cancelled."));
        }
        const qint64 n = in.read(inBuf.data(), bufferSize);
        if (n < 0)
            return fail(tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(source), in.errorString()));
        if (n == 0)
            break;
        readTotal += n;
        sawData = true;
        inflater.zs.next_in = reinterpret_cast<Bytef *>(inBuf.data());
        inflater.zs.avail_in = uInt(n);
        for (;;) {
            if (streamEnded) {
                if (inflater.zs.avail_in == 0)
                    break;
                // Another gzip member follows (concatenated .gz files are valid gzip).
                if (inflateReset(&inflater.zs) != Z_OK)
                    return fail(corrupt);
                streamEnded = false;
            }
            inflater.zs.next_out = reinterpret_cast<Bytef *>(outBuf.data());
            inflater.zs.avail_out = uInt(bufferSize);
            const int rc = inflate(&inflater.zs, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return fail(corrupt);
            const qint64 produced = bufferSize - qint64(inflater.zs.avail_out);
            if (produced > 0 && out.write(outBuf.data(), produced) != produced)
                return fail(tr("Could not write %1: %2. Check the free disk space.")
                                .arg(QDir::toNativeSeparators(target), out.errorString()));
            result.bytesWritten += produced;
            if (rc == Z_STREAM_END)
                streamEnded = true;
            else if (inflater.zs.avail_out != 0 || rc == Z_BUF_ERROR)
                break;   // all input consumed; read more
        }
        if (progress)
            progress(readTotal, total);
    }
    if (!sawData || !streamEnded)
        return fail(corrupt);
    if (!out.flush()) {
        return fail(tr("Could not write %1: %2. Check the free disk space.")
                        .arg(QDir::toNativeSeparators(target), out.errorString()));
    }
    out.close();
    result.ok = true;
    return result;
}

} // namespace peaka
