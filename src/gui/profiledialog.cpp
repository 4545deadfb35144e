// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDialog: the form, its checks, "Test connection" and "Choose projects…".
// Save and Remove (what changes the stores) are in profiledialogsave.cpp.
#include "profiledialog.h"

#include "askonce.h"
#include "connectiontestpanel.h"
#include "fieldhint.h"
#include "projectidsfield.h"
#include "ui_profiledialog.h"
#include "zoneurlrow.h"

#include "credentials/apikey.h"
#include "credentials/credentialjob.h"
#include "credentials/credentialstore.h"
#include "api/peakaclient.h"
#include "profiles/profilechecks.h"
#include "profiles/profilestore.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QPushButton>

namespace peaka::gui {

ProfileDialog::ProfileDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent),
      ui(std::make_unique<Ui::ProfileDialog>()),
      m_profiles(profiles),
      m_credentials(credentials),
      m_clientFactory([](QObject *p) { return new PeakaClient(p); }),
      m_fallbackAsker(KeychainFallback::messageBoxAsker()),
      m_removeConfirmer(AskOnce::removalConfirmer())
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
    FieldHint::styleAsError(ui->problemsLabel);
    ui->keyKindWarningLabel->setTextFormat(Qt::PlainText);
    ui->keyKindWarningLabel->setObjectName(QStringLiteral("keyKindWarningLabel"));
    FieldHint::styleAsError(ui->keyKindWarningLabel);
    ui->keyKindWarningLabel->hide();
    ui->zoneLabel->setBuddy(ui->zoneRow->zoneCombo());
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
    connect(ui->testPanel, &ConnectionTestPanel::testRequested, this, &ProfileDialog::testConnection);
    connect(ui->testPanel, &ConnectionTestPanel::kindProbed, this, &ProfileDialog::onKindProbed);
    connect(ui->testPanel, &ConnectionTestPanel::finished, this, &ProfileDialog::testFinished);
    connect(ui->browseButton, &QPushButton::clicked, this, &ProfileDialog::browseForFolder);
    connect(ui->removeButton, &QPushButton::clicked, this, [this] {
        QPointer<ProfileDialog> self(this);
        m_removeConfirmer(this, m_profile.name, [self](bool yes) {
            if (self && yes)
                self->removeProfile();
        });
    });

    for (QLineEdit *edit : {ui->nameEdit, ui->apiKeyEdit, ui->downloadFolderEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateProblems);
    connect(ui->zoneRow, &ZoneUrlRow::changed, this, &ProfileDialog::updateProblems);
    connect(ui->projectsField, &ProjectIdsField::changed, this, &ProfileDialog::updateProblems);
    connect(ui->keyKindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ProfileDialog::updateProblems);
    connect(ui->keyKindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ProfileDialog::updateKindWarning);
    // A warning about the kind is about one key: another key (or server) is untested.
    const auto forgetKind = [this] {
        m_kindKnown = false;
        updateKindWarning();
    };
    connect(ui->apiKeyEdit, &QLineEdit::textChanged, this, forgetKind);
    connect(ui->zoneRow, &ZoneUrlRow::changed, this, forgetKind);
    connect(ui->keyKindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ProfileDialog::updateProjectChooser);
    connect(ui->projectsField, &ProjectIdsField::chooseRequested, this, &ProfileDialog::chooseProjects);
    ui->projectIdsLabel->setBuddy(ui->projectsField->edit());


    // The zone row and the test panel are built in code: the tab order runs down the form.
    QWidget *order[] = {ui->nameEdit, ui->zoneRow->zoneCombo(), ui->zoneRow->urlEdit(), ui->keyKindCombo,
                        ui->apiKeyEdit, ui->projectsField->edit(), ui->projectsField->chooseButton(), ui->downloadFolderEdit,
                        ui->browseButton, ui->testPanel->button(), ui->testPanel->resultsList(),
                        ui->removeButton, ui->buttonBox};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

bool ProfileDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFit();
    return handled;
}

void ProfileDialog::growToFit()
{
    int lacking = 0;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->isVisible() && label->wordWrap() && !label->text().isEmpty())
            lacking += std::max(0, label->heightForWidth(label->width()) - label->height());
    }
    const QScreen *screen = this->screen();
    const int most = screen ? screen->availableGeometry().height() : height() + lacking;
    if (lacking > 0 && height() < most)
        resize(width(), std::min(height() + lacking, most));
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
    ui->zoneRow->setUrl(profile.baseUrl);
    ui->keyKindCombo->setCurrentIndex(profile.keyKind == KeyKind::Partner ? 0 : 1);
    ui->apiKeyEdit->clear();
    m_kindKnown = false;
    ui->projectsField->setProjects(profile.projectIds, profile.projectLabels);
    ui->downloadFolderEdit->setText(profile.downloadFolder);
    ui->removeButton->setVisible(edit);
    ui->testPanel->clear();
    ui->saveStatusLabel->clear();
    updateStoredKey();
    updateProblems();
    updateProjectChooser();
    updateKindWarning();
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
    p.baseUrl = QUrl(ui->zoneRow->urlText());
    p.keyKind = ui->keyKindCombo->currentData().value<KeyKind>();
    p.projectIds = ui->projectsField->ids();
    p.projectLabels = ui->projectsField->labels();
    p.downloadFolder = ui->downloadFolderEdit->text().trimmed();
    const QString key = keyFromForm();
    if (!key.isEmpty())
        p.setKeyPrefixFromKey(key);
    return p;
}

QStringList ProfileDialog::problems() const
{
    const Profile p = profileFromForm();
    QStringList out = m_profiles->problems(p);
    out << ProfileChecks::problems(p);
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
    for (QWidget *w : std::initializer_list<QWidget *>{ui->nameEdit, ui->zoneRow, ui->keyKindCombo,
                                                       ui->apiKeyEdit, ui->projectsField,
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
    ui->testPanel->clear();
    const Profile p = profileFromForm();
    if (p.projectIds.isEmpty()) {
        ui->testPanel->setStatus(tr("Enter at least one project id to test."));
        return;
    }
    const QString key = keyFromForm();
    if (!key.isEmpty()) {
        runTest(key);
        return;
    }
    if (m_mode == Mode::Add) {
        ui->testPanel->setStatus(tr("Paste the API key to test the connection."));
        return;
    }
    // Edit mode without a new key: test with the stored one.
    ui->testPanel->setWaiting(true);
    ui->testPanel->setStatus(tr("Reading the key from the keychain\u2026"));
    const quint64 generation = ++m_testGeneration;
    CredentialJob *job = m_credentials->readKey(m_profile.id);
    connect(job, &CredentialJob::finished, this, [this, generation](const CredentialResult &r) {
        if (generation != m_testGeneration)
            return;
        ui->testPanel->setWaiting(false);
        if (!r.ok()) {
            ui->testPanel->setStatus(r.message);
            return;
        }
        runTest(r.key);
    });
}

void ProfileDialog::runTest(const QString &key)
{
    ++m_testGeneration;
    const Profile p = profileFromForm();
    PeakaClient *client = m_clientFactory(this);
    QString urlError;
    if (!client->setBaseUrl(p.baseUrl.toString(), &urlError)) {
        client->deleteLater();
        ui->testPanel->clear();
        ui->testPanel->setStatus(urlError);
        return;
    }
    client->setApiKey(key);
    ui->testPanel->start(client, p.projectIds);
}

void ProfileDialog::onKindProbed(const ApiError &answer)
{
    m_kindAnswer = answer;
    m_kindKnown = true;
    updateKindWarning();
}

QString ProfileDialog::keyKindWarning() const
{
    if (!m_kindKnown)
        return {};
    return ProfileChecks::kindMismatch(ui->keyKindCombo->currentData().value<KeyKind>(), m_kindAnswer);
}

void ProfileDialog::updateKindWarning()
{
    const QString warning = keyKindWarning();
    ui->keyKindWarningLabel->setText(warning);
    ui->keyKindWarningLabel->setVisible(!warning.isEmpty());
}

// --- Choose projects -------------------------------------------------------

void ProfileDialog::updateProjectChooser()
{
    ui->projectsField->setKeyKind(ui->keyKindCombo->currentData().value<KeyKind>());
}

void ProfileDialog::chooseProjects()
{
    const QString key = keyFromForm();
    if (!key.isEmpty()) {
        openChooser(key);
        return;
    }
    if (m_mode == Mode::Add) {
        ui->projectsField->setNote(tr("Paste the API key first, then choose the projects."));
        return;
    }
    ui->projectsField->setChoosing(true);
    const quint64 generation = ++m_chooserGeneration;
    CredentialJob *job = m_credentials->readKey(m_profile.id);
    connect(job, &CredentialJob::finished, this, [this, generation](const CredentialResult &r) {
        if (generation != m_chooserGeneration)
            return;
        ui->projectsField->setChoosing(false);
        if (!r.ok()) {
            ui->projectsField->setNote(r.message);
            return;
        }
        openChooser(r.key);
    });
}

void ProfileDialog::openChooser(const QString &key)
{
    PeakaClient *client = m_clientFactory(nullptr);
    QString urlError;
    if (!client->setBaseUrl(ui->zoneRow->urlText(), &urlError)) {
        delete client;
        ui->projectsField->setNote(urlError);
        return;
    }
    client->setApiKey(key);
    ui->projectsField->openChooser(client);
}

} // namespace peaka::gui
