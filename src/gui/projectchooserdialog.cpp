// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectchooserdialog.h"

#include "projecttreemodel.h"

#include "sources/sourcesession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace peaka::gui {

ProjectChooserDialog::ProjectChooserDialog(SourceSession *session, const QStringList &checkedIds, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_initial(checkedIds),
      m_model(new ProjectTreeModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_tree(new QTreeView(this)),
      m_status(new QLabel(this)),
      m_retry(new QPushButton(tr("&Try again"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectChooserDialog"));
    setWindowTitle(tr("Choose projects"));
    resize(480, 460);

    m_filter->setObjectName(QStringLiteral("projectFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by organization, workspace, project name or id"));
    m_filter->setAccessibleName(tr("Filter projects"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProjectTreeModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    // A matching organization or workspace shows all it holds.
    m_proxy->setAutoAcceptChildRows(true);

    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setAccessibleName(tr("Projects"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);

    m_status->setObjectName(QStringLiteral("projectChooserStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("projectChooserRetry"));
    m_retry->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("projectChooserOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("projectChooserCancel"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ProjectChooserDialog::applyFilter);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_session->refresh();
        load();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        emit projectsChosen(chosenIds(), projectLabels());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        // Enter or a double click toggles a project, as a click on its box does.
        if (!(index.flags() & Qt::ItemIsUserCheckable))
            return;
        const bool on = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_proxy->setData(index, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_loading && !m_listed.isEmpty())
            setStatus(tr("%n project(s) chosen.", nullptr, int(m_model->checkedIds().size())), false);
    });
}

ProjectChooserDialog::~ProjectChooserDialog() = default;

void ProjectChooserDialog::load()
{
    if (m_loading)
        return;
    m_loading = true;
    m_retry->hide();
    m_tree->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    setStatus(tr("Loading the projects this key can see…"), false);
    const QStringList keep = m_listed.isEmpty() ? m_initial : chosenIds();
    m_session->projectDirectory(this, [this, keep](const ApiResult<QList<ProjectEntry>> &r) {
        m_loading = false;
        m_tree->setEnabled(true);
        if (!r.ok()) {
            m_retry->setVisible(r.error.kind() != ApiError::Forbidden);
            if (r.error.kind() == ApiError::Forbidden)
                setStatus(tr("This key cannot list projects: only a Partner key can. Close this and type or "
                             "paste the project id instead."),
                          true);
            else
                setStatus(tr("The projects could not be listed: %1").arg(r.error.message()), true);
            emit loaded(false);
            return;
        }
        m_listed.clear();
        for (const ProjectEntry &e : r.value)
            m_listed << e.project.id;
        m_model->setEntries(r.value, keep);
        m_tree->expandAll();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (r.value.isEmpty())
            setStatus(tr("This key sees no projects yet. Create one in Peaka first."), false);
        else
            setStatus(tr("%n project(s) chosen.", nullptr, int(m_model->checkedIds().size())), false);
        if (const QModelIndex first = m_proxy->index(0, 0); first.isValid())
            m_tree->setCurrentIndex(first);
        emit loaded(true);
    });
}

QStringList ProjectChooserDialog::chosenIds() const
{
    QStringList ids = m_model->checkedIds();
    for (const QString &id : m_initial)
        if (!m_listed.contains(id) && !ids.contains(id))
            ids << id;
    return ids;
}

ProjectLabels ProjectChooserDialog::projectLabels() const
{
    return m_model->projectLabels();
}

void ProjectChooserDialog::setStatus(const QString &sentence, bool error)
{
    m_status->setText(sentence);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b01c1c;") : QString());
}

void ProjectChooserDialog::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
    if (!m_listed.isEmpty() && m_proxy->rowCount() == 0)
        setStatus(tr("No project matches \u201c%1\u201d.").arg(text.trimmed()), false);
    else if (!m_loading && !m_listed.isEmpty())
        setStatus(tr("%n project(s) chosen.", nullptr, int(m_model->checkedIds().size())), false);
}

} // namespace peaka::gui
