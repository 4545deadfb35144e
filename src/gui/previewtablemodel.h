// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/previewresult.h"

#include <QAbstractTableModel>

namespace peaka::gui {

// The rows of a file preview, appended batch by batch (row and column inserts,
// never a reset). The header shows each column's name over its guessed type.
// When the view scrolls to the end, fetchMore() asks for the next batch
// through moreRequested(), up to maxRows.
class PreviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole + 1;   // the value as read (null = missing)

    explicit PreviewTableModel(int maxRows, QObject *parent = nullptr);

    void append(const PreviewResult &batch);
    void setMoreAvailable(bool more);
    bool isCapped() const { return m_rows.size() >= m_maxRows; }
    ColumnType columnType(int column) const { return m_types.value(column, ColumnType::Text); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void moreRequested();

private:
    QStringList m_columns;
    QList<ColumnType> m_types;
    QList<QStringList> m_rows;
    int m_maxRows;
    bool m_more = false;
    bool m_requested = false;
};

} // namespace peaka::gui
