// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"
#include "newexportdialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;

namespace peaka {
class NewExportController;
}

namespace peaka::gui {

class DownloadController;
class MainWindow;

// "New Export" (Ctrl+N) and "Run again…" in the main window. A created job
// is put at the top of the list at once (PENDING, selected), the list starts
// polling, and the job is followed until it ends; its end is announced, and
// "Download when ready" hands its files to the downloads. Run again is
// enabled for the shown job when its source is known.
class NewExportActions final : public QObject
{
    Q_OBJECT
public:
    NewExportActions(MainWindow *window, DownloadController *downloads);

    QAction *newExportAction() const { return m_newExport; }
    QAction *runAgainAction() const { return m_runAgain; }
    NewExportController *controller() const { return m_controller; }
    NewExportDialog *dialog() const { return m_dialog; }

    NewExportDialog *openNewExport();
    NewExportDialog *openRunAgain(const ExportJob &job);

private:
    void prepare();
    void onCreated(const ExportJob &job);
    void onUpdated(const ExportJob &job);
    void onListed();
    void updateRunAgain();

    QPointer<MainWindow> m_window;
    NewExportController *m_controller;
    QAction *m_newExport;
    QAction *m_runAgain;
    QPointer<NewExportDialog> m_dialog;
    // Created here and not yet in a list answer: a list that left before the
    // job existed must not drop it from the table.
    QHash<QString, ExportJob> m_unlisted;
    QString m_lastCreated;
};

} // namespace peaka::gui
