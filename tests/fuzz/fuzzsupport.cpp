// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace peaka::fuzz {
namespace {

void dropMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Parsers warn about odd input all the time; only a qFatal is a finding.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void fail(const char *condition, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "\nPROPERTY FAILED at %s:%d: %s\n  %s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

QString scratchDir()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        return std::make_unique<QTemporaryDir>(base + QStringLiteral("/peaka-fuzz-XXXXXX"));
    }();
    return dir->path();
}

QString writeScratch(const QString &name, const QByteArray &content)
{
    const QString path = scratchDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        fail("write scratch file", __FILE__, __LINE__, path);
    return path;
}

void checkJobSizes(const ExportJob &job)
{
    const QString id = job.id.left(40);
    FUZZ_CHECK(!job.rowCount || *job.rowCount >= 0, id);
    FUZZ_CHECK(!job.bytes || *job.bytes >= 0, id);
    FUZZ_CHECK(!job.durationMs || *job.durationMs >= 0, id);
    for (const ExportFile &f : job.files)
        FUZZ_CHECK(!f.bytes || *f.bytes >= 0, f.name.left(40));
}

void checkJobRoundTrip(const ExportJob &job)
{
    QStringList problems;
    const ExportJob again = ExportJob::fromJson(job.toJson(), &problems);
    FUZZ_CHECK(problems.isEmpty(), problems.join(QLatin1String("; ")));
    if (again == job)
        return;
    // Name the fields that changed.
    const QJsonObject a = job.toJson();
    const QJsonObject b = again.toJson();
    QStringList changed;
    for (const QString &key : a.keys() + b.keys()) {
        if (a.value(key) != b.value(key) && !changed.contains(key))
            changed << key;
    }
    if (job.expiresAt != again.expiresAt)
        changed << QStringLiteral("expiresAt: %1 vs %2").arg(job.expiresAt.toString(Qt::ISODateWithMs), again.expiresAt.toString(Qt::ISODateWithMs));
    if (job.createdAt != again.createdAt)
        changed << QStringLiteral("createdAt: %1 vs %2").arg(job.createdAt.toString(Qt::ISODateWithMs), again.createdAt.toString(Qt::ISODateWithMs));
    if (job.files != again.files)
        changed << QStringLiteral("files");
    fail("again == job", __FILE__, __LINE__, changed.join(QLatin1String(", ")));
}

} // namespace peaka::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(peaka::fuzz::dropMessage);
    return 0;
}
