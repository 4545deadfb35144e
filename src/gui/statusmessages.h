// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QStatusBar;
class QWidget;

namespace peaka::gui {

// The one sink for passing messages in the main window's status bar, with
// named durations instead of literal timeouts. Controllers get this, never
// the window. Permanent widgets take only their own width, so a message
// always has room to be read.
class StatusMessages final : public QObject
{
    Q_OBJECT
public:
    enum class Duration {
        Brief = 3000,   // a confirmation ("Copied the export ID.")
        Normal = 5000,  // something started ("Downloading … into …")
        Long = 10000,   // an error or a notification the user should read
    };

    explicit StatusMessages(QStatusBar *bar, QObject *parent = nullptr);

    void show(const QString &text, Duration duration = Duration::Normal);
    // A widget kept on the right (list status, download progress).
    void addPermanentWidget(QWidget *widget);
    QString current() const;

Q_SIGNALS:
    void shown(const QString &text);

private:
    QPointer<QStatusBar> m_bar;
};

} // namespace peaka::gui
