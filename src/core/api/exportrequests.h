// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apirequest.h"
#include "exports/exportjob.h"

#include <memory>

template<typename T>
class QFutureWatcher;

namespace peaka {

using ExportListResult = ApiResult<QList<ExportJob>>;
using ExportResult = ApiResult<ExportJob>;

// GET .../exports: the rows are parsed on a worker thread.
class ListExportsRequest final : public ApiRequest
{
    Q_OBJECT
public:
    ListExportsRequest(const RequestSpec &spec, QNetworkAccessManager *nam, QObject *parent);
    ~ListExportsRequest() override;
Q_SIGNALS:
    void finished(const peaka::ExportListResult &result);

protected:
    void handleSuccess(const QByteArray &body) override;
    void emitFinished(const ApiError &error) override;

private:
    struct Parsed;
    QFutureWatcher<std::shared_ptr<Parsed>> *m_watcher = nullptr;
    ExportListResult m_result;
};

// GET .../exports/{id} and the two POSTs (202 {"id","status"}): one row.
class ExportRequest final : public ApiRequest
{
    Q_OBJECT
public:
    ExportRequest(const RequestSpec &spec, QNetworkAccessManager *nam, QObject *parent)
        : ApiRequest(spec, nam, parent)
    {
    }
Q_SIGNALS:
    void finished(const peaka::ExportResult &result);

protected:
    void handleSuccess(const QByteArray &body) override;
    void emitFinished(const ApiError &error) override;

private:
    ExportResult m_result;
};

using ReadExportRequest = ExportRequest;
using CreateExportRequest = ExportRequest;

} // namespace peaka

Q_DECLARE_METATYPE(peaka::ExportListResult)
Q_DECLARE_METATYPE(peaka::ExportResult)
