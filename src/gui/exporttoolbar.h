// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QComboBox;
class QLabel;
class QMenu;

namespace peaka::gui {

// The main toolbar: connection/project picker, "Demo data" badge, Refresh and
// "Open by ID" (MainMenus adds New Export, Run again, Cancel and Downloads).
// The filters and the search are not here but in ExportFilterBar: what can
// overflow is only commands that are in the menus with their shortcuts too.
// When the commands do not fit with their text (a narrow window, a long
// translation) they show their icons only, before anything overflows.
// The window owns the actions.
class ExportToolBar final : public QToolBar
{
    Q_OBJECT
public:
    explicit ExportToolBar(QWidget *parent = nullptr);

    // Builds the bar around the window's actions (call once).
    void setup(QAction *refresh, QAction *openById);

    QComboBox *connectionCombo() const { return m_connectionCombo; }
    void setDemoBadgeVisible(bool visible);
    // A menu button beside the picker ("connectionMenuButton"); call after setup().
    void setConnectionMenu(QMenu *menu);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitToWidth();

    bool m_fitting = false;
    QComboBox *m_connectionCombo = nullptr;
    QLabel *m_demoBadge = nullptr;
    QAction *m_demoBadgeAction = nullptr;
};

} // namespace peaka::gui
