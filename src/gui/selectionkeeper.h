// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QAbstractProxyModel;

namespace peaka::gui {

// Keeps the export the user chose while a filter, a search or a live update
// changes the rows. Qt moves the current index to a neighbour when the current
// row goes away; that neighbour is never taken for the user's choice. When the
// chosen row is filtered out the selection is cleared and chosenHidden() says
// so (the detail pane empties); it is never replaced by another export.
//
// Create it before view->setModel(proxy): its handlers must run before the
// selection model's, so they know a move is not the user's.
class SelectionKeeper final : public QObject
{
    Q_OBJECT
public:
    SelectionKeeper(QAbstractItemView *view, QAbstractProxyModel *proxy, int idRole);

    // Call after view->setModel(proxy).
    void attach();
    QString chosenId() const { return m_chosen; }
    // Nothing is chosen now (the window shows an export that is not a row).
    void forget();

Q_SIGNALS:
    // The user (or the program on the user's behalf) made `current` the current row.
    void chosen(const QModelIndex &current);
    // The chosen export was filtered out: nothing is selected now.
    void chosenHidden(const QString &id);

private:
    void onCurrentRowChanged(const QModelIndex &current);
    void reconcile();

    QAbstractItemView *m_view;
    QAbstractProxyModel *m_proxy;
    int m_idRole;
    QString m_chosen;
    int m_changing = 0; // inside a removal, reset or layout change of the proxy
};

} // namespace peaka::gui
