// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportstatus.h"

#include <QSet>
#include <QToolButton>

namespace peaka::gui {

// A toolbar button with a menu of checkable statuses. Nothing checked = all.
class StatusFilterButton final : public QToolButton
{
    Q_OBJECT
public:
    explicit StatusFilterButton(QWidget *parent = nullptr);

    QSet<ExportStatus::Code> statuses() const;
    void setStatuses(const QSet<ExportStatus::Code> &statuses);
    // For QSettings: the wire names of the checked statuses ("Unknown" for others).
    QStringList statusNames() const;
    void setStatusNames(const QStringList &names);

Q_SIGNALS:
    void statusesChanged(const QSet<peaka::ExportStatus::Code> &statuses);

private:
    void updateText();
    QList<QAction *> m_actions;
};

} // namespace peaka::gui
