// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed source-browsing calls for one connection, with answers cached for the
// session: a browser opened twice asks the server once. refresh() forgets
// them. Callbacks arrive on the event loop, never synchronously, and are
// dropped when their context object is gone.

#include "api/apirequest.h"
#include "sources/projecttypes.h"
#include "sources/sourcerequest.h"
#include "sources/sourcetypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace peaka {

class PeakaClient;

template<typename T>
using SourceCallback = std::function<void(const ApiResult<T> &)>;

class SourceSession : public QObject
{
    Q_OBJECT
public:
    explicit SourceSession(PeakaClient *client, QObject *parent = nullptr);
    ~SourceSession() override;
    // The one session of a connection's client (created on first use, dies with
    // the client): every browser of that connection shares its cache.
    static SourceSession *of(PeakaClient *client);
    PeakaClient *client() const { return m_client; }

    // Partner keys only (a Project key gets Forbidden).
    void organizations(QObject *context, SourceCallback<QList<Organization>> done);
    void workspaces(const QString &organizationId, QObject *context, SourceCallback<QList<Workspace>> done);
    void projects(const QString &organizationId, const QString &workspaceId, QObject *context,
                  SourceCallback<QList<Project>> done);
    // Every project with its organization and workspace (walks the three levels).
    void projectDirectory(QObject *context, SourceCallback<QList<ProjectEntry>> done);

    void queries(const QString &projectId, QObject *context, SourceCallback<QList<SavedQuery>> done);
    void query(const QString &projectId, const QString &queryId, QObject *context, SourceCallback<SavedQuery> done);
    // Every folder path of the folder tree (for empty folders; List Queries is the source of truth).
    void folderPaths(const QString &projectId, QObject *context, SourceCallback<QStringList> done);
    void catalogs(const QString &projectId, QObject *context, SourceCallback<QList<Catalog>> done);
    void schemas(const QString &projectId, const QString &catalogId, QObject *context,
                 SourceCallback<QList<SchemaRef>> done);
    void tables(const QString &projectId, const QString &catalogId, const QString &schema, QObject *context,
                SourceCallback<QList<TableRef>> done);
    void columns(const QString &projectId, const QString &catalogId, const QString &schema, const QString &table,
                 QObject *context, SourceCallback<QList<Column>> done);
    // Never cached: the text changes with every key press.
    void search(const QString &projectId, const SearchQuery &query, QObject *context,
                SourceCallback<SearchResult> done);

    // Forget every cached answer; calls in flight are not cached when they land.
    void refresh();
    int cachedAnswers() const { return int(m_cache.size()); }

    // The endpoints, in one place (segments are percent-encoded).
    QUrl url(const QStringList &segments) const;
    QUrl dataUrl(const QString &projectId, const QStringList &segments) const;

private:
    using JsonDone = std::function<void(const JsonResult &)>;
    struct Waiter
    {
        QPointer<QObject> context;
        JsonDone done;
    };
    void fetch(const QUrl &url, const QByteArray &method, const QByteArray &body, bool cache, QObject *context,
               JsonDone done);
    template<typename T>
    void fetchRows(const QUrl &url, QObject *context, SourceCallback<QList<T>> done);

    PeakaClient *m_client;
    QHash<QString, QJsonDocument> m_cache;
    QHash<QString, QList<Waiter>> m_inFlight;
    quint64 m_generation = 0;
};

} // namespace peaka
