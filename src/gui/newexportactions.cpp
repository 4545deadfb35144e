// SPDX-License-Identifier: GPL-3.0-or-later
#include "newexportactions.h"

#include "downloadcontroller.h"
#include "downloads/downloadmanager.h"
#include "exportdetailpane.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "mainwindow.h"
#include "newexportcontroller.h"
#include "newexportdialog.h"
#include "notifier.h"
#include "statusicons.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTableView>

namespace peaka::gui {

NewExportActions::NewExportActions(MainWindow *window, DownloadController *downloads)
    : QObject(window)
    , m_window(window)
    , m_controller(new NewExportController(window->client(), window->currentProjectId(), window, this))
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
    window->addAction(m_newExport);
    window->addAction(m_runAgain);

    if (downloads) {
        m_controller->setDownloadManager(downloads->manager(), [downloads] { return downloads->knownFolder(); });
        // No folder known yet: the downloads ask for one, then fetch every file.
        connect(m_controller, &NewExportController::downloadRequested, downloads, &DownloadController::downloadAll);
    }
    connect(m_controller->notifier(), &Notifier::inWindowMessage, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 10000); });
    connect(m_controller, &NewExportController::jobCreated, this, &NewExportActions::onCreated);
    connect(m_controller, &NewExportController::jobUpdated, this, &NewExportActions::onUpdated);
    connect(m_controller, &NewExportController::downloadsStarted, window, [window](const ExportJob &, int count) {
        window->statusBar()->showMessage(count == 1 ? tr("Downloading the file of the new export")
                                                    : tr("Downloading %n files of the new export", "", count),
                                         5000);
    });
    connect(m_controller, &NewExportController::followFailed, window, [window](const ExportJob &, const ApiError &e) {
        window->statusBar()->showMessage(e.message(), 10000);
    });
    connect(m_newExport, &QAction::triggered, this, &NewExportActions::openNewExport);
    connect(m_runAgain, &QAction::triggered, this, [this] {
        if (m_window)
            openRunAgain(m_window->detailPane()->job());
    });
    connect(window->detailPane(), &ExportDetailPane::runAgainRequested, this, &NewExportActions::openRunAgain);
    connect(window->detailPane(), &ExportDetailPane::jobShown, this, &NewExportActions::updateRunAgain);
    connect(window, &MainWindow::listRefreshed, this, &NewExportActions::onListed);
}

void NewExportActions::prepare()
{
    // The connection or project may have changed since the last dialog.
    m_controller->setClient(m_window->client());
    m_controller->setProjectId(m_window->currentProjectId());
}

NewExportDialog *NewExportActions::openNewExport()
{
    if (!m_window || m_window->currentProjectId().isEmpty())
        return nullptr;
    prepare();
    m_dialog = m_controller->openNewExport();
    return m_dialog;
}

NewExportDialog *NewExportActions::openRunAgain(const ExportJob &job)
{
    if (!m_window || m_window->currentProjectId().isEmpty() || !NewExportDialog::canRunAgain(job))
        return nullptr;
    prepare();
    m_dialog = m_controller->openRunAgain(job);
    return m_dialog;
}

void NewExportActions::onCreated(const ExportJob &job)
{
    if (!m_window)
        return;
    m_unlisted.insert(job.id, job);
    m_lastCreated = job.id;
    m_window->model()->updateJob(job);
    m_window->selectExport(job.id);
    m_window->statusBar()->showMessage(tr("Started export %1.", "export id").arg(job.id), 5000);
    // A job is in progress now: the list polls until it ends.
    m_window->refresh();
}

void NewExportActions::onUpdated(const ExportJob &job)
{
    if (!m_window)
        return;
    if (m_unlisted.contains(job.id))
        m_unlisted.insert(job.id, job);
    m_window->model()->updateJob(job);
    ExportDetailPane *pane = m_window->detailPane();
    if (pane->currentId() == job.id && pane->job().status != job.status)
        pane->showJob(job);
}

void NewExportActions::onListed()
{
    if (!m_window)
        return;
    ExportListModel *model = m_window->model();
    // Runs right after the window merged a list answer: a created job that is
    // not in the model now was not in that answer (it left before the job existed).
    for (auto it = m_unlisted.begin(); it != m_unlisted.end();) {
        if (model->rowOfId(it.key()) >= 0) {
            it = m_unlisted.erase(it);
            continue;
        }
        model->updateJob(it.value());
        if (it.key() == m_lastCreated && m_window->detailPane()->currentId() != it.key())
            m_window->selectExport(it.key());
        ++it;
    }
    updateRunAgain();
}

void NewExportActions::updateRunAgain()
{
    if (m_window)
        m_runAgain->setEnabled(NewExportDialog::canRunAgain(m_window->detailPane()->job()));
}

} // namespace peaka::gui
