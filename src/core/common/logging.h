// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QUrl>

namespace peaka {

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcDownload)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcModel)

// A URL safe to log: scheme, host, port and path only. Presigned links carry
// their credential in the query string, so the query is never logged.
QString redactedUrl(const QUrl &url);

} // namespace peaka
