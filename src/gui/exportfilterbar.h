// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportstatus.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QLineEdit;
class QSettings;
class QToolButton;

namespace peaka::gui {

class StatusFilterButton;

// The filters above the export table: status, "Mine" and the search. They sit
// in the window, not in the toolbar, so that a narrow window or a long
// translation never pushes the search into the toolbar's overflow menu, where
// Ctrl+F could not reach it. It remembers their values; the window owns "Mine".
class ExportFilterBar final : public QWidget
{
    Q_OBJECT
public:
    ExportFilterBar(QAction *mine, QWidget *parent = nullptr);

    StatusFilterButton *statusFilter() const { return m_statusFilter; }
    QToolButton *mineButton() const { return m_mineButton; }
    QLineEdit *searchField() const { return m_search; }
    // Ctrl+F: focus the search and select its text.
    void focusSearch();

    void saveFilters(QSettings &settings) const;
    void restoreFilters(const QSettings &settings);

Q_SIGNALS:
    // Debounced while typing.
    void searchTextChanged(const QString &text);
    void statusesChanged(const QSet<peaka::ExportStatus::Code> &statuses);

private:
    QAction *m_mine;
    StatusFilterButton *m_statusFilter;
    QToolButton *m_mineButton;
    QLineEdit *m_search;
    QTimer m_searchDebounce;
};

} // namespace peaka::gui
