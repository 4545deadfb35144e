// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace peaka::gui {

// The export table: status delegate, default column widths and visibility,
// a header context menu to choose columns, Ctrl+C copies the selected ids.
class ExportTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit ExportTableView(QWidget *parent = nullptr);

    // Applies the defaults for an ExportListModel (call after setModel()).
    void setupColumns();

Q_SIGNALS:
    void copyRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
};

} // namespace peaka::gui
