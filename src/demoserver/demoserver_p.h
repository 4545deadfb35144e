// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shared state of one DemoServer; the route and storage classes work on it.

#include "democontent.h"
#include "demoserver.h"
#include "httpbackend.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace peaka::demo {

class ApiRoutes;
class StorageOrigin;

// What a POST asked for, kept until its job finishes and the file is produced.
struct JobRequest
{
    QStringList columns; // resolved column list
    qint64 limit = 1000000;
    QString failError; // error shown if the job ends FAILED
    CsvStyle csv;
};

class DemoServerPrivate
{
public:
    explicit DemoServerPrivate(DemoServer *q);
    ~DemoServerPrivate();

    DemoServer *q;
    Scenario scenario;
    QList<DemoKey> keys;
    QString projectId = QStringLiteral("prj_analytics");
    QString otherProjectId = QStringLiteral("prj_marketing");
    QList<DemoExport> jobs;                 // insertion order
    QHash<QString, qsizetype> indexById;    // id -> index in jobs
    QSet<QString> moving;                   // ids with a pending lifecycle step
    QHash<QString, JobRequest> jobRequests; // created through POST
    QList<RecordedRequest> requests;
    QList<std::function<void()>> heldAnswers; // Scenario::holdPagedLists
    // Indexes into jobs, newest first by createdAtNanos, with their keys; rebuilt when jobs change.
    QList<QPair<qint64, qsizetype>> newestFirst;
    bool orderDirty = true;
    qint64 clockOffsetMs = 0;
    DemoServer::FileLinkProvider linkProvider;
    QByteArray secret;
    QString errorString;
    std::unique_ptr<ApiRoutes> apiRoutes;
    std::unique_ptr<StorageOrigin> storageOrigin;
    std::unique_ptr<HttpBackend> api, storage;
    QTimer ticker;

    QDateTime now() const;
    QUrl storageBase() const;
    const DemoKey *findKey(const QString &key) const;
    bool projectExists(const QString &project) const;
    DemoExport *find(const QString &id);
    void add(const DemoExport &job);
    void record(const RecordedRequest &request);
    const QList<QPair<qint64, qsizetype>> &ordered();

    // jobclock.cpp
    void advanceJobs();
    void completeJob(DemoExport &job);
};

} // namespace peaka::demo
