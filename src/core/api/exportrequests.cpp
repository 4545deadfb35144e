// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/exportrequests.h"

#include "api/exportpage.h"
#include "common/destroyoffthread.h"
#include "common/logging.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace peaka {

ListExportsRequest::ListExportsRequest(const RequestSpec &spec, QNetworkAccessManager *nam, QObject *parent)
    : ApiRequest(spec, nam, parent)
{
}

ListExportsRequest::~ListExportsRequest() = default;

void ListExportsRequest::handleSuccess(const QByteArray &body)
{
    // A list of 100,000 rows is tens of megabytes of JSON: parse it off the UI thread.
    m_watcher = new QFutureWatcher<std::shared_ptr<ExportPage>>(this);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<ExportPage>>::finished, this, [this] {
        const std::shared_ptr<ExportPage> parsed = m_watcher->result();
        if (!parsed->ok()) {
            deliver(badResponse(parsed->error));
            return;
        }
        m_result.value = std::move(parsed->rows);
        m_result.problems = std::move(parsed->problems);
        m_rowsOnWire = parsed->rowsOnWire;
        m_pageCursor = parsed->cursor;
        if (!m_result.problems.isEmpty())
            qCInfo(lcApi) << "list: tolerated" << m_result.problems.size() << "odd fields, first:"
                          << m_result.problems.constFirst();
        deliver();
    });
    m_watcher->setFuture(
        QtConcurrent::run([body]() { return std::make_shared<ExportPage>(ExportPage::parse(body)); }));
}

void ListExportsRequest::emitFinished(const ApiError &error)
{
    m_result.error = error;
    Q_EMIT finished(m_result);
    // Receivers keep shallow copies if they need the rows; freeing 100,000
    // parsed rows here would stall the UI thread.
    if (!m_result.value.isEmpty())
        destroyOffThread(std::move(m_result.value));
}

void ExportRequest::handleSuccess(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        deliver(badResponse(tr("The answer is not valid JSON (%1 at byte %2).")
                                .arg(err.errorString())
                                .arg(err.offset)));
        return;
    }
    if (!doc.isObject()) {
        deliver(badResponse(tr("The answer is not a JSON object.")));
        return;
    }
    m_result.value = ExportJob::fromJson(doc.object(), &m_result.problems);
    if (m_result.value.id.isEmpty()) {
        deliver(badResponse(tr("The answer carries no export id.")));
        return;
    }
    deliver();
}

void ExportRequest::emitFinished(const ApiError &error)
{
    m_result.error = error;
    Q_EMIT finished(m_result);
}

void CancelExportRequest::handleSuccess(const QByteArray &body)
{
    Q_UNUSED(body) // 204 No Content; a body from a proxy changes nothing
    m_result.value = true;
    deliver();
}

void CancelExportRequest::emitFinished(const ApiError &error)
{
    m_result.error = error;
    Q_EMIT finished(m_result);
}

} // namespace peaka
