// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportstatus.h"

#include <QSet>
#include <QTimer>
#include <QToolBar>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;

namespace peaka::gui {

class StatusFilterButton;

// The main toolbar: connection/project picker, "Demo data" badge, Refresh,
// status filter, "Mine", search and "Open by ID". It owns the filter widgets
// and remembers their values; the window owns the actions.
class ExportToolBar final : public QToolBar
{
    Q_OBJECT
public:
    explicit ExportToolBar(QWidget *parent = nullptr);

    // Builds the bar around the window's actions (call once).
    void setup(QAction *refresh, QAction *mine, QAction *openById);

    QComboBox *connectionCombo() const { return m_connectionCombo; }
    StatusFilterButton *statusFilter() const { return m_statusFilter; }
    QLineEdit *searchField() const { return m_search; }
    void setDemoBadgeVisible(bool visible);
    // A menu button beside the picker ("connectionMenuButton"); call after setup().
    void setConnectionMenu(QMenu *menu);
    void focusSearch();

    void saveFilters(QSettings &settings) const;
    void restoreFilters(const QSettings &settings);

Q_SIGNALS:
    // Debounced while typing.
    void searchTextChanged(const QString &text);
    void statusesChanged(const QSet<peaka::ExportStatus::Code> &statuses);

private:
    QComboBox *m_connectionCombo = nullptr;
    QLabel *m_demoBadge = nullptr;
    QAction *m_demoBadgeAction = nullptr;
    StatusFilterButton *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_mine = nullptr;
    QTimer m_searchDebounce;
};

} // namespace peaka::gui
