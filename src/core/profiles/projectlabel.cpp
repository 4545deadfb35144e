// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/projectlabel.h"

namespace peaka {

QStringList ProjectLabelText::displayNames(const QStringList &ids, const ProjectLabels &labels)
{
    const auto nameOf = [&labels](const QString &id) {
        const ProjectLabel l = labels.value(id);
        return l.isEmpty() ? id : l.name.trimmed();
    };
    const auto countOf = [](const QStringList &texts, const QString &text) {
        int n = 0;
        for (const QString &t : texts)
            n += QString::compare(t, text, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    };
    QStringList names;
    for (const QString &id : ids)
        names << nameOf(id);
    QStringList out;
    for (int i = 0; i < ids.size(); ++i) {
        const ProjectLabel l = labels.value(ids.at(i));
        if (l.isEmpty() || countOf(names, names.at(i)) < 2) {
            out << names.at(i);
            continue;
        }
        const QString workspace = l.workspace.trimmed();
        out << (workspace.isEmpty() ? tr("%1 (%2)", "project name (project id)").arg(names.at(i), ids.at(i))
                                    : tr("%1 (%2)", "project name (workspace name)").arg(names.at(i), workspace));
    }
    // Same name in the same workspace: the id tells them apart.
    const QStringList first = out;
    for (int i = 0; i < ids.size(); ++i) {
        if (countOf(first, first.at(i)) < 2 || labels.value(ids.at(i)).isEmpty())
            continue;
        const QString workspace = labels.value(ids.at(i)).workspace.trimmed();
        if (!workspace.isEmpty())
            out[i] = tr("%1 (%2, %3)", "project name (workspace name, project id)")
                         .arg(names.at(i), workspace, ids.at(i));
    }
    return out;
}

QStringList ProjectLabelText::namesWithIds(const QStringList &ids, const ProjectLabels &labels)
{
    QStringList out;
    out.reserve(ids.size());
    for (const QString &id : ids) {
        const QString name = labels.value(id).name.trimmed();
        out << (name.isEmpty() ? id : tr("%1 (%2)", "project name (project id)").arg(name, id));
    }
    return out;
}

QString ProjectLabelText::toolTip(const QString &id, const ProjectLabel &label)
{
    if (label.workspace.trimmed().isEmpty())
        return tr("Project id: %1").arg(id);
    return tr("Project id: %1\nWorkspace: %2").arg(id, label.workspace.trimmed());
}

} // namespace peaka
