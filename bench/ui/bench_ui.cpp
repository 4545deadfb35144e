// SPDX-License-Identifier: GPL-3.0-or-later
// Fills the real main window with 100,000 exports through the real path
// (demo server -> PeakaClient List Exports, parsed off the UI thread -> merge
// into ExportListModel -> sort/filter proxy -> table) and reports the longest
// UI-thread stall of each refresh and the model's memory per row.
//
//   bench_ui [ROWS]        (QT_QPA_PLATFORM=offscreen for a headless run)
#include "demoserver.h"
#include "exportjson.h"
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "connections/connectionregistry.h"
#include "mainwindow.h"
#include "mainwindowassembly.h"
#include "cache/exportlistcachelink.h"
#include "api/peakaclient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <functional>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace peaka;

namespace {

qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLongLong() * 4096 : -1;
}

void trim()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// Measures the longest gap between 1 ms timer ticks while `start` runs until
// `done` fires: the longest time the UI thread could not paint or react.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_tick.setInterval(1);
        m_tick.setTimerType(Qt::PreciseTimer);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            if (gap > m_longest) {
                m_longest = gap;
                m_longestEndNs = m_clock.nsecsElapsed() + m_clock.msecsSinceReference() * 1000000;
            }
        });
    }
    void begin()
    {
        m_longest = 0;
        m_total.start();
        m_clock.start();
        m_tick.start();
    }
    void end() { m_tick.stop(); m_longest = std::max(m_longest, m_clock.elapsed()); }
    qint64 longest() const { return m_longest; }
    // CLOCK_MONOTONIC (s) when the longest stall ended (to find it in a profile).
    double longestEnd() const { return m_longestEndNs / 1e9; }
    qint64 total() const { return m_total.elapsed(); }

private:
    QTimer m_tick;
    QElapsedTimer m_clock, m_total;
    qint64 m_longest = 0;
    qint64 m_longestEndNs = 0;
};

// Memory per row: the RSS growth of a bare model holding `rows` rows as the
// parser makes them (the templates repeated with fresh ids and distinct
// microsecond createdAt texts, as one JSON body, parsed), once the parsed list
// is dropped. Every reading waits for the pool threads that free rows off the
// UI thread and trims the heap first.
void measureMemory(const QList<QJsonObject> &templates, int rows)
{
    const auto settle = [] {
        QThreadPool::globalInstance()->waitForDone();
        trim();
        return rssBytes();
    };
    const qint64 before = settle();
    auto *model = new ExportListModel;
    QList<ExportJob> parsedRows;
    {
        QJsonArray body;
        for (int i = 0; i < rows && !templates.isEmpty(); ++i) {
            QJsonObject o = templates.at(i % templates.size());
            o.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            o.insert(QStringLiteral("createdAt"),
                     QDateTime::fromMSecsSinceEpoch(1781000000000LL - qint64(i) * 37001, Qt::UTC)
                             .toString(Qt::ISODateWithMs).chopped(1)
                         + QStringLiteral("%1Z").arg(i % 1000, 3, 10, QLatin1Char('0')));
            body.append(o);
        }
        parseExportList(QJsonDocument(body), &parsedRows);
    }
    const qint64 parsed = settle();
    model->setJobs(parsedRows);
    parsedRows = {};
    const qint64 after = settle();
    const int n = std::max(1, model->rowCount());
    std::printf("parsed list: %.0f bytes per row before the model took it\n", double(parsed - before) / n);
    std::printf("model memory: %.0f bytes per row (RSS delta %.1f MB for %d rows)\n",
                double(after - before) / n, (after - before) / 1e6, n);
    std::fflush(stdout);
    delete model;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PeakaBench"));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    // The server runs in its own thread, as a remote one would: its work on
    // the answer is no stall of this UI thread. It is only touched through
    // onServer(), which blocks until the server thread ran the function.
    QThread serverThread;
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    demo::DemoServer *serverPtr = nullptr;
    const auto onServer = [&](const std::function<void(demo::DemoServer &)> &fn) {
        QMetaObject::invokeMethod(&serverContext, [&] { fn(*serverPtr); }, Qt::BlockingQueuedConnection);
    };
    bool started = false;
    QMetaObject::invokeMethod(&serverContext, [&] {
        serverPtr = new demo::DemoServer;
        started = serverPtr->start();
    }, Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "demo server: %s\n", qPrintable(serverPtr->errorString()));
        return 1;
    }
    onServer([rows](demo::DemoServer &s) {
        s.clearExports();
        s.generateExports(rows);
    });
    demo::DemoServer &server = *serverPtr;
    if (qEnvironmentVariableIsSet("PEAKA_BENCH_MEMORY_ONLY")) {
        // Only the memory figure, from the server's rows (no window, no paging).
        QList<QJsonObject> templates;
        onServer([&templates](demo::DemoServer &s) {
            const auto all = s.exports();
            for (int i = 0; i < all.size() && i < 1000; ++i)
                templates.append(demo::exportRow(all.at(i), nullptr, true));
        });
        measureMemory(templates, rows);
        QMetaObject::invokeMethod(&serverContext, [&] { delete serverPtr; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
        return 0;
    }

    gui::MainWindowAssembly assembly;
    gui::MainWindow &window = *assembly.window();
    assembly.registry()->setClientConfigurer([](PeakaClient *c) { c->setTimeoutMs(120000); });
    assembly.poller()->setIntervalMs(3600 * 1000); // refreshes are driven by the bench
    window.resize(1400, 900);
    window.show();

    // The whole window's memory per row (model, poller, sort proxy, view):
    // RSS growth from before the first load to the end of the first step.
    QThreadPool::globalInstance()->waitForDone();
    trim();
    const qint64 rssBeforeLoad = rssBytes();

    StallMeter meter;
    struct Step { const char *name; std::function<void()> prepare; };
    const QList<Step> steps = {
        {"first load (empty -> N rows)", [] {}},
        {"refresh, nothing changed", [] {}},
        {"refresh, 1% changed + 1% new", [&] {
             onServer([rows](demo::DemoServer &s) {
                 const auto all = s.exports();
                 for (int i = 0; i < all.size(); i += 100)
                     s.setExportStatus(all.at(i).id, QStringLiteral("FAILED"), QStringLiteral("bench"));
                 s.generateExports(rows / 100);
             });
         }},
    };
    int step = -1;
    std::function<void()> next;
    // A step is a whole read of the list: every page merged (the poller reads
    // pages of 200 and the model merges after each), so it ends with the first
    // applied merge after the poller's loadFinished. Merge figures add up over
    // the step's merges; the slice figure is the longest of them.
    struct StepStats {
        ExportListModel::MergeStats sum;
        int merges = 0;
        bool passDone = false;
        bool ended = true;
    } st;
    const auto beginStep = [&] {
        st = StepStats();
        st.ended = false;
        meter.begin();
    };
    const auto endStep = [&] {
        st.ended = true;
        meter.end();
        const auto &m = st.sum;
        std::printf("%-30s rows %7d | longest UI stall %5lld ms | refresh total %5lld ms | %3d merges: diff (worker) %5lld ms"
                    " | apply %4lld ms in %4d slices, longest %3lld ms | +%d -%d ~%d\n",
                    steps.at(step).name, assembly.model()->rowCount(), meter.longest(), meter.total(), st.merges,
                    m.diffMs, m.elapsedMs, m.slices, m.longestSliceMs, m.inserted, m.removed, m.changed);
        if (qEnvironmentVariableIsSet("PEAKA_BENCH_TRACE"))
            std::printf("  longest stall ended at %.3f (CLOCK_MONOTONIC)\n", meter.longestEnd());
        if (step == 0) {
            // The list cache's save of this read (jobs built on the pool, written
            // by the cache's worker) ends first: its transient copy is no row's cost.
            QThreadPool::globalInstance()->waitForDone();
            QCoreApplication::processEvents();
            assembly.listCacheLink()->cache()->waitForDone();
            trim();
            const int n = std::max(1, assembly.model()->rowCount());
            std::printf("window memory: %.0f bytes per row (RSS delta %.1f MB for %d rows: model, poller, proxy, view)\n",
                        double(rssBytes() - rssBeforeLoad) / n, (rssBytes() - rssBeforeLoad) / 1e6, n);
        }
        std::fflush(stdout);
        QTimer::singleShot(200, &app, next);
    };
    next = [&] {
        ++step;
        if (step == steps.size()) {
            const QList<ExportJob> copy = assembly.model()->jobs().toList();
            assembly.setConnections({});
            QList<QJsonObject> templates;
            for (const ExportJob &j : copy)
                templates.append(j.toJson());
            measureMemory(templates, rows);
            QCoreApplication::quit();
            return;
        }
        steps.at(step).prepare();
        beginStep();
        window.refresh();
    };
    QObject::connect(&window, &gui::MainWindow::listRefreshed, &app, [&] {
        if (st.ended)
            return;
        const auto m = assembly.model()->lastMerge();
        st.sum.inserted += m.inserted;
        st.sum.removed += m.removed;
        st.sum.changed += m.changed;
        st.sum.diffMs += m.diffMs;
        st.sum.elapsedMs += m.elapsedMs;
        st.sum.slices += m.slices;
        st.sum.longestSliceMs = std::max(st.sum.longestSliceMs, m.longestSliceMs);
        ++st.merges;
        if (st.passDone && !assembly.model()->isMerging())
            endStep();
    });
    QObject::connect(assembly.poller(), &LivePoller::loadFinished, &app, [&](const ApiError &error, int) {
        if (st.ended)
            return;
        if (error.isError()) {
            std::fprintf(stderr, "list failed: %s\n", qPrintable(error.message()));
            QCoreApplication::exit(1);
            return;
        }
        st.passDone = true;
        if (!assembly.model()->isMerging())
            endStep();
    });
    QObject::connect(assembly.poller(), &LivePoller::failed, &app, [](const ApiError &e) {
        std::fprintf(stderr, "list failed: %s\n", qPrintable(e.message()));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(0, &app, [&] {
        // setConnection starts the first refresh itself: measure it as step 0.
        step = 0;
        beginStep();
        peaka::gui::Connection bench;
        bench.name = QStringLiteral("Bench");
        bench.baseUrl = server.baseUrl();
        bench.apiKey = server.partnerKey().key;
        bench.projectIds = {server.projectId()};
        bench.demo = true;
        assembly.setConnection(bench);
    });
    const int rc = app.exec();
    QMetaObject::invokeMethod(&serverContext, [&] { delete serverPtr; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return rc;
}
