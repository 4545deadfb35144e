// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/gunzipjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace peaka {

GunzipJob::GunzipJob(const QString &source, const QString &target, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_target(target)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcher<Gunzip::Result>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

GunzipJob::~GunzipJob()
{
    m_cancel->store(true);
    m_watcher.disconnect(this);
    // The worker holds its own copies and the shared flag; it stops at its next buffer.
}

void GunzipJob::start()
{
    const QString source = m_source;
    const QString target = m_target;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([source, target, cancel] {
        return Gunzip::decompress(source, target, cancel.get());
    }));
}

} // namespace peaka
