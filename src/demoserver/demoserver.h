// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace peaka::demo {

// One user of the fake Peaka: an API key and who it belongs to.
struct DemoKey
{
    QString key;       // "PREFIX.SECRET"
    QString userId;
    QString userName;
    bool partner = false;   // Partner key: every project; Project key: only `projectId`
    QString projectId;      // for Project keys
};

// One file of a SUCCEEDED export as the fake storage holds it.
struct DemoFile
{
    QString name;
    QByteArray content;          // served by the storage origin
    qint64 advertisedBytes = -1; // what Read Export claims in files[].bytes; -1 = content.size()
};

// An export job as the fake server holds it. Fields mirror the contract;
// `extra` is merged into the JSON row last (to inject odd or mistyped fields).
struct DemoExport
{
    QString id;
    QString projectId;
    QString status;           // any string, also unknown ones
    QString format = QStringLiteral("CSV");
    QString compression = QStringLiteral("NONE");
    qint64 rowCount = -1, bytes = -1, durationMs = -1;   // -1 = absent
    QString error;
    QDateTime createdAt;
    QString queryId, catalogId, schemaName, tableName, source;
    QString ownerKey;         // the DemoKey::key that started it (drives userId, userName, apiKeyPrefix, downloadable)
    QString clientSource = QStringLiteral("peaka-studio");
    QList<DemoFile> files;
    QJsonObject extra;
    // Lifecycle for jobs that are still moving: absolute times (server clock).
    QDateTime runningAt, finishedAt;
    QString finalStatus;      // status reached at finishedAt (SUCCEEDED or FAILED)
};

// One request as the server (API or storage origin) received it.
struct RecordedRequest
{
    QString origin;                          // "api" or "storage"
    QByteArray method;
    QUrl url;                                // path and query as received
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
};

// Faults and timings the tests can set. Counts are consumed one per matching request.
struct Scenario
{
    // API origin faults, applied to the next N API requests (any method, any path).
    int failNextWithStatus = 0;     // HTTP status to answer with, e.g. 429, 500, 503
    int failNextCount = 0;
    QByteArray failBody;            // body for those answers (default: small JSON {"message": ...})
    QByteArray failContentType = "application/json";
    QString retryAfter;             // Retry-After header value for those answers ("2" or an HTTP date)
    int invalidJsonNextCount = 0;   // 200 with a truncated, unparseable JSON body
    int dropMidBodyNextCount = 0;   // API: send headers + half the body, then close the socket
    int slowResponseMs = 0;         // delay every API answer by this much
    // Storage origin
    int linkLifetimeSec = 3600;     // presigned links expire this long after Read Export
    int storageDropAfterBytes = -1; // storage: close the socket after this many body bytes, once per request while >= 0
    int storageDropCount = 0;       // how many storage requests get dropped
    int storageBytesPerSecond = 0;  // throttle storage bodies (0 = unthrottled)
    // Job lifecycle for exports created through POST
    int pendingMs = 1000;           // PENDING for this long
    int runningMs = 2000;           // then RUNNING for this long
    bool createdJobsFail = false;   // then FAILED instead of SUCCEEDED
    qint64 createdFileBytes = 4096; // size of the file a created export produces
    // Redirect: answer API requests with 307 to this URL + original path (empty = off)
    QUrl redirectApiTo;
};

class DemoServerPrivate;

// A faithful local Peaka (../shared/peaka-exports-api.md): the API on one
// loopback port, presigned-style storage on another (a different origin).
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1; 0 = any free port. Returns false with errorString() on failure.
    bool start(quint16 apiPort = 0, quint16 storagePort = 0);
    QString errorString() const;

    QUrl baseUrl() const;      // http://127.0.0.1:PORT/api/v1 (no trailing slash)
    QUrl storageUrl() const;   // http://127.0.0.1:PORT2

    QString projectId() const;        // the demo project
    QString otherProjectId() const;   // a second project (Project keys of the first have no access)
    DemoKey partnerKey() const;       // Partner key of the main demo user (owns most exports)
    DemoKey projectKey() const;       // Project key for projectId(), same user as partnerKey
    DemoKey colleagueKey() const;     // another user's Partner key: not the owner of the demo exports
    QList<DemoKey> keys() const;
    void addKey(const DemoKey &key);

    // Data. The constructor seeds the realistic demo data set.
    void seedDemoData();
    void clearExports();
    void addExport(const DemoExport &job);
    void generateExports(int count, const QString &projectId = {}); // many plausible rows, for scale tests
    DemoExport exportById(const QString &id) const;
    QList<DemoExport> exports(const QString &projectId = {}) const;
    void setExportStatus(const QString &id, const QString &status, const QString &error = {});

    // Replace the storage behind an export's files: the callback returns the
    // files[] entries (name, url, bytes) for each Read Export, e.g. presigned s3rver URLs.
    using FileLinkProvider = std::function<QList<QJsonObject>(const QString &exportId)>;
    void setFileLinkProvider(FileLinkProvider provider);

    Scenario &scenario();
    QList<RecordedRequest> requests() const;
    void clearRequests();

    // Demo clock offset for lifecycle tests; jobs move when time passes (a timer ticks every 100 ms).
    QDateTime now() const;

Q_SIGNALS:
    void requestReceived(const peaka::demo::RecordedRequest &request);

private:
    std::unique_ptr<DemoServerPrivate> d;
};

} // namespace peaka::demo
