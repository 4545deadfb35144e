// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecttreemodel.h"

namespace peaka::gui {

int ProjectTreeModel::Node::checkedBelow() const
{
    if (kind == Project)
        return checked ? 1 : 0;
    int n = 0;
    for (const auto &c : children)
        n += c->checkedBelow();
    return n;
}

int ProjectTreeModel::Node::projectsBelow() const
{
    if (kind == Project)
        return 1;
    int n = 0;
    for (const auto &c : children)
        n += c->projectsBelow();
    return n;
}

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ProjectTreeModel::~ProjectTreeModel() = default;

ProjectTreeModel::Node *ProjectTreeModel::addChild(Node *parent, Node::Kind kind, const QString &id,
                                                   const QString &name)
{
    for (const auto &c : parent->children)
        if (c->id == id)
            return c.get();
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->id = id;
    node->name = name.isEmpty() ? id : name;
    node->parent = parent;
    node->row = int(parent->children.size());
    parent->children.push_back(std::move(node));
    return parent->children.back().get();
}

void ProjectTreeModel::setEntries(const QList<ProjectEntry> &entries, const QStringList &checked)
{
    beginResetModel();
    m_root.children.clear();
    const QSet<QString> wanted(checked.cbegin(), checked.cend());
    for (const ProjectEntry &e : entries) {
        Node *org = addChild(&m_root, Node::Organization, e.organization.id, e.organization.name);
        Node *ws = addChild(org, Node::Workspace, e.workspace.id, e.workspace.name);
        Node *p = addChild(ws, Node::Project, e.project.id, e.project.label());
        p->detail = e.project.description;
        p->checked = wanted.contains(e.project.id);
    }
    endResetModel();
}

QStringList ProjectTreeModel::checkedIds() const
{
    QStringList out;
    for (const auto &org : m_root.children)
        for (const auto &ws : org->children)
            for (const auto &p : ws->children)
                if (p->checked)
                    out << p->id;
    return out;
}

ProjectLabels ProjectTreeModel::projectLabels() const
{
    ProjectLabels out;
    for (const auto &org : m_root.children)
        for (const auto &ws : org->children)
            for (const auto &p : ws->children)
                out.insert(p->id, {p->name, ws->name});
    return out;
}

QModelIndex ProjectTreeModel::indexOfProject(const QString &projectId) const
{
    for (const auto &org : m_root.children)
        for (const auto &ws : org->children)
            for (const auto &p : ws->children)
                if (p->id == projectId)
                    return createIndex(p->row, 0, p.get());
    return {};
}

ProjectTreeModel::Node *ProjectTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = nodeOf(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, p);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (n->kind == Node::Project)
            return n->name;
        return tr("%1 (%2 of %n chosen)", "organization or workspace; %2 = chosen projects", n->projectsBelow())
            .arg(n->name, QString::number(n->checkedBelow()));
    case Qt::ToolTipRole:
        if (n->kind == Node::Project)
            return n->detail.isEmpty() ? tr("Project id: %1").arg(n->id)
                                       : tr("%1\nProject id: %2").arg(n->detail, n->id);
        return n->kind == Node::Organization ? tr("Organization id: %1").arg(n->id)
                                             : tr("Workspace id: %1").arg(n->id);
    case Qt::CheckStateRole:
        if (n->kind == Node::Project)
            return n->checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::AccessibleDescriptionRole:
        return n->kind == Node::Project ? tr("Project id %1").arg(n->id) : QVariant();
    case IdRole:
        return n->id;
    case KindRole:
        return n->kind == Node::Project     ? QStringLiteral("project")
               : n->kind == Node::Workspace ? QStringLiteral("workspace")
                                            : QStringLiteral("organization");
    case FilterRole:
        return n->name + QLatin1Char(' ') + n->id;
    }
    return {};
}

bool ProjectTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *n = index.isValid() ? nodeOf(index) : nullptr;
    if (!n || n->kind != Node::Project || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (n->checked == checked)
        return true;
    n->checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emitParentsChanged(index);
    return true;
}

void ProjectTreeModel::emitParentsChanged(const QModelIndex &index)
{
    // The groups' "n of m chosen" follows the checkboxes.
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        emit dataChanged(p, p, {Qt::DisplayRole});
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == Node::Project)
        f |= Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
    return f;
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Organization › workspace › project");
    return {};
}

} // namespace peaka::gui
