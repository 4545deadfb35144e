// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptylisthint.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace peaka::gui {

EmptyListHint::EmptyListHint(QAbstractScrollArea *area)
    : QLabel(area->viewport())
{
    setObjectName(QStringLiteral("emptyListHint"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    area->viewport()->installEventFilter(this);
    hide();
}

void EmptyListHint::setHint(const QString &text)
{
    setText(text);
    setAccessibleName(text);
    setGeometry(parentWidget()->rect());
    setVisible(!text.isEmpty());
}

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace peaka::gui
