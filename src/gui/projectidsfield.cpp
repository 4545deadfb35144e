// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectidsfield.h"

#include "projectchooserdialog.h"

#include "api/peakaclient.h"
#include "profiles/profilechecks.h"
#include "sources/sourcesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peaka::gui {

ProjectIdsField::ProjectIdsField(QWidget *parent)
    : QWidget(parent),
      m_edit(new QPlainTextEdit(this)),
      m_choose(new QPushButton(tr("C&hoose projects\u2026"), this)),
      m_hint(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("projectIdsEdit"));
    m_edit->setAccessibleName(tr("Project ids"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("One project id per line (or separated by commas)"));
    m_edit->setMaximumHeight(80);
    m_choose->setObjectName(QStringLiteral("chooseProjectsButton"));
    m_choose->setAccessibleName(tr("Choose projects by name"));
    // A button, not a bar across the form, when the hint beside it is hidden.
    m_choose->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_hint->setObjectName(QStringLiteral("projectsHintLabel"));
    m_hint->setAccessibleName(tr("How to find project ids"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_choose, 0, Qt::AlignLeft | Qt::AlignTop);
    row->addWidget(m_hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addLayout(row);
    setFocusProxy(m_edit);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateHint();
        emit changed();
    });
    connect(m_choose, &QPushButton::clicked, this, &ProjectIdsField::chooseRequested);
    updateHint();
}

void ProjectIdsField::setProjects(const QStringList &ids, const ProjectLabels &labels)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_labels.insert(it.key(), it.value());
    m_edit->setPlainText(ids.join(QLatin1Char('\n')));
}

QStringList ProjectIdsField::ids() const
{
    return ProfileChecks::splitProjectIds(m_edit->toPlainText());
}

ProjectLabels ProjectIdsField::labels() const
{
    ProjectLabels out;
    for (const QString &id : ids()) {
        if (const ProjectLabel label = m_labels.value(id); !label.isEmpty())
            out.insert(id, label);
    }
    return out;
}

void ProjectIdsField::setKeyKind(KeyKind kind)
{
    m_kind = kind;
    m_choose->setVisible(kind == KeyKind::Partner);
    updateHint();
}

void ProjectIdsField::setNote(const QString &sentence)
{
    m_hint->setText(sentence);
    m_hint->setVisible(!sentence.isEmpty());
}

void ProjectIdsField::setChoosing(bool choosing)
{
    m_choose->setEnabled(!choosing);
}

void ProjectIdsField::updateHint()
{
    if (m_kind != KeyKind::Partner) {
        setNote(tr("Only a Partner key can list projects. Type or paste this key's project id "
                   "(Peaka shows it in the project's settings)."));
        return;
    }
    const ProjectLabels known = labels();
    QStringList named;
    for (const QString &id : ids()) {
        if (known.contains(id))
            named << id;
    }
    const QString names = ProjectLabelText::displayNames(named, known).join(tr(", ", "between project names"));
    setNote(names.isEmpty() ? QString() : tr("Chosen: %1").arg(names));
}

void ProjectIdsField::openChooser(PeakaClient *client)
{
    updateHint();
    // The chooser owns its client and session: closing it ends their calls.
    auto *session = new SourceSession(client, nullptr);
    auto *chooser = new ProjectChooserDialog(session, ids(), this);
    session->setParent(chooser); // first child, so it goes before the client it uses
    client->setParent(chooser);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &ProjectChooserDialog::projectsChosen, this,
            [this](const QStringList &chosen, const ProjectLabels &names) { setProjects(chosen, names); });
    chooser->open();
    chooser->load();
}

} // namespace peaka::gui
