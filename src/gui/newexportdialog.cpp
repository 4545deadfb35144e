// SPDX-License-Identifier: GPL-3.0-or-later
#include "newexportdialog.h"

#include "ui_newexportdialog.h"

#include "api/peakaclient.h"
#include "csvoptionsbox.h"
#include "fieldhint.h"
#include "sourcebrowser.h"
#include "sources/sourcesession.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace peaka::gui {

NewExportDialog::NewExportDialog(PeakaClient *client, const QString &projectId, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::NewExportDialog>())
    , m_client(client)
    , m_projectId(projectId)
{
    ui->setupUi(this);
    setUpCombos();
    m_sourceHint = new FieldHint(nullptr, ui->sourceMessageLabel, QStringLiteral("sourceNoteLabel"));
    m_limitHint = new FieldHint(ui->limitNoteLabel, ui->limitMessageLabel);
    m_columnsHint = new FieldHint(ui->columnsNoteLabel, ui->columnsMessageLabel);
    // The CSV options stand beside the others: shown for CSV only, they change the width, not the height.
    m_csv = new CsvOptionsBox(this);
    ui->optionsRow->addWidget(m_csv);
    ui->optionsRow->setStretch(0, 3);
    ui->optionsRow->setStretch(1, 2);
    connect(m_csv, &CsvOptionsBox::changed, this, [this] { inputChanged(StatusAbout::Anything); });
    ui->progressBar->setVisible(false);
    ui->retryButton->setVisible(false);

    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create Export"));
    ok->setObjectName(QStringLiteral("createButton"));
    ok->setAccessibleName(tr("Create the export"));
    QPushButton *cancel = ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &NewExportDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &NewExportDialog::reject);
    connect(ui->retryButton, &QPushButton::clicked, this, &NewExportDialog::submit);
    connect(ui->queryRadio, &QRadioButton::toggled, this, [this](bool on) {
        setSourceKind(on ? ExportSourceRef::Query : ExportSourceRef::Table);
    });

    // Editing a field drops what the server said about it.
    for (QLineEdit *edit : {ui->queryIdEdit, ui->catalogIdEdit, ui->schemaEdit, ui->tableEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_sourceTried = true;
            inputChanged(StatusAbout::Source);
        });
    connect(ui->columnsEdit, &QLineEdit::textEdited, this, [this] { inputChanged(StatusAbout::Columns); });
    connect(ui->limitEdit, &QLineEdit::textEdited, this, [this] { inputChanged(StatusAbout::Anything); });
    for (QComboBox *combo : {ui->formatCombo, ui->compressionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { inputChanged(StatusAbout::Anything); });
    for (QLineEdit *edit : {ui->queryIdEdit, ui->catalogIdEdit, ui->schemaEdit, ui->tableEdit, ui->limitEdit,
                            ui->columnsEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewExportDialog::revalidate);

    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this, &NewExportDialog::formatChanged);

    setUpBrowser();
    chainTabStops();
    setSourceKind(ExportSourceRef::Query);
    formatChanged();
    // Pick, don't type: the cursor starts in the saved queries' filter.
    if (m_browser)
        m_browser->focusFilter();
    else
        ui->queryIdEdit->setFocus();
    // The options and the CSV options side by side keep the dialog within a
    // 800 px high screen; that needs a width where their notes wrap little.
    const int room = screen() ? screen()->availableGeometry().width() - 40 : 860;
    setMinimumWidth(qMin(720, room));
    resize(qMin(860, room), height());
}

// The order the fields are read in: the source, the options, the CSV options, then the buttons.
void NewExportDialog::chainTabStops()
{
    QList<QWidget *> stops{ui->queryRadio, ui->tableRadio, ui->queryIdEdit, ui->catalogIdEdit, ui->schemaEdit,
                           ui->tableEdit, ui->formatCombo, ui->compressionCombo, ui->limitEdit, ui->columnsEdit,
                           ui->systemColumnsCheck};
    stops << m_csv->tabStops();
    stops << ui->downloadWhenReadyCheck << ui->retryButton;
    for (int i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

void NewExportDialog::formatChanged()
{
    m_csv->setVisible(ui->formatCombo->currentData().toString() == QLatin1String("CSV"));
}

// Pick, don't type: the browser sits above the id fields and fills them; the
// fields stay editable for an id that is known already.
void NewExportDialog::setUpBrowser()
{
    if (!m_client)
        return;
    auto *sourceLayout = qobject_cast<QVBoxLayout *>(ui->sourceGroup->layout());
    if (!sourceLayout)
        return;
    m_browser = new SourceBrowser(SourceSession::of(m_client), m_projectId, ui->sourceGroup);
    m_browser->setAccessibleName(tr("Choose a saved query or a table"));
    m_browser->setMinimumHeight(180);
    auto *enterLabel = new QLabel(tr("Or enter an id\u2026"), ui->sourceGroup);
    enterLabel->setObjectName(QStringLiteral("enterIdLabel"));
    enterLabel->setAccessibleName(enterLabel->text());
    sourceLayout->insertWidget(0, m_browser, 1);
    sourceLayout->insertWidget(1, enterLabel);
    // The browser takes the height the dialog gains.
    if (auto *main = qobject_cast<QBoxLayout *>(layout()))
        main->setStretchFactor(ui->sourceGroup, 1);

    connect(m_browser, &SourceBrowser::querySelected, this, [this](const SavedQuery &q) {
        ui->queryRadio->setChecked(true);
        ui->queryIdEdit->setText(q.id);
        inputChanged(StatusAbout::Source);
    });
    connect(m_browser, &SourceBrowser::tableSelected, this, [this](const TableRef &t) {
        ui->tableRadio->setChecked(true);
        ui->catalogIdEdit->setText(t.catalogId);
        ui->schemaEdit->setText(t.schemaName);
        ui->tableEdit->setText(t.tableName);
        ui->columnsEdit->clear(); // the columns of another table mean nothing here
        inputChanged(StatusAbout::Anything);
    });
    connect(m_browser, &SourceBrowser::columnsChosen, this, [this](const QStringList &columns) {
        ui->columnsEdit->setText(columns.join(QStringLiteral(", ")));
        inputChanged(StatusAbout::Columns);
    });
}

NewExportDialog::~NewExportDialog()
{
    if (m_request)
        m_request->abort();
}

void NewExportDialog::inputChanged(StatusAbout field)
{
    if (field == StatusAbout::Source || field == StatusAbout::Anything)
        m_serverSourceError.clear();

    if (field == StatusAbout::Columns || field == StatusAbout::Anything)
        m_serverColumnsError.clear();
    if (m_statusAbout != StatusAbout::Nothing && (m_statusAbout == field || m_statusAbout == StatusAbout::Anything
                                                  || field == StatusAbout::Anything))
        setStatus(QString(), StatusAbout::Nothing);
    revalidate();
}

void NewExportDialog::setStatus(const QString &text, StatusAbout about, bool problem)
{
    ui->statusLabel->setText(text);
    if (problem)
        FieldHint::styleAsError(ui->statusLabel);
    else
        ui->statusLabel->setPalette(QPalette());
    m_statusAbout = text.isEmpty() ? StatusAbout::Nothing : about;
}

bool NewExportDialog::event(QEvent *e)
{
    const bool done = QDialog::event(e);
    if (e->type() == QEvent::LayoutRequest || e->type() == QEvent::Resize)
        fitHeight();
    return done;
}

// Wrapped help and error lines need more height as they grow or the dialog
// narrows; a dialog does not grow by itself, so the lines would be cut. Keep
// the minimum height at what the content needs for the current width (which
// also grows the dialog), up to the screen's height.
void NewExportDialog::fitHeight()
{
    QLayout *l = layout();
    if (!l)
        return;
    int need = l->totalMinimumSize().height();
    if (l->hasHeightForWidth())
        need = qMax(need, l->totalHeightForWidth(width()));
    if (const QScreen *s = screen())
        need = qMin(need, s->availableGeometry().height() - 40);
    if (need != minimumHeight())
        setMinimumHeight(need);
}

void NewExportDialog::setUpCombos()
{
    ui->formatCombo->addItem(tr("CSV"), QStringLiteral("CSV"));
    ui->formatCombo->addItem(tr("JSON Lines (JSONL)"), QStringLiteral("JSONL"));
    //: Compression of the exported files: none
    ui->compressionCombo->addItem(tr("None"), QStringLiteral("NONE"));
    ui->compressionCombo->addItem(tr("Gzip (.gz)"), QStringLiteral("GZIP"));
}

bool NewExportDialog::canRunAgain(const ExportJob &job)
{
    return ExportSourceRef::fromJob(job).has_value();
}

bool NewExportDialog::prefillFrom(const ExportJob &job, const std::optional<CsvOptions> &csv)
{
    const std::optional<ExportSourceRef> src = ExportSourceRef::fromJob(job);
    if (!src)
        return false;
    m_serverSourceError.clear();
    m_serverColumnsError.clear();
    setStatus(QString(), StatusAbout::Nothing);
    if (src->kind == ExportSourceRef::Query) {
        ui->queryRadio->setChecked(true);
        ui->queryIdEdit->setText(src->queryId);
    } else {
        ui->tableRadio->setChecked(true);
        ui->catalogIdEdit->setText(src->catalogId);
        ui->schemaEdit->setText(src->schemaName);
        ui->tableEdit->setText(src->tableName);
    }
    setSourceKind(src->kind);
    // Unknown spellings from a newer server leave the defaults in place.
    const int format = ui->formatCombo->findData(job.format.trimmed().toUpper());
    if (format >= 0)
        ui->formatCombo->setCurrentIndex(format);
    const int compression = ui->compressionCombo->findData(job.compression.trimmed().toUpper());
    if (compression >= 0)
        ui->compressionCombo->setCurrentIndex(compression);
    m_csv->setOptions(csv.value_or(CsvOptions{}));
    m_csv->setDefaultsNoteVisible(!csv);
    setWindowTitle(tr("Run Export Again"));
    revalidate();
    return true;
}

void NewExportDialog::setSourceKind(ExportSourceRef::Kind kind)
{
    QWidget *current = kind == ExportSourceRef::Query ? ui->queryPage : ui->tablePage;
    ui->sourceStack->setCurrentWidget(current);
    // A stack is as tall as its tallest page: let the hidden page count for
    // nothing, or the one-line query page leaves a gap of two rows below it.
    for (QWidget *page : {ui->queryPage, ui->tablePage})
        page->setSizePolicy(QSizePolicy::Preferred, page == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    ui->sourceStack->updateGeometry();
    inputChanged(StatusAbout::Source);
}

ExportSourceRef NewExportDialog::source() const
{
    if (ui->queryRadio->isChecked())
        return ExportSourceRef::query(ui->queryIdEdit->text());
    return ExportSourceRef::table(ui->catalogIdEdit->text(), ui->schemaEdit->text(), ui->tableEdit->text());
}


ExportOptions NewExportDialog::options() const
{
    ExportOptions o;
    o.format = ui->formatCombo->currentData().toString();
    o.compression = ui->compressionCombo->currentData().toString();
    bool ok = false;
    const std::optional<qint64> limit = ExportOptions::parseLimit(ui->limitEdit->text(), &ok);
    if (ok && limit && *limit >= ExportOptions::kMinLimit && *limit <= ExportOptions::kMaxLimit)
        o.limit = int(*limit);
    o.columns = ExportOptions::parseColumns(ui->columnsEdit->text());
    // Always sent: the request says what the box shows, whatever a server's default.
    o.includeSystemColumns = ui->systemColumnsCheck->isChecked();
    if (o.format == QLatin1String("CSV"))
        o.csvOptions = m_csv->options().toJson(); // the defaults are not sent
    return o;
}

bool NewExportDialog::downloadWhenReady() const
{
    return ui->downloadWhenReadyCheck->isChecked();
}

void NewExportDialog::setDownloadWhenReady(bool on)
{
    ui->downloadWhenReadyCheck->setChecked(on);
}

void NewExportDialog::setSending(bool sending)
{
    ui->sourceGroup->setEnabled(!sending);
    ui->optionsGroup->setEnabled(!sending);
    m_csv->setEnabled(!sending);
    ui->downloadWhenReadyCheck->setEnabled(!sending);
    ui->progressBar->setVisible(sending);
    if (sending) {
        ui->retryButton->setVisible(false);
        setStatus(tr("Creating the export\u2026"), StatusAbout::Nothing, false);
    }
    revalidate();
}

void NewExportDialog::submit()
{
    if (isSending())
        return;
    m_sourceTried = true;
    revalidate();
    if (!problems().isEmpty())
        return;
    if (!m_client) {
        setStatus(tr("There is no connection to send the export with."), StatusAbout::Nothing);
        return;
    }
    clearServerErrors();
    m_sentSource = source();
    m_sentOptions = options();
    m_sentDownload = downloadWhenReady();
    m_request = m_sentSource.start(m_client, m_projectId, m_sentOptions);
    connect(m_request, &ExportRequest::finished, this, &NewExportDialog::onFinished);
    setSending(true);
}

void NewExportDialog::reject()
{
    if (m_request)
        m_request->abort();
    m_request = nullptr;
    QDialog::reject();
}

void NewExportDialog::clearServerErrors()
{
    m_serverSourceError.clear();
    m_serverColumnsError.clear();
    setStatus(QString(), StatusAbout::Nothing);
    ui->retryButton->setVisible(false);
}

void NewExportDialog::onFinished(const ExportResult &result)
{
    m_request = nullptr;
    setSending(false);
    if (!result.ok()) {
        showServerError(result.error);
        return;
    }
    if (result.value.id.isEmpty()) {
        setStatus(tr("The server accepted the export but sent no id. Check the list of exports."),
                  StatusAbout::Nothing);
        return;
    }
    setStatus(QString(), StatusAbout::Nothing);
    emit exportCreated(m_sentSource.createdJob(result.value, m_sentOptions), m_sentDownload);
    accept();
}

void NewExportDialog::showServerError(const ApiError &error)
{
    const QString server = error.serverMessage();
    switch (error.kind()) {
    case ApiError::BadRequest: {
        bool aboutColumns = false;
        if (!m_sentOptions.columns.isEmpty()) {
            aboutColumns = server.contains(QLatin1String("column"), Qt::CaseInsensitive);
            for (const QString &c : m_sentOptions.columns)
                aboutColumns = aboutColumns || server.contains(c);
        }
        if (aboutColumns) {
            m_serverColumnsError = server;
            setStatus(tr("The server refused the column selection. Correct the columns and try again."),
                      StatusAbout::Columns);
        } else {
            setStatus(error.message(), StatusAbout::Anything);
        }
        break;
    }
    case ApiError::NotFound:
        m_serverSourceError = m_sentSource.kind == ExportSourceRef::Query
            ? tr("The server knows no query \u201c%1\u201d in this project.").arg(m_sentSource.queryId)
            : tr("The server knows no table \u201c%1\u201d in this project.").arg(m_sentSource.displayName());
        if (!server.isEmpty())
            m_serverSourceError += QLatin1Char(' ') + tr("The server said: \u201c%1\u201d").arg(server);
        setStatus(tr("Check the source and try again."), StatusAbout::Source);
        break;
    case ApiError::Forbidden:
        setStatus(tr("This API key has no access to project %1 (HTTP 403). A Project key only reaches its own "
                     "project; use a key made for this project or a Partner key.")
                      .arg(m_projectId),
                  StatusAbout::Nothing);
        break;
    case ApiError::Network:
    case ApiError::Timeout:
    case ApiError::Tls:
    case ApiError::Server:
    case ApiError::RateLimited:
    case ApiError::BadResponse: {
        QString text = error.message();
        if (error.kind() == ApiError::Timeout || error.kind() == ApiError::BadResponse)
            text += QLatin1Char(' ')
                + tr("The export may have been created anyway: check the list of exports before you retry.");
        setStatus(text, StatusAbout::Nothing);
        ui->retryButton->setVisible(true);
        break;
    }
    case ApiError::Unauthorized:
    case ApiError::InvalidInput:
    case ApiError::None:
        setStatus(error.message(), StatusAbout::Nothing);
        break;
    }
    revalidate();
}

} // namespace peaka::gui
