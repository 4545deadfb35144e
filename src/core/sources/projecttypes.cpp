// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/projecttypes.h"

#include "sources/sourcefields.h"

namespace peaka {

using namespace sourcefields;

Organization Organization::fromJson(const QJsonObject &o, QStringList *p)
{
    Organization v;
    v.id = idString(o, "id", p);
    v.name = string(o, "name", p);
    v.owner = string(o, "owner", p);
    v.iconFileId = idString(o, "iconFileId", p);
    v.description = string(o, "description", p);
    v.createdAt = dateTime(o, "createdAt", p);
    return v;
}

QJsonObject Organization::toJson() const
{
    QJsonObject o;
    put(o, "id", id);
    put(o, "name", name);
    put(o, "owner", owner);
    put(o, "createdAt", createdAt);
    put(o, "iconFileId", iconFileId);
    put(o, "description", description);
    return o;
}

Workspace Workspace::fromJson(const QJsonObject &o, QStringList *p)
{
    Workspace v;
    v.id = idString(o, "id", p);
    v.name = string(o, "name", p);
    v.organizationId = idString(o, "organizationId", p);
    v.description = string(o, "description", p);
    v.createdAt = dateTime(o, "createdAt", p);
    v.defaultWorkspace = boolean(o, "defaultWorkspace", p);
    return v;
}

QJsonObject Workspace::toJson() const
{
    QJsonObject o;
    put(o, "id", id);
    put(o, "name", name);
    put(o, "organizationId", organizationId);
    put(o, "description", description);
    put(o, "createdAt", createdAt);
    put(o, "defaultWorkspace", defaultWorkspace);
    return o;
}

Project Project::fromJson(const QJsonObject &o, QStringList *p)
{
    Project v;
    v.id = idString(o, "id", p);
    v.name = string(o, "name", p);
    v.description = string(o, "description", p);
    v.domain = string(o, "domain", p);
    v.webhookBaseUrl = string(o, "webhookBaseUrl", p);
    v.createdAt = dateTime(o, "createdAt", p);
    v.owner = string(o, "owner", p);
    v.workspaceId = idString(o, "workspaceId", p);
    return v;
}

QJsonObject Project::toJson() const
{
    QJsonObject o;
    put(o, "id", id);
    put(o, "name", name);
    put(o, "description", description);
    put(o, "domain", domain);
    put(o, "webhookBaseUrl", webhookBaseUrl);
    put(o, "createdAt", createdAt);
    put(o, "owner", owner);
    put(o, "workspaceId", workspaceId);
    return o;
}

QJsonObject ProjectEntry::toJson() const
{
    QJsonObject o = project.toJson();
    put(o, "organizationId", organization.id);
    put(o, "organizationName", organization.name);
    if (project.workspaceId.isEmpty())
        put(o, "workspaceId", workspace.id);
    put(o, "workspaceName", workspace.name);
    return o;
}

} // namespace peaka
