// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionkey.h"
#include "exports/exportjob.h"
#include "newexportdialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace peaka {
class ConnectionRegistry;
class ExportListModel;
}

namespace peaka::gui {

class DownloadController;
class ExportDetailPane;
class NewExportController;
class Notifier;
class StatusMessages;

// "New Export" (Ctrl+N) and "Run again…". A created job is put at the top of
// the list at once (PENDING, selected), the list starts polling, and the job
// is followed on its own connection until it ends; its end is announced, and
// "Download when ready" hands its files to the downloads of that connection.
// Only jobs of the connection shown (setConnection) reach the list. Run again
// is enabled for the shown job when its source is known.
class NewExportActions final : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget *window = nullptr;          // holds the actions; parents the dialogs
        ConnectionRegistry *registry = nullptr;
        ExportListModel *model = nullptr;   // the list the window shows
        ExportDetailPane *pane = nullptr;
        Notifier *notifier = nullptr;
        StatusMessages *status = nullptr;
        DownloadController *downloads = nullptr; // optional
    };
    explicit NewExportActions(const Parts &parts, QObject *parent = nullptr);

    QAction *newExportAction() const { return m_newExport; }
    QAction *runAgainAction() const { return m_runAgain; }
    NewExportController *controller() const { return m_controller; }
    NewExportDialog *dialog() const { return m_dialog; }

    // The connection the window shows: new exports are created there.
    void setConnection(const ConnectionKey &key);

    NewExportDialog *openNewExport();
    NewExportDialog *openRunAgain(const ExportJob &job);
    // Call right after the window merged a list answer.
    void onListed();

Q_SIGNALS:
    void selectRequested(const QString &exportId);
    void refreshRequested();

private:
    void onCreated(const ExportJob &job, const ConnectionKey &key);
    void onUpdated(const ExportJob &job, const ConnectionKey &key);
    void updateRunAgain();

    Parts m_parts;
    NewExportController *m_controller;
    QAction *m_newExport;
    QAction *m_runAgain;
    QPointer<NewExportDialog> m_dialog;
    ConnectionKey m_current;
    // Created here and not yet in a list answer: a list that left before the
    // job existed must not drop it from the table. Jobs of the shown connection only.
    QHash<QString, ExportJob> m_unlisted;
    QString m_lastCreated;
};

} // namespace peaka::gui
