// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusmessages.h"

#include <QStatusBar>

namespace peaka::gui {

StatusMessages::StatusMessages(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
{
}

void StatusMessages::show(const QString &text, Duration duration)
{
    if (text.isEmpty())
        return;
    if (m_bar)
        m_bar->showMessage(text, int(duration));
    Q_EMIT shown(text);
}

void StatusMessages::addPermanentWidget(QWidget *widget)
{
    // No stretch: a stretched permanent widget leaves no room for messages.
    if (m_bar)
        m_bar->addPermanentWidget(widget, 0);
}

QString StatusMessages::current() const
{
    return m_bar ? m_bar->currentMessage() : QString();
}

} // namespace peaka::gui
