// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewdialog.h"

#include "preview/previewjob.h"
#include "previewtablemodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peaka::gui {
namespace {

constexpr int maxColumnWidth = 320;

QString formatText(const PreviewResult &r)
{
    QString text = r.format == PreviewFormat::Jsonl ? QStringLiteral("JSONL") : QStringLiteral("CSV");
    if (r.format == PreviewFormat::Csv && r.delimiter) {
        const QString delimiter = r.delimiter == '\t' ? PreviewDialog::tr("tab", "the tab character as CSV delimiter")
                                                      : QString(QLatin1Char(r.delimiter));
        text = PreviewDialog::tr("CSV, delimiter \u201c%1\u201d", "file format and its delimiter").arg(delimiter);
    }
    if (r.compressed)
        text = PreviewDialog::tr("%1, gzip", "file format, compressed").arg(text);
    return text;
}

} // namespace

PreviewDialog::PreviewDialog(const QString &path, UrlOpener opener, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_openUrl(std::move(opener))
    , m_job(new PreviewJob(path, PreviewOptions{}, this))
    , m_model(new PreviewTableModel(maxRows, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("previewDialog"));
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("Preview of %1", "window title: preview of a file").arg(name));
    setAccessibleName(windowTitle());
    setSizeGripEnabled(true);
    resize(960, 600);

    auto *title = new QLabel(name, this);
    title->setObjectName(QStringLiteral("previewTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setToolTip(QDir::toNativeSeparators(path));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);

    auto *openButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("Open File"), this);
    openButton->setObjectName(QStringLiteral("previewOpenButton"));
    openButton->setToolTip(tr("Open the file in the program set up for it"));
    openButton->setAutoDefault(false);
    auto *folderButton = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Show in Folder"), this);
    folderButton->setObjectName(QStringLiteral("previewShowInFolderButton"));
    folderButton->setToolTip(tr("Open the folder that holds the file"));
    folderButton->setAutoDefault(false);
    connect(openButton, &QPushButton::clicked, this, [this] { openWithSystem(QUrl::fromLocalFile(m_path)); });
    connect(folderButton, &QPushButton::clicked, this,
            [this] { openWithSystem(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });

    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Rows read", "accessible name of the preview's row count"));
    m_status->setText(tr("Reading\u2026", "the preview is reading the file"));

    m_error->setObjectName(QStringLiteral("previewErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("Problem with the file"));
    m_error->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecec; border: 1px solid #e8a5a5; border-radius: 4px; color: #7a1f1f; padding: 6px; }"));
    m_error->setVisible(false);

    m_notes->setObjectName(QStringLiteral("previewNotesLabel"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setVisible(false);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Fixed row heights and a bounded measuring sample keep 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(m_status);
    header->addLayout(titles, 1);
    header->addWidget(openButton, 0, Qt::AlignTop);
    header->addWidget(folderButton, 0, Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("previewButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);

    connect(m_job, &PreviewJob::finished, this, &PreviewDialog::onBatch);
    connect(m_model, &PreviewTableModel::moreRequested, this, [this] {
        if (m_job->fetchMore(batchRows))
            updateStatus();
    });
    m_job->start(batchRows);
}

PreviewDialog::~PreviewDialog() = default;

PreviewDialog *PreviewDialog::open(const QString &path, UrlOpener openUrl, QWidget *parent)
{
    auto *dialog = new PreviewDialog(path, std::move(openUrl), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowFlag(Qt::Window);
    dialog->setModal(false);
    dialog->show();
    return dialog;
}

bool PreviewDialog::isReading() const
{
    return m_job->isRunning();
}

void PreviewDialog::onBatch(const PreviewResult &batch)
{
    m_last = batch;
    m_last.rows.clear();
    m_model->setMoreAvailable(!batch.atEnd);
    m_model->append(batch);
    if (!m_sized && m_model->columnCount() > 0) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), maxColumnWidth));
    }
    if (!batch.error.isEmpty()) {
        m_error->setText(batch.error);
        m_error->setVisible(true);
    }
    for (const QString &note : batch.notes) {
        if (!m_noteLines.contains(note))
            m_noteLines << note;
    }
    m_notes->setText(m_noteLines.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_noteLines.isEmpty());
    updateStatus();
}

void PreviewDialog::updateStatus()
{
    const int rows = m_model->rowCount();
    const QString count = QLocale().toString(rows);
    QString text;
    if (m_last.failure == PreviewResult::Failure::Missing || m_last.failure == PreviewResult::Failure::Unreadable)
        text = tr("Nothing to show.", "preview of a file that could not be opened");
    else if (m_last.columns.isEmpty() && m_last.atEnd && m_last.ok())
        text = tr("The file is empty.");
    else if (!m_last.ok())
        text = tr("%Ln rows read before the problem", "", rows);
    else if (m_model->isCapped() && !m_last.atEnd)
        text = tr("The first %1 rows; open the file to see the rest", "preview row count at its cap").arg(count);
    else if (m_last.atEnd)
        text = tr("%Ln rows, the whole file", "", rows);
    else if (m_job->isRunning())
        text = tr("%Ln rows so far, reading more\u2026", "", rows);
    else
        text = tr("%Ln rows so far; scroll down for more", "", rows);
    if (!m_last.columns.isEmpty())
        text += QStringLiteral(" \u00b7 ") + tr("%Ln columns", "", int(m_last.columns.size()))
            + QStringLiteral(" \u00b7 ") + formatText(m_last);
    m_status->setText(text);
}

void PreviewDialog::openWithSystem(const QUrl &url)
{
    if (m_openUrl && m_openUrl(url))
        return;
    m_error->setText(tr("No program is set up to open %1 on this computer; the preview shows what it holds.")
                         .arg(QDir::toNativeSeparators(url.toLocalFile())));
    m_error->setVisible(true);
}

} // namespace peaka::gui
