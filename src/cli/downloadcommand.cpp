// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-exports-cli download EXPORT_ID [-o DIR] [--file NAME] [--decompress] [--keep-compressed]
#include "clicontext.h"
#include "command.h"
#include "downloads/downloadmanager.h"
#include "downloads/linkrefresher.h"
#include "api/peakaclient.h"
#include "textformat.h"

#include <QDir>
#include <QStandardPaths>

#include <memory>

namespace peaka::cli {
namespace {

// Owns the download machinery for the lifetime of the command.
struct DownloadRun
{
    std::unique_ptr<ClientLinkRefresher> refresher;
    std::unique_ptr<DownloadManager> manager;
    QList<DownloadTask *> tasks;
    int failedExit = ExitOk;
    bool progressLine = false;
};

int exitFor(DownloadError error)
{
    switch (error) {
    case DownloadError::Integrity: return ExitIntegrity;
    case DownloadError::Network: return ExitNetwork;
    default: return ExitApi;
    }
}

QString progressText(const DownloadTask *t)
{
    const qint64 total = t->bytesTotal();
    QString line = t->displayName() + QStringLiteral("  ");
    if (total > 0)
        line += QStringLiteral("%1%  ").arg(t->bytesReceived() * 100 / total, 3);
    line += sizeText(t->bytesReceived());
    if (total > 0)
        line += QLatin1Char('/') + sizeText(total);
    if (t->bytesPerSecond() > 0)
        line += QStringLiteral("  %1/s").arg(sizeText(qint64(t->bytesPerSecond())));
    if (t->etaSecs() >= 0)
        line += QStringLiteral("  ")
            + CliContext::tr("ETA %1:%2", "download progress: minutes:seconds left").arg(t->etaSecs() / 60).arg(t->etaSecs() % 60, 2, 10, QLatin1Char('0'));
    if (!t->statusText().isEmpty())
        line += QStringLiteral("  ") + t->statusText();
    else if (t->state() != DownloadState::Running)
        line += QStringLiteral("  ") + downloadStateText(t->state());
    return line;
}

void watch(CliContext &ctx, const std::shared_ptr<DownloadRun> &run, DownloadTask *task)
{
    const bool terminal = CliContext::stderrIsTerminal();
    QObject::connect(task, &DownloadTask::responseStarted, task, [&ctx, task](int status, qint64 from) {
        if (status == 206 && from > 0)
            ctx.err() << CliContext::tr("Resuming %1 at byte %2.").arg(task->displayName()).arg(from) << Qt::endl;
    });
    if (terminal) {
        const auto draw = [&ctx, run, task] {
            ctx.err() << '\r' << progressText(task).leftJustified(78).left(120) << Qt::flush;
            run->progressLine = true;
        };
        QObject::connect(task, &DownloadTask::progressChanged, task, draw);
        QObject::connect(task, &DownloadTask::stateChanged, task, draw);
    }
    QObject::connect(task, &DownloadTask::finished, task, [&ctx, run, task] {
        if (run->progressLine) {
            ctx.err() << '\n';
            run->progressLine = false;
        }
        if (task->state() == DownloadState::Done) {
            ctx.out() << QDir::toNativeSeparators(task->finalPath()) << Qt::endl;
        } else if (task->state() == DownloadState::Failed) {
            ctx.err() << task->errorString() << Qt::endl;
            // The most specific failure wins: an integrity error is exit 6 whatever else happened.
            const int code = exitFor(task->error());
            if (run->failedExit == ExitOk || code == ExitIntegrity)
                run->failedExit = code;
        }
        for (const DownloadTask *t : std::as_const(run->tasks)) {
            if (!isFinalState(t->state()))
                return;
        }
        ctx.finish(run->failedExit);
    });
}

void start(CliContext &ctx, const ExportJob &job)
{
    const QString exportId = ctx.args.first();
    if (job.files.isEmpty()) {
        if (job.status.code() == ExportStatus::Expired)
            ctx.fail(ExitNotFound, CliContext::tr("The files of export %1 were removed by the retention policy. Start a new export to get the data again.").arg(exportId));
        else if (job.downloadable == false)
            ctx.fail(ExitAuth, CliContext::tr("Only the user who started export %1 can download it.").arg(exportId));
        else
            ctx.fail(ExitNotFound, CliContext::tr("Export %1 has no files to download (status %2).").arg(exportId, job.status.wire()));
        return;
    }
    QList<ExportFile> files = job.files;
    const QString only = ctx.parser->value(QStringLiteral("file"));
    if (!only.isEmpty()) {
        const ExportFile *f = job.fileNamed(only);
        if (!f) {
            QStringList names;
            for (const ExportFile &e : job.files)
                names << e.name;
            ctx.fail(ExitNotFound, CliContext::tr("Export %1 has no file named \u201c%2\u201d. Its files: %3.")
                                       .arg(exportId, only, names.join(QStringLiteral(", "))));
            return;
        }
        files = {*f};
    }
    const QString folder = QDir(ctx.parser->isSet(QStringLiteral("output")) ? ctx.parser->value(QStringLiteral("output"))
                                                                           : QDir::currentPath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        ctx.fail(ExitUsage, CliContext::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }

    auto run = std::make_shared<DownloadRun>();
    run->refresher = std::make_unique<ClientLinkRefresher>(ctx.client);
    run->manager = std::make_unique<DownloadManager>(run->refresher.get());
    // Its own state file: an interrupted CLI download resumes from its .part next time.
    run->manager->setStatePath(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(QStringLiteral("cli-downloads.json")));
    QString stateError;
    run->manager->restore(&stateError);
    if (!stateError.isEmpty())
        ctx.err() << stateError << Qt::endl;
    DownloadOptions options;
    options.decompress = ctx.parser->isSet(QStringLiteral("decompress"));
    options.keepCompressed = ctx.parser->isSet(QStringLiteral("keep-compressed"));

    DownloadSource source;
    source.projectId = ctx.projectId;
    source.exportId = exportId;
    source.exportSource = job.displaySource();
    for (const ExportFile &file : std::as_const(files)) {
        source.fileName = file.name;
        // A paused download of the same file into the same folder is resumed, not restarted.
        run->tasks.append(run->manager->download(source, folder, options, file, job.expiresAt));
    }
    for (DownloadTask *task : std::as_const(run->tasks))
        watch(ctx, run, task);
    // The run lives as long as the context: its manager goes before the client.
    ctx.keep(run);
}

void runDownload(CliContext &ctx)
{
    withExport(ctx, CliContext::tr("Usage: peaka-exports-cli download EXPORT_ID [-o DIR] [--file NAME] [--decompress]"),
               [&ctx](const ExportJob &job) { start(ctx, job); });
}

} // namespace

Command downloadCommand()
{
    Command c = Command::make(QStringLiteral("download"),
                              QStringLiteral("download EXPORT_ID [-o DIR] [--file NAME] [--decompress] [--keep-compressed]"),
                              CliContext::tr("Download the files of an export (resumable, verified); prints the saved paths."),
                              runDownload);
    c.options = {
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           CliContext::tr("Folder to save into (default: the current folder)."), QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("file"), CliContext::tr("Download only the file with this name."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("decompress"), CliContext::tr("Gunzip .gz files after download.")),
        QCommandLineOption(QStringLiteral("keep-compressed"), CliContext::tr("With --decompress: keep the .gz too.")),
    };
    return c;
}

} // namespace peaka::cli
