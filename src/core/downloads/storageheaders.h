// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace peaka {

// What a storage response says about its bytes. Every field is -1 when the
// header is absent or unreadable; parsed values are never negative.
struct ContentRange
{
    qint64 start = -1;
    qint64 end = -1;   // inclusive
    qint64 total = -1; // the whole object's size, -1 for "*" or unknown
};

// "bytes 100-199/200" or "bytes */200". A range that contradicts itself
// (end before start, end at or past the total, numbers beyond 64 bits) is unreadable.
ContentRange parseContentRange(const QByteArray &value);

// A Content-Length: decimal digits only, else -1.
qint64 parseContentLength(const QByteArray &value);

// The text of <name>…</name> in an S3-style XML error body, fit for people
// (textForPeople); empty when absent.
QString storageErrorField(const QByteArray &body, const char *name);

} // namespace peaka
