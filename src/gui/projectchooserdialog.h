// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/projectlabel.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace peaka {
class SourceSession;
}

namespace peaka::gui {

class ProjectTreeModel;

// Lists every project a Partner key sees (organization › workspace ›
// project, by name) with checkboxes and a filter box. OK hands back the
// checked ids; ids the server did not list are kept, so a project this key
// cannot see is not silently dropped from the profile. Not owned: the session.
class ProjectChooserDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectChooserDialog(SourceSession *session, const QStringList &checkedIds, QWidget *parent = nullptr);
    ~ProjectChooserDialog() override;

    // Asks the server (again); the tree shows a loading sentence meanwhile.
    void load();
    // The ids for the profile: the checked ones, then the unlisted ones it came with.
    QStringList chosenIds() const;
    // Name and workspace of every listed project.
    ProjectLabels projectLabels() const;
    bool isLoading() const { return m_loading; }
    ProjectTreeModel *model() const { return m_model; }

signals:
    void loaded(bool ok);
    void projectsChosen(const QStringList &ids, const peaka::ProjectLabels &labels);

private:
    void setStatus(const QString &sentence, bool error);
    void applyFilter(const QString &text);

    SourceSession *m_session;
    QStringList m_initial;
    QStringList m_listed;
    bool m_loading = false;
    ProjectTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_status;
    QPushButton *m_retry;
    QDialogButtonBox *m_buttons;
};

} // namespace peaka::gui
