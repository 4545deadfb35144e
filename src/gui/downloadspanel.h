// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QSpinBox;
class QToolBar;
class QTreeView;

namespace peaka {
class DownloadManager;
class DownloadTask;
}

namespace peaka::gui {

class DownloadListModel;

// The Downloads dock: every task with its progress, and the actions pause,
// resume, retry (failed or cancelled), cancel, open file, preview, show in
// folder, remove from the list and clear the finished ones
// (toolbar, context menu and keyboard). Below the list, the selected task's
// full sentence; at the bottom the options for new downloads (decompress .gz,
// keep the .gz, how many at once), remembered in QSettings.
class DownloadsPanel final : public QDockWidget
{
    Q_OBJECT
public:
    explicit DownloadsPanel(DownloadManager *manager, QWidget *parent = nullptr);

    // The seam for "Open file" and "Show in folder" (default QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    DownloadListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QList<DownloadTask *> selectedTasks() const;
    void selectTask(DownloadTask *task);

    // Reads the options from QSettings and gives them to the manager.
    void loadOptions();

private:
    void setUpActions();
    QWidget *makeOptions();
    void saveOptions();
    void updateActions();
    void updateDetail();
    void showMenu(const QPoint &pos);
    void forSelected(const std::function<void(DownloadTask *)> &fn);
    void openFile();
    void showInFolder();
    void showOpenFailure(const QString &sentence);
    void preview();
    QAction *makeAction(const char *name, const QString &text, const QString &tip);

    QPointer<DownloadManager> m_manager;
    DownloadListModel *m_model;
    QTreeView *m_view;
    QToolBar *m_toolBar;
    QLabel *m_detail;
    QCheckBox *m_decompress = nullptr;
    QCheckBox *m_keepCompressed = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_open = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_showInFolder = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_clearFinished = nullptr;
    std::function<bool(const QUrl &)> m_openUrl;
    // The download whose Open File / Show in Folder failed, while its sentence shows.
    QPointer<DownloadTask> m_failureTask;
};

} // namespace peaka::gui
