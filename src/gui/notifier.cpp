// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSystemTrayIcon>

namespace peaka::gui {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

Notifier::~Notifier()
{
    if (m_ownsTray && m_tray)
        delete m_tray.data();
}

void Notifier::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_ownsTray && m_tray)
        delete m_tray.data();
    m_tray = icon;
    m_ownsTray = false;
}

bool Notifier::usesSystemTray() const
{
    return m_trayEnabled && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QSystemTrayIcon *Notifier::trayIcon()
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon());
        m_tray->setObjectName(QStringLiteral("notifierTrayIcon"));
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        m_ownsTray = true;
    }
    if (!m_tray->isVisible())
        m_tray->show();
    return m_tray;
}

QString Notifier::titleFor(const ExportJob &job)
{
    switch (job.status.code()) {
    case ExportStatus::Succeeded: return tr("Export finished");
    case ExportStatus::Failed: return tr("Export failed");
    case ExportStatus::Cancelled: return tr("Export cancelled");
    case ExportStatus::Expired: return tr("Export expired");
    case ExportStatus::Pending:
    case ExportStatus::Running:
    case ExportStatus::Unknown:
        return {};
    }
    return {};
}

QString Notifier::textFor(const ExportJob &job)
{
    const QString source = job.displaySource().isEmpty() ? job.id : job.displaySource();
    switch (job.status.code()) {
    case ExportStatus::Succeeded:
        if (job.rowCount)
            return tr("The export of %1 has finished with %2 rows.").arg(source, QLocale().toString(*job.rowCount));
        return tr("The export of %1 has finished.").arg(source);
    case ExportStatus::Failed:
        if (!job.error.isEmpty())
            return tr("The export of %1 failed: %2").arg(source, job.error);
        return tr("The export of %1 failed; the server gave no reason.").arg(source);
    case ExportStatus::Cancelled:
        return tr("The export of %1 was cancelled.").arg(source);
    case ExportStatus::Expired:
        return tr("The files of the export of %1 have expired.").arg(source);
    case ExportStatus::Pending:
    case ExportStatus::Running:
    case ExportStatus::Unknown:
        return {};
    }
    return {};
}

void Notifier::notifyJobEnded(const ExportJob &job)
{
    const QString title = titleFor(job);
    if (title.isEmpty())
        return;
    notifyMessage(title, textFor(job), job.status.code() != ExportStatus::Succeeded);
}

void Notifier::notifyMessage(const QString &title, const QString &text, bool isError)
{
    emit notified(title, text);
    if (usesSystemTray()) {
        trayIcon()->showMessage(title, text,
                                isError ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return;
    }
    emit inWindowMessage(text);
}

} // namespace peaka::gui
