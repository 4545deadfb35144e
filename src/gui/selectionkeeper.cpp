// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionkeeper.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QItemSelectionModel>

namespace peaka::gui {

SelectionKeeper::SelectionKeeper(QAbstractItemView *view, QAbstractProxyModel *proxy, int idRole)
    : QObject(view)
    , m_view(view)
    , m_proxy(proxy)
    , m_idRole(idRole)
{
    const auto begin = [this] { ++m_changing; };
    const auto end = [this] {
        if (m_changing > 0)
            --m_changing;
        if (m_changing == 0)
            reconcile();
    };
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, end);
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(proxy, &QAbstractItemModel::modelReset, this, end);
    connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, end);
}

void SelectionKeeper::attach()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SelectionKeeper::onCurrentRowChanged);
}

void SelectionKeeper::forget()
{
    m_chosen.clear();
    QItemSelectionModel *selection = m_view->selectionModel();
    ++m_changing;
    selection->clearSelection();
    selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    --m_changing;
}

void SelectionKeeper::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_changing > 0)
        return; // Qt moving the current index off a row that goes away
    if (!current.isValid())
        return;
    m_chosen = current.data(m_idRole).toString();
    Q_EMIT chosen(current);
}

void SelectionKeeper::reconcile()
{
    if (m_chosen.isEmpty())
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && current.data(m_idRole).toString() == m_chosen)
        return;
    // Still visible (the current index moved because a layout changed): take it back.
    const QModelIndexList hits = m_proxy->match(m_proxy->index(0, 0), m_idRole, m_chosen, 1, Qt::MatchExactly);
    if (!hits.isEmpty()) {
        const QModelIndex back = m_proxy->index(hits.first().row(), current.isValid() ? current.column() : 0);
        const QSignalBlocker block(this);
        ++m_changing;
        selection->setCurrentIndex(back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        --m_changing;
        return;
    }
    const QString gone = m_chosen;
    m_chosen.clear();
    ++m_changing;
    selection->clearSelection();
    selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    --m_changing;
    Q_EMIT chosenHidden(gone);
}

} // namespace peaka::gui
