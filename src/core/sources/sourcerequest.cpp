// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcerequest.h"

namespace peaka {

void SourceRequest::handleSuccess(const QByteArray &body)
{
    QJsonParseError err{};
    m_result.value = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        deliver(badResponse(tr("The answer is not valid JSON (%1 at byte %2).").arg(err.errorString()).arg(err.offset)));
        return;
    }
    deliver();
}

void SourceRequest::emitFinished(const ApiError &error)
{
    m_result.error = error;
    Q_EMIT finished(m_result);
}

} // namespace peaka
