// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace peaka::gui {

// Tells the user that an export started in this session has ended: a system
// tray message when the desktop offers one, else an in-window message (the
// main window shows `inWindowMessage` in its status bar). `notified` fires for
// every notification either way: it is the seam for tests.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    // Use this tray icon (not owned) instead of creating one.
    void setTrayIcon(QSystemTrayIcon *icon);
    // Off: never use the system tray (tests, or a user setting).
    void setSystemTrayEnabled(bool on) { m_trayEnabled = on; }
    bool usesSystemTray() const;

    // Title and text for a job that has ended; empty title for statuses that
    // are not announced (still in progress).
    static QString titleFor(const ExportJob &job);
    static QString textFor(const ExportJob &job);

public Q_SLOTS:
    void notifyJobEnded(const peaka::ExportJob &job);
    void notifyMessage(const QString &title, const QString &text, bool isError);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);
    void inWindowMessage(const QString &text);

private:
    QSystemTrayIcon *trayIcon();

    QPointer<QSystemTrayIcon> m_tray;
    bool m_ownsTray = false;
    bool m_trayEnabled = true;
};

} // namespace peaka::gui
