// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcebrowser.h"

#include "catalogtreemodel.h"
#include "columnchoicemodel.h"
#include "savedquerymodel.h"
#include "sources/sourcesession.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace peaka::gui {
namespace {

QSortFilterProxyModel *filterProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setRecursiveFilteringEnabled(true); // a match deep inside keeps its folders
    proxy->setAutoAcceptChildRows(true);       // and a matching folder or catalog shows its content
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

QTreeView *treeView(const char *name, QAbstractItemModel *model, QWidget *parent)
{
    auto *tree = new QTreeView(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setModel(model);
    tree->setUniformRowHeights(true); // hundreds of tables stay fluid
    tree->setAllColumnsShowFocus(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QLineEdit *filterEdit(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setAccessibleName(placeholder);
    // The clear button is a tool button Qt creates; name it for tests and screen readers.
    for (QAbstractButton *clear : edit->findChildren<QAbstractButton *>()) {
        clear->setObjectName(QLatin1String(name) + QLatin1String("Clear"));
        clear->setAccessibleName(SourceBrowser::tr("Clear the filter"));
    }
    return edit;
}

QLabel *statusLabel(const char *name, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

// The first row, depth first, that `pickable` accepts (children already loaded only).
QModelIndex firstPickable(const QAbstractItemModel *model, const QModelIndex &parent,
                          const std::function<bool(const QModelIndex &)> &pickable)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (pickable(index))
            return index;
        if (const QModelIndex below = firstPickable(model, index, pickable); below.isValid())
            return below;
    }
    return {};
}

} // namespace

SourceBrowser::SourceBrowser(SourceSession *session, const QString &projectId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_projectId(projectId)
    , m_queries(new SavedQueryModel(this))
    , m_tables(new CatalogTreeModel(session, projectId, this))
    , m_columns(new ColumnChoiceModel(this))
{
    setObjectName(QStringLiteral("sourceBrowser"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sourceTabs"));
    m_tabs->addTab(makeQueriesTab(), tr("Saved queries"));
    m_tabs->addTab(makeTablesTab(), tr("Tables"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &SourceBrowser::searchServer);
}

SourceBrowser::~SourceBrowser() = default;

QWidget *SourceBrowser::makeQueriesTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("queriesTab"));
    m_queryFilter = filterEdit("queryFilterEdit", tr("Filter saved queries by name or id"), tab);
    m_queryProxy = filterProxy(m_queries, this);
    m_queryTree = treeView("queryTree", m_queryProxy, tab);
    m_queryFilter->installEventFilter(this);
    m_queryStatus = statusLabel("queryStatusLabel", tr("Saved queries status"), tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_queryFilter);
    layout->addWidget(m_queryTree);
    layout->addWidget(m_queryStatus);

    connect(m_queryFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_queryProxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_queryTree->expandAll(); // the folder tree is small and fully loaded
    });
    connect(m_queryTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SourceBrowser::onQueryCurrent);
    return tab;
}

QWidget *SourceBrowser::makeTablesTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("tablesTab"));
    m_tableFilter = filterEdit("tableFilterEdit", tr("Filter catalogs, schemas and tables"), tab);
    m_tableProxy = filterProxy(m_tables, this);
    m_tableTree = treeView("tableTree", m_tableProxy, tab);
    m_tableFilter->installEventFilter(this);
    m_tableStatus = statusLabel("tableStatusLabel", tr("Tables status"), tab);

    m_columnPanel = new QWidget(tab);
    m_columnPanel->setObjectName(QStringLiteral("columnPanel"));
    auto *title = new QLabel(tr("Columns to export:"), m_columnPanel);
    title->setObjectName(QStringLiteral("columnsTitleLabel"));
    title->setAccessibleName(title->text());
    m_columnList = new QListView(m_columnPanel);
    m_columnList->setObjectName(QStringLiteral("columnList"));
    m_columnList->setModel(m_columns);
    m_columnList->setUniformItemSizes(true);
    title->setBuddy(m_columnList);
    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const char *name, const QString &text, auto action) {
        auto *b = new QPushButton(text, m_columnPanel);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(text);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, action);
        buttons->addWidget(b);
    };
    //: Check every column
    button("allColumnsButton", tr("All"), [this] { m_columns->checkAll(true); });
    //: Uncheck every column
    button("noColumnsButton", tr("None"), [this] { m_columns->checkAll(false); });
    //: Check the unchecked columns and uncheck the checked ones
    button("invertColumnsButton", tr("Invert"), [this] { m_columns->invert(); });
    buttons->addStretch();
    m_columnNote = statusLabel("columnNoteLabel", tr("Note about the columns"), m_columnPanel);
    auto *panelLayout = new QVBoxLayout(m_columnPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_columnList);
    panelLayout->addLayout(buttons);
    panelLayout->addWidget(m_columnNote);
    m_columnPanel->setEnabled(false);

    auto *split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(m_tableTree);
    split->addWidget(m_columnPanel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_tableFilter);
    layout->addWidget(split);
    layout->addWidget(m_tableStatus);

    connect(m_tableFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tableProxy->setFilterFixedString(text.trimmed());
        m_searchDelay.start();
    });
    // While filtering, open the way to what matches as it arrives.
    connect(m_tableProxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!m_tableFilter->text().trimmed().isEmpty() && parent.isValid())
            m_tableTree->expand(parent);
        if (!parent.isValid()) // whole catalog names: the two "peaka" differ only at the end
            m_tableTree->resizeColumnToContents(0);
    });
    connect(m_tableTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SourceBrowser::onTableCurrent);
    connect(m_tables, &CatalogTreeModel::loadFailed, this, [this](const QString &message) {
        m_tableStatus->setText(message);
        m_tableStatus->setVisible(true);
    });
    connect(m_columns, &ColumnChoiceModel::choiceChanged, this, [this] {
        updateColumnNote();
        Q_EMIT columnsChosen(m_columns->allChecked() ? QStringList() : m_columns->checkedNames());
    });
    return tab;
}

void SourceBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load();
}

void SourceBrowser::focusFilter()
{
    QLineEdit *filter = m_tabs->currentIndex() == 0 ? m_queryFilter : m_tableFilter;
    filter->setFocus(Qt::OtherFocusReason);
}

void SourceBrowser::load()
{
    if (m_loaded || !m_session)
        return;
    m_loaded = true;
    m_queryStatus->setText(tr("Loading saved queries\u2026"));
    m_queryStatus->setVisible(true);
    m_queriesPending = 1;
    m_session->queries(m_projectId, this, [this](const ApiResult<QList<SavedQuery>> &r) {
        if (!r.ok()) {
            m_queriesPending = 0;
            m_queryStatus->setText(tr("Could not list the saved queries: %1 You can still enter an id below.")
                                       .arg(r.error.message()));
            return;
        }
        m_queryStatus->setVisible(r.value.isEmpty());
        m_queryStatus->setText(tr("This project has no saved queries."));
        m_queries->setQueries(r.value);
        m_queryTree->expandToDepth(0);
        // Whole ids: a cut one cannot be told from its neighbours.
        for (int c = 0; c < m_queryProxy->columnCount(); ++c)
            m_queryTree->resizeColumnToContents(c);
        // Empty folders come from the folder tree, a supplement that may fail quietly.
        const QList<SavedQuery> queries = r.value;
        m_session->folderPaths(m_projectId, this, [this, queries](const ApiResult<QStringList> &f) {
            m_queriesPending = 0;
            if (f.ok() && !f.value.isEmpty())
                m_queries->setQueries(queries, f.value);
            m_queryTree->expandToDepth(0);
        });
    });
    m_tables->load();
}

bool SourceBrowser::isLoading() const
{
    return m_queriesPending > 0 || m_tables->isLoading();
}

bool SourceBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && (watched == m_queryFilter || watched == m_tableFilter)) {
        enterList(watched == m_queryFilter ? m_queryTree : m_tableTree);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SourceBrowser::enterList(QTreeView *tree)
{
    const auto pickable = [this, tree](const QModelIndex &index) {
        return tree == m_queryTree ? m_queries->queryAt(m_queryProxy->mapToSource(index)) != nullptr
                                   : m_tables->tableAt(m_tableProxy->mapToSource(index)) != nullptr;
    };
    // A query or table already current stays; else the first that matches
    // (the first row when none is loaded yet). Picking one fills the dialog's fields.
    if (!tree->currentIndex().isValid() || !pickable(tree->currentIndex())) {
        QModelIndex target = firstPickable(tree->model(), {}, pickable);
        if (!target.isValid())
            target = tree->model()->index(0, 0);
        if (target.isValid())
            tree->setCurrentIndex(target);
    }
    tree->setFocus(Qt::TabFocusReason);
}

void SourceBrowser::onQueryCurrent(const QModelIndex &proxyIndex)
{
    if (const SavedQuery *q = m_queries->queryAt(m_queryProxy->mapToSource(proxyIndex)))
        Q_EMIT querySelected(*q);
}

void SourceBrowser::onTableCurrent(const QModelIndex &proxyIndex)
{
    const TableRef *t = m_tables->tableAt(m_tableProxy->mapToSource(proxyIndex));
    if (!t || !m_session)
        return;
    const TableRef table = *t;
    Q_EMIT tableSelected(table);
    m_columns->clear();
    m_columnPanel->setEnabled(false);
    m_columnNote->setText(tr("Loading columns\u2026"));
    m_columnNote->setVisible(true);
    m_columnsFor = table.catalogId + QLatin1Char('/') + table.schemaName + QLatin1Char('/') + table.tableName;
    const QString wanted = m_columnsFor;
    m_session->columns(m_projectId, table.catalogId, table.schemaName, table.tableName, this,
                       [this, wanted](const ApiResult<QList<Column>> &r) {
                           if (wanted != m_columnsFor)
                               return; // another table was chosen meanwhile
                           if (!r.ok()) {
                               m_columnNote->setText(tr("Could not list the columns: %1").arg(r.error.message()));
                               return;
                           }
                           m_columns->setColumns(r.value);
                           m_columnPanel->setEnabled(true);
                       });
}

void SourceBrowser::updateColumnNote()
{
    QStringList lines;
    if (!m_columns->parameters().isEmpty())
        lines << tr("A dynamic table: %1 are query parameters needed to read it; they are never exported.")
                     .arg(m_columns->parameters().join(QStringLiteral(", ")));
    if (m_columns->rowCount() > 0 && m_columns->checkedNames().isEmpty())
        lines << tr("No column is checked: check at least one, or All to export every column.");
    m_columnNote->setText(lines.join(QLatin1Char('\n')));
    m_columnNote->setVisible(!lines.isEmpty());
}

void SourceBrowser::searchServer()
{
    const QString text = m_tableFilter->text().trimmed();
    if (text.size() < 2 || !m_session)
        return;
    SearchQuery query;
    query.text = text;
    query.limit = 100;
    m_session->search(m_projectId, query, this, [this, text](const ApiResult<SearchResult> &r) {
        if (!r.ok() || text != m_tableFilter->text().trimmed())
            return; // stale or failed: the local filter still works
        QSet<QString> asked;
        for (const QList<SearchMatch> *list : {&r.value.schemas, &r.value.tables})
            for (const SearchMatch &m : *list) {
                const QString key = m.catalog + QLatin1Char('\n') + m.schema;
                if (!asked.contains(key) && asked.size() < 20) {
                    asked.insert(key);
                    m_tables->loadPath(m.catalog, m.schema);
                }
            }
    });
}

} // namespace peaka::gui
