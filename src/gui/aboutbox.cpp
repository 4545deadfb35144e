// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <QMessageBox>
#include <QWidget>

namespace peaka::gui {

QString AboutBox::text()
{
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>");
    return tr("<h3>Peaka Exports %1</h3>"
              "<p>Browse, follow and download the data exports of your Peaka projects.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
              "<p>%4 · %5</p>",
              "about box: %1 app version, %2/%3 Qt versions, %4/%5 links")
        .arg(QStringLiteral(PEAKA_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             link.arg(QStringLiteral("https://www.peaka.com"), tr("Peaka website")),
             link.arg(QStringLiteral("https://docs.peaka.com"), tr("Peaka documentation")));
}

QMessageBox *AboutBox::open(QWidget *parent)
{
    if (auto *existing = parent->findChild<QMessageBox *>(QStringLiteral("aboutBox"))) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Peaka Exports"), text(), QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setIconPixmap(parent->windowIcon().pixmap(64, 64));
    box->open();
    return box;
}

} // namespace peaka::gui
