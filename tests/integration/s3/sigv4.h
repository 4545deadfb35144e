// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace peaka::test {

// AWS Signature Version 4 query-string signing of a GET (a presigned URL), as
// S3 and MinIO issue them: X-Amz-Algorithm, -Credential, -Date, -Expires,
// -SignedHeaders=host, -Signature; payload UNSIGNED-PAYLOAD.
struct SigV4
{
    QString accessKey = QStringLiteral("S3RVER");
    QString secretKey = QStringLiteral("S3RVER");
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("s3");

    // `objectUrl` is scheme://host[:port]/path (path-style: /bucket/key).
    QUrl presignGet(const QUrl &objectUrl, qint64 expiresSecs, const QDateTime &nowUtc) const;

    static QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash);
};

} // namespace peaka::test
