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
// cursor. An error on page N ends the walk with the rows read so far and the
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
    void start();
    void abort();

    QString projectId() const { return m_projectId; }
    int pagesRead() const { return m_pages; }
    qsizetype rowCount() const { return m_rows.size(); }
    // True when the last page came back short, i.e. nothing is missing.
    bool isComplete() const { return m_complete; }

Q_SIGNALS:
    // The new rows of one page (after dropping repeats and the local filter).
    void pageLoaded(const QList<peaka::ExportJob> &rows, int page);
    // value: every row read; error: why a page failed (the rows before it are kept).
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
    bool m_complete = false;
    bool m_done = false;
};

} // namespace peaka
