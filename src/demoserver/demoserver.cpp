// SPDX-License-Identifier: GPL-3.0-or-later
// The DemoServer facade: start-up, keys, data access, scenario and records.
#include "demoserver.h"

#include "apiroutes.h"
#include "createdat.h"
#include "democatalog.h"
#include "demoserver_p.h"
#include "storageorigin.h"

#include <QRandomGenerator>

#include <algorithm>

namespace peaka::demo {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

DemoServerPrivate::DemoServerPrivate(DemoServer *owner)
    : q(owner)
{
    secret = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
}

DemoServerPrivate::~DemoServerPrivate() = default;

QDateTime DemoServerPrivate::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(clockOffsetMs);
}

QUrl DemoServerPrivate::storageBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(storage ? storage->port() : 0));
}

const DemoKey *DemoServerPrivate::findKey(const QString &key) const
{
    for (const DemoKey &k : keys)
        if (k.key == key)
            return &k;
    return nullptr;
}

bool DemoServerPrivate::projectExists(const QString &project) const
{
    if (project == projectId || project == otherProjectId)
        return true;
    for (const DemoProject &p : demoProjects())
        if (p.id == project)
            return true;
    for (const DemoKey &k : keys)
        if (!k.partner && k.projectId == project)
            return true;
    for (const DemoExport &job : jobs)
        if (job.projectId == project)
            return true;
    return false;
}

DemoExport *DemoServerPrivate::find(const QString &id)
{
    const auto it = indexById.constFind(id);
    return it == indexById.constEnd() ? nullptr : &jobs[*it];
}

const QList<QPair<qint64, qsizetype>> &DemoServerPrivate::ordered()
{
    if (orderDirty) {
        newestFirst.clear();
        newestFirst.reserve(jobs.size());
        for (qsizetype i = 0; i < jobs.size(); ++i)
            newestFirst.append({createdAtNanos(jobs.at(i)), i});
        // Newest first; equal times keep insertion order.
        std::stable_sort(newestFirst.begin(), newestFirst.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        orderDirty = false;
    }
    return newestFirst;
}

void DemoServerPrivate::add(const DemoExport &job)
{
    orderDirty = true;
    if (DemoExport *existing = find(job.id))
        *existing = job;
    else {
        indexById.insert(job.id, jobs.size());
        jobs.append(job);
    }
    if ((job.status == QLatin1String("PENDING") || job.status == QLatin1String("RUNNING"))
        && job.finishedAt.isValid())
        moving.insert(job.id);
    else
        moving.remove(job.id);
}

void DemoServerPrivate::record(const RecordedRequest &request)
{
    requests.append(request);
    Q_EMIT q->requestReceived(request);
}

DemoServer::DemoServer(QObject *parent)
    : QObject(parent), d(std::make_unique<DemoServerPrivate>(this))
{
    d->keys = {
        {QStringLiteral("TtgGcQFq.s3fzROFoop8uHG4pS2LYhoqn1rLb6oW6"), QStringLiteral("usr_7f3a9c2e"),
         QStringLiteral("Ayşe Demir"), true, {}},
        {QStringLiteral("hBWIQxjc.Lw8pQe2ZrT5vN1yKc7uHd3GmXo9sJfAb"), QStringLiteral("usr_7f3a9c2e"),
         QStringLiteral("Ayşe Demir"), false, d->projectId},
        {QStringLiteral("Rk2PzV9m.Yq4TnB8cWx1LfJ6hGs3DkE7aMu5oZi0v"), QStringLiteral("usr_41be0d77"),
         QStringLiteral("Jonas Becker"), true, {}},
        {QStringLiteral("pR7aMn5Q.Hc2VbN9xTz4KqW8eLs1JdF6gUy3oPi5r"), QStringLiteral("usr_9c01a5f3"),
         QStringLiteral("Priya Raman"), false, d->projectId},
    };
    d->apiRoutes = std::make_unique<ApiRoutes>(d.get());
    d->storageOrigin = std::make_unique<StorageOrigin>(d.get());
    d->ticker.setInterval(100);
    connect(&d->ticker, &QTimer::timeout, this, [this] { d->advanceJobs(); });
    d->ticker.start();
    seedDemoData();
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(quint16 apiPort, quint16 storagePort)
{
    ApiRoutes *routes = d->apiRoutes.get();
    StorageOrigin *storage = d->storageOrigin.get();
    d->api = std::make_unique<HttpBackend>(
        QStringLiteral("api"), [routes](const RecordedRequest &r, HttpReply *reply) { routes->handle(r, reply); });
    d->storage = std::make_unique<HttpBackend>(
        QStringLiteral("storage"), [storage](const RecordedRequest &r, HttpReply *reply) { storage->handle(r, reply); });
    QString error;
    if (!d->api->listen(apiPort, &error) || !d->storage->listen(storagePort, &error)) {
        d->errorString = tr("Could not listen on 127.0.0.1: %1").arg(error);
        d->api.reset();
        d->storage.reset();
        return false;
    }
    return true;
}

QString DemoServer::errorString() const { return d->errorString; }

QUrl DemoServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(d->api ? d->api->port() : 0));
}

QUrl DemoServer::storageUrl() const { return d->storageBase(); }
QString DemoServer::projectId() const { return d->projectId; }
QString DemoServer::otherProjectId() const { return d->otherProjectId; }
DemoKey DemoServer::partnerKey() const { return d->keys.at(0); }
DemoKey DemoServer::projectKey() const { return d->keys.at(1); }
DemoKey DemoServer::colleagueKey() const { return d->keys.at(2); }
QList<DemoKey> DemoServer::keys() const { return d->keys; }

void DemoServer::addKey(const DemoKey &key)
{
    for (DemoKey &k : d->keys) {
        if (k.key == key.key) {
            k = key;
            return;
        }
    }
    d->keys.append(key);
}

void DemoServer::clearExports()
{
    d->jobs.clear();
    d->orderDirty = true;
    d->indexById.clear();
    d->moving.clear();
    d->jobRequests.clear();
}

void DemoServer::addExport(const DemoExport &job)
{
    DemoExport copy = job;
    if (copy.projectId.isEmpty())
        copy.projectId = d->projectId;
    if (!copy.createdAt.isValid())
        copy.createdAt = d->now();
    d->add(copy);
}

DemoExport DemoServer::exportById(const QString &id) const
{
    d->advanceJobs();
    const DemoExport *job = d->find(id);
    return job ? *job : DemoExport();
}

QList<DemoExport> DemoServer::exports(const QString &projectId) const
{
    d->advanceJobs();
    if (projectId.isEmpty())
        return d->jobs;
    QList<DemoExport> out;
    for (const DemoExport &job : d->jobs)
        if (job.projectId == projectId)
            out.append(job);
    return out;
}

void DemoServer::setExportStatus(const QString &id, const QString &status, const QString &error)
{
    if (DemoExport *job = d->find(id)) {
        job->status = status;
        job->error = error;
        d->moving.remove(id);
    }
}

void DemoServer::setFileLinkProvider(FileLinkProvider provider) { d->linkProvider = std::move(provider); }
Scenario &DemoServer::scenario() { return d->scenario; }
QList<RecordedRequest> DemoServer::requests() const { return d->requests; }
void DemoServer::clearRequests() { d->requests.clear(); }

void DemoServer::releaseHeldRequests()
{
    d->scenario.holdPagedLists = false;
    d->scenario.holdLists = false;
    const QList<std::function<void()>> held = std::exchange(d->heldAnswers, {});
    for (const auto &answer : held)
        answer();
}

int DemoServer::heldRequestCount() const { return int(d->heldAnswers.size()); }
QDateTime DemoServer::now() const { return d->now(); }

void DemoServer::advanceClock(qint64 msecs)
{
    d->clockOffsetMs += msecs;
    d->advanceJobs();
}

QUrl DemoServer::presignedUrl(const QString &exportId, int fileIndex, qint64 lifetimeSec) const
{
    const DemoExport *job = d->find(exportId);
    if (!job || fileIndex < 0 || fileIndex >= job->files.size())
        return {};
    return d->storageOrigin->fileUrl(*job, fileIndex, lifetimeSec);
}

} // namespace peaka::demo
