// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttableview.h"
#include "headerwidths.h"

#include "exports/exportlistmodel.h"
#include "cachedtextdelegate.h"
#include "exports/exportstatus.h"
#include "statusdelegate.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace peaka::gui {

ExportTableView::ExportTableView(QWidget *parent)
    : QTableView(parent)
{
    // Cells repaint after every slice of a refresh: their text is laid out
    // once, not per paint. Rows hold one line: text is elided, never wrapped.
    setWordWrap(false);
    setItemDelegate(new CachedTextDelegate(this));
    setItemDelegateForColumn(ExportListModel::Status, new StatusDelegate(this));
    // Tab leaves the table for the detail pane; the arrow keys move between rows.
    setTabKeyNavigation(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setIconSize(QSize(14, 14));
    QHeaderView *header = horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QWidget::customContextMenuRequested, this, &ExportTableView::showHeaderMenu);
}

void ExportTableView::setupColumns()
{
    QHeaderView *header = horizontalHeader();
    // Wide enough for the longest status name in the current language (bold, after its icon).
    QFont bold = font();
    bold.setBold(true);
    int statusWidth = 105;
    for (ExportStatus::Code code : ExportStatus::knownCodes())
        statusWidth = qMax(statusWidth, QFontMetrics(bold).horizontalAdvance(ExportStatus(code).displayName()) + 36);
    setColumnWidths(header, {{ExportListModel::Status, statusWidth}, {ExportListModel::Source, 200},
                             {ExportListModel::Format, 58}, {ExportListModel::Compression, 90},
                             {ExportListModel::Rows, 72}, {ExportListModel::Size, 72},
                             {ExportListModel::Duration, 82}, {ExportListModel::Created, 90},
                             {ExportListModel::User, 110}, {ExportListModel::Client, 110},
                             {ExportListModel::ExportId, 280}});
    for (int column : {ExportListModel::Compression, ExportListModel::Client, ExportListModel::ExportId})
        header->hideSection(column);
    sortByColumn(ExportListModel::Created, Qt::DescendingOrder);
}

void ExportTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        Q_EMIT copyRequested(); // the id, not the text of the current cell
        event->accept();
        return;
    }
    // The menu key and Shift+F10 open the row's menu at the current row, not
    // wherever the keyboard's context event would point.
    const bool menuKey = event->key() == Qt::Key_Menu
                         || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier);
    if (menuKey && currentIndex().isValid() && contextMenuPolicy() == Qt::CustomContextMenu) {
        scrollTo(currentIndex());
        Q_EMIT customContextMenuRequested(visualRect(currentIndex()).center());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ExportTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Columns"));
    for (int c = 0; c < ExportListModel::ColumnCount; ++c) {
        QAction *a = menu->addAction(ExportListModel::columnName(ExportListModel::Column(c)));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != ExportListModel::Status); // one column always stays
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu->popup(header->mapToGlobal(pos));
}

} // namespace peaka::gui
