// SPDX-License-Identifier: GPL-3.0-or-later
#include "newexportactions.h"

#include "downloadcontroller.h"
#include "downloads/downloadmanager.h"
#include "exportdetailpane.h"
#include "exports/exportlistmodel.h"
#include "newexportcontroller.h"
#include "newexportdialog.h"
#include "notifier.h"
#include "statusicons.h"
#include "statusmessages.h"

#include <QAction>
#include <QWidget>

namespace peaka::gui {

using Duration = StatusMessages::Duration;

NewExportActions::NewExportActions(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_controller(new NewExportController(parts.registry, parts.notifier, parts.window, this))
    , m_newExport(new QAction(tr("&New Export…"), this))
    , m_runAgain(new QAction(tr("&Run Again…", "start a new export with the source of the selected one"), this))
{
    m_newExport->setObjectName(QStringLiteral("actionNewExport"));
    m_newExport->setShortcut(QKeySequence::New);
    m_newExport->setToolTip(tr("Start a new export of a query or a table (Ctrl+N)"));
    m_newExport->setIcon(uiIcon("new"));
    m_runAgain->setObjectName(QStringLiteral("actionRunAgain"));
    m_runAgain->setShortcut(QKeySequence(tr("Ctrl+Shift+N", "shortcut: run the selected export again")));
    m_runAgain->setToolTip(tr("Start a new export with the source, format and compression of the selected one "
                              "(Ctrl+Shift+N)"));
    m_runAgain->setIcon(uiIcon("runagain"));
    m_runAgain->setEnabled(false);
    parts.window->addAction(m_newExport);
    parts.window->addAction(m_runAgain);

    if (DownloadController *downloads = parts.downloads) {
        m_controller->setDownloadManager(downloads->manager(),
                                         [downloads](const ConnectionKey &key) { return downloads->knownFolder(key); });
        // No folder known yet: the downloads ask for one, then fetch every file of that connection.
        connect(m_controller, &NewExportController::downloadRequested, downloads,
                [downloads](const ExportJob &job, const ConnectionKey &key) { downloads->downloadAll(key, job); });
    }
    StatusMessages *status = parts.status;
    connect(m_controller, &NewExportController::jobCreated, this, &NewExportActions::onCreated);
    connect(m_controller, &NewExportController::jobUpdated, this, &NewExportActions::onUpdated);
    connect(m_controller, &NewExportController::downloadsStarted, status, [status](const ExportJob &, int count) {
        status->show(count == 1 ? tr("Downloading the file of the new export")
                                : tr("Downloading %n files of the new export", "", count),
                     Duration::Normal);
    });
    connect(m_controller, &NewExportController::followFailed, status,
            [status](const ExportJob &, const ApiError &e) { status->show(e.message(), Duration::Long); });
    connect(m_newExport, &QAction::triggered, this, &NewExportActions::openNewExport);
    connect(m_runAgain, &QAction::triggered, this, [this] { openRunAgain(m_parts.pane->job()); });
    connect(parts.pane, &ExportDetailPane::runAgainRequested, this, &NewExportActions::openRunAgain);
    connect(parts.pane, &ExportDetailPane::jobShown, this, &NewExportActions::updateRunAgain);
}

void NewExportActions::setConnection(const ConnectionKey &key)
{
    if (key != m_current)
        m_unlisted.clear(); // they belong to the list of the connection shown before
    m_current = key;
    m_controller->setConnection(key);
}

NewExportDialog *NewExportActions::openNewExport()
{
    if (!m_current.isValid())
        return nullptr;
    m_dialog = m_controller->openNewExport();
    return m_dialog;
}

NewExportDialog *NewExportActions::openRunAgain(const ExportJob &job)
{
    if (!m_current.isValid() || !NewExportDialog::canRunAgain(job))
        return nullptr;
    m_dialog = m_controller->openRunAgain(job);
    return m_dialog;
}

void NewExportActions::onCreated(const ExportJob &job, const ConnectionKey &key)
{
    m_parts.status->show(tr("Started export %1.", "export id").arg(job.id), Duration::Normal);
    if (key != m_current)
        return; // created on a connection the window no longer shows
    m_unlisted.insert(job.id, job);
    m_lastCreated = job.id;
    m_parts.model->updateJob(job);
    Q_EMIT selectRequested(job.id);
    // A job is in progress now: the list polls until it ends.
    Q_EMIT refreshRequested();
}

void NewExportActions::onUpdated(const ExportJob &job, const ConnectionKey &key)
{
    if (key != m_current)
        return; // another connection's job must not enter this list
    if (m_unlisted.contains(job.id))
        m_unlisted.insert(job.id, job);
    m_parts.model->updateJob(job);
    ExportDetailPane *pane = m_parts.pane;
    if (pane->currentId() == job.id && pane->job().status != job.status)
        pane->showJob(job);
}

void NewExportActions::onListed()
{
    ExportListModel *model = m_parts.model;
    // Runs right after the window merged a list answer: a created job that is
    // not in the model now was not in that answer (it left before the job existed).
    for (auto it = m_unlisted.begin(); it != m_unlisted.end();) {
        if (model->rowOfId(it.key()) >= 0) {
            it = m_unlisted.erase(it);
            continue;
        }
        model->updateJob(it.value());
        if (it.key() == m_lastCreated && m_parts.pane->currentId() != it.key())
            Q_EMIT selectRequested(it.key());
        ++it;
    }
    updateRunAgain();
}

void NewExportActions::updateRunAgain()
{
    m_runAgain->setEnabled(NewExportDialog::canRunAgain(m_parts.pane->job()));
}

} // namespace peaka::gui
