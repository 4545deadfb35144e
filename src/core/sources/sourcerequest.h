// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apirequest.h"

#include <QJsonDocument>

namespace peaka {

using JsonResult = ApiResult<QJsonDocument>;

// One source-browsing call (GET a list, POST search): the same redirect,
// timeout, size-cap, retry and error rules as the export calls; the body
// arrives as a parsed JSON document for SourceSession to turn into values.
class SourceRequest final : public ApiRequest
{
    Q_OBJECT
public:
    SourceRequest(const RequestSpec &spec, QNetworkAccessManager *nam, QObject *parent)
        : ApiRequest(spec, nam, parent)
    {
    }
Q_SIGNALS:
    void finished(const peaka::JsonResult &result);

protected:
    void handleSuccess(const QByteArray &body) override;
    void emitFinished(const ApiError &error) override;

private:
    JsonResult m_result;
};

} // namespace peaka

Q_DECLARE_METATYPE(peaka::JsonResult)
