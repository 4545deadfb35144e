// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttoolbar.h"

#include "statusicons.h"

#include <QComboBox>
#include <QLabel>
#include <QAction>
#include <QLayout>
#include <QMenu>
#include <QScopedValueRollback>
#include <QToolButton>

namespace peaka::gui {

ExportToolBar::ExportToolBar(QWidget *parent)
    : QToolBar(parent)
{
}

void ExportToolBar::setup(QAction *refresh, QAction *openById)
{
    m_connectionCombo = new QComboBox(this);
    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setAccessibleName(tr("Connection and project"));
    m_connectionCombo->setToolTip(tr("Connection and project"));
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionCombo->setMinimumWidth(200);
    addWidget(m_connectionCombo);

    m_demoBadge = new QLabel(tr("Demo data"), this);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setAccessibleName(tr("Showing demo data"));
    m_demoBadge->setToolTip(tr("A built-in demo server on this computer: nothing here is real."));
    m_demoBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #efe7fb; color: #5b3a9e; border: 1px solid #c9b5ef;"
        " border-radius: 9px; padding: 2px 10px; margin-left: 6px; font-weight: 600; }"));
    m_demoBadgeAction = addWidget(m_demoBadge);
    addSeparator();

    refresh->setIcon(uiIcon("refresh"));
    addAction(refresh);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    openById->setIcon(uiIcon("openid"));
    addAction(openById);

    for (QAction *a : {refresh, openById}) {
        if (QWidget *w = widgetForAction(a)) {
            w->setObjectName(a->objectName() + QStringLiteral("Button"));
            w->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
    }
}

void ExportToolBar::resizeEvent(QResizeEvent *event)
{
    QToolBar::resizeEvent(event);
    fitToWidth();
}

void ExportToolBar::showEvent(QShowEvent *event)
{
    QToolBar::showEvent(event);
    fitToWidth();
}

void ExportToolBar::fitToWidth()
{
    if (m_fitting || !layout())
        return;
    const QScopedValueRollback guard(m_fitting, true);
    // The buttons with an icon and their text beside it (or that had it before we took it away).
    QList<QToolButton *> buttons;
    for (QAction *action : actions()) {
        auto *button = qobject_cast<QToolButton *>(widgetForAction(action));
        if (button && !button->icon().isNull()
            && (button->toolButtonStyle() == Qt::ToolButtonTextBesideIcon || button->property("compacted").toBool()))
            buttons << button;
    }
    const auto setCompact = [this, &buttons](bool compact) {
        for (QToolButton *b : std::as_const(buttons)) {
            b->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
            b->setProperty("compacted", compact);
        }
        layout()->invalidate();
    };
    setCompact(false);
    if (layout()->sizeHint().width() > width())
        setCompact(true);
}

void ExportToolBar::setDemoBadgeVisible(bool visible)
{
    m_demoBadgeAction->setVisible(visible);
}

void ExportToolBar::setConnectionMenu(QMenu *menu)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("connectionMenuButton"));
    button->setAccessibleName(tr("Connections menu"));
    button->setToolTip(tr("Add or manage connections"));
    button->setText(tr("Connections", "toolbar menu button"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(menu);
    insertWidget(m_demoBadgeAction, button);
}

} // namespace peaka::gui
