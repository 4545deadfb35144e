// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;

namespace peaka::gui {

// The line under a field: its help note, or in its place the problem with the
// input, styled as an error. Both share one stacked cell that is as tall as the
// taller of the two, so a problem that comes and goes does not move the fields.
class FieldHint : public QStackedWidget
{
    Q_OBJECT
public:
    // Takes `note` (may be null: then an empty one-line placeholder named
    // `placeholderName`) and `message` out of their layout and puts this widget
    // where `note` (or else `message`) was.
    FieldHint(QLabel *note, QLabel *message, const QString &placeholderName = QString());

    // Empty text shows the note again.
    void setProblem(const QString &text);
    QString problem() const;
    QLabel *messageLabel() const { return m_message; }

    // Error colour and accessible description for a label that reports a problem.
    static void styleAsError(QLabel *label);

private:
    QLabel *m_note;
    QLabel *m_message;
};

} // namespace peaka::gui
