// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/previewresult.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace peaka {
class PreviewJob;
}

namespace peaka::gui {

class PreviewTableModel;

// A look inside a downloaded CSV or JSONL file (plain or .gz): the first 1,000
// rows at once, more as the table scrolls (up to maxRows), each column's name
// over its guessed type, the row count so far, "Open File" and "Show in
// Folder" beside it, and a sentence when the file is damaged (the rows read
// before the damage stay). Reading runs on the thread pool (PreviewJob).
class PreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int batchRows = 1000;
    static constexpr int maxRows = 100000;

    using UrlOpener = std::function<bool(const QUrl &)>;
    PreviewDialog(const QString &path, UrlOpener openUrl, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    QString path() const { return m_path; }
    PreviewTableModel *model() const { return m_model; }
    bool isReading() const;

    // Opens a preview of `path` as a window of its own (deleted on close).
    static PreviewDialog *open(const QString &path, UrlOpener openUrl, QWidget *parent);

private:
    void onBatch(const PreviewResult &batch);
    void updateStatus();
    void openWithSystem(const QUrl &url);

    QString m_path;
    UrlOpener m_openUrl;
    PreviewJob *m_job;
    PreviewTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_notes;
    QStringList m_noteLines;
    PreviewResult m_last;   // state of the last batch (no rows kept here)
    bool m_sized = false;
};

} // namespace peaka::gui
