// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfilterbar.h"
#include "settingskeys.h"

#include "statusfilterbutton.h"
#include "lazyicons.h"
#include "statusicons.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>

namespace peaka::gui {

ExportFilterBar::ExportFilterBar(QAction *mine, QWidget *parent)
    : QWidget(parent)
    , m_mine(mine)
    , m_statusFilter(new StatusFilterButton(this))
    , m_mineButton(new QToolButton(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("filterBar"));
    setAccessibleName(tr("Filters"));
    mine->setIcon(deferredUiIcon("mine"));
    m_mineButton->setDefaultAction(mine);
    m_mineButton->setObjectName(mine->objectName() + QStringLiteral("Button"));
    m_mineButton->setAccessibleName(mine->text().remove(QLatin1Char('&')));
    m_mineButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mineButton->setAutoRaise(true);
    m_mineButton->setFocusPolicy(Qt::StrongFocus);

    m_search->setObjectName(QStringLiteral("searchField"));
    // In the toolbar's context, where the search lived and was translated (lupdate reads these calls).
    m_search->setAccessibleName(QCoreApplication::translate("peaka::gui::ExportToolBar", "Search exports"));
    m_search->setPlaceholderText(
        QCoreApplication::translate("peaka::gui::ExportToolBar", "Search source, ID, user, error…"));
    m_search->setToolTip(QCoreApplication::translate(
        "peaka::gui::ExportToolBar", "Search in source, export ID, user, error, query ID and table (Ctrl+F)"));
    // Its icon is a theme lookup: not before the bar is first shown (see lazyicons.h).
    whenFirstShown(m_search, [search = m_search] { search->setClearButtonEnabled(true); });
    m_search->addAction(deferredUiIcon("search"), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(160);
    // Esc in the search clears it (the list shows everything again).
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 4);
    layout->setSpacing(6);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_mineButton);
    layout->addWidget(m_search, 1);
    setTabOrder(m_statusFilter, m_mineButton);
    setTabOrder(m_mineButton, m_search);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { Q_EMIT searchTextChanged(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_statusFilter, &StatusFilterButton::statusesChanged, this, &ExportFilterBar::statusesChanged);
}

void ExportFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ExportFilterBar::saveFilters(QSettings &settings) const
{
    settings.setValue(SettingsKeys::filterStatuses(), m_statusFilter->statusNames());
    settings.setValue(SettingsKeys::filterSearch(), m_search->text());
    settings.setValue(SettingsKeys::filterMine(), m_mine->isChecked());
}

void ExportFilterBar::restoreFilters(const QSettings &settings)
{
    m_statusFilter->setStatusNames(settings.value(SettingsKeys::filterStatuses()).toStringList());
    m_search->setText(settings.value(SettingsKeys::filterSearch()).toString());
    m_searchDebounce.stop();
    Q_EMIT searchTextChanged(m_search->text());
    m_mine->setChecked(settings.value(SettingsKeys::filterMine(), false).toBool());
}

} // namespace peaka::gui
