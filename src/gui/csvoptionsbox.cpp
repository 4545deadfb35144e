// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvoptionsbox.h"

#include "fieldhint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace peaka::gui {
namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setObjectName(buddy->objectName() + QStringLiteral("Label"));
    label->setAccessibleName(buddy->accessibleName());
    return label;
}

// Every sentence CsvOptions::validate() can give, in the current language:
// the hint line keeps room for the longest of them.
QStringList everyProblem()
{
    QStringList out;
    const auto add = [&out](const CsvOptions &o) { out += o.validate(); };
    CsvOptions o;
    o.delimiter = QStringLiteral("ab");
    o.quoteChar = QStringLiteral("ab");
    o.nullValue = QStringLiteral("\n");
    add(o);
    o = {};
    o.delimiter = QStringLiteral("\n");
    o.quoteChar = QStringLiteral("\n");
    add(o);
    o = {};
    o.quoteChar = o.delimiter;
    add(o);
    return out;
}

} // namespace

CsvOptionsBox::CsvOptionsBox(QWidget *parent)
    : QGroupBox(tr("CSV options"), parent)
    , m_delimiter(new QComboBox(this))
    , m_quote(new QLineEdit(this))
    , m_lineEnds(new QComboBox(this))
    , m_null(new QLineEdit(this))
    , m_header(new QCheckBox(tr("&Write a header row with the column names"), this))
    , m_defaultsNote(new QLabel(this))
{
    setObjectName(QStringLiteral("csvGroup"));
    setAccessibleName(title());

    m_delimiter->setObjectName(QStringLiteral("csvDelimiterCombo"));
    m_delimiter->setAccessibleName(tr("CSV delimiter"));
    m_delimiter->setEditable(true);
    m_delimiter->setInsertPolicy(QComboBox::NoInsert);
    m_delimiter->setCompleter(nullptr); // "T" must stay "T", not complete to "Tab"
    m_delimiter->addItem(tr(", (comma)"), QStringLiteral(","));
    m_delimiter->addItem(tr("; (semicolon)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab", "the tab character as CSV delimiter"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("| (pipe)"), QStringLiteral("|"));
    m_delimiter->setToolTip(tr("Choose one or type any single character; \\t also means Tab."));
    m_delimiter->lineEdit()->setObjectName(QStringLiteral("csvDelimiterEdit"));
    m_delimiter->lineEdit()->setAccessibleName(m_delimiter->accessibleName());

    m_quote->setObjectName(QStringLiteral("csvQuoteEdit"));
    m_quote->setAccessibleName(tr("CSV quote character"));
    m_quote->setText(QStringLiteral("\""));

    m_lineEnds->setObjectName(QStringLiteral("csvLineEndCombo"));
    m_lineEnds->setAccessibleName(tr("Line endings"));
    m_lineEnds->addItem(tr("LF (Linux, macOS)"), false);
    m_lineEnds->addItem(tr("CRLF (Windows)"), true);

    m_null->setObjectName(QStringLiteral("csvNullEdit"));
    m_null->setAccessibleName(tr("Text written for NULL"));
    m_null->setPlaceholderText(tr("Empty field"));

    m_header->setObjectName(QStringLiteral("csvHeaderCheck"));
    m_header->setAccessibleName(tr("Write a header row"));
    m_header->setChecked(true);

    m_defaultsNote->setObjectName(QStringLiteral("csvDefaultsNote"));
    m_defaultsNote->setText(tr("Not started from this app: the server does not return its CSV options, so the "
                               "defaults are used."));
    m_defaultsNote->setAccessibleName(m_defaultsNote->text());
    m_defaultsNote->setWordWrap(true);
    m_defaultsNote->setVisible(false);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_defaultsNote);
    form->addRow(buddyLabel(tr("Delim&iter:"), m_delimiter, this), m_delimiter);
    form->addRow(buddyLabel(tr("Q&uote character:"), m_quote, this), m_quote);
    form->addRow(buddyLabel(tr("Line &endings:"), m_lineEnds, this), m_lineEnds);
    form->addRow(buddyLabel(tr("&NULL written as:"), m_null, this), m_null);
    form->addRow(m_header);

    auto *note = new QLabel(tr("One character each for the delimiter and the quote character."), this);
    note->setObjectName(QStringLiteral("csvNoteLabel"));
    note->setAccessibleName(tr("About the CSV options"));
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("csvMessageLabel"));
    message->setAccessibleName(tr("Problem with the CSV options"));
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(note); // the hint takes its place; the message lives in the hint
    m_hint = new FieldHint(note, message);
    m_hint->reserveFor(everyProblem());

    connect(m_delimiter, &QComboBox::currentTextChanged, this, &CsvOptionsBox::onEdited);
    connect(m_quote, &QLineEdit::textChanged, this, &CsvOptionsBox::onEdited);
    connect(m_null, &QLineEdit::textChanged, this, &CsvOptionsBox::onEdited);
    connect(m_lineEnds, &QComboBox::currentIndexChanged, this, &CsvOptionsBox::onEdited);
    connect(m_header, &QCheckBox::toggled, this, &CsvOptionsBox::onEdited);
}

QString CsvOptionsBox::delimiterText() const
{
    const QString text = m_delimiter->currentText();
    const int item = m_delimiter->findText(text, Qt::MatchExactly);
    if (item >= 0)
        return m_delimiter->itemData(item).toString();
    if (text == QLatin1String("\\t"))
        return QStringLiteral("\t");
    return text; // as typed: a space is a delimiter too
}

CsvOptions CsvOptionsBox::options() const
{
    CsvOptions o;
    o.delimiter = delimiterText();
    o.quoteChar = m_quote->text();
    o.crlf = m_lineEnds->currentData().toBool();
    o.includeHeader = m_header->isChecked();
    o.nullValue = m_null->text();
    return o;
}

void CsvOptionsBox::setOptions(const CsvOptions &o)
{
    const int item = m_delimiter->findData(o.delimiter);
    if (item >= 0)
        m_delimiter->setCurrentIndex(item);
    m_delimiter->setEditText(item >= 0 ? m_delimiter->itemText(item) : o.delimiter);
    m_quote->setText(o.quoteChar);
    m_lineEnds->setCurrentIndex(o.crlf ? 1 : 0);
    m_header->setChecked(o.includeHeader);
    m_null->setText(o.nullValue);
    onEdited();
}

QStringList CsvOptionsBox::problems() const
{
    return options().validate();
}

void CsvOptionsBox::setDefaultsNoteVisible(bool visible)
{
    m_defaultsNote->setVisible(visible);
}

bool CsvOptionsBox::defaultsNoteVisible() const
{
    return !m_defaultsNote->isHidden();
}

QList<QWidget *> CsvOptionsBox::tabStops() const
{
    return {m_delimiter, m_quote, m_lineEnds, m_null, m_header};
}

void CsvOptionsBox::onEdited()
{
    m_hint->setProblem(problems().value(0));
    Q_EMIT changed();
}

} // namespace peaka::gui
