// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The storage origin: presigned-style object links, S3-like errors and Range.

#include "demoserver.h"

#include <QJsonObject>

namespace peaka::demo {

class DemoServerPrivate;
class HttpReply;

class StorageOrigin
{
public:
    explicit StorageOrigin(DemoServerPrivate *d);

    // files[] entries for Read Export, freshly signed; *expiresAt is when they stop working.
    QList<QJsonObject> fileLinks(const DemoExport &job, QDateTime *expiresAt) const;
    QUrl fileUrl(const DemoExport &job, int index, qint64 lifetimeSec) const;
    void handle(const RecordedRequest &request, HttpReply *reply);

private:
    QDateTime signingTime() const;
    DemoServerPrivate *d;
};

} // namespace peaka::demo
