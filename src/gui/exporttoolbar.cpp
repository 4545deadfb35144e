// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttoolbar.h"
#include "settingskeys.h"

#include "statusfilterbutton.h"
#include "statusicons.h"

#include <QComboBox>
#include <QLabel>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

namespace peaka::gui {

ExportToolBar::ExportToolBar(QWidget *parent)
    : QToolBar(parent)
{
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    connect(&m_searchDebounce, &QTimer::timeout, this,
            [this] { Q_EMIT searchTextChanged(m_search->text()); });
}

void ExportToolBar::setup(QAction *refresh, QAction *mine, QAction *openById)
{
    m_mine = mine;
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
    addSeparator();
    m_statusFilter = new StatusFilterButton(this);
    addWidget(m_statusFilter);
    mine->setIcon(uiIcon("mine"));
    addAction(mine);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search exports"));
    m_search->setPlaceholderText(tr("Search source, ID, user, error…"));
    m_search->setToolTip(tr("Search in source, export ID, user, error, query ID and table (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(uiIcon("search"), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(420);
    // Esc in the search clears it (the list shows everything again).
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);
    addWidget(m_search);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    openById->setIcon(uiIcon("openid"));
    addAction(openById);

    for (QAction *a : {refresh, mine, openById}) {
        if (QWidget *w = widgetForAction(a)) {
            w->setObjectName(a->objectName() + QStringLiteral("Button"));
            w->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
    }
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_statusFilter, &StatusFilterButton::statusesChanged, this, &ExportToolBar::statusesChanged);
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

void ExportToolBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ExportToolBar::saveFilters(QSettings &settings) const
{
    settings.setValue(SettingsKeys::filterStatuses(), m_statusFilter->statusNames());
    settings.setValue(SettingsKeys::filterSearch(), m_search->text());
    settings.setValue(SettingsKeys::filterMine(), m_mine->isChecked());
}

void ExportToolBar::restoreFilters(const QSettings &settings)
{
    m_statusFilter->setStatusNames(settings.value(SettingsKeys::filterStatuses()).toStringList());
    m_search->setText(settings.value(SettingsKeys::filterSearch()).toString());
    m_searchDebounce.stop();
    Q_EMIT searchTextChanged(m_search->text());
    m_mine->setChecked(settings.value(SettingsKeys::filterMine(), false).toBool());
}

} // namespace peaka::gui
