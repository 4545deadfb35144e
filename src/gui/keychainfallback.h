// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "askonce.h"
#include "credentials/credentialresult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace peaka::gui {

// The question asked when the keychain cannot keep a key (no Secret Service,
// locked, refused): "Use this key for this session only" (memory, gone at
// exit) or Cancel. Never a plain-text file.
class KeychainFallback
{
    Q_DECLARE_TR_FUNCTIONS(peaka::gui::KeychainFallback)

public:
    enum class Choice { SessionOnly, Cancel };
    using Answer = std::function<void(Choice)>;
    // The seam: something that asks (or, in tests, answers at once) and calls
    // `answer` exactly once, possibly later.
    using Asker = gui::Asker<CredentialResult, Choice>; // (parent, failure, answer)

    // The default asker: a window-modal QMessageBox shown with open() (no
    // nested event loop), objectName "keychainFallbackBox"; its buttons are
    // "sessionOnlyButton" and "cancelButton".
    static Asker messageBoxAsker();
    // For tests: an asker that answers `choice` at once and counts its calls.
    static Asker fixedAnswer(Choice choice, int *calls = nullptr);

    // The sentence shown in the question, built from the keychain's own.
    static QString explanation(const CredentialResult &failure);
};

} // namespace peaka::gui
