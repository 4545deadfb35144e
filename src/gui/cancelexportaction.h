// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "askonce.h"
#include "connections/connectionkey.h"
#include "exports/exportjob.h"

#include <QObject>

class QAction;
class QWidget;

namespace peaka {
class ConnectionRegistry;
}

namespace peaka::gui {

class ExportDetailPane;
class StatusMessages;

// "Cancel Export" (Delete) for the shown PENDING or RUNNING export: asks once
// (a confirmation that names the export), sends Cancel Export on the
// connection shown when it was asked, then reads the export back so its row
// turns CANCELLED when the server says so (else the live list catches it).
class CancelExportAction final : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget *window = nullptr; // holds the action; parents the question
        ConnectionRegistry *registry = nullptr;
        ExportDetailPane *pane = nullptr;
        StatusMessages *status = nullptr;
    };
    using Confirmer = Asker<ExportJob, bool>;

    explicit CancelExportAction(const Parts &parts, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    void setConnection(const ConnectionKey &key) { m_key = key; }
    // Tests answer the question here.
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    // Asks, then cancels `job` (nothing happens for a finished one).
    void cancel(const ExportJob &job);

Q_SIGNALS:
    void cancelled(const peaka::ExportJob &job); // after the server accepted it
    // The export as read back after the cancel (CANCELLED, or still stopping).
    void jobRead(const peaka::ExportJob &job);

private:
    void update();
    void send(const ExportJob &job, const ConnectionKey &key);

    Parts m_parts;
    QAction *m_action;
    ConnectionKey m_key;
    Confirmer m_confirm;
};

} // namespace peaka::gui
