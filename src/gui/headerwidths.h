// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

#include <utility>

namespace peaka::gui {

// Sets each column to its default width, or wider when its header text (in
// the current language, with room for the sort arrow) needs more: German
// "Geschwindigkeit" must not be cut to "Geschwindigke".
inline void setColumnWidths(QHeaderView *header, const QList<std::pair<int, int>> &widths)
{
    const QFontMetrics metrics(header->font());
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 22;
    for (const auto &[column, width] : widths) {
        const QString text = header->model() ? header->model()->headerData(column, header->orientation()).toString()
                                             : QString();
        header->resizeSection(column, std::max(width, metrics.horizontalAdvance(text) + padding));
    }
}

} // namespace peaka::gui
