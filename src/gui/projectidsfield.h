// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace peaka {
class PeakaClient;
}

namespace peaka::gui {

// The profile dialog's projects: the ids (typed, pasted or chosen), with the
// names the chooser gave them, "Choose projects…" for a Partner key and, for
// a Project key, how to find its one id. Children: "projectIdsEdit",
// "chooseProjectsButton", "projectsHintLabel".
class ProjectIdsField : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectIdsField(QWidget *parent = nullptr);

    void setProjects(const QStringList &ids, const ProjectLabels &labels);
    QStringList ids() const;
    // The known names of ids(); ids without a name are not in it.
    ProjectLabels labels() const;

    void setKeyKind(KeyKind kind);
    // A sentence in place of the hint (what keeps the chooser from opening).
    void setNote(const QString &sentence);
    void setChoosing(bool choosing);
    // Opens the chooser with a configured client, which the chooser owns.
    void openChooser(PeakaClient *client);

    QPlainTextEdit *edit() const { return m_edit; }
    QPushButton *chooseButton() const { return m_choose; }

signals:
    void changed();
    void chooseRequested();

private:
    void updateHint();

    QPlainTextEdit *m_edit;
    QPushButton *m_choose;
    QLabel *m_hint;
    KeyKind m_kind = KeyKind::Project;
    ProjectLabels m_labels;
};

} // namespace peaka::gui
