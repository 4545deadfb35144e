// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/csvoptions.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace peaka::gui {

class FieldHint;

// The CSV options of the New Export dialog: delimiter (Tab offered by name),
// quote character, line endings, header row and the text for NULL. Checked by
// CsvOptions::validate(); the first problem stands in the group's hint line,
// whose height is reserved for the longest problem so nothing moves.
class CsvOptionsBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit CsvOptionsBox(QWidget *parent = nullptr);

    // As typed; may be invalid (see problems()).
    CsvOptions options() const;
    void setOptions(const CsvOptions &options);
    QStringList problems() const;
    // "Run again" of an export this app did not start: the server does not
    // send its CSV options back, so the defaults stand; say so.
    void setDefaultsNoteVisible(bool visible);
    bool defaultsNoteVisible() const;
    // In the order Tab visits them.
    QList<QWidget *> tabStops() const;

Q_SIGNALS:
    void changed();

private:
    QString delimiterText() const;
    void onEdited();

    QComboBox *m_delimiter;
    QLineEdit *m_quote;
    QComboBox *m_lineEnds;
    QLineEdit *m_null;
    QCheckBox *m_header;
    QLabel *m_defaultsNote;
    FieldHint *m_hint = nullptr;
};

} // namespace peaka::gui
