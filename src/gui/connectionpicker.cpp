// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpicker.h"

#include "profiles/projectlabel.h"

#include <QComboBox>
#include <QCoreApplication>

namespace peaka::gui::ConnectionPicker {

namespace {

QString pickerName()
{
    return QCoreApplication::translate("peaka::gui::ExportToolBar", "Connection and project");
}

} // namespace

QList<QPair<int, int>> fill(QComboBox *combo, const QList<Connection> &connections)
{
    QList<QPair<int, int>> entries;
    combo->clear();
    for (int c = 0; c < connections.size(); ++c) {
        const Connection &conn = connections.at(c);
        const QStringList names = ProjectLabelText::displayNames(conn.projectIds, conn.projectLabels);
        for (int p = 0; p < conn.projectIds.size(); ++p) {
            const QString &id = conn.projectIds.at(p);
            combo->addItem(QCoreApplication::translate("peaka::gui::MainWindow", "%1 · %2",
                                                       "connection name · project id")
                               .arg(conn.name, names.at(p)));
            combo->setItemData(combo->count() - 1, ProjectLabelText::toolTip(id, conn.projectLabels.value(id)),
                               Qt::ToolTipRole);
            entries.append({c, p});
        }
    }
    showCurrent(combo);
    return entries;
}

void showCurrent(QComboBox *combo)
{
    const QString entry = combo->currentData(Qt::ToolTipRole).toString();
    combo->setToolTip(entry.isEmpty() ? pickerName() : pickerName() + QLatin1Char('\n') + entry);
}

} // namespace peaka::gui::ConnectionPicker
