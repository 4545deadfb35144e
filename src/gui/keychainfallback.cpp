// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainfallback.h"

#include "askonce.h"

namespace peaka::gui {

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
        AskOnce::Confirmation q;
        q.objectName = QStringLiteral("keychainFallbackBox");
        q.icon = QMessageBox::Warning;
        q.title = tr("The key cannot be saved");
        q.text = failure.status == CredentialResult::Status::Denied
                     ? tr("The keychain refused to store the API key.")
                     : tr("No keychain is available to store the API key.");
        q.informativeText = explanation(failure);
        q.agreeText = tr("Use this key for this session only");
        q.agreeObjectName = QStringLiteral("sessionOnlyButton");
        AskOnce::confirm(parent, q, [answer](bool sessionOnly) {
            answer(sessionOnly ? Choice::SessionOnly : Choice::Cancel);
        });
    };
}

KeychainFallback::Asker KeychainFallback::fixedAnswer(Choice choice, int *calls)
{
    return AskOnce::fixed<CredentialResult, Choice>(choice, calls);
}

} // namespace peaka::gui
