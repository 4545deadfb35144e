// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Organization → Workspace → Project, as a Partner key sees them.
// Tolerant like ExportJob: unset fields stay null, rows are never dropped.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace peaka {

struct Organization
{
    QString id, name, owner, iconFileId, description;
    QDateTime createdAt;
    static Organization fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    QJsonObject toJson() const;
};

struct Workspace
{
    QString id, name, organizationId, description;
    QDateTime createdAt;
    std::optional<bool> defaultWorkspace;
    static Workspace fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    QJsonObject toJson() const;
};

struct Project
{
    QString id, name, description, domain, webhookBaseUrl, owner, workspaceId;
    QDateTime createdAt;
    QString label() const { return name.isEmpty() ? id : name; }
    static Project fromJson(const QJsonObject &obj, QStringList *problems = nullptr);
    QJsonObject toJson() const;
};

// One project with where it lives, for choosers and `projects`.
struct ProjectEntry
{
    Organization organization;
    Workspace workspace;
    Project project;
    // The project's fields plus organizationId/Name and workspaceId/Name.
    QJsonObject toJson() const;
};

} // namespace peaka
