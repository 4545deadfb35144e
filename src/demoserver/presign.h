// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Presigned-style storage links: SigV4-shaped query parameters whose
// signature is an HMAC-SHA256 of the object path and expiry with a server secret.

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace peaka::demo {

enum class LinkCheck { Ok, Missing, BadSignature, Expired };

// Object path segments (decoded), e.g. {"export", project, exportId, "0", name}; each is
// percent-encoded whole ('/' too). A segment must not be empty, "." or "..": clients
// normalise those away, whatever their encoding.
QUrl presignUrl(const QUrl &storageBase, const QStringList &segments, const QDateTime &now,
                qint64 lifetimeSec, const QByteArray &secret);
// Checks a received URL. *segments receives the decoded path segments.
LinkCheck checkPresignedUrl(const QUrl &url, const QDateTime &now, const QByteArray &secret,
                            QStringList *segments);

} // namespace peaka::demo
