// SPDX-License-Identifier: GPL-3.0-or-later
// Shared set-up for the download tests: a demo server, a client for Read
// Export, a link refresher that counts, and helpers to inspect what the
// storage origin received. Header-only; included by tst_download*.cpp.
#pragma once

#include "demoserver.h"
#include "downloads/downloadmanager.h"
#include "downloads/linkrefresher.h"
#include "api/peakaclient.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace peaka::test {

// Short timings so failure paths finish quickly.
inline DownloadOptions fastOptions()
{
    DownloadOptions o;
    o.retryBaseDelayMs = 50;
    o.retryMaxDelayMs = 200;
    o.inactivityTimeoutMs = 5000;
    return o;
}

// A QFile that accepts `limit` bytes and then reports a full disk.
class FullDiskFile : public QFile
{
public:
    FullDiskFile(const QString &path, qint64 limit) : QFile(path), m_limit(limit) {}

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        const qint64 room = m_limit - size();
        if (room <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        return QFile::writeData(data, qMin(len, room));
    }

private:
    qint64 m_limit;
};

struct DownloadFixture
{
    demo::DemoServer server;
    PeakaClient client;
    std::unique_ptr<ClientLinkRefresher> refresher;
    QTemporaryDir dir;

    bool init()
    {
        if (!server.start() || !dir.isValid())
            return false;
        server.clearExports();
        client.setBaseUrl(server.baseUrl().toString());
        client.setApiKey(server.partnerKey().key);
        refresher = std::make_unique<ClientLinkRefresher>(&client);
        return true;
    }

    QString folder() const { return dir.filePath(QStringLiteral("downloads")); }
    QString statePath() const { return dir.filePath(QStringLiteral("state/downloads.json")); }

    std::unique_ptr<DownloadManager> manager()
    {
        auto m = std::make_unique<DownloadManager>(refresher.get());
        m->setStatePath(statePath());
        m->setDefaultOptions(fastOptions());
        return m;
    }

    // A SUCCEEDED export owned by the partner key with these files.
    QString addExport(const QList<demo::DemoFile> &files, const QString &id = QStringLiteral("exp-1"))
    {
        demo::DemoExport e;
        e.id = id;
        e.projectId = server.projectId();
        e.status = QStringLiteral("SUCCEEDED");
        e.ownerKey = server.partnerKey().key;
        e.createdAt = QDateTime::currentDateTimeUtc();
        e.finishedAt = e.createdAt;
        e.queryId = QStringLiteral("q1");
        e.files = files;
        server.addExport(e);
        return id;
    }

    DownloadSource source(const QString &exportId, const QString &fileName) const
    {
        DownloadSource s;
        s.projectId = server.projectId();
        s.exportId = exportId;
        s.fileName = fileName;
        return s;
    }

    QList<demo::RecordedRequest> requests(const QString &origin) const
    {
        QList<demo::RecordedRequest> out;
        for (const demo::RecordedRequest &r : server.requests()) {
            if (r.origin == origin)
                out.append(r);
        }
        return out;
    }

    int readExportCalls(const QString &exportId) const
    {
        int n = 0;
        for (const demo::RecordedRequest &r : requests(QStringLiteral("api"))) {
            if (r.method == "GET" && r.url.path().endsWith(QLatin1Char('/') + exportId))
                ++n;
        }
        return n;
    }

    // No request to the storage origin carried an Authorization header (or a cookie).
    bool storageSawNoCredentials() const
    {
        const auto storage = requests(QStringLiteral("storage"));
        for (const demo::RecordedRequest &r : storage) {
            if (!r.header("Authorization").isEmpty() || !r.header("Cookie").isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace peaka::test
