// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace peaka::gui {

// Paints the Progress column of the downloads as a progress bar from
// DownloadListModel::ProgressRole, with the percent text on it; other
// columns are painted as usual.
class DownloadDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DownloadDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace peaka::gui
