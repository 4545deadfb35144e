// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusfilterbutton.h"
#include "lazyicons.h"

#include "statusicons.h"

#include <QMenu>

namespace peaka::gui {

StatusFilterButton::StatusFilterButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("statusFilterButton"));
    setAccessibleName(tr("Filter by status"));
    setToolTip(tr("Show only exports with these statuses"));
    setIcon(deferredUiIcon("filter"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("statusFilterMenu"));
    QList<ExportStatus::Code> codes = ExportStatus::knownCodes();
    codes.append(ExportStatus::Unknown);
    for (ExportStatus::Code code : codes) {
        const QString name = code == ExportStatus::Unknown ? tr("Other", "statuses this app does not know")
                                                           : ExportStatus(code).displayName();
        QAction *action = menu->addAction(statusIcon(code), name);
        action->setCheckable(true);
        action->setData(int(code));
        action->setObjectName(QStringLiteral("statusFilter_%1")
                                  .arg(code == ExportStatus::Unknown ? QStringLiteral("UNKNOWN")
                                                                     : ExportStatus::wireName(code)));
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT statusesChanged(statuses());
        });
        m_actions.append(action);
    }
    menu->addSeparator();
    menu->addAction(tr("Show all"), this, [this] { setStatuses({}); });
    setMenu(menu);
    updateText();
}

QSet<ExportStatus::Code> StatusFilterButton::statuses() const
{
    QSet<ExportStatus::Code> set;
    for (const QAction *a : m_actions)
        if (a->isChecked())
            set.insert(ExportStatus::Code(a->data().toInt()));
    return set;
}

void StatusFilterButton::setStatuses(const QSet<ExportStatus::Code> &statuses)
{
    if (statuses == this->statuses())
        return;
    for (QAction *a : std::as_const(m_actions)) {
        const QSignalBlocker block(a);
        a->setChecked(statuses.contains(ExportStatus::Code(a->data().toInt())));
    }
    updateText();
    Q_EMIT statusesChanged(this->statuses());
}

QStringList StatusFilterButton::statusNames() const
{
    QStringList names;
    for (ExportStatus::Code code : statuses())
        names << (code == ExportStatus::Unknown ? QStringLiteral("Unknown") : ExportStatus::wireName(code));
    names.sort();
    return names;
}

void StatusFilterButton::setStatusNames(const QStringList &names)
{
    QSet<ExportStatus::Code> set;
    for (const QString &name : names)
        set.insert(ExportStatus::fromWire(name).code());
    setStatuses(set);
}

void StatusFilterButton::updateText()
{
    const QSet<ExportStatus::Code> set = statuses();
    if (set.isEmpty()) {
        setText(tr("All statuses"));
        return;
    }
    if (set.size() > 1) {
        setText(tr("%n statuses", "", int(set.size())));
        return;
    }
    for (const QAction *a : std::as_const(m_actions)) {
        if (a->isChecked())
            setText(a->text());
    }
}

} // namespace peaka::gui
