// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apirequest.h"
#include "exports/exportjob.h"

#include <memory>

template<typename T>
class QFutureWatcher;

namespace peaka {

struct ExportPage;

using ExportListResult = ApiResult<QList<ExportJob>>;
using ExportResult = ApiResult<ExportJob>;

// GET .../exports (one page): the rows are parsed on a worker thread.
class ListExportsRequest final : public ApiRequest
{
    Q_OBJECT
public:
    ListExportsRequest(const RequestSpec &spec, QNetworkAccessManager *nam, QObject *parent);
    ~ListExportsRequest() override;
    // Valid in `finished`: the entries of the JSON array (also those that are not
    // rows) and the last string createdAt among them, exactly as written (the next
    // page's cursor; empty when no row has one).
    int rowsOnWire() const { return m_rowsOnWire; }
    QString pageCursor() const { return m_pageCursor; }
Q_SIGNALS:
    void finished(const peaka::ExportListResult &result);

protected:
    void handleSuccess(const QByteArray &body) override;
    void emitFinished(const ApiError &error) override;

private:
    QFutureWatcher<std::shared_ptr<ExportPage>> *m_watcher = nullptr;
    ExportListResult m_result;
    int m_rowsOnWire = 0;
    QString m_pageCursor;
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

// DELETE .../exports/{id}: 204, no body. value is true once the server accepted it.
using CancelExportResult = ApiResult<bool>;
class CancelExportRequest final : public ApiRequest
{
    Q_OBJECT
public:
    CancelExportRequest(const RequestSpec &spec, QNetworkAccessManager *nam, QObject *parent)
        : ApiRequest(spec, nam, parent)
    {
    }
Q_SIGNALS:
    void finished(const peaka::CancelExportResult &result);

protected:
    void handleSuccess(const QByteArray &body) override;
    void emitFinished(const ApiError &error) override;

private:
    CancelExportResult m_result;
};

using ReadExportRequest = ExportRequest;
using CreateExportRequest = ExportRequest;

} // namespace peaka

Q_DECLARE_METATYPE(peaka::ExportListResult)
Q_DECLARE_METATYPE(peaka::ExportResult)
Q_DECLARE_METATYPE(peaka::CancelExportResult)
