// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace peaka {

// What a person calls a project: its name and the workspace it lives in, as
// a Partner key's project list gave them. Empty until known (a Project key
// cannot list projects; old profiles kept ids only).
struct ProjectLabel
{
    QString name;
    QString workspace;

    bool isEmpty() const { return name.trimmed().isEmpty(); }
    bool operator==(const ProjectLabel &o) const { return name == o.name && workspace == o.workspace; }
    bool operator!=(const ProjectLabel &o) const { return !(*this == o); }
};

using ProjectLabels = QHash<QString, ProjectLabel>; // project id -> label

class ProjectLabelText
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ProjectLabelText)
public:
    // One text per id, in order: the name, else the id. A name that two of
    // the ids share gets its workspace ("Sales (Marketing)"); when that still
    // repeats, the id as well ("Sales (Marketing, prj_1)").
    static QStringList displayNames(const QStringList &ids, const ProjectLabels &labels);
    // One text per id, in order: "Sales (prj_1)" where the name is known, the
    // id alone otherwise; for places that must show the id too.
    static QStringList namesWithIds(const QStringList &ids, const ProjectLabels &labels);
    // For a tooltip: "Project id: prj_1", plus the workspace when known.
    static QString toolTip(const QString &id, const ProjectLabel &label);
};

} // namespace peaka
