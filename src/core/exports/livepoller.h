// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/exportjob.h"
#include "exports/exportrow.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace peaka {

class ExportPager;
class PeakaClient;
class StringTable;

// Keeps a project's export list fresh without re-reading every page.
// refresh() is a full read: every page of the paged List Exports (ExportPager),
// `listed` after each page, so the first 200 rows show at once and the rest
// streams in. While some job is PENDING or RUNNING a tick follows them: it
// lists status=PENDING,RUNNING plus the newest page (new exports), and a job
// that left the running set is refreshed with Read Export. A full re-read
// happens only on refresh() (F5) and every fullRereadMs() (minutes: to catch
// SUCCEEDED -> EXPIRED). No tick runs when nothing is in progress. Transient
// errors (ApiError::isTransient) back off with Backoff(interval, cap),
// honouring Retry-After; others are not retried until refresh() is called again.
// The client is that of the connection the list was opened on (ConnectionRegistry).
//
// The rows themselves are not kept here: they go out through rowsChanged() to
// the model, which holds them compactly. The poller keeps what it needs to
// follow the list: each id (16 bytes for a UUID), the full read it was last
// seen in, and which ids are in progress; about 40 bytes a row.
class LivePoller : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 5000;
    static constexpr int DefaultMaxBackoffMs = 5 * 60 * 1000;
    static constexpr int DefaultFullRereadMs = 10 * 60 * 1000;

    // What the poller knows of a listed id: the full read that last listed it,
    // and the one it was kept for (read elsewhere during that read).
    struct Known
    {
        quint32 listedIn = 0; // 0: seeded from the cache or read elsewhere only
        quint32 keptFor = 0;
    };
    using KnownIds = QHash<ExportRowKey, Known>;
    // The UUID ids of `rows` as seedIds() takes them, built on any thread (the
    // cache's reader): a 100,000-entry hash is not built on the UI thread.
    static KnownIds knownIdsOf(const QList<ExportRow> &rows);

    explicit LivePoller(PeakaClient *client, QObject *parent = nullptr);
    ~LivePoller() override;

    // Another connection's client (from the ConnectionRegistry): stops
    // everything in flight. Call refresh() to start.
    void setClient(PeakaClient *client);
    // Another project: stops everything in flight and forgets the list. Call refresh() to start.
    void setProjectId(const QString &projectId);
    QString projectId() const { return m_projectId; }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }
    int maxBackoffMs() const { return m_maxBackoffMs; }
    void setFullRereadMs(int ms) { m_fullRereadMs = qMax(1000, ms); }
    int fullRereadMs() const { return m_fullRereadMs; }

    // Reads every page again (a full read already in flight is kept).
    void refresh();
    // Stops polling and aborts the calls in flight.
    void stop();
    // A row read elsewhere (Read Export, e.g. after a cancel): the list takes it at once.
    void updateJob(const ExportJob &job);
    // The ids of rows known from an earlier run (the export list cache, which
    // hands the rows themselves to the model: ExportListModel::adoptRows),
    // followed until the server's full read confirms them: a page's rows
    // replace them by id and a complete read drops (rowsChanged' removedIds)
    // those the server no longer has. `strings` holds the rows' strings.
    // Refused (false) once a full read of this project has succeeded.
    // `uuids`, when given, is knownIdsOf(rows): taken whole, it saves the hash
    // inserts (only the ids already known and the other ids are added here).
    bool seedIds(const QList<ExportRow> &rows, const StringTable &strings, KnownIds uuids = {});

    bool isBusy() const { return !m_pass.isNull() || m_tickParts > 0; }
    // A full read is in flight.
    bool isLoading() const { return !m_pass.isNull(); }
    // The next tick (or the retry of a failed read) is due.
    bool isScheduled() const { return m_timer.isActive(); }
    int scheduledInMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    int consecutiveFailures() const { return m_failures; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // Rows the current (or last) full read has read; whether it read every page.
    int loadedRows() const { return m_passRows; }
    bool isComplete() const { return m_complete; }
    // Ids listed now (rows without an id are passed on, not counted).
    int rowCount() const { return int(m_known.size()); }
    bool contains(const QString &id) const;
    // Ids listed PENDING or RUNNING.
    const QSet<QString> &inProgressIds() const { return m_inProgress; }

Q_SIGNALS:
    void refreshStarted();
    // What changed, just before listed(): rows added or changed (a page, a
    // tick, a Read Export, seeded rows; files and link expiry dropped) and the
    // ids of rows no longer listed. Feed a model with this rather than the
    // whole list: holding a copy of jobs() makes the next page copy all of it
    // on this thread (copy-on-write), 100,000 rows at a time.
    void rowsChanged(const QList<peaka::ExportJob> &rows, const QStringList &removedIds);
    // Right after rowsChanged(): the list changed (a page, a tick, a Read Export).
    void listed();
    // A full read moved on: `rows` read so far.
    void loadProgress(int rows, int pages);
    // A full read ended; error None = every page was read, else the rows read are kept.
    void loadFinished(const peaka::ApiError &error, int rows);
    // `retryInMs` is -1 when no retry is scheduled.
    void failed(const peaka::ApiError &error, int retryInMs);

private:
    void startPass();
    void onPassFinished(const ApiError &error, bool complete);
    void tick();
    void onTickPart(const QList<ExportJob> &rows, const ApiError &error, bool runningSet);
    void finishTick();
    void readLeft(const QStringList &ids);
    // Where rows come from: a page of the current full read (a row it already
    // gave is a repeat and dropped) or a read now (Read Export, a tick: they
    // exist, so the read in flight keeps them). Cached ids: seedIds().
    enum class Source { Page, ReadNow };
    // Takes rows into the list; returns how many were taken.
    int upsert(const QList<ExportJob> &rows, Source source);
    void forgetList();
    void emitListed(); // rowsChanged() with the changes since the last one, then listed()
    void removeId(const QString &id);
    void scheduleTick();
    void fail(const ApiError &error, bool retryPass);
    void abortWork();
    bool anyInProgress() const;

    QPointer<PeakaClient> m_client;
    QString m_projectId;
    quint64 m_generation = 0; // bumped by setClient/setProjectId: late answers are dropped
    std::unique_ptr<StringTable> m_idTexts; // ids that are not UUIDs (their keys point here)
    KnownIds m_known;
    QSet<QString> m_inProgress;
    quint32 m_passNo = 0; // the current (or last) full read
    QList<ExportJob> m_changedRows; // since the last rowsChanged()
    QStringList m_removedIds;
    QPointer<ExportPager> m_pass;
    int m_passRows = 0;
    bool m_complete = false;
    QList<QPointer<ExportPager>> m_tickPagers;
    int m_tickParts = 0;
    QSet<QString> m_runningBefore, m_runningNow;
    ApiError m_tickError;
    QTimer m_timer;       // next tick, or the retry of a failed read
    bool m_timerIsPass = false;
    QTimer m_fullTimer;   // the long-interval full re-read
    QDateTime m_lastSuccess;
    int m_intervalMs = DefaultIntervalMs;
    int m_maxBackoffMs = DefaultMaxBackoffMs;
    int m_fullRereadMs = DefaultFullRereadMs;
    int m_failures = 0;
};

} // namespace peaka
