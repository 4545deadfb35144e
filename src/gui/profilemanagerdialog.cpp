// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemanagerdialog.h"

#include "askonce.h"

#include "credentials/credentialstore.h"
#include "profiledialog.h"
#include "profiles/profileremoval.h"
#include "profiles/projectlabel.h"
#include "profiles/profilestore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace peaka::gui {

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_credentials(credentials)
{
    setObjectName(QStringLiteral("ProfileManagerDialog"));
    setWindowTitle(tr("Connections"));
    setAccessibleName(tr("Connections"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profilesList"));
    m_list->setAccessibleName(tr("Saved connection profiles"));
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAccessibleName(tr("Add a connection"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setAccessibleName(tr("Edit the selected connection"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAccessibleName(tr("Remove the selected connection and its key"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status", "accessible name: progress message"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);

    setRemoveConfirmer({});
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ProfileManagerDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = selectedProfileId();
        const auto p = m_profiles->profile(id);
        if (!p)
            return;
        QPointer<ProfileManagerDialog> self(this);
        m_confirm(this, p->name, [self, id](bool yes) {
            if (self && yes && self->selectedProfileId() == id)
                self->removeSelected();
        });
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateButtons);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfileManagerDialog::refresh);
    connect(m_credentials, &CredentialStore::keyChanged, this, &ProfileManagerDialog::refresh);
    refresh();
}

void ProfileManagerDialog::setRemoveConfirmer(RemoveConfirmer confirmer)
{
    if (confirmer) {
        m_confirm = std::move(confirmer);
        return;
    }
    m_confirm = AskOnce::removalConfirmer();
}

void ProfileManagerDialog::refresh()
{
    const QString selected = selectedProfileId();
    m_list->clear();
    for (const Profile &p : m_profiles->profiles()) {
        QString text = tr("%1 \u2014 %2 \u2014 %3").arg(p.name, p.baseUrl.host(), p.maskedKey());
        if (m_credentials->hasSessionKey(p.id))
            text += QLatin1Char(' ') + tr("(key for this session only)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.id);
        const QStringList projects = ProjectLabelText::namesWithIds(p.projectIds, p.projectLabels);
        item->setToolTip(tr("%1\nProjects: %2").arg(p.baseUrl.toString(), projects.join(tr(", ", "between project names"))));
    }
    selectProfile(selected);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfileManagerDialog::updateButtons()
{
    const bool any = !selectedProfileId().isEmpty();
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

QString ProfileManagerDialog::selectedProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileManagerDialog::selectProfile(const QString &profileId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == profileId) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

ProfileDialog *ProfileManagerDialog::openDialog(const QString &profileId)
{
    auto *dialog = new ProfileDialog(m_profiles, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profileId.isEmpty() && !dialog->editProfile(profileId)) {
        delete dialog;
        return nullptr;
    }
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &id) {
        refresh();
        selectProfile(id);
    });
    if (m_configure)
        m_configure(dialog);
    dialog->open();
    return dialog;
}

ProfileDialog *ProfileManagerDialog::addProfile()
{
    return openDialog(QString());
}

ProfileDialog *ProfileManagerDialog::editSelected()
{
    const QString id = selectedProfileId();
    return id.isEmpty() ? nullptr : openDialog(id);
}

void ProfileManagerDialog::removeSelected()
{
    const QString id = selectedProfileId();
    if (id.isEmpty())
        return;
    m_status->setText(tr("Removing the key from the keychain…"));
    m_remove->setEnabled(false);
    ProfileRemoval::start(m_profiles, m_credentials, id, this, [this](bool removed, const QString &sentence) {
        m_status->setText(removed ? QString() : sentence);
        updateButtons();
        if (!removed)
            emit removeFailed(sentence);
    });
}

} // namespace peaka::gui
