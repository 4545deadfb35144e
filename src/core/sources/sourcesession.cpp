// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcesession.h"

#include "api/baseurl.h"
#include "api/peakaclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace peaka {
namespace {

ApiError shapeError(const QUrl &url, const QString &reason)
{
    ApiError e(ApiError::BadResponse);
    e.setHost(url.host());
    e.setReason(reason);
    return e;
}

void collectPaths(const QJsonArray &nodes, QStringList *out)
{
    for (const QJsonValue &n : nodes) {
        const QJsonObject o = n.toObject();
        const QString path = o.value(QLatin1String("path")).toString();
        if (!path.isEmpty())
            out->append(path);
        collectPaths(o.value(QLatin1String("children")).toArray(), out);
    }
}

} // namespace

SourceSession::SourceSession(PeakaClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

SourceSession::~SourceSession() = default;

SourceSession *SourceSession::of(PeakaClient *client)
{
    auto *session = client->findChild<SourceSession *>(QString(), Qt::FindDirectChildrenOnly);
    return session ? session : new SourceSession(client, client);
}

QUrl SourceSession::url(const QStringList &segments) const
{
    return BaseUrl::join(m_client->baseUrl(), segments);
}

QUrl SourceSession::dataUrl(const QString &projectId, const QStringList &segments) const
{
    return url(QStringList{QStringLiteral("data"), QStringLiteral("projects"), projectId} + segments);
}

void SourceSession::refresh()
{
    m_cache.clear();
    ++m_generation;
}

void SourceSession::fetch(const QUrl &url, const QByteArray &method, const QByteArray &body, bool cache,
                          QObject *context, JsonDone done)
{
    const QString key = QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded);
    if (cache) {
        const auto hit = m_cache.constFind(key);
        if (hit != m_cache.constEnd()) {
            JsonResult result;
            result.value = *hit;
            QTimer::singleShot(0, context, [done, result] { done(result); });
            return;
        }
        auto pending = m_inFlight.find(key);
        if (pending != m_inFlight.end()) {
            pending->append({context, std::move(done)});
            return;
        }
    }
    const QString flightKey = cache ? key : key + QLatin1Char('#') + QString::number(quintptr(context));
    m_inFlight[flightKey].append({context, std::move(done)});

    auto *request = new SourceRequest(m_client->requestSpec(method, url, body), m_client->networkAccessManager(), this);
    if (!m_client->baseUrl().isValid())
        request->refuse(tr("No API base URL is set."));
    // An empty segment would name another endpoint: refuse rather than send.
    if (url.path().contains(QLatin1String("//")) || url.path().endsWith(QLatin1Char('/')))
        request->refuse(tr("A project, catalog, schema or table name is empty."));
    const quint64 generation = m_generation;
    connect(request, &SourceRequest::finished, this, [this, flightKey, key, cache, generation](const JsonResult &r) {
        const QList<Waiter> waiters = m_inFlight.take(flightKey);
        if (cache && r.ok() && generation == m_generation)
            m_cache.insert(key, r.value);
        for (const Waiter &w : waiters)
            if (w.context)
                w.done(r);
    });
}

template<typename T>
void SourceSession::fetchRows(const QUrl &url, QObject *context, SourceCallback<QList<T>> done)
{
    fetch(url, "GET", {}, true, context, [url, done](const JsonResult &r) {
        ApiResult<QList<T>> out;
        out.error = r.error;
        if (r.ok() && !parseRows(r.value.isArray() ? QJsonValue(r.value.array()) : QJsonValue(), &out.value, &out.problems))
            out.error = shapeError(url, tr("The answer is not a JSON array."));
        done(out);
    });
}

void SourceSession::organizations(QObject *context, SourceCallback<QList<Organization>> done)
{
    fetchRows<Organization>(url({QStringLiteral("organizations")}), context, std::move(done));
}

void SourceSession::workspaces(const QString &organizationId, QObject *context, SourceCallback<QList<Workspace>> done)
{
    fetchRows<Workspace>(url({QStringLiteral("organizations"), organizationId, QStringLiteral("workspaces")}), context,
                         std::move(done));
}

void SourceSession::projects(const QString &organizationId, const QString &workspaceId, QObject *context,
                             SourceCallback<QList<Project>> done)
{
    fetchRows<Project>(url({QStringLiteral("organizations"), organizationId, QStringLiteral("workspaces"), workspaceId,
                            QStringLiteral("projects")}),
                       context, std::move(done));
}

void SourceSession::projectDirectory(QObject *context, SourceCallback<QList<ProjectEntry>> done)
{
    // One slot per workspace keeps the server's order whatever order the answers come in.
    struct Walk
    {
        QList<QList<ProjectEntry>> groups;
        int open = 0;
        bool failed = false;
        QStringList problems;
        SourceCallback<QList<ProjectEntry>> done;
        void fail(const ApiError &e)
        {
            if (failed)
                return;
            failed = true;
            ApiResult<QList<ProjectEntry>> r;
            r.error = e;
            done(r);
        }
        void finishOne()
        {
            if (--open > 0 || failed)
                return;
            ApiResult<QList<ProjectEntry>> r;
            for (const QList<ProjectEntry> &s : groups)
                r.value += s;
            r.problems = problems;
            done(r);
        }
    };
    auto walk = std::make_shared<Walk>();
    walk->done = std::move(done);
    QPointer<QObject> guard(context);
    organizations(context, [this, walk, guard](const ApiResult<QList<Organization>> &orgs) {
        if (!orgs.ok())
            return walk->fail(orgs.error);
        walk->problems += orgs.problems;
        walk->open = int(orgs.value.size()) + 1; // +1 until every organization has been asked
        for (const Organization &org : orgs.value) {
            workspaces(org.id, guard, [this, walk, guard, org](const ApiResult<QList<Workspace>> &ws) {
                if (!ws.ok())
                    return walk->fail(ws.error);
                walk->open += int(ws.value.size());
                for (const Workspace &w : ws.value) {
                    const qsizetype slot = walk->groups.size();
                    walk->groups.append(QList<ProjectEntry>());
                    projects(org.id, w.id, guard, [walk, org, w, slot](const ApiResult<QList<Project>> &ps) {
                        if (!ps.ok())
                            return walk->fail(ps.error);
                        for (const Project &p : ps.value)
                            walk->groups[slot].append(ProjectEntry{org, w, p});
                        walk->finishOne();
                    });
                }
                walk->finishOne();
            });
        }
        walk->finishOne();
    });
}

void SourceSession::queries(const QString &projectId, QObject *context, SourceCallback<QList<SavedQuery>> done)
{
    fetchRows<SavedQuery>(dataUrl(projectId, {QStringLiteral("queries")}), context, std::move(done));
}

void SourceSession::query(const QString &projectId, const QString &queryId, QObject *context,
                          SourceCallback<SavedQuery> done)
{
    const QUrl u = dataUrl(projectId, {QStringLiteral("queries"), queryId});
    fetch(u, "GET", {}, true, context, [u, done](const JsonResult &r) {
        ApiResult<SavedQuery> out;
        out.error = r.error;
        if (r.ok() && !r.value.isObject())
            out.error = shapeError(u, tr("The answer is not a JSON object."));
        else if (r.ok())
            out.value = SavedQuery::fromJson(r.value.object(), &out.problems);
        done(out);
    });
}

void SourceSession::folderPaths(const QString &projectId, QObject *context, SourceCallback<QStringList> done)
{
    QUrl u = dataUrl(projectId, {QStringLiteral("queries"), QStringLiteral("folders"), QStringLiteral("tree")});
    fetch(u, "GET", {}, true, context, [done](const JsonResult &r) {
        ApiResult<QStringList> out;
        out.error = r.error;
        if (r.ok())
            collectPaths(r.value.object().value(QLatin1String("tree")).toArray(), &out.value);
        done(out);
    });
}

void SourceSession::catalogs(const QString &projectId, QObject *context, SourceCallback<QList<Catalog>> done)
{
    fetchRows<Catalog>(dataUrl(projectId, {QStringLiteral("catalogs")}), context, std::move(done));
}

void SourceSession::schemas(const QString &projectId, const QString &catalogId, QObject *context,
                            SourceCallback<QList<SchemaRef>> done)
{
    fetchRows<SchemaRef>(dataUrl(projectId, {QStringLiteral("catalogs"), catalogId, QStringLiteral("schemas")}),
                         context, std::move(done));
}

void SourceSession::tables(const QString &projectId, const QString &catalogId, const QString &schema,
                           QObject *context, SourceCallback<QList<TableRef>> done)
{
    fetchRows<TableRef>(dataUrl(projectId, {QStringLiteral("catalogs"), catalogId, QStringLiteral("schemas"), schema,
                                            QStringLiteral("tables")}),
                        context, std::move(done));
}

void SourceSession::columns(const QString &projectId, const QString &catalogId, const QString &schema,
                            const QString &table, QObject *context, SourceCallback<QList<Column>> done)
{
    fetchRows<Column>(dataUrl(projectId, {QStringLiteral("catalogs"), catalogId, QStringLiteral("schemas"), schema,
                                          QStringLiteral("tables"), table, QStringLiteral("columns")}),
                      context, std::move(done));
}

void SourceSession::search(const QString &projectId, const SearchQuery &query, QObject *context,
                           SourceCallback<SearchResult> done)
{
    const QUrl u = dataUrl(projectId, {QStringLiteral("search")});
    const QByteArray body = QJsonDocument(query.toJson()).toJson(QJsonDocument::Compact);
    fetch(u, "POST", body, false, context, [u, done](const JsonResult &r) {
        ApiResult<SearchResult> out;
        out.error = r.error;
        if (r.ok() && !r.value.isObject())
            out.error = shapeError(u, tr("The answer is not a JSON object."));
        else if (r.ok())
            out.value = SearchResult::fromJson(r.value.object(), &out.problems);
        done(out);
    });
}

} // namespace peaka
