// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "exports/exportlistmodel.h"
#include "statusicons.h"

namespace peaka::gui {

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto code = ExportStatus::Code(index.data(ExportListModel::StatusCodeRole).toInt());
    option->icon = statusIcon(code);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(14, 14);
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, statusColor(code).darker(135));
    option->font.setWeight(QFont::DemiBold);
}

} // namespace peaka::gui
