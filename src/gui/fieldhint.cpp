// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldhint.h"

#include <QLabel>
#include <QLayout>

namespace peaka::gui {

FieldHint::FieldHint(QLabel *note, QLabel *message, const QString &placeholderName)
    : QStackedWidget(message->parentWidget())
    , m_note(note)
    , m_message(message)
{
    setObjectName(message->objectName() + QStringLiteral("Hint"));
    setAccessibleName(message->accessibleName());
    if (QLayout *layout = message->parentWidget()->layout()) {
        // The labels sit in a nested layout of the parent's form: find it.
        QWidget *anchor = note ? static_cast<QWidget *>(note) : message;
        const QList<QLayout *> layouts = message->parentWidget()->findChildren<QLayout *>() << layout;
        for (QLayout *l : layouts) {
            if (l->indexOf(anchor) >= 0) {
                delete l->replaceWidget(anchor, this);
                break;
            }
        }
        for (QLayout *l : layouts)
            l->removeWidget(message);
    }
    if (!m_note) {
        m_note = new QLabel(this);
        m_note->setObjectName(placeholderName);
        m_note->setAccessibleName(message->accessibleName());
        // One empty line: the space a short problem will take.
        m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing());
    }
    m_note->setWordWrap(true);
    m_message->setWordWrap(true);
    addWidget(m_note);
    addWidget(m_message);
    styleAsError(m_message);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setCurrentWidget(m_note);
    m_note->show();
    m_message->show();
}

void FieldHint::setProblem(const QString &text)
{
    m_message->setText(text);
    setCurrentWidget(text.isEmpty() ? m_note : m_message);
}

QString FieldHint::problem() const
{
    return currentWidget() == m_message ? m_message->text() : QString();
}

void FieldHint::styleAsError(QLabel *label)
{
    // A red that reads on light and on dark windows.
    QPalette p = label->palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
    label->setProperty("problem", true);
    label->setAccessibleDescription(tr("Problem with the input"));
}

} // namespace peaka::gui
