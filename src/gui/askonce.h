// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QWidget;

namespace peaka::gui {

// The one way to ask the user something: without blocking (open(), never
// exec(); no nested event loop), window-modal, the dialog deleted on close,
// and the answer given exactly once: what the user chose, or `ifClosed` when
// the dialog is closed without an answer.
//
// Every question has the same seam shape for tests, an Asker: something that
// asks (or answers at once) and calls `answer` once, possibly later. The
// removal confirmer, the keychain-fallback question and the download-folder
// question are all built on this.
template<typename Question, typename Answer>
using Asker = std::function<void(QWidget *parent, const Question &question, std::function<void(Answer)> answer)>;

class AskOnce
{
    Q_DECLARE_TR_FUNCTIONS(peaka::gui::AskOnce)
public:
    // `answer` wrapped so that only its first call goes through.
    template<typename T>
    static std::function<void(T)> once(std::function<void(T)> answer)
    {
        auto pending = std::make_shared<std::function<void(T)>>(std::move(answer));
        return [pending](T value) {
            if (*pending)
                std::exchange(*pending, {})(std::move(value));
        };
    }

    // Opens `dialog` as a question; `answer` (from once()) gets `ifClosed`
    // when the dialog finishes before anything else answered.
    template<typename Answer, typename T>
    static void open(QDialog *dialog, Answer answer, T ifClosed)
    {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        QObject::connect(dialog, &QDialog::finished, dialog, [answer, ifClosed] { answer(ifClosed); });
        dialog->open();
    }

    // A yes/no question box: true for the agreeing button, false for Cancel or closing.
    struct Confirmation
    {
        QString objectName;      // of the QMessageBox
        QMessageBox::Icon icon = QMessageBox::Question;
        QString title;
        QString text;
        QString informativeText;
        QString agreeText;       // the button that says yes
        QString agreeObjectName;
        QMessageBox::ButtonRole agreeRole = QMessageBox::AcceptRole;
        bool cancelIsDefault = true;
    };
    static void confirm(QWidget *parent, const Confirmation &question, std::function<void(bool)> answer);
    // For tests: an asker that answers `value` at once and counts its calls.
    template<typename Question, typename Answer>
    static Asker<Question, Answer> fixed(Answer value, int *calls = nullptr)
    {
        return [value, calls](QWidget *, const Question &, std::function<void(Answer)> answer) {
            if (calls)
                ++*calls;
            answer(value);
        };
    }

    // "Remove the connection “name” and its API key?" — the one removal question
    // (the connection dialog and the connection manager both ask it).
    using RemovalAsker = Asker<QString, bool>;
    static RemovalAsker removalConfirmer();
};

} // namespace peaka::gui
