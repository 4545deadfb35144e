// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace peaka {

PreviewJob::PreviewJob(const QString &path, const PreviewOptions &options, QObject *parent)
    : QObject(parent)
    , m_reader(std::make_shared<PreviewReader>(path, options))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcher<PreviewResult>::finished, this, [this] {
        m_running = false;
        const PreviewResult result = m_watcher.result();
        m_atEnd = result.atEnd;
        Q_EMIT finished(result);
    });
}

PreviewJob::~PreviewJob()
{
    m_cancel->store(true);
    m_watcher.disconnect(this);
    // The worker holds its own reference to the reader; it stops at its next row.
}

void PreviewJob::start(int rows)
{
    if (!m_running)
        run(rows);
}

bool PreviewJob::fetchMore(int rows)
{
    if (m_running || m_atEnd)
        return false;
    run(rows);
    return true;
}

void PreviewJob::run(int rows)
{
    m_running = true;
    const std::shared_ptr<PreviewReader> reader = m_reader;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([reader, cancel, rows] { return reader->read(rows, cancel.get()); }));
}

} // namespace peaka
