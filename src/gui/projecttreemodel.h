// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/projectlabel.h"
#include "sources/projecttypes.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <vector>

namespace peaka::gui {

// Organization › workspace › project, by name, for the project chooser.
// Projects are checkable (checked = in the profile); organizations and
// workspaces are groups that show how many of their projects are checked.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the id of the organization/workspace/project
        KindRole,                  // "organization", "workspace" or "project"
        FilterRole,                // name and id, what the filter box matches
    };

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    // Replaces the tree; projects whose id is in `checked` start checked.
    void setEntries(const QList<ProjectEntry> &entries, const QStringList &checked);
    // Checked project ids in tree order.
    QStringList checkedIds() const;
    // Every listed project's id → name and workspace name.
    ProjectLabels projectLabels() const;
    QModelIndex indexOfProject(const QString &projectId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        enum Kind { Organization, Workspace, Project } kind = Organization;
        QString id, name, detail;
        bool checked = false;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        int checkedBelow() const;
        int projectsBelow() const;
    };
    Node *nodeOf(const QModelIndex &index) const;
    Node *addChild(Node *parent, Node::Kind kind, const QString &id, const QString &name);
    void emitParentsChanged(const QModelIndex &index);

    Node m_root;
};

} // namespace peaka::gui
