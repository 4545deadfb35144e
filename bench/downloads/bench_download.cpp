// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads one URL with DownloadTask and prints throughput and memory figures.
// Usage: bench_download URL SIZE_BYTES OUTPUT_FOLDER
// Prints: bytes=N seconds=S mib_per_s=R rss_start_kib=A rss_peak_kib=B rss_growth_kib=C state=done
#include "downloads/downloadtask.h"
#include "downloads/linkrefresher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace peaka;

namespace {

// The benchmark's link never expires; a refresh just hands out the same URL.
class StaticLinks final : public LinkRefresher
{
public:
    StaticLinks(const QString &name, const QUrl &url, qint64 bytes) : m_file{name, url, bytes} {}
    void refresh(const DownloadSource &, QObject *context, Done done) override
    {
        ExportResult r;
        r.value.status = ExportStatus::Succeeded;
        r.value.files = {m_file};
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }

private:
    ExportFile m_file;
};

qint64 statusKib(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_download URL SIZE_BYTES OUTPUT_FOLDER\n");
        return 2;
    }
    const QUrl url(args.at(1));
    const qint64 size = args.at(2).toLongLong();
    StaticLinks links(QStringLiteral("bench.bin"), url, size);
    QNetworkAccessManager nam;

    DownloadRecord record;
    record.source = {QString(), QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench.bin"), QString()};
    record.folder = args.at(3);
    DownloadTask task(record, &nam, &links);
    task.setLink({QStringLiteral("bench.bin"), url, size}, QDateTime::currentDateTimeUtc().addDays(1));

    const qint64 rssStart = statusKib("VmRSS:");
    QElapsedTimer clock;
    QObject::connect(&task, &DownloadTask::finished, &app, [&] {
        const double secs = clock.nsecsElapsed() / 1e9;
        const qint64 peak = statusKib("VmHWM:");
        std::printf("bytes=%lld seconds=%.3f mib_per_s=%.1f rss_start_kib=%lld rss_peak_kib=%lld "
                    "rss_growth_kib=%lld state=%s\n",
                    task.bytesReceived(), secs, task.bytesReceived() / secs / 1048576.0, rssStart, peak,
                    peak - rssStart, qPrintable(downloadStateKey(task.state())));
        if (task.state() != DownloadState::Done)
            std::fprintf(stderr, "%s\n", qPrintable(task.errorString()));
        std::fflush(stdout);
        app.exit(task.state() == DownloadState::Done ? 0 : 1);
    });
    clock.start();
    task.start();
    return app.exec();
}
