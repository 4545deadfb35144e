// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcetypes.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace peaka::gui {

// Saved queries as a tree by folder path; queries in no folder at the top
// level. Columns: display name, SQL name, id, type (MATERIALIZED marked).
class SavedQueryModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SqlNameColumn, IdColumn, TypeColumn, ColumnCount };
    enum Role { QueryIdRole = Qt::UserRole + 1, IsFolderRole, FolderPathRole };

    explicit SavedQueryModel(QObject *parent = nullptr);
    ~SavedQueryModel() override;

    // Replaces the content (a new answer of List Queries, plus folder paths of the tree).
    void setQueries(const QList<SavedQuery> &queries, const QStringList &emptyFolders = {});
    // The query at `index` (any column); nullptr for a folder.
    const SavedQuery *queryAt(const QModelIndex &index) const;
    QModelIndex indexOfQuery(const QString &queryId) const;
    int queryCount() const { return int(m_queries.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    Node *folder(Node *parent, const QString &name, const QString &path);
    QModelIndex indexOf(const Node *node) const;

    std::unique_ptr<Node> m_root;
    QList<SavedQuery> m_queries;
};

} // namespace peaka::gui
