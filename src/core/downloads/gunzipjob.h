// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "downloads/gunzip.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace peaka {

// Runs Gunzip::decompress on the thread pool and reports on the owner's thread.
// Deleting the job cancels the work (the worker stops at its next buffer).
class GunzipJob : public QObject
{
    Q_OBJECT
public:
    GunzipJob(const QString &source, const QString &target, QObject *parent = nullptr);
    ~GunzipJob() override;
    void start();
    void cancel() { m_cancel->store(true); }

Q_SIGNALS:
    void finished(const peaka::Gunzip::Result &result);

private:
    QString m_source;
    QString m_target;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Gunzip::Result> m_watcher;
};

} // namespace peaka
