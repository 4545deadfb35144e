// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preview/previewreader.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace peaka {

// Runs a PreviewReader on the thread pool and reports on the owner's thread:
// start() reads the first batch, fetchMore() the next; each ends in one
// finished() with that batch. Deleting the job cancels the work.
class PreviewJob : public QObject
{
    Q_OBJECT
public:
    PreviewJob(const QString &path, const PreviewOptions &options, QObject *parent = nullptr);
    ~PreviewJob() override;

    void start(int rows);
    // Reads the next batch unless one is running or the file is done; false if it did not start.
    bool fetchMore(int rows);
    bool isRunning() const { return m_running; }
    bool atEnd() const { return m_atEnd; }

Q_SIGNALS:
    void finished(const peaka::PreviewResult &result);

private:
    void run(int rows);

    std::shared_ptr<PreviewReader> m_reader;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<PreviewResult> m_watcher;
    bool m_running = false;
    bool m_atEnd = false;
};

} // namespace peaka
