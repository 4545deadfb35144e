// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace peaka::gui {

// A sentence over an empty table's viewport ("No exports in this project
// yet…"), centred and wrapped; it follows the viewport's size and lets the
// mouse through. Empty text hides it.
class EmptyListHint final : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyListHint(QAbstractScrollArea *area);
    void setHint(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace peaka::gui
