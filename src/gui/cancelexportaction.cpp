// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelexportaction.h"

#include "api/peakaclient.h"
#include "connections/connectionregistry.h"
#include "exportdetailpane.h"
#include "statusicons.h"
#include "statusmessages.h"

#include <QAction>
#include <QWidget>

namespace peaka::gui {

CancelExportAction::CancelExportAction(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_action(new QAction(uiIcon("status-cancelled"), tr("&Cancel Export…", "stop a pending or running export"), this))
{
    m_action->setObjectName(QStringLiteral("actionCancelExport"));
    m_action->setShortcut(QKeySequence::Delete);
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Stop the selected pending or running export (Delete)"));
    m_action->setEnabled(false);
    parts.window->addAction(m_action);
    m_confirm = [](QWidget *parent, const ExportJob &job, std::function<void(bool)> answer) {
        AskOnce::Confirmation q;
        q.objectName = QStringLiteral("cancelExportQuestion");
        q.icon = QMessageBox::Warning;
        q.title = tr("Cancel Export");
        q.text = tr("Cancel the export of %1?").arg(job.displaySource());
        q.informativeText = tr("Export %1 is %2. The server stops it and removes what it has written so far; "
                               "to get the data later, start a new export.")
                                .arg(job.id, job.status.displayName().toLower());
        q.agreeText = tr("Cancel Export");
        q.agreeObjectName = QStringLiteral("cancelExportConfirm");
        q.agreeRole = QMessageBox::DestructiveRole;
        AskOnce::confirm(parent, q, std::move(answer));
    };
    connect(m_action, &QAction::triggered, this, [this] { cancel(m_parts.pane->job()); });
    // The pane's own button asks the same question and sends the same request.
    connect(parts.pane, &ExportDetailPane::cancelRequested, this, &CancelExportAction::cancel);
    connect(parts.pane, &ExportDetailPane::jobShown, this, &CancelExportAction::update);
}

void CancelExportAction::update()
{
    m_action->setEnabled(m_parts.pane->job().status.isInProgress());
}

void CancelExportAction::cancel(const ExportJob &job)
{
    if (job.id.isEmpty() || !job.status.isInProgress())
        return;
    const ConnectionKey key = m_key; // the connection shown when asked, whatever the window shows later
    m_confirm(m_parts.window, job, AskOnce::once<bool>([this, job, key](bool yes) {
                  if (yes)
                      send(job, key);
              }));
}

void CancelExportAction::send(const ExportJob &job, const ConnectionKey &key)
{
    PeakaClient *client = m_parts.registry->client(key);
    if (!client) {
        m_parts.status->show(tr("The export was not cancelled: its connection is closed."), StatusMessages::Duration::Long);
        return;
    }
    CancelExportRequest *request = client->cancelExport(key.projectId, job.id);
    connect(request, &CancelExportRequest::finished, this, [this, job, key](const CancelExportResult &result) {
        if (!result.ok()) {
            m_parts.status->show(tr("The export was not cancelled: %1").arg(result.error.message()),
                                 StatusMessages::Duration::Long);
            return;
        }
        m_parts.status->show(tr("Cancellation of the export accepted."), StatusMessages::Duration::Normal);
        Q_EMIT cancelled(job);
        PeakaClient *c = m_parts.registry->client(key);
        if (!c)
            return;
        // The job reads CANCELLED, possibly after a moment: read it back now, the live list follows it.
        ExportRequest *read = c->readExport(key.projectId, job.id);
        connect(read, &ExportRequest::finished, this, [this, key](const ExportResult &r) {
            if (r.ok() && key == m_key)
                Q_EMIT jobRead(r.value);
        });
    });
}

} // namespace peaka::gui
