// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/exportrequests.h"
#include "exports/exportstatusfilter.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace peaka {

class PeakaClient;

// Reads every page of List Exports: limit=200, `createdBefore` = the previous
// page's last createdAt exactly as the server wrote it, until a short or empty
// page. A repeated id is dropped; a row without createdAt is kept but never the
// cursor. With setKeepRows(false) it only streams: pages go out through
// pageLoaded() and are not kept (nor their ids, so repeats are the receiver's
// to drop), for a reader of 100,000 rows that keeps its own compact state. An error on page N ends the walk with the rows read so far and the
// error. Like a request it emits one `finished` and then deletes itself;
// abort() ends it silently.
class ExportPager : public QObject
{
    Q_OBJECT
public:
    ExportPager(PeakaClient *client, const QString &projectId, const ExportStatusFilter &filter = {},
                QObject *parent = nullptr);
    ~ExportPager() override;

    // Read at most this many pages (0 = all); with 1 only the newest page is read.
    void setMaxPages(int pages) { m_maxPages = pages; }
    // false: finished() carries no rows; pageLoaded() gives each page as read.
    void setKeepRows(bool keep) { m_keepRows = keep; }
    void start();
    void abort();

    QString projectId() const { return m_projectId; }
    int pagesRead() const { return m_pages; }
    // Rows given out by pageLoaded() so far.
    qsizetype rowCount() const { return m_rowCount; }
    // True when the last page came back short, i.e. nothing is missing.
    bool isComplete() const { return m_complete; }

Q_SIGNALS:
    // The new rows of one page (after dropping repeats and the local filter).
    void pageLoaded(const QList<peaka::ExportJob> &rows, int page);
    // value: every row read (none without keepRows); error: why a page failed (the rows before it are kept).
    void finished(const peaka::ExportListResult &result);

private:
    void requestPage();
    void onPage(ListExportsRequest *request, const ExportListResult &result);
    void finish(const ApiError &error);

    QPointer<PeakaClient> m_client;
    QString m_projectId;
    ExportStatusFilter m_filter;
    QPointer<ListExportsRequest> m_request;
    QList<ExportJob> m_rows;
    QSet<QString> m_seen;
    QStringList m_problems;
    QString m_cursor;
    int m_pages = 0;
    int m_maxPages = 0;
    qsizetype m_rowCount = 0;
    bool m_keepRows = true;
    bool m_complete = false;
    bool m_done = false;
};

} // namespace peaka
