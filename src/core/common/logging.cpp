// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/logging.h"

namespace peaka {

Q_LOGGING_CATEGORY(lcApi, "peaka.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "peaka.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDownload, "peaka.download", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "peaka.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "peaka.model", QtInfoMsg)

QString redactedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

} // namespace peaka
