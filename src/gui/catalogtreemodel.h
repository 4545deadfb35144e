// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcetypes.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace peaka {
class SourceSession;
}

namespace peaka::gui {

// Catalogs → schemas → tables of one project, loaded lazily (a level is asked
// for when the view expands it). Catalogs show their display name, else their
// name; catalogs that share a label are told apart by their type. Columns:
// name, detail (catalog type; "dynamic" for dynamic tables).
class CatalogTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, CatalogIdRole, SchemaRole, TableRole, IsDynamicRole };
    enum Kind { CatalogNode, SchemaNode, TableNode };

    CatalogTreeModel(SourceSession *session, const QString &projectId, QObject *parent = nullptr);
    ~CatalogTreeModel() override;

    void load();                 // the catalogs
    bool isLoading() const { return m_loading > 0; }
    // Loads the schemas of every catalog named `catalogName` and, when given,
    // the tables of `schema` in them (for search hits that are not loaded yet).
    void loadPath(const QString &catalogName, const QString &schema);
    const TableRef *tableAt(const QModelIndex &index) const;
    QModelIndex findTable(const QString &catalogId, const QString &schema, const QString &table) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void fetch(Node *node);
    void fetchTables(Node *schemaNode);
    void started();
    void ended();
    template<typename T>
    void append(Node *parent, const QList<T> &rows);

    QPointer<SourceSession> m_session;
    QString m_projectId;
    std::unique_ptr<Node> m_root;
    int m_loading = 0;
};

} // namespace peaka::gui
