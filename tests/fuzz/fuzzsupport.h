// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by every libFuzzer target: property checks that abort (so libFuzzer
// saves the input), quiet Qt logging, and a scratch folder for targets that
// parse files.
#pragma once

#include "exports/exportjob.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace peaka::fuzz {

// Prints what broke and aborts: libFuzzer reports a crash and saves the input.
[[noreturn]] void fail(const char *condition, const char *file, int line, const QString &detail);

// A deep copy: QByteArray::fromRawData would let Qt read past the fuzzer's buffer
// when it assumes a terminating zero.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A folder for this process's scratch files (on /dev/shm when there is one).
QString scratchDir();
// Writes `content` to `name` inside scratchDir() and returns the path.
QString writeScratch(const QString &name, const QByteArray &content);

// Properties every parsed row keeps: sizes, counts and durations are never negative.
void checkJobSizes(const ExportJob &job);
// toJson() then fromJson() gives the same row back.
void checkJobRoundTrip(const ExportJob &job);

} // namespace peaka::fuzz

#define FUZZ_CHECK(cond, detail)                                                 \
    do {                                                                         \
        if (!(cond))                                                             \
            ::peaka::fuzz::fail(#cond, __FILE__, __LINE__, (detail));            \
    } while (0)
