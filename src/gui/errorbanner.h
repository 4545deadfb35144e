// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

namespace peaka::gui {

// A non-modal banner above the table: one sentence, Retry, dismiss. Showing
// it again replaces the text (never a stack of messages, never a dialog).
class ErrorBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, const QString &detail = {});
    // The same with buttons for `actions` (not owned) in place of Retry; each
    // button is named after its action's objectName + "Button".
    void showError(const QString &message, const QString &detail, const QList<QAction *> &actions);
    void dismiss();
    QString message() const;

Q_SIGNALS:
    void retryRequested();

private:
    void clearActionButtons();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QToolButton *m_close;
    QList<QPushButton *> m_actionButtons;
};

} // namespace peaka::gui
