// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apirequest.h"
#include "exports/exportoptions.h"
#include "api/exportrequests.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace peaka {

// The Peaka export API. Each call returns a small request object that emits
// one `finished` with the value or an ApiError and then deletes itself.
// The key is held in memory only.
class PeakaClient : public QObject
{
    Q_OBJECT
public:
    explicit PeakaClient(QObject *parent = nullptr);
    ~PeakaClient() override;

    // Returns false with a sentence in `error` when the URL is refused
    // (https required except on loopback hosts).
    bool setBaseUrl(const QString &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // The public prefix of the key (before the dot), for "started with my key".
    QString apiKeyPrefix() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // What a call to `url` needs (key, origin, timeout, size cap, retries), for
    // request classes started outside this class (e.g. sources/SourceSession).
    RequestSpec requestSpec(const QByteArray &method, const QUrl &url, const QByteArray &body = {}) const
    {
        return spec(method, url, body);
    }

    // The biggest page List Exports gives; always sent (the default is not documented).
    static constexpr int ListPageSize = 200;
    // One page of List Exports, newest first; `createdBefore` is the previous page's
    // last createdAt as the server wrote it (empty for the first page). ExportPager reads them all.
    ListExportsRequest *listExports(const QString &projectId, const QStringList &statuses = {},
                                    const QString &createdBefore = {}, int limit = ListPageSize);
    // DELETE .../exports/{id}: 204, idempotent, a no-op on a finished job.
    CancelExportRequest *cancelExport(const QString &projectId, const QString &exportId);
    ExportRequest *readExport(const QString &projectId, const QString &exportId);
    ExportRequest *createQueryExport(const QString &projectId, const QString &queryId,
                                     const ExportOptions &options = {});
    ExportRequest *createTableExport(const QString &projectId, const QString &catalogId,
                                     const QString &schemaName, const QString &tableName,
                                     const ExportOptions &options = {});

    // The URL of each endpoint, kept in one place.
    QUrl exportsUrl(const QString &projectId) const;
    QUrl exportUrl(const QString &projectId, const QString &exportId) const;
    QUrl queryExportUrl(const QString &projectId, const QString &queryId) const;
    QUrl tableExportUrl(const QString &projectId, const QString &catalogId,
                        const QString &schemaName, const QString &tableName) const;

private:
    RequestSpec spec(const QByteArray &method, const QUrl &url, const QByteArray &body = {}) const;
    template<typename Request>
    Request *start(RequestSpec s, const QStringList &required);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = 256LL * 1024 * 1024;
    RetryPolicy m_retry;
};

} // namespace peaka
