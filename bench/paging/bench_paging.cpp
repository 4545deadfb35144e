// SPDX-License-Identifier: GPL-3.0-or-later
// The paged first load of a large project, from a demo server in its own
// process (as a remote server would be):
//  - the core pager (ExportPager): time to the first rows and to all rows;
//  - the same pages read by a shell loop of curl (curl_pages.sh), the ratio;
//  - the window (MainWindowAssembly, offscreen): first rows and all rows shown;
//  - the export list cache: from the window mapped to the cached rows shown,
//    with the longest UI-thread stall meanwhile (a 1 ms timer, as bench_ui).
//
//   bench_paging [ROWS] [RUNS]     (defaults 100000 and 3; medians are printed)
//   PEAKA_BENCH_CACHE_ONLY=1: only the cache step (profiling).
#include "api/exportpager.h"
#include "api/peakaclient.h"
#include "cache/exportlistcache.h"
#include "cache/exportlistcachelink.h"
#include "connections/connectionregistry.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "mainwindow.h"
#include "mainwindowassembly.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace peaka;

namespace {

struct Server
{
    QProcess process;
    QUrl baseUrl;
    QString project, key;
};

bool startServer(Server &s, int rows)
{
    s.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    s.process.start(QStringLiteral(PEAKA_DEMO_SERVER_PATH),
                    {QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--exit-on-stdin-close")});
    QByteArray out;
    while (!out.contains("READY\n")) {
        if (!s.process.waitForReadyRead(120000))
            return false;
        out += s.process.readAllStandardOutput();
    }
    for (const QByteArray &line : out.split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.startsWith(QLatin1String("PEAKA_BASE_URL=")))
            s.baseUrl = QUrl(l.section(QLatin1Char('='), 1));
        else if (l.startsWith(QLatin1String("PEAKA_PROJECT=")))
            s.project = l.section(QLatin1Char('='), 1);
        else if (l.startsWith(QLatin1String("PEAKA_PARTNER_KEY=")))
            s.key = l.section(QLatin1Char('='), 1);
    }
    return s.baseUrl.isValid() && !s.project.isEmpty();
}

// Runs the event loop until `done()` holds (checked on every event-loop turn's 1 ms tick).
void waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start();
    if (!done())
        loop.exec();
}

// The longest gap between ticks of a 1 ms timer on the UI thread: the longest
// time the window could not paint or react.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_tick.setInterval(1);
        m_tick.setTimerType(Qt::PreciseTimer);
        connect(&m_tick, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void begin()
    {
        m_longest = 0;
        m_clock.start();
        m_tick.start();
    }
    qint64 end()
    {
        m_tick.stop();
        return m_longest = std::max(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

QString list(const QList<qint64> &v)
{
    QStringList s;
    for (qint64 x : v)
        s << QString::number(x);
    return s.join(QStringLiteral(" / "));
}

gui::Connection connectionTo(const Server &s)
{
    gui::Connection c;
    c.name = QStringLiteral("Bench");
    c.profileId = QStringLiteral("bench");
    c.baseUrl = s.baseUrl;
    c.apiKey = s.key;
    c.projectIds = {s.project};
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PeakaBench"));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;

    const bool cacheOnly = qEnvironmentVariableIntValue("PEAKA_BENCH_CACHE_ONLY") != 0;
    Server server;
    if (!startServer(server, rows)) {
        std::fprintf(stderr, "could not start %s\n", PEAKA_DEMO_SERVER_PATH);
        return 1;
    }
    std::printf("demo server with %d + 32 exports at %s; %d runs each, medians\n", rows,
                qPrintable(server.baseUrl.toString()), runs);

    // 1. The core pager.
    QList<qint64> pagerFirst, pagerAll;
    if (!cacheOnly) {
        qsizetype pagerRows = 0;
        for (int r = 0; r < runs; ++r) {
            PeakaClient client;
            client.setBaseUrl(server.baseUrl.toString());
            client.setApiKey(server.key);
            client.setTimeoutMs(120000);
            auto *pager = new ExportPager(&client, server.project);
            QElapsedTimer clock;
            qint64 first = -1;
            bool done = false;
            QObject::connect(pager, &ExportPager::pageLoaded, pager, [&](const QList<ExportJob> &, int) {
                if (first < 0)
                    first = clock.elapsed();
            });
            QObject::connect(pager, &ExportPager::finished, &app, [&](const ExportListResult &result) {
                pagerAll << clock.elapsed();
                pagerRows = result.value.size();
                done = true;
            });
            clock.start();
            pager->start();
            waitUntil([&] { return done; });
            pagerFirst << first;
        }
        std::printf("core pager: first rows %lld ms (%s), all %lld rows %lld ms (%s)\n", median(pagerFirst),
                    qPrintable(list(pagerFirst)), static_cast<long long>(pagerRows), median(pagerAll),
                    qPrintable(list(pagerAll)));

        // 2. A loop of curl over the same pages.
        QList<qint64> curlFirst, curlAll;
        for (int r = 0; r < runs; ++r) {
            QProcess curl;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PEAKA_API_KEY"), server.key);
            curl.setProcessEnvironment(env);
            curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            curl.start(QStringLiteral("sh"), {QStringLiteral(PEAKA_CURL_PAGES_PATH), server.baseUrl.toString(), server.project});
            curl.waitForFinished(600000);
            const QList<QByteArray> f = curl.readAllStandardOutput().trimmed().split(' ');
            if (f.size() < 4) {
                std::fprintf(stderr, "curl_pages.sh failed\n");
                return 1;
            }
            curlFirst << f.at(0).toLongLong();
            curlAll << f.at(1).toLongLong();
            if (r == 0)
                std::printf("curl loop: %s pages, %s rows\n", f.at(2).constData(), f.at(3).constData());
        }
        std::printf("curl loop: first rows %lld ms (%s), all rows %lld ms (%s)\n", median(curlFirst),
                    qPrintable(list(curlFirst)), median(curlAll), qPrintable(list(curlAll)));
        std::printf("ratio pager / curl: first rows %.2f, all rows %.2f\n",
                    double(median(pagerFirst)) / double(std::max<qint64>(1, median(curlFirst))),
                    double(median(pagerAll)) / double(std::max<qint64>(1, median(curlAll))));

        // 3. The window, no cache: from setConnection to the first rows and to all rows in the model.
        QList<qint64> winFirst, winAll;
        for (int r = 0; r < runs; ++r) {
            gui::MainWindowAssembly::Options options;
            options.listCache = false;
            gui::MainWindowAssembly assembly(options);
            assembly.registry()->setClientConfigurer([](PeakaClient *c) { c->setTimeoutMs(120000); });
            assembly.poller()->setIntervalMs(3600 * 1000);
            assembly.window()->resize(1400, 900);
            assembly.window()->show();
            waitUntil([&] { return assembly.window()->windowHandle() && assembly.window()->windowHandle()->isExposed(); });
            ExportListModel *model = assembly.model();
            QElapsedTimer clock;
            clock.start();
            assembly.setConnection(connectionTo(server));
            waitUntil([&] { return model->rowCount() > 0; });
            winFirst << clock.elapsed();
            waitUntil([&] { return !assembly.poller()->isLoading() && !model->isMerging() && model->rowCount() >= rows; });
            winAll << clock.elapsed();
            waitUntil([&] { return !model->isMerging(); }); // Qt 6.4 asserts (debug) on a model destroyed mid-diff
        }
        std::printf("window: first rows %lld ms (%s), all rows %lld ms (%s)\n", median(winFirst),
                    qPrintable(list(winFirst)), median(winAll), qPrintable(list(winAll)));
    }

    // 4. The cache: one run writes it; each later start shows it. "shown" is
    // the model holding every cached row (the table shows them); "idle" also
    // waits for the server's pages merged meanwhile (the old "all" figure).
    QTemporaryDir cacheDir;
    QList<qint64> cacheFirst, cacheAll, cacheIdle, cacheStart, cacheRead, cacheSeeded, cacheStall;
    for (int r = 0; r <= runs; ++r) {
        gui::MainWindowAssembly::Options options;
        options.listCacheDir = cacheDir.path();
        QElapsedTimer startClock;
        startClock.start();
        gui::MainWindowAssembly assembly(options);
        assembly.registry()->setClientConfigurer([](PeakaClient *c) { c->setTimeoutMs(120000); });
        assembly.poller()->setIntervalMs(3600 * 1000);
        assembly.window()->resize(1400, 900);
        ExportListModel *model = assembly.model();
        ExportListCacheLink *link = assembly.listCacheLink();
        QElapsedTimer clock; // from the window mapped
        qint64 readAt = -1, seededAt = -1;
        int cachedRows = -1;
        QObject::connect(assembly.listCache(), &ExportListCache::loaded, &app,
                         [&] { readAt = clock.isValid() ? clock.elapsed() : 0; });
        QObject::connect(link, &ExportListCacheLink::cachedRowsShown, &app, [&](int n) {
            seededAt = clock.isValid() ? clock.elapsed() : 0;
            cachedRows = n;
        });
        assembly.setConnection(connectionTo(server));
        assembly.window()->show();
        waitUntil([&] { return assembly.window()->windowHandle() && assembly.window()->windowHandle()->isExposed(); });
        clock.start();
        const qint64 mapped = startClock.elapsed();
        if (r == 0) { // the first start: nothing cached; written after the full read
            bool saved = false;
            QObject::connect(assembly.listCache(), &ExportListCache::saved, &app, [&] { saved = true; });
            waitUntil([&] { return saved && !model->isMerging(); });
            continue;
        }
        StallMeter meter;
        meter.begin();
        waitUntil([&] { return model->rowCount() > 0; });
        cacheFirst << clock.elapsed();
        waitUntil([&] { return cachedRows > 0 && model->rowCount() >= cachedRows; });
        if (qEnvironmentVariableIntValue("PEAKA_BENCH_TRACE")) // to find the run in a perf -k CLOCK_MONOTONIC profile
            std::printf("run %d: mapped at %.3f, all shown at %.3f (CLOCK_MONOTONIC)\n", r,
                        (clock.msecsSinceReference()) / 1e3, (clock.msecsSinceReference() + clock.elapsed()) / 1e3);
        cacheAll << clock.elapsed();
        cacheStall << meter.end();
        waitUntil([&] { return model->rowCount() >= rows && !model->isMerging(); });
        cacheIdle << clock.elapsed();
        cacheStart << mapped;
        cacheRead << readAt;
        cacheSeeded << seededAt;
        if (!link->showsCachedRows())
            std::printf("(run %d: the server's list was complete before the cached one)\n", r);
        // Let the reconcile finish before the next start (its write included).
        bool saved = false;
        QObject::connect(assembly.listCache(), &ExportListCache::saved, &app, [&] { saved = true; });
        waitUntil([&] { return saved || (!assembly.poller()->isLoading() && !link->showsCachedRows()); });
        waitUntil([&] { return !model->isMerging(); });
        assembly.listCache()->waitForDone();
    }
    std::printf("cache: window mapped %lld ms after construction; cached rows from mapped: first %lld ms (%s), "
                "all %d shown %lld ms (%s), longest UI stall %lld ms (%s)\n",
                median(cacheStart), median(cacheFirst), qPrintable(list(cacheFirst)), rows, median(cacheAll),
                qPrintable(list(cacheAll)), median(cacheStall), qPrintable(list(cacheStall)));
    std::printf("cache: read (worker) done %lld ms (%s), seeded %lld ms (%s), model idle %lld ms (%s)\n",
                median(cacheRead), qPrintable(list(cacheRead)), median(cacheSeeded), qPrintable(list(cacheSeeded)),
                median(cacheIdle), qPrintable(list(cacheIdle)));
    server.process.closeWriteChannel();
    server.process.waitForFinished(10000);
    return 0;
}
