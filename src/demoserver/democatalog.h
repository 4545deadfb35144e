// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a Peaka project holds besides its exports: catalogs, saved queries in
// folders, and the organizations, workspaces and projects a Partner key sees.
// One data set, shared by every demo project.

#include "democontent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace peaka::demo {

struct DemoCatalog
{
    QString id, name;
    QString displayName; // null on the wire when empty
    QString type;        // catalogType: internal, query, stripe, postgresql, ...
    QString connectionId;
};

struct DemoFolder
{
    QString id, name, path; // path "/reports/monthly"
};

struct DemoSavedQuery
{
    QString id, name, displayName;
    QString path, folderId; // both empty (null) for a query in no folder
    bool materialized = false;
    QJsonObject schedule;   // materialized only
    QString inputQuery;
};

struct DemoOrganization
{
    QString id, name, owner, description;
    QDateTime createdAt;
};

struct DemoWorkspace
{
    QString id, name, organizationId, description;
    bool defaultWorkspace = false;
    QDateTime createdAt;
};

struct DemoProject
{
    QString id, name, workspaceId, description, domain;
    QDateTime createdAt;
};

const QList<DemoCatalog> &demoCatalogs();
const DemoCatalog *findCatalog(const QString &id);
const DemoCatalog *findCatalogByName(const QString &name); // the first non-built-in one
const QList<DemoSavedQuery> &demoSavedQueries();
const DemoSavedQuery *findSavedQuery(const QString &id);
const QList<DemoFolder> &demoFolders();
const QList<DemoOrganization> &demoOrganizations();
const QList<DemoWorkspace> &demoWorkspaces();
const QList<DemoProject> &demoProjects();

DemoSource querySource(const QString &id, const QString &name, QList<DemoColumn> columns);
DemoSource tableSource(const DemoCatalog &catalog, const QString &schema, const QString &table,
                       QList<DemoColumn> columns);
QString sqlType(const DemoColumn &column);

} // namespace peaka::demo
