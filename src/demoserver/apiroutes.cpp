// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiroutes.h"

#include "createdat.h"
#include "democatalog.h"
#include "democontent.h"
#include "demoserver_p.h"
#include "exportjson.h"
#include "sourceroutes.h"
#include "storageorigin.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

namespace peaka::demo {

namespace {

const QByteArray kJson = "application/json";

QByteArray defaultFailMessage(int status)
{
    switch (status) {
    case 429: return "Too many requests, slow down";
    case 500: return "Internal server error";
    case 502: return "Bad gateway";
    case 503: return "Service temporarily unavailable";
    case 504: return "Gateway timeout";
    default: return "Request failed";
    }
}

bool callerOwns(const DemoServerPrivate *d, const DemoExport &job, const DemoKey &caller)
{
    if (job.ownerKey == caller.key)
        return true;
    const DemoKey *owner = d->findKey(job.ownerKey);
    return owner && !owner->userId.isEmpty() && owner->userId == caller.userId;
}

QString catalogLabel(const QString &catalogId)
{
    const DemoCatalog *c = findCatalog(catalogId);
    return c ? c->name : catalogId;
}

} // namespace

ApiAnswer jsonAnswer(int status, const QJsonDocument &doc)
{
    return {status, {{"Content-Type", kJson}}, doc.toJson(QJsonDocument::Compact)};
}

ApiAnswer messageAnswer(int status, const QString &message)
{
    return jsonAnswer(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}));
}

ApiRoutes::ApiRoutes(DemoServerPrivate *dd)
    : d(dd)
{
}

void ApiRoutes::handle(const RecordedRequest &request, HttpReply *reply)
{
    d->record(request);
    d->advanceJobs();
    Scenario &s = d->scenario;

    ApiAnswer answer;
    if (!s.redirectApiTo.isEmpty()) {
        // Base URL with a path (e.g. another server's baseUrl()): replace our /api/v1 with it.
        // Bare origin: keep the whole original path.
        QString path = request.url.path(QUrl::FullyEncoded);
        QString target = s.redirectApiTo.toString(QUrl::FullyEncoded);
        if (target.endsWith(QLatin1Char('/')))
            target.chop(1);
        const QString basePath = s.redirectApiTo.path();
        if (!basePath.isEmpty() && basePath != QLatin1String("/") && path.startsWith(QLatin1String("/api/v1")))
            path = path.mid(7);
        target += path;
        if (request.url.hasQuery())
            target += QLatin1Char('?') + request.url.query(QUrl::FullyEncoded);
        answer = {307, {{"Location", target.toUtf8()}, {"Content-Type", kJson}}, "{}"};
    } else if (s.failNextCount > 0 && s.failSkipCount > 0) {
        --s.failSkipCount;
        answer = route(request);
    } else if (s.failNextCount > 0) {
        --s.failNextCount;
        const int status = s.failNextWithStatus > 0 ? s.failNextWithStatus : 500;
        answer.status = status;
        answer.body = s.failBody.isEmpty()
            ? QJsonDocument(QJsonObject{{QStringLiteral("message"), QString::fromLatin1(defaultFailMessage(status))}})
                  .toJson(QJsonDocument::Compact)
            : s.failBody;
        answer.headers.append({"Content-Type", s.failBody.isEmpty() ? kJson : s.failContentType});
        if (!s.retryAfter.isEmpty())
            answer.headers.append({"Retry-After", s.retryAfter.toUtf8()});
    } else {
        answer = route(request);
        if (s.invalidJsonNextCount > 0) {
            --s.invalidJsonNextCount;
            answer.status = 200;
            answer.body = answer.body.size() > 2 ? answer.body.left(answer.body.size() / 2) : QByteArray("[{\"id\": ");
        }
    }

    const bool drop = s.dropMidBodyNextCount > 0;
    if (drop)
        --s.dropMidBodyNextCount;
    const QPointer<HttpReply> guard(reply);
    const bool headOnly = request.method == "HEAD";
    const auto send = [this, guard, answer, drop, headOnly] {
        if (!guard)
            return;
        if (drop) {
            guard->writeHead(answer.status, answer.headers, answer.body.size());
            guard->writeBody(answer.body.left(answer.body.size() / 2));
            guard->abort();
        } else {
            deliver(guard, answer, headOnly);
        }
    };
    const bool list = request.method == "GET" && request.url.path().endsWith(QLatin1String("/exports"));
    const bool pagedList = list && QUrlQuery(request.url).hasQueryItem(QStringLiteral("createdBefore"));
    if ((s.holdPagedLists && pagedList) || (s.holdLists && list))
        d->heldAnswers.append(send);
    else if (s.slowResponseMs > 0)
        QTimer::singleShot(s.slowResponseMs, reply, send);
    else
        send();
}

void ApiRoutes::deliver(HttpReply *reply, const ApiAnswer &answer, bool headOnly)
{
    if (headOnly) {
        reply->writeHead(answer.status, answer.headers, answer.body.size());
        reply->finish();
        return;
    }
    reply->respond(answer.status, answer.headers, answer.body);
}

ApiAnswer ApiRoutes::route(const RecordedRequest &request)
{
    QStringList seg;
    for (const QByteArray &s : request.url.path(QUrl::FullyEncoded).toLatin1().split('/'))
        if (!s.isEmpty())
            seg << QString::fromUtf8(QByteArray::fromPercentEncoding(s));
    if (seg.size() < 2 || seg.at(0) != QLatin1String("api") || seg.at(1) != QLatin1String("v1"))
        return messageAnswer(404, QStringLiteral("Not found"));
    seg = seg.mid(2);

    // Authentication first, as the real service does.
    const QByteArray auth = request.header("Authorization");
    const DemoKey *caller = auth.startsWith("Bearer ") ? d->findKey(QString::fromUtf8(auth.mid(7).trimmed())) : nullptr;
    if (!caller)
        return messageAnswer(401, QStringLiteral("Invalid API key"));
    const QByteArray verb = request.method == "HEAD" ? QByteArray("GET") : request.method;
    if (auto answer = routeOrganization(seg, verb, *caller))
        return *answer;

    if (seg.size() < 4 || seg.at(0) != QLatin1String("data") || seg.at(1) != QLatin1String("projects"))
        return messageAnswer(404, QStringLiteral("Not found"));

    const QString project = seg.at(2);
    if (!caller->partner && caller->projectId != project)
        return messageAnswer(403, QStringLiteral("API key has no access to project %1").arg(project));
    if (!d->projectExists(project))
        return messageAnswer(404, QStringLiteral("Project %1 not found").arg(project));
    if (auto answer = routeSources(seg.mid(3), verb, request))
        return *answer;

    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    const auto methodNotAllowed = [] { return messageAnswer(405, QStringLiteral("Method not allowed")); };
    if (seg.size() == 4 && seg.at(3) == QLatin1String("exports")) {
        if (method != "GET")
            return methodNotAllowed();
        return listExports(project, QUrlQuery(request.url), *caller);
    }
    if (seg.size() == 5 && seg.at(3) == QLatin1String("exports")) {
        if (method == "DELETE")
            return cancelExport(project, seg.at(4));
        if (method != "GET")
            return methodNotAllowed();
        return readExport(project, seg.at(4), *caller);
    }
    if (seg.size() == 6 && seg.at(3) == QLatin1String("queries")) {
        if (method != "POST")
            return methodNotAllowed();
        return createExport(project, findQuerySource(seg.at(4)), QStringLiteral("Query %1 not found").arg(seg.at(4)),
                            request, *caller);
    }
    if (seg.size() == 10 && seg.at(3) == QLatin1String("catalogs") && seg.at(5) == QLatin1String("schemas")
        && seg.at(7) == QLatin1String("tables")) {
        if (method != "POST")
            return methodNotAllowed();
        return createExport(project, findTableSource(seg.at(4), seg.at(6), seg.at(8)),
                            QStringLiteral("Table %1.%2.%3 not found").arg(catalogLabel(seg.at(4)), seg.at(6), seg.at(8)), request,
                            *caller);
    }
    return messageAnswer(404, QStringLiteral("Not found"));
}

ApiAnswer ApiRoutes::listExports(const QString &project, const QUrlQuery &query, const DemoKey &caller)
{
    QSet<QString> wanted;
    const QString statusFilter = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    for (const QString &s : statusFilter.split(QLatin1Char(','), Qt::SkipEmptyParts))
        wanted.insert(s.trimmed().toUpper());

    // The reference does not document the default page size; this server uses 50.
    qint64 limit = 50;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
        bool ok = false;
        limit = text.trimmed().toLongLong(&ok);
        if (!ok)
            return messageAnswer(400, QStringLiteral("Invalid limit '%1': must be an integer").arg(text));
        limit = qBound(qint64(1), limit, qint64(200));
    }
    const QList<QPair<qint64, qsizetype>> &order = d->ordered();
    auto it = order.cbegin();
    if (query.hasQueryItem(QStringLiteral("createdBefore"))) {
        const QString text = query.queryItemValue(QStringLiteral("createdBefore"), QUrl::FullyDecoded);
        qint64 cursor = 0;
        if (!parseIsoNanos(text, &cursor))
            return messageAnswer(400, QStringLiteral("Invalid createdBefore '%1': expected an ISO-8601 timestamp").arg(text));
        // Keyset: strictly older than the cursor (a faulty server may repeat the boundary row).
        const bool inclusive = d->scenario.inclusiveCursor;
        it = std::lower_bound(order.cbegin(), order.cend(), cursor, [inclusive](const auto &entry, qint64 c) {
            return inclusive ? entry.first > c : entry.first >= c;
        });
    }

    QByteArray body;
    body.reserve(int(limit) * 420 + 2);
    body += '[';
    qint64 count = 0;
    for (; it != order.cend() && count < limit; ++it) {
        const DemoExport &job = d->jobs.at(it->second);
        if (job.projectId != project || (!wanted.isEmpty() && !wanted.contains(job.status.toUpper())))
            continue;
        if (count++ > 0)
            body += ',';
        appendExportRowJson(body, job, d->findKey(job.ownerKey), callerOwns(d, job, caller));
    }
    body += ']';
    return {200, {{"Content-Type", kJson}}, body};
}

ApiAnswer ApiRoutes::cancelExport(const QString &project, const QString &id)
{
    DemoExport *job = d->find(id);
    if (!job || job->projectId != project)
        return messageAnswer(404, QStringLiteral("Export job not found"));
    if (job->status == QLatin1String("PENDING") || job->status == QLatin1String("RUNNING")) {
        const QDateTime now = d->now();
        if (!job->runningAt.isValid() || job->runningAt > now)
            job->runningAt = now;
        job->finalStatus = QStringLiteral("CANCELLED");
        job->finishedAt = now.addMSecs(qMax(0, d->scenario.cancelDelayMs));
        job->error.clear();
        d->moving.insert(job->id);
        d->advanceJobs(); // no delay: reads CANCELLED at once
    }
    return {204, {}, {}};
}

ApiAnswer ApiRoutes::readExport(const QString &project, const QString &id, const DemoKey &caller)
{
    const DemoExport *job = d->find(id);
    if (!job || job->projectId != project)
        return messageAnswer(404, QStringLiteral("Export not found"));
    const bool owns = callerOwns(d, *job, caller);
    QJsonObject row = exportRow(*job, d->findKey(job->ownerKey), owns);
    if (owns && job->status == QLatin1String("SUCCEEDED")) {
        QDateTime expiresAt;
        QJsonArray files;
        for (const QJsonObject &f : d->storageOrigin->fileLinks(*job, &expiresAt))
            files.append(f);
        row.insert(QStringLiteral("files"), files);
        if (expiresAt.isValid())
            row.insert(QStringLiteral("expiresAt"), isoUtc(expiresAt));
    }
    return jsonAnswer(200, QJsonDocument(row));
}

} // namespace peaka::demo
