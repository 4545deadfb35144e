// SPDX-License-Identifier: GPL-3.0-or-later
#include "followjob.h"

#include "clicontext.h"
#include "downloads/downloadmanager.h"
#include "exports/exportwaiter.h"
#include "downloads/linkrefresher.h"
#include "api/peakaclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <memory>

namespace peaka::cli {
namespace {

bool parseSeconds(const QString &text, double min, double *out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > 7 * 24 * 3600.0)
        return false;
    *out = v;
    return true;
}

// The sentence for a job that ended without success.
QString endSentence(const ExportJob &job)
{
    switch (job.status.code()) {
    case ExportStatus::Failed:
        return job.error.isEmpty()
            ? CliContext::tr("Export %1 failed; the server gave no reason.").arg(job.id)
            : CliContext::tr("Export %1 failed: %2").arg(job.id, job.error);
    case ExportStatus::Cancelled:
        return CliContext::tr("Export %1 was cancelled before it finished; it has no files.").arg(job.id);
    case ExportStatus::Expired:
        return CliContext::tr("Export %1 has expired: its files were removed. Exports are never regenerated; "
                              "start a new export to get the data again.")
            .arg(job.id);
    case ExportStatus::Succeeded:
    case ExportStatus::Pending:
    case ExportStatus::Running:
    case ExportStatus::Unknown:
        break;
    }
    return {};
}

void printFinal(CliContext &ctx, const ExportJob &job, const QStringList &downloaded, const FollowSettings &s)
{
    if (ctx.json) {
        QJsonObject row = job.toJson();
        if (!s.downloadDir.isEmpty())
            row.insert(QStringLiteral("downloadedFiles"), QJsonArray::fromStringList(downloaded));
        ctx.out() << QJsonDocument(row).toJson(QJsonDocument::Indented);
        return;
    }
    if (!s.printId)
        ctx.out() << job.status.wire() << '\n';
    for (const QString &path : downloaded)
        ctx.out() << path << '\n';
}

void download(CliContext &ctx, const ExportJob &job, const FollowSettings &s)
{
    if (job.downloadable && !*job.downloadable) {
        ctx.fail(ExitAuth, CliContext::tr("Export %1 succeeded, but only the user who started it may download it.").arg(job.id));
        return;
    }
    if (job.files.isEmpty()) {
        ctx.fail(ExitApi, CliContext::tr("Export %1 succeeded, but the server listed no files to download.").arg(job.id));
        return;
    }
    const QString folder = QFileInfo(s.downloadDir).absoluteFilePath();
    if (!QDir().mkpath(folder)) {
        ctx.fail(ExitUsage, CliContext::tr("Cannot create the download folder %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    // Kept by the context, which destroys the manager first, then the refresher
    // it uses. The CLI keeps no state file.
    auto *refresher = ctx.keep(std::make_shared<ClientLinkRefresher>(ctx.client));
    auto *manager = ctx.keep(std::make_shared<DownloadManager>(refresher));
    manager->setStatePath(QString());
    DownloadSource source;
    source.projectId = ctx.projectId;
    source.exportId = job.id;
    source.exportSource = job.displaySource();
    const QList<DownloadTask *> tasks = manager->downloadAll(source, job, folder, manager->defaultOptions());
    if (CliContext::stderrIsTerminal())
        ctx.err() << CliContext::tr("Downloading %n file(s) into %1\u2026", nullptr, int(tasks.size()))
                         .arg(QDir::toNativeSeparators(folder))
                  << Qt::endl;
    const auto check = [&ctx, manager, tasks, job, s] {
        for (DownloadTask *t : tasks) {
            if (!isFinalState(t->state()))
                return;
        }
        manager->disconnect();
        QStringList done;
        for (DownloadTask *t : tasks) {
            if (t->state() == DownloadState::Done) {
                done << QDir::toNativeSeparators(t->finalPath());
                continue;
            }
            const int code = t->error() == DownloadError::Integrity ? ExitIntegrity
                           : t->error() == DownloadError::Write || t->error() == DownloadError::Path ? ExitUsage
                                                                                                   : ExitNetwork;
            ctx.fail(code, CliContext::tr("Could not download %1: %2").arg(t->displayName(), t->errorString()));
            return;
        }
        printFinal(ctx, job, done, s);
        ctx.finish(ExitOk);
    };
    QObject::connect(manager, &DownloadManager::taskFinished, manager, check);
    check(); // all of them may be final already (e.g. refused at once)
}

} // namespace

QList<QCommandLineOption> followOptions()
{
    return {
        QCommandLineOption(QStringLiteral("wait-timeout"),
                           CliContext::tr("Stop waiting after SEC seconds (exit 3); default: no limit. "
                                          "--timeout is the network timeout of each request."),
                           QStringLiteral("SEC")),
        QCommandLineOption(QStringLiteral("poll-interval"),
                           CliContext::tr("Seconds between status checks while waiting (default 2)."),
                           QStringLiteral("SEC")),
        QCommandLineOption(QStringLiteral("download"),
                           CliContext::tr("When the export has succeeded, download all its files into DIR."),
                           QStringLiteral("DIR")),
    };
}

bool readFollowOptions(CliContext &ctx, FollowSettings *settings)
{
    QCommandLineParser *p = ctx.parser;
    double secs = 0;
    if (p->isSet(QStringLiteral("wait-timeout"))) {
        if (!parseSeconds(p->value(QStringLiteral("wait-timeout")), 0.001, &secs)) {
            ctx.fail(ExitUsage, CliContext::tr("--wait-timeout must be a number of seconds greater than 0."));
            return false;
        }
        settings->timeoutMs = qint64(std::ceil(secs * 1000));
    }
    if (p->isSet(QStringLiteral("poll-interval"))) {
        if (!parseSeconds(p->value(QStringLiteral("poll-interval")), 0.05, &secs)) {
            ctx.fail(ExitUsage, CliContext::tr("--poll-interval must be a number of seconds, at least 0.05."));
            return false;
        }
        settings->intervalMs = int(std::ceil(secs * 1000));
    }
    if (p->isSet(QStringLiteral("download"))) {
        settings->downloadDir = p->value(QStringLiteral("download"));
        const QFileInfo info(settings->downloadDir);
        if (settings->downloadDir.trimmed().isEmpty() || (info.exists() && !info.isDir())) {
            ctx.fail(ExitUsage, CliContext::tr("--download needs a folder; %1 is not one.").arg(settings->downloadDir));
            return false;
        }
    }
    return true;
}

void followJob(CliContext &ctx, const ExportJob &initial, const FollowSettings &settings)
{
    auto *waiter = new ExportWaiter(ctx.client, ctx.projectId, initial.id, ctx.client);
    waiter->setIntervalMs(settings.intervalMs);
    waiter->setTimeoutMs(settings.timeoutMs);
    if (!initial.status.wire().isEmpty())
        waiter->setInitialJob(initial);
    if (CliContext::stderrIsTerminal()) {
        QObject::connect(waiter, &ExportWaiter::statusChanged, waiter, [&ctx](const ExportJob &job) {
            ctx.err() << CliContext::tr("Export %1: %2").arg(job.id, job.status.displayName()) << Qt::endl;
        });
    }
    QObject::connect(waiter, &ExportWaiter::finished, waiter,
                     [&ctx, waiter, settings](const ExportJob &job, const ApiError &error) {
                         waiter->deleteLater();
                         if (error.isError()) {
                             if (waiter->hasTimedOut())
                                 ctx.fail(ExitNetwork, error.reason() + QLatin1Char(' ')
                                                           + CliContext::tr("Run \u201cpeaka-exports-cli wait %1\u201d to keep waiting.")
                                                                 .arg(job.id));
                             else
                                 ctx.failWith(error);
                             return;
                         }
                         if (job.status.code() != ExportStatus::Succeeded) {
                             if (ctx.json)
                                 printFinal(ctx, job, {}, settings);
                             ctx.fail(ExitApi, endSentence(job));
                             return;
                         }
                         if (!settings.downloadDir.isEmpty()) {
                             download(ctx, job, settings);
                             return;
                         }
                         printFinal(ctx, job, {}, settings);
                         ctx.finish(ExitOk);
                     });
    waiter->start();
}

} // namespace peaka::cli
