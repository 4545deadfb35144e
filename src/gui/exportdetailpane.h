// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/exportjob.h"
#include "filelinksview.h"
#include "sources/sourcenames.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace peaka {
class PeakaClient;
}

namespace Ui {
class ExportDetailPane;
}

namespace peaka::gui {

class DetailLoader;

// Everything about one export: labelled, selectable fields, the error in its
// own box, the files as links with their expiry counting down, and a sentence
// for every state. Showing a job loads its details (Read Export); expired
// links are renewed before a file action uses them.
class ExportDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ExportDetailPane(QWidget *parent = nullptr);
    ~ExportDetailPane() override;

    void setClient(PeakaClient *client, const QString &projectId);
    // Shows a row of the list at once and loads its details. A row already
    // shown with the same status is not loaded again.
    void showJob(const ExportJob &job);
    // Loads and shows an export that may not be in the list.
    void openById(const QString &exportId);
    void clear();
    // Loads the shown job again (e.g. its status changed in the list).
    void reload();
    // Moves the keyboard focus into the pane (Enter on a row).
    void focusDetails();
    // "Download All Files" (the button, Ctrl+D): downloadAllRequested() for the shown export.
    void downloadAll();
    bool hasFiles() const { return !m_job.files.isEmpty(); }
    // Where Tab from the table lands: the pane's controls follow it in the
    // order they are shown (hidden ones are skipped).
    QWidget *firstTabStop() const;

    const ExportJob &job() const { return m_job; }
    // The source's name as the API lists it, when it has been looked up for the shown job.
    QString sourceName() const { return m_nameFor == m_job.id ? m_sourceName.name : QString(); }
    QString currentId() const { return m_job.id; }
    bool hasDetails() const { return m_loaded; }
    bool isLoading() const;
    // The files of export `exportId` that are downloaded (paths): "Preview" opens one.
    void setDownloadedFiles(const QString &exportId, const QStringList &paths);
    // The clock for the countdown; invalid = now (tests pin it).
    void setReferenceTime(const QDateTime &nowUtc) { m_referenceTime = nowUtc; }

Q_SIGNALS:
    void jobLoaded(const peaka::ExportJob &job);
    void loadFailed(const QString &exportId, const peaka::ApiError &error);
    // A file link was activated (links are fresh when this is emitted).
    void fileActivated(const peaka::ExportJob &job, const peaka::ExportFile &file);
    // "Download all files" (the job as Read Export gave it, with files and expiresAt).
    void downloadAllRequested(const peaka::ExportJob &job);
    // "Run again…" on an EXPIRED, FAILED or CANCELLED export whose source is known.
    void runAgainRequested(const peaka::ExportJob &job);
    // "Cancel Export…" on a PENDING or RUNNING export (CancelExportAction asks and sends).
    void cancelRequested(const peaka::ExportJob &job);
    // The pane shows another job or state (empty job after clear()).
    void jobShown(const peaka::ExportJob &job);

private:
    void render();
    void renderState();
    void renderFiles();
    void chainTabStops();
    void updateExpiry();
    void lookUpSourceName();
    void renderSource();
    void setField(QWidget *value, const QString &text);
    void onLoaded(const ExportJob &job);
    void onFailed(const QString &exportId, const ApiError &error);
    void onFileAction(FileLinksView::Action action, const ExportFile &file);
    void perform(FileLinksView::Action action, const ExportFile &file);
    QDateTime now() const;

    std::unique_ptr<Ui::ExportDetailPane> ui;
    DetailLoader *m_loader;
    QPointer<PeakaClient> m_client;
    QString m_projectId;
    QString m_nameFor; // the export whose source m_sourceName names (or is being looked up)
    SourceName m_sourceName;
    ExportJob m_job;
    bool m_loaded = false;
    QTimer m_countdown;
    QDateTime m_referenceTime;
    struct PendingAction
    {
        FileLinksView::Action action;
        QString fileName;
    };
    std::optional<PendingAction> m_pending;
    QString m_downloadedFor;      // the export whose downloaded files these are
    QStringList m_downloaded;
    QString m_emptyText;
    void updatePreviewButton();
};

} // namespace peaka::gui
