// SPDX-License-Identifier: GPL-3.0-or-later
#include "askonce.h"

#include <QAbstractButton>
#include <QPushButton>

namespace peaka::gui {

void AskOnce::confirm(QWidget *parent, const Confirmation &question, std::function<void(bool)> answer)
{
    const auto reply = once(std::move(answer));
    auto *box = new QMessageBox(parent);
    box->setObjectName(question.objectName);
    box->setIcon(question.icon);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    QPushButton *agree = box->addButton(question.agreeText, question.agreeRole);
    agree->setObjectName(question.agreeObjectName);
    agree->setAccessibleName(QString(question.agreeText).remove(QLatin1Char('&')));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(question.cancelIsDefault ? cancel : agree);
    box->setEscapeButton(cancel);
    // buttonClicked comes before finished: closing without a button is "no".
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [agree, reply](QAbstractButton *button) { reply(button == agree); });
    open(box, reply, false);
}

AskOnce::RemovalAsker AskOnce::removalConfirmer()
{
    return [](QWidget *parent, const QString &name, std::function<void(bool)> answer) {
        Confirmation q;
        q.objectName = QStringLiteral("removeProfileBox");
        q.title = tr("Remove connection");
        q.text = tr("Remove the connection \u201c%1\u201d and its API key from the keychain?").arg(name);
        q.informativeText = tr("Exports and downloaded files are not affected.");
        q.agreeText = tr("Remove");
        q.agreeObjectName = QStringLiteral("confirmRemoveButton");
        q.agreeRole = QMessageBox::DestructiveRole;
        confirm(parent, q, std::move(answer));
    };
}

} // namespace peaka::gui
