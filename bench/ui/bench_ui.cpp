// SPDX-License-Identifier: GPL-3.0-or-later
// Fills the real main window with 100,000 exports through the real path
// (demo server -> PeakaClient List Exports, parsed off the UI thread -> merge
// into ExportListModel -> sort/filter proxy -> table) and reports the longest
// UI-thread stall of each refresh and the model's memory per row.
//
//   bench_ui [ROWS]        (QT_QPA_PLATFORM=offscreen for a headless run)
#include "demoserver.h"
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"
#include "exports/livepoller.h"
#include "connections/connectionregistry.h"
#include "mainwindow.h"
#include "mainwindowassembly.h"
#include "api/peakaclient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QThread>
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

    gui::MainWindowAssembly assembly;
    gui::MainWindow &window = *assembly.window();
    assembly.registry()->setClientConfigurer([](PeakaClient *c) { c->setTimeoutMs(120000); });
    assembly.poller()->setIntervalMs(3600 * 1000); // refreshes are driven by the bench
    window.resize(1400, 900);
    window.show();

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
    next = [&] {
        ++step;
        if (step == steps.size()) {
            // Memory per row: a bare model holding the same rows, the list dropped.
            const QList<ExportJob> copy = assembly.model()->jobs().toList();
            assembly.setConnections({});
            trim();
            const qint64 before = rssBytes();
            {
                auto *model = new ExportListModel;
                // ROWS rows as the parser makes them: the listed rows (one page
                // while the list is not read in pages) repeated with fresh ids and
                // distinct microsecond createdAt texts, as a JSON body, parsed.
                QList<ExportJob> detached;
                {
                    QJsonArray body;
                    for (int i = 0; i < rows && !copy.isEmpty(); ++i) {
                        QJsonObject o = copy.at(i % copy.size()).toJson();
                        o.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
                        o.insert(QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(1781000000000LL - qint64(i) * 37001, Qt::UTC)
                                                                  .toString(Qt::ISODateWithMs).chopped(1) + QStringLiteral("%1Z").arg(i % 1000, 3, 10, QLatin1Char('0')));
                        body.append(o);
                    }
                    parseExportList(QJsonDocument(body), &detached);
                }
                trim();
                const qint64 parsed = rssBytes();
                model->setJobs(detached);
                detached.clear();
                trim();
                const qint64 after = rssBytes();
                std::printf("parsed list: %.0f bytes per row before the model took it\n",
                            double(parsed - before) / std::max(1, model->rowCount()));
                std::printf("model memory: %.0f bytes per row (RSS delta %.1f MB for %lld rows)\n",
                            double(after - before) / model->rowCount(), (after - before) / 1e6,
                            qint64(model->rowCount()));
                delete model;
            }
            QCoreApplication::quit();
            return;
        }
        steps.at(step).prepare();
        meter.begin();
        window.refresh();
    };
    QObject::connect(&window, &gui::MainWindow::listRefreshed, &app, [&] {
        meter.end();
        const auto stats = assembly.model()->lastMerge();
        std::printf("%-30s rows %7d | longest UI stall %5lld ms | refresh total %5lld ms | diff (worker) %4lld ms"
                    " | apply %4lld ms in %4d slices, longest %3lld ms | +%d -%d ~%d\n",
                    steps.at(step).name, assembly.model()->rowCount(), meter.longest(), meter.total(),
                    stats.diffMs, stats.elapsedMs, stats.slices, stats.longestSliceMs, stats.inserted,
                    stats.removed, stats.changed);
        if (qEnvironmentVariableIsSet("PEAKA_BENCH_TRACE"))
            std::printf("  longest stall ended at %.3f (CLOCK_MONOTONIC)\n", meter.longestEnd());
        std::fflush(stdout);
        QTimer::singleShot(200, &app, next);
    });
    QObject::connect(assembly.poller(), &LivePoller::failed, &app, [](const ApiError &e) {
        std::fprintf(stderr, "list failed: %s\n", qPrintable(e.message()));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(0, &app, [&] {
        // setConnection starts the first refresh itself: measure it as step 0.
        step = 0;
        meter.begin();
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
