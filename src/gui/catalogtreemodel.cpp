// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogtreemodel.h"

#include "sources/sourcesession.h"

#include <QHash>
#include <QIcon>
#include <QPalette>

namespace peaka::gui {

struct CatalogTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    Kind kind = CatalogNode;
    Catalog catalog;  // catalogs
    QString label;    // catalogs: display name, else name (+ type when shared)
    SchemaRef schema; // schemas
    TableRef table;   // tables
    bool loaded = false, loading = false;
    std::vector<std::unique_ptr<Node>> children;
    const QString &catalogId() const
    {
        return kind == CatalogNode ? catalog.id : kind == SchemaNode ? parent->catalog.id : parent->parent->catalog.id;
    }
};

CatalogTreeModel::CatalogTreeModel(SourceSession *session, const QString &projectId, QObject *parent)
    : QAbstractItemModel(parent), m_session(session), m_projectId(projectId), m_root(std::make_unique<Node>())
{
    m_root->kind = CatalogNode;
}

CatalogTreeModel::~CatalogTreeModel() = default;

void CatalogTreeModel::started()
{
    if (m_loading++ == 0)
        Q_EMIT loadingChanged(true);
}

void CatalogTreeModel::ended()
{
    if (--m_loading == 0)
        Q_EMIT loadingChanged(false);
}

template<typename T>
void CatalogTreeModel::append(Node *parent, const QList<T> &rows)
{
    parent->loaded = true;
    if (rows.isEmpty()) {
        // The view asked hasChildren() before: tell it there is nothing under this row.
        if (parent != m_root.get()) {
            const QModelIndex i = indexOf(parent);
            Q_EMIT dataChanged(i, i);
        }
        return;
    }
    const int first = int(parent->children.size());
    beginInsertRows(parent == m_root.get() ? QModelIndex() : indexOf(parent), first, first + int(rows.size()) - 1);
    for (const T &row : rows) {
        auto n = std::make_unique<Node>();
        n->parent = parent;
        n->row = int(parent->children.size());
        if constexpr (std::is_same_v<T, Catalog>) {
            n->kind = CatalogNode;
            n->catalog = row;
        } else if constexpr (std::is_same_v<T, SchemaRef>) {
            n->kind = SchemaNode;
            n->schema = row;
        } else {
            n->kind = TableNode;
            n->table = row;
            n->loaded = true;
        }
        parent->children.push_back(std::move(n));
    }
    if constexpr (std::is_same_v<T, Catalog>) {
        QHash<QString, int> uses;
        for (const auto &c : parent->children)
            ++uses[c->catalog.label()];
        for (const auto &c : parent->children)
            c->label = uses.value(c->catalog.label()) > 1 && !c->catalog.catalogType.isEmpty()
                ? tr("%1 (%2)", "catalog label (catalog type), for catalogs that share a name")
                      .arg(c->catalog.label(), c->catalog.catalogType)
                : c->catalog.label();
    }
    endInsertRows();
}

void CatalogTreeModel::load()
{
    fetch(m_root.get());
}

void CatalogTreeModel::fetch(Node *node)
{
    if (!m_session || node->loaded || node->loading || node->kind == TableNode)
        return;
    node->loading = true;
    started();
    const auto failed = [this, node](const ApiError &e) {
        node->loading = false;
        ended();
        Q_EMIT loadFailed(e.message());
    };
    // Node pointers stay valid: nodes are only ever added, and this model owns the callbacks' context.
    if (node == m_root.get()) {
        m_session->catalogs(m_projectId, this, [this, node, failed](const ApiResult<QList<Catalog>> &r) {
            if (!r.ok())
                return failed(r.error);
            node->loading = false;
            append(node, r.value);
            ended();
        });
    } else if (node->kind == CatalogNode) {
        m_session->schemas(m_projectId, node->catalog.id, this,
                           [this, node, failed](const ApiResult<QList<SchemaRef>> &r) {
                               if (!r.ok())
                                   return failed(r.error);
                               node->loading = false;
                               append(node, r.value);
                               ended();
                           });
    } else {
        fetchTables(node);
    }
}

void CatalogTreeModel::fetchTables(Node *node)
{
    m_session->tables(m_projectId, node->catalogId(), node->schema.schemaName, this,
                      [this, node](const ApiResult<QList<TableRef>> &r) {
                          node->loading = false;
                          if (r.ok())
                              append(node, r.value);
                          ended();
                          if (!r.ok())
                              Q_EMIT loadFailed(r.error.message());
                      });
}

void CatalogTreeModel::loadPath(const QString &catalogName, const QString &schema)
{
    for (const auto &c : m_root->children) {
        if (c->catalog.name.compare(catalogName, Qt::CaseInsensitive) != 0)
            continue;
        if (!c->loaded) {
            fetch(c.get());
            // Once the schemas are in, come back for the schema's tables.
            if (!schema.isEmpty()) {
                auto conn = std::make_shared<QMetaObject::Connection>();
                *conn = connect(this, &QAbstractItemModel::rowsInserted, this,
                                [this, conn, catalog = c.get(), catalogName, schema](const QModelIndex &parent) {
                                    if (nodeOf(parent) != catalog)
                                        return;
                                    disconnect(*conn);
                                    loadPath(catalogName, schema);
                                });
            }
            continue;
        }
        for (const auto &s : c->children)
            if (s->schema.schemaName == schema)
                fetch(s.get());
    }
}

CatalogTreeModel::Node *CatalogTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogTreeModel::indexOf(const Node *node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, const_cast<Node *>(node));
}

const TableRef *CatalogTreeModel::tableAt(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    return n && n->kind == TableNode ? &n->table : nullptr;
}

QModelIndex CatalogTreeModel::findTable(const QString &catalogId, const QString &schema, const QString &table) const
{
    for (const auto &c : m_root->children)
        if (c->catalog.id == catalogId)
            for (const auto &s : c->children)
                if (s->schema.schemaName == schema)
                    for (const auto &t : s->children)
                        if (t->table.tableName == table)
                            return indexOf(t.get());
    return {};
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size()
        || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOf(nodeOf(child)->parent) : QModelIndex();
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : int(nodeOf(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CatalogTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    return n->kind != TableNode && (!n->loaded || !n->children.empty());
}

bool CatalogTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return parent.column() <= 0 && n->kind != TableNode && !n->loaded && !n->loading && n != m_root.get();
}

void CatalogTreeModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        fetch(nodeOf(parent));
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case KindRole: return int(n->kind);
    case CatalogIdRole: return n->catalogId();
    case SchemaRole: return n->kind == SchemaNode ? n->schema.schemaName : n->kind == TableNode ? n->table.schemaName : QString();
    case TableRole: return n->kind == TableNode ? n->table.tableName : QString();
    case IsDynamicRole: return n->kind == TableNode && n->table.isDynamic();
    case Qt::ForegroundRole:
        return index.column() == DetailColumn ? QVariant(QPalette().color(QPalette::PlaceholderText)) : QVariant();
    case Qt::ToolTipRole:
        if (n->kind == CatalogNode)
            return tr("%1\nName: %2\nType: %3\nId: %4").arg(n->label, n->catalog.name, n->catalog.catalogType, n->catalog.id);
        if (n->kind == TableNode && n->table.isDynamic())
            return tr("A dynamic table: reading it needs query parameters (its _q_ columns).");
        return {};
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n->kind == CatalogNode ? n->label : n->kind == SchemaNode ? n->schema.schemaName : n->table.tableName;
        if (n->kind == CatalogNode)
            return n->catalog.catalogType;
        //: Marks a table that needs query parameters to be read
        return n->kind == TableNode && n->table.isDynamic() ? tr("dynamic") : QString();
    }
    return {};
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Type", "catalog type or table kind");
}

} // namespace peaka::gui
