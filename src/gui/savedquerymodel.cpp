// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedquerymodel.h"

#include <QFont>
#include <QIcon>
#include <QPalette>

#include <functional>

namespace peaka::gui {

struct SavedQueryModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString folderName, folderPath; // folders
    int query = -1;                 // index into m_queries; -1 for a folder
    std::vector<std::unique_ptr<Node>> children;
};

SavedQueryModel::SavedQueryModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

SavedQueryModel::~SavedQueryModel() = default;

SavedQueryModel::Node *SavedQueryModel::folder(Node *parent, const QString &name, const QString &path)
{
    for (const auto &c : parent->children)
        if (c->query < 0 && c->folderName == name)
            return c.get();
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->folderName = name;
    node->folderPath = path;
    // Folders first, then queries: insert before the first query.
    auto at = parent->children.begin();
    while (at != parent->children.end() && (*at)->query < 0)
        ++at;
    Node *raw = node.get();
    parent->children.insert(at, std::move(node));
    return raw;
}

void SavedQueryModel::setQueries(const QList<SavedQuery> &queries, const QStringList &emptyFolders)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_queries = queries;
    const auto place = [this](const QStringList &parts) {
        Node *at = m_root.get();
        QString path;
        for (const QString &p : parts) {
            path += QLatin1Char('/') + p;
            at = folder(at, p, path);
        }
        return at;
    };
    for (const QString &path : emptyFolders)
        place(path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    for (int i = 0; i < m_queries.size(); ++i) {
        Node *parent = place(m_queries.at(i).folders());
        auto node = std::make_unique<Node>();
        node->parent = parent;
        node->query = i;
        parent->children.push_back(std::move(node));
    }
    // Rows are fixed now: number them once.
    std::function<void(Node *)> number = [&number](Node *n) {
        for (size_t r = 0; r < n->children.size(); ++r) {
            n->children[r]->row = int(r);
            number(n->children[r].get());
        }
    };
    number(m_root.get());
    endResetModel();
}

SavedQueryModel::Node *SavedQueryModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SavedQueryModel::indexOf(const Node *node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, const_cast<Node *>(node));
}

const SavedQuery *SavedQueryModel::queryAt(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    return n && n->query >= 0 ? &m_queries.at(n->query) : nullptr;
}

QModelIndex SavedQueryModel::indexOfQuery(const QString &queryId) const
{
    std::function<QModelIndex(const Node *)> find = [&](const Node *n) -> QModelIndex {
        for (const auto &c : n->children) {
            if (c->query >= 0 && m_queries.at(c->query).id == queryId)
                return indexOf(c.get());
            const QModelIndex inner = find(c.get());
            if (inner.isValid())
                return inner;
        }
        return {};
    };
    return find(m_root.get());
}

QModelIndex SavedQueryModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size()
        || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SavedQueryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SavedQueryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SavedQueryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SavedQueryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    if (n->query < 0) {
        if (role == IsFolderRole)
            return true;
        if (role == FolderPathRole)
            return n->folderPath;
        if (index.column() == NameColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
            return n->folderName;
        if (index.column() == NameColumn && role == Qt::DecorationRole)
            return QIcon::fromTheme(QStringLiteral("folder"));
        return {};
    }
    const SavedQuery &q = m_queries.at(n->query);
    switch (role) {
    case QueryIdRole: return q.id;
    case IsFolderRole: return false;
    case FolderPathRole: return q.path;
    case Qt::ToolTipRole:
        return tr("%1\nSQL name: %2\nId: %3").arg(q.label(), q.name, q.id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return q.label();
        case SqlNameColumn: return q.name;
        case IdColumn: return q.id;
        case TypeColumn:
            //: A saved query whose results Peaka stores and refreshes on a schedule
            return q.isMaterialized() ? tr("Materialized") : QString();
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == NameColumn ? QVariant() : QVariant(QPalette().color(QPalette::PlaceholderText));
    case Qt::FontRole:
        if (index.column() == TypeColumn && q.isMaterialized()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant SavedQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SqlNameColumn: return tr("SQL name");
    case IdColumn: return tr("Id");
    case TypeColumn: return tr("Type", "kind of saved query");
    }
    return {};
}

} // namespace peaka::gui
