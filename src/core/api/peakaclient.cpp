// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/peakaclient.h"

#include "credentials/apikey.h"
#include "api/baseurl.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace peaka {

PeakaClient::PeakaClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
}

PeakaClient::~PeakaClient() = default;

bool PeakaClient::setBaseUrl(const QString &url, QString *error)
{
    const QUrl normalised = BaseUrl::normalise(url, error);
    if (!normalised.isValid())
        return false;
    m_baseUrl = normalised;
    return true;
}

QString PeakaClient::apiKeyPrefix() const
{
    return ApiKey::publicPrefix(m_apiKey);
}

QUrl PeakaClient::exportsUrl(const QString &projectId) const
{
    return BaseUrl::join(m_baseUrl, {QStringLiteral("data"), QStringLiteral("projects"), projectId,
                                     QStringLiteral("exports")});
}

QUrl PeakaClient::exportUrl(const QString &projectId, const QString &exportId) const
{
    return BaseUrl::join(m_baseUrl, {QStringLiteral("data"), QStringLiteral("projects"), projectId,
                                     QStringLiteral("exports"), exportId});
}

QUrl PeakaClient::queryExportUrl(const QString &projectId, const QString &queryId) const
{
    return BaseUrl::join(m_baseUrl, {QStringLiteral("data"), QStringLiteral("projects"), projectId,
                                     QStringLiteral("queries"), queryId, QStringLiteral("exports")});
}

QUrl PeakaClient::tableExportUrl(const QString &projectId, const QString &catalogId,
                                 const QString &schemaName, const QString &tableName) const
{
    // The reference does not spell out this path; it lives here and only here.
    return BaseUrl::join(m_baseUrl, {QStringLiteral("data"), QStringLiteral("projects"), projectId,
                                     QStringLiteral("catalogs"), catalogId, QStringLiteral("schemas"),
                                     schemaName, QStringLiteral("tables"), tableName,
                                     QStringLiteral("exports")});
}

RequestSpec PeakaClient::spec(const QByteArray &method, const QUrl &url, const QByteArray &body) const
{
    RequestSpec s;
    s.method = method;
    s.url = url;
    s.body = body;
    s.apiOrigin = m_baseUrl;
    s.apiKey = m_apiKey;
    s.timeoutMs = m_timeoutMs;
    s.maxResponseBytes = m_maxResponseBytes;
    s.retry = m_retry;
    return s;
}

namespace {

bool anyEmpty(const QStringList &values)
{
    for (const QString &v : values) {
        if (v.trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace

template<typename Request>
Request *PeakaClient::start(RequestSpec s, const QStringList &required)
{
    QString reason;
    if (!m_baseUrl.isValid())
        reason = tr("No API base URL is set.");
    else if (anyEmpty(required))
        reason = tr("A project, export, query or table id is empty.");
    auto *request = new Request(s, m_nam, this);
    if (!reason.isEmpty())
        request->refuse(reason);
    return request;
}

ListExportsRequest *PeakaClient::listExports(const QString &projectId, const QStringList &statuses,
                                             const QString &createdBefore, int limit)
{
    QUrl url = exportsUrl(projectId);
    QByteArray query;
    if (!statuses.isEmpty())
        query += "status=" + QUrl::toPercentEncoding(statuses.join(QLatin1Char(',')), ",") + '&';
    query += "limit=" + QByteArray::number(qBound(1, limit, ListPageSize));
    if (!createdBefore.isEmpty()) // percent-encoded: a '+' offset must not turn into a space
        query += "&createdBefore=" + QUrl::toPercentEncoding(createdBefore);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return start<ListExportsRequest>(spec("GET", url), {projectId});
}

CancelExportRequest *PeakaClient::cancelExport(const QString &projectId, const QString &exportId)
{
    return start<CancelExportRequest>(spec("DELETE", exportUrl(projectId, exportId)), {projectId, exportId});
}

ExportRequest *PeakaClient::readExport(const QString &projectId, const QString &exportId)
{
    return start<ExportRequest>(spec("GET", exportUrl(projectId, exportId)), {projectId, exportId});
}

ExportRequest *PeakaClient::createQueryExport(const QString &projectId, const QString &queryId,
                                              const ExportOptions &options)
{
    const QByteArray body = QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact);
    return start<ExportRequest>(spec("POST", queryExportUrl(projectId, queryId), body),
                                {projectId, queryId});
}

ExportRequest *PeakaClient::createTableExport(const QString &projectId, const QString &catalogId,
                                              const QString &schemaName, const QString &tableName,
                                              const ExportOptions &options)
{
    const QByteArray body = QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact);
    return start<ExportRequest>(
        spec("POST", tableExportUrl(projectId, catalogId, schemaName, tableName), body),
        {projectId, catalogId, schemaName, tableName});
}

} // namespace peaka
