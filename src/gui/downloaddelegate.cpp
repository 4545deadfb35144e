// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloaddelegate.h"

#include "downloadlistmodel.h"
#include "downloads/downloadstate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace peaka::gui {

DownloadDelegate::DownloadDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void DownloadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != DownloadListModel::Progress) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row background (selection, alternate colour) first, then the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int perMille = index.data(DownloadListModel::ProgressRole).toInt();
    const auto state = DownloadState(index.data(DownloadListModel::StateRole).toInt());
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = perMille < 0 && state == DownloadState::Running ? 0 : 1000; // 0..0 = busy
    bar.progress = qMax(0, perMille);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    if (state == DownloadState::Failed || state == DownloadState::Cancelled)
        bar.state &= ~QStyle::State_Enabled;
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    painter->restore();
}

QSize DownloadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == DownloadListModel::Progress)
        size.setWidth(qMax(size.width(), 120));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace peaka::gui
