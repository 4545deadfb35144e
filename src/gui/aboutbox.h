// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QMessageBox;
class QWidget;

namespace peaka::gui {

// Help ▸ About Peaka Exports: version, the Qt it runs on, the licence and
// where to read more. Non-modal (objectName "aboutBox"); opened again it is
// raised, not duplicated.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(peaka::gui::AboutBox)
public:
    static QMessageBox *open(QWidget *parent);
    // The box's text (rich text: the links are clickable).
    static QString text();
};

} // namespace peaka::gui
