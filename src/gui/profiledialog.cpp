// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledialog.h"

#include "askonce.h"
#include "projectchooserdialog.h"
#include "ui_profiledialog.h"

#include "credentials/apikey.h"
#include "credentials/credentialjob.h"
#include "credentials/credentialstore.h"
#include "api/peakaclient.h"
#include "profiles/profileremoval.h"
#include "profiles/profilestore.h"
#include "sources/sourcesession.h"

#include <QAction>
#include <QFileDialog>
#include <QListWidgetItem>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>

namespace peaka {

Q_LOGGING_CATEGORY(lcProfileDialog, "peaka.gui.profiles")

namespace {

using Status = CredentialResult::Status;

QStringList splitProjectIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList ids;
    for (const QString &id : text.split(separators, Qt::SkipEmptyParts)) {
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent),
      ui(std::make_unique<Ui::ProfileDialog>()),
      m_profiles(profiles),
      m_credentials(credentials),
      m_clientFactory([](QObject *p) { return new PeakaClient(p); }),
      m_fallbackAsker(KeychainFallback::messageBoxAsker()),
      m_removeConfirmer(gui::AskOnce::removalConfirmer()),
      m_tester(new ConnectionTester(this))
{
    Q_ASSERT(profiles && credentials);
    ui->setupUi(this);
    setUpControls();
    m_profile = Profile::create();
    loadForm(m_profile);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setUpControls()
{
    ui->keyKindCombo->addItem(tr("Partner key (every project)"), QVariant::fromValue(KeyKind::Partner));
    ui->keyKindCombo->addItem(tr("Project key (one project)"), QVariant::fromValue(KeyKind::Project));

    auto *showKey = new QAction(tr("Show", "reveal the API key"), ui->apiKeyEdit);
    showKey->setObjectName(QStringLiteral("showKeyAction"));
    showKey->setCheckable(true);
    showKey->setToolTip(tr("Show or hide the API key"));
    const QIcon eye = QIcon::fromTheme(QStringLiteral("view-visible"));
    if (!eye.isNull())
        showKey->setIcon(eye);
    ui->apiKeyEdit->addAction(showKey, QLineEdit::TrailingPosition);
    connect(showKey, &QAction::toggled, this, [this, showKey](bool shown) {
        ui->apiKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showKey->setText(shown ? tr("Hide", "conceal the API key") : tr("Show", "reveal the API key"));
    });

    ui->problemsLabel->setTextFormat(Qt::PlainText);
    ui->testStatusLabel->setTextFormat(Qt::PlainText);
    ui->saveStatusLabel->setTextFormat(Qt::PlainText);
    ui->storedKeyLabel->setTextFormat(Qt::PlainText);

    QPushButton *saveButton = ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setAccessibleName(tr("Save the profile"));
    QPushButton *cancelButton = ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel"));

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(ui->browseButton, &QPushButton::clicked, this, &ProfileDialog::browseForFolder);
    connect(ui->removeButton, &QPushButton::clicked, this, [this] {
        QPointer<ProfileDialog> self(this);
        m_removeConfirmer(this, m_profile.name, [self](bool yes) {
            if (self && yes)
                self->removeProfile();
        });
    });

    for (QLineEdit *edit : {ui->nameEdit, ui->baseUrlEdit, ui->apiKeyEdit, ui->downloadFolderEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateProblems);
    connect(ui->projectIdsEdit, &QPlainTextEdit::textChanged, this, &ProfileDialog::updateProblems);
    connect(ui->keyKindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ProfileDialog::updateProblems);
    connect(ui->keyKindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ProfileDialog::updateProjectChooser);
    connect(ui->chooseProjectsButton, &QPushButton::clicked, this, &ProfileDialog::chooseProjects);
    ui->projectsHintLabel->setTextFormat(Qt::PlainText);
    // A button, not a bar across the form, when the hint beside it is hidden.
    ui->chooseProjectsButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    ui->projectChooserLayout->setAlignment(ui->chooseProjectsButton, Qt::AlignLeft);

    connect(m_tester, &ConnectionTester::projectChecked, this, &ProfileDialog::showCheck);
    connect(m_tester, &ConnectionTester::finished, this, [this](const QList<ProjectCheck> &checks) {
        int failed = 0;
        for (const ProjectCheck &c : checks)
            failed += c.ok() ? 0 : 1;
        ui->testStatusLabel->setText(failed == 0 ? tr("Every project answered.")
                                                 : tr("%n project(s) could not be listed.", nullptr, failed));
        ui->testButton->setEnabled(true);
        if (m_testClient)
            m_testClient->deleteLater();
        emit testFinished(checks);
    });
}

bool ProfileDialog::editProfile(const QString &profileId)
{
    const auto stored = m_profiles->profile(profileId);
    if (!stored)
        return false;
    m_mode = Mode::Edit;
    m_profile = *stored;
    loadForm(m_profile);
    return true;
}

void ProfileDialog::loadForm(const Profile &profile)
{
    const bool edit = m_mode == Mode::Edit;
    setWindowTitle(edit ? tr("Edit connection \u201c%1\u201d").arg(profile.name) : tr("Add a connection"));
    ui->nameEdit->setText(profile.name);
    ui->baseUrlEdit->setText(profile.baseUrl.toString());
    ui->keyKindCombo->setCurrentIndex(profile.keyKind == KeyKind::Partner ? 0 : 1);
    ui->apiKeyEdit->clear();
    ui->projectIdsEdit->setPlainText(profile.projectIds.join(QLatin1Char('\n')));
    ui->downloadFolderEdit->setText(profile.downloadFolder);
    ui->removeButton->setVisible(edit);
    ui->testResultsList->clear();
    ui->testStatusLabel->clear();
    ui->saveStatusLabel->clear();
    updateStoredKey();
    updateProblems();
    updateProjectChooser();
}

void ProfileDialog::updateStoredKey()
{
    if (m_mode == Mode::Edit) {
        const bool session = m_credentials->hasSessionKey(m_profile.id);
        ui->storedKeyLabel->setText(session ? tr("Kept for this session only: %1").arg(m_profile.maskedKey())
                                            : tr("Stored key: %1").arg(m_profile.maskedKey()));
        ui->apiKeyEdit->setPlaceholderText(tr("Leave empty to keep the stored key (%1)")
                                               .arg(m_profile.maskedKey()));
    } else {
        ui->storedKeyLabel->setText(tr("The key is kept in your system's keychain, never in a file."));
        ui->apiKeyEdit->setPlaceholderText(tr("Paste the API key, e.g. hBWIQxjc.…"));
    }
}

QString ProfileDialog::keyFromForm() const
{
    return ui->apiKeyEdit->text().trimmed();
}

Profile ProfileDialog::profileFromForm() const
{
    Profile p = m_profile;
    p.name = ui->nameEdit->text().trimmed();
    p.baseUrl = QUrl(ui->baseUrlEdit->text().trimmed());
    p.keyKind = ui->keyKindCombo->currentData().value<KeyKind>();
    p.projectIds = splitProjectIds(ui->projectIdsEdit->toPlainText());
    p.downloadFolder = ui->downloadFolderEdit->text().trimmed();
    const QString key = keyFromForm();
    if (!key.isEmpty())
        p.setKeyPrefixFromKey(key);
    return p;
}

QStringList ProfileDialog::problems() const
{
    QStringList out = m_profiles->problems(profileFromForm());
    const QString key = keyFromForm();
    if (key.isEmpty() && m_mode == Mode::Add)
        out << tr("Paste the API key.");
    else if (!key.isEmpty() && !ApiKey::looksValid(key))
        out << tr("The API key contains spaces or control characters. Paste the whole key.");
    return out;
}

void ProfileDialog::updateProblems()
{
    const QStringList list = problems();
    ui->problemsLabel->setText(list.join(QLatin1Char('\n')));
    ui->problemsLabel->setVisible(!list.isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(list.isEmpty() && !m_busy);
}

void ProfileDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{ui->nameEdit, ui->baseUrlEdit, ui->keyKindCombo,
                                                       ui->apiKeyEdit, ui->projectIdsEdit,
                                                       ui->downloadFolderEdit, ui->browseButton,
                                                       ui->removeButton})
        w->setEnabled(!busy);
    ui->saveStatusLabel->setText(status);
    updateProblems();
}

void ProfileDialog::setClientFactory(ClientFactory factory)
{
    m_clientFactory = std::move(factory);
}

void ProfileDialog::setKeychainFallbackAsker(KeychainFallback::Asker asker)
{
    m_fallbackAsker = std::move(asker);
}

void ProfileDialog::setRemoveConfirmer(RemoveConfirmer confirmer)
{
    m_removeConfirmer = std::move(confirmer);
}

void ProfileDialog::browseForFolder()
{
    auto *chooser = new QFileDialog(this, tr("Default download folder"), ui->downloadFolderEdit->text());
    chooser->setObjectName(QStringLiteral("downloadFolderChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &dir) { ui->downloadFolderEdit->setText(dir); });
    chooser->open();
}

// --- Test connection -------------------------------------------------------

void ProfileDialog::testConnection()
{
    ui->testResultsList->clear();
    const Profile p = profileFromForm();
    if (p.projectIds.isEmpty()) {
        ui->testStatusLabel->setText(tr("Enter at least one project id to test."));
        return;
    }
    const QString key = keyFromForm();
    if (!key.isEmpty()) {
        runTest(key);
        return;
    }
    if (m_mode == Mode::Add) {
        ui->testStatusLabel->setText(tr("Paste the API key to test the connection."));
        return;
    }
    // Edit mode without a new key: test with the stored one.
    ui->testButton->setEnabled(false);
    ui->testStatusLabel->setText(tr("Reading the key from the keychain…"));
    const quint64 generation = ++m_testGeneration;
    CredentialJob *job = m_credentials->readKey(m_profile.id);
    connect(job, &CredentialJob::finished, this, [this, generation](const CredentialResult &r) {
        if (generation != m_testGeneration)
            return;
        if (!r.ok()) {
            ui->testButton->setEnabled(true);
            ui->testStatusLabel->setText(r.message);
            return;
        }
        runTest(r.key);
    });
}

void ProfileDialog::runTest(const QString &key)
{
    ++m_testGeneration;
    m_tester->abort();
    if (m_testClient)
        m_testClient->deleteLater();
    ui->testResultsList->clear();

    const Profile p = profileFromForm();
    PeakaClient *client = m_clientFactory(this);
    QString urlError;
    if (!client->setBaseUrl(p.baseUrl.toString(), &urlError)) {
        client->deleteLater();
        ui->testStatusLabel->setText(urlError);
        ui->testButton->setEnabled(true);
        return;
    }
    client->setApiKey(key);
    m_testClient = client;
    ui->testButton->setEnabled(false);
    ui->testStatusLabel->setText(tr("Testing %n project(s)…", nullptr, int(p.projectIds.size())));
    m_tester->start(client, p.projectIds);
}

void ProfileDialog::showCheck(const ProjectCheck &check)
{
    auto *item = new QListWidgetItem(ui->testResultsList);
    item->setText(check.sentence);
    item->setIcon(style()->standardIcon(check.ok() ? QStyle::SP_DialogApplyButton
                                                   : QStyle::SP_MessageBoxCritical));
    item->setForeground(check.ok() ? QColor(0x1b, 0x7f, 0x37) : QColor(0xb0, 0x1c, 0x1c));
    item->setData(Qt::UserRole, check.ok());
    item->setData(Qt::UserRole + 1, check.projectId);
    item->setData(Qt::AccessibleTextRole,
                  (check.ok() ? tr("Works: %1") : tr("Problem: %1")).arg(check.sentence));
}

// --- Choose projects -------------------------------------------------------

void ProfileDialog::updateProjectChooser()
{
    const bool partner = ui->keyKindCombo->currentData().value<KeyKind>() == KeyKind::Partner;
    ui->chooseProjectsButton->setVisible(partner);
    ui->projectsHintLabel->setText(
        partner ? QString()
                : tr("Only a Partner key can list projects. Type or paste this key's project id "
                     "(Peaka shows it in the project's settings)."));
    ui->projectsHintLabel->setVisible(!partner);
}

void ProfileDialog::chooseProjects()
{
    const QString key = keyFromForm();
    if (!key.isEmpty()) {
        openChooser(key);
        return;
    }
    if (m_mode == Mode::Add) {
        ui->projectsHintLabel->setText(tr("Paste the API key first, then choose the projects."));
        ui->projectsHintLabel->show();
        return;
    }
    ui->chooseProjectsButton->setEnabled(false);
    const quint64 generation = ++m_chooserGeneration;
    CredentialJob *job = m_credentials->readKey(m_profile.id);
    connect(job, &CredentialJob::finished, this, [this, generation](const CredentialResult &r) {
        if (generation != m_chooserGeneration)
            return;
        ui->chooseProjectsButton->setEnabled(true);
        if (!r.ok()) {
            ui->projectsHintLabel->setText(r.message);
            ui->projectsHintLabel->show();
            return;
        }
        openChooser(r.key);
    });
}

void ProfileDialog::openChooser(const QString &key)
{
    ui->projectsHintLabel->hide();
    PeakaClient *client = m_clientFactory(nullptr);
    QString urlError;
    if (!client->setBaseUrl(ui->baseUrlEdit->text().trimmed(), &urlError)) {
        delete client;
        ui->projectsHintLabel->setText(urlError);
        ui->projectsHintLabel->show();
        return;
    }
    client->setApiKey(key);
    // The chooser owns its client and session: closing it ends their calls.
    auto *session = new SourceSession(client, nullptr);
    auto *chooser = new gui::ProjectChooserDialog(session, profileFromForm().projectIds, this);
    session->setParent(chooser); // first child, so it goes before the client it uses
    client->setParent(chooser);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &gui::ProjectChooserDialog::projectsChosen, this,
            [this](const QStringList &ids, const QHash<QString, QString> &) {
                ui->projectIdsEdit->setPlainText(ids.join(QLatin1Char('\n')));
            });
    chooser->open();
    chooser->load();
}

// --- Save ------------------------------------------------------------------

void ProfileDialog::accept()
{
    save();
}

void ProfileDialog::save()
{
    if (m_busy)
        return;
    const QStringList list = problems();
    if (!list.isEmpty()) {
        updateProblems();
        fail(list.constFirst());
        return;
    }
    const Profile p = profileFromForm();
    const QString key = keyFromForm();
    if (key.isEmpty()) {
        // Edit mode, key kept: only the non-secret part changes.
        persist(p);
        return;
    }
    setBusy(true, tr("Saving the key in the keychain…"));
    CredentialJob *job = m_credentials->writeKey(p.id, key);
    connect(job, &CredentialJob::finished, this,
            [this, p, key](const CredentialResult &r) { onKeyWritten(p, key, r); });
}

void ProfileDialog::onKeyWritten(const Profile &profile, const QString &key, const CredentialResult &result)
{
    if (result.ok()) {
        persist(profile);
        return;
    }
    qCWarning(lcProfileDialog) << "the keychain did not store the key of profile" << profile.id << ":"
                               << credentialStatusName(result.status);
    if (result.status != Status::Unavailable && result.status != Status::Denied) {
        setBusy(false);
        fail(result.message);
        return;
    }
    ui->saveStatusLabel->setText(result.message);
    QPointer<ProfileDialog> self(this);
    m_fallbackAsker(this, result, [self, profile, key, result](KeychainFallback::Choice choice) {
        if (!self)
            return;
        if (choice == KeychainFallback::Choice::SessionOnly) {
            self->m_credentials->setSessionKey(profile.id, key);
            self->persist(profile);
            return;
        }
        self->setBusy(false);
        self->fail(tr("Not saved: %1").arg(result.message));
    });
}

void ProfileDialog::persist(const Profile &profile)
{
    const bool ok = m_mode == Mode::Add ? m_profiles->add(profile) : m_profiles->update(profile);
    if (!ok) {
        const QStringList list = m_profiles->problems(profile);
        setBusy(false);
        fail(list.isEmpty() ? tr("The profile could not be saved.") : list.constFirst());
        if (m_mode == Mode::Add) {
            // The key went in for a profile that does not exist: take it out again.
            m_credentials->deleteKey(profile.id);
        }
        return;
    }
    m_mode = Mode::Edit;
    m_profile = profile;
    ui->apiKeyEdit->clear();
    setBusy(false);
    updateStoredKey();
    qCInfo(lcProfileDialog) << "saved profile" << profile.id;
    emit profileSaved(profile.id);
    QDialog::accept();
}

void ProfileDialog::fail(const QString &sentence)
{
    ui->saveStatusLabel->setText(sentence);
    emit saveFailed(sentence);
}

// --- Remove ----------------------------------------------------------------

void ProfileDialog::removeProfile()
{
    if (m_mode != Mode::Edit || m_busy)
        return;
    const QString id = m_profile.id;
    setBusy(true, tr("Removing the key from the keychain…"));
    ProfileRemoval::start(m_profiles, m_credentials, id, this, [this, id](bool removed, const QString &sentence) {
        setBusy(false);
        if (!removed) {
            fail(sentence);
            return;
        }
        emit profileRemoved(id);
        QDialog::accept();
    });
}

} // namespace peaka
