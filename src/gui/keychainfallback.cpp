// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainfallback.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace peaka {

QString KeychainFallback::explanation(const CredentialResult &failure)
{
    QString text = failure.message;
    if (!text.isEmpty())
        text += QStringLiteral("\n\n");
    text += tr("The key can be kept in memory for this session only: it works until you quit "
               "Peaka Exports and is never written to disk. You will have to enter it again "
               "next time.");
    return text;
}

KeychainFallback::Asker KeychainFallback::messageBoxAsker()
{
    return [](QWidget *parent, const CredentialResult &failure, Answer answer) {
        auto *box = new QMessageBox(parent);
        box->setObjectName(QStringLiteral("keychainFallbackBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(tr("The key cannot be saved"));
        box->setText(failure.status == CredentialResult::Status::Denied
                         ? tr("The keychain refused to store the API key.")
                         : tr("No keychain is available to store the API key."));
        box->setInformativeText(explanation(failure));
        QPushButton *session = box->addButton(tr("Use this key for this session only"),
                                              QMessageBox::AcceptRole);
        session->setObjectName(QStringLiteral("sessionOnlyButton"));
        session->setAccessibleName(session->text());
        QPushButton *cancel = box->addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelButton"));
        cancel->setAccessibleName(tr("Cancel"));
        box->setDefaultButton(cancel);
        box->setEscapeButton(cancel);
        box->setWindowModality(Qt::WindowModal);
        auto answered = std::make_shared<bool>(false);
        QObject::connect(box, &QMessageBox::buttonClicked, box,
                         [session, answer, answered](QAbstractButton *button) {
                             if (*answered)
                                 return;
                             *answered = true;
                             answer(button == session ? Choice::SessionOnly : Choice::Cancel);
                         });
        // Closed without a button (window manager): Cancel.
        QObject::connect(box, &QDialog::finished, box, [answer, answered] {
            if (!*answered) {
                *answered = true;
                answer(Choice::Cancel);
            }
        });
        box->open();
    };
}

KeychainFallback::Asker KeychainFallback::fixedAnswer(Choice choice, int *calls)
{
    return [choice, calls](QWidget *, const CredentialResult &, Answer answer) {
        if (calls)
            ++*calls;
        answer(choice);
    };
}

} // namespace peaka
