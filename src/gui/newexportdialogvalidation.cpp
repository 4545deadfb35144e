// SPDX-License-Identifier: GPL-3.0-or-later
// NewExportDialog: what the form says about its input (the problems under the
// fields, the Create button's state) and the chosen source's name.
#include "newexportdialog.h"

#include "ui_newexportdialog.h"

#include "api/peakaclient.h"
#include "fieldhint.h"
#include "sources/sourcenames.h"
#include "sources/sourcesession.h"

#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace peaka::gui {

QString NewExportDialog::sourceProblem() const
{
    const QStringList problems = source().validate();
    return problems.isEmpty() ? QString() : problems.first();
}

bool NewExportDialog::sourceIsBlank() const
{
    const QList<const QLineEdit *> fields = ui->queryRadio->isChecked()
        ? QList<const QLineEdit *>{ui->queryIdEdit}
        : QList<const QLineEdit *>{ui->catalogIdEdit, ui->schemaEdit, ui->tableEdit};
    return std::all_of(fields.cbegin(), fields.cend(), [](const QLineEdit *e) { return e->text().trimmed().isEmpty(); });
}

QString NewExportDialog::limitProblem() const
{
    bool ok = false;
    const std::optional<qint64> limit = ExportOptions::parseLimit(ui->limitEdit->text(), &ok);
    // One sentence for "ten", "-5" and "2,000,000": it gives the range.
    if (!ok || (limit && (*limit < ExportOptions::kMinLimit || *limit > ExportOptions::kMaxLimit)))
        return tr("The row limit must be a whole number between 1 and 1,000,000.");
    return {};
}

QString NewExportDialog::columnsProblem() const
{
    const QString text = ui->columnsEdit->text();
    if (text.trimmed().isEmpty())
        return {};
    QSet<QString> seen;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            return tr("A column name is empty: remove the extra comma.");
        if (seen.contains(name))
            return tr("The column \u201c%1\u201d is listed twice.").arg(name);
        seen.insert(name);
    }
    return {};
}

QStringList NewExportDialog::problems() const
{
    QStringList out;
    for (const QString &p : {sourceProblem(), limitProblem(), columnsProblem()}) {
        if (!p.isEmpty())
            out << p;
    }
    out << options().validate();
    return out;
}

void NewExportDialog::revalidate()
{
    const QString sourceText = sourceProblem();
    const QString limitText = limitProblem();
    const QString columnsText = columnsProblem();
    const bool quietEmpty = !m_sourceTried && sourceIsBlank();
    m_sourceHint->setProblem(quietEmpty ? QString() : sourceText.isEmpty() ? m_serverSourceError : sourceText);
    m_limitHint->setProblem(limitText);
    m_columnsHint->setProblem(columnsText.isEmpty() ? m_serverColumnsError : columnsText);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!isSending() && problems().isEmpty());
    lookUpSourceName();
}

// The name of the source in the ids' note ("Source: Monthly revenue"), from
// the connection's cached lists; nothing when it is not listed.
void NewExportDialog::lookUpSourceName()
{
    const ExportSourceRef src = source();
    if (sourceIsBlank()) { // what to do instead of a name
        m_namedSource = src;
        m_sourceHint->noteLabel()->setText(m_browser ? tr("Pick a saved query or a table above, or enter its id.")
                                                     : tr("Enter the id of a saved query, or choose Table."));
        return;
    }
    if (src == m_namedSource)
        return;
    m_namedSource = src;
    m_sourceHint->noteLabel()->clear();
    if (!m_client || !src.validate().isEmpty())
        return;
    SourceName::lookUp(SourceSession::of(m_client), m_projectId, src, this, [this, src](const SourceName &n) {
        if (src == m_namedSource && n.known())
            m_sourceHint->noteLabel()->setText(tr("Source: %1", "the name of the chosen query or table").arg(n.name));
    });
}

} // namespace peaka::gui
