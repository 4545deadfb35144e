// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcetypes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace peaka {
class SourceSession;
}

namespace peaka::gui {

class CatalogTreeModel;
class ColumnChoiceModel;
class SavedQueryModel;

// Pick, don't type: two tabs for the New Export dialog. *Saved queries*: a tree
// by folder with a filter. *Tables*: catalogs → schemas → tables, loaded
// lazily, with a filter that also asks the search endpoint for what is not
// loaded yet; choosing a table lists its columns as checkboxes. It loads when
// first shown and only reports choices; the dialog fills its fields.
class SourceBrowser : public QWidget
{
    Q_OBJECT
public:
    SourceBrowser(SourceSession *session, const QString &projectId, QWidget *parent = nullptr);
    ~SourceBrowser() override;

    SavedQueryModel *queryModel() const { return m_queries; }
    CatalogTreeModel *tableModel() const { return m_tables; }
    ColumnChoiceModel *columnModel() const { return m_columns; }
    void load(); // idempotent; showEvent calls it
    // Puts the cursor in the filter of the tab shown (where a user starts picking).
    void focusFilter();
    // True while the first lists (saved queries, folders, catalogs) are on their way.
    bool isLoading() const;

Q_SIGNALS:
    void querySelected(const peaka::SavedQuery &query);
    void tableSelected(const peaka::TableRef &table);
    // The checked columns; empty when every column is checked (export them all).
    void columnsChosen(const QStringList &columns);

protected:
    void showEvent(QShowEvent *event) override;
    // Down in a filter moves into its list, onto the first query or table that matches.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeQueriesTab();
    QWidget *makeTablesTab();
    void onQueryCurrent(const QModelIndex &proxyIndex);
    void onTableCurrent(const QModelIndex &proxyIndex);
    void searchServer();
    void enterList(QTreeView *tree);
    void updateColumnNote();

    QPointer<SourceSession> m_session;
    QString m_projectId;
    bool m_loaded = false;
    int m_queriesPending = 0; // saved queries, then the folder tree
    QTabWidget *m_tabs = nullptr;
    SavedQueryModel *m_queries = nullptr;
    CatalogTreeModel *m_tables = nullptr;
    ColumnChoiceModel *m_columns = nullptr;
    QSortFilterProxyModel *m_queryProxy = nullptr;
    QSortFilterProxyModel *m_tableProxy = nullptr;
    QTreeView *m_queryTree = nullptr;
    QTreeView *m_tableTree = nullptr;
    QLineEdit *m_queryFilter = nullptr;
    QLineEdit *m_tableFilter = nullptr;
    QListView *m_columnList = nullptr;
    QLabel *m_queryStatus = nullptr;
    QLabel *m_tableStatus = nullptr;
    QLabel *m_columnNote = nullptr;
    QWidget *m_columnPanel = nullptr;
    QTimer m_searchDelay;
    QString m_columnsFor; // "catalogId/schema/table" whose columns are wanted
};

} // namespace peaka::gui
