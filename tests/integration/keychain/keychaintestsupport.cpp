// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaintestsupport.h"

#include <QMutex>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace peaka::keychaintest {

QString randomKey(const QString &prefix)
{
    return prefix + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128)
           + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
}

QStringList filesContaining(const QString &dir, const QString &needle, const QDateTime &notBefore)
{
    QStringList hits;
    if (needle.isEmpty() || !QFileInfo(dir).isDir())
        return hits;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()),
                           needle.size() * qsizetype(sizeof(char16_t)));
    const QByteArray b64 = utf8.toBase64(QByteArray::OmitTrailingEquals);

    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (notBefore.isValid() && info.lastModified() < notBefore)
            continue;
        if (info.size() > 256 * 1024 * 1024)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // sockets, fifos, unreadable files
        const QByteArray content = f.readAll();
        if (content.contains(utf8))
            hits << path + QStringLiteral(" (UTF-8)");
        else if (content.contains(utf16))
            hits << path + QStringLiteral(" (UTF-16)");
        else if (content.contains(b64))
            hits << path + QStringLiteral(" (base64)");
    }
    return hits;
}

QStringList leaksOf(const QString &needle, const QDateTime &since)
{
    QStringList hits = filesContaining(QDir::homePath(), needle);
    const QString home = QDir(QDir::homePath()).canonicalPath();
    for (const QString &dir : {QDir::currentPath(), QDir::tempPath()}) {
        if (QDir(dir).canonicalPath() == home)
            continue;
        hits << filesContaining(dir, needle, since);
    }
    hits.removeDuplicates();
    return hits;
}

int run(const QString &program, const QStringList &arguments, QString *out, const QByteArray &input)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(1000);
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

ProcessResult runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &env, const QByteArray &input)
{
    ProcessResult r;
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(1000);
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

DemoServerProcess::~DemoServerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool DemoServerProcess::start(const QString &program)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, {QStringLiteral("--exit-on-stdin-close")});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray buffer;
    while (!buffer.contains("READY\n")) {
        if (!m_process.waitForReadyRead(20000)) {
            m_error = QStringLiteral("peaka-demo-server did not report READY");
            return false;
        }
        buffer += m_process.readAllStandardOutput();
    }
    for (const QByteArray &line : buffer.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            m_values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return true;
}

void ensureWrapped(int argc, char **argv, const char *mode)
{
    const char *wrapped = std::getenv("PEAKA_KEYCHAIN_WRAPPED");
    if (wrapped && std::strcmp(wrapped, mode) == 0)
        return;
    std::vector<char *> args;
    args.push_back(const_cast<char *>("/bin/sh"));
    args.push_back(const_cast<char *>(PEAKA_KEYCHAIN_WRAPPER));
    args.push_back(const_cast<char *>(mode));
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    ::execv("/bin/sh", args.data());
    std::fprintf(stderr, "could not run %s: %s\n", PEAKA_KEYCHAIN_WRAPPER, std::strerror(errno));
    std::exit(1);
}


namespace LogCapture {
namespace {
QMutex g_mutex;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines << (QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void start()
{
    g_previous = qInstallMessageHandler(capture);
}

QStringList lines()
{
    QMutexLocker lock(&g_mutex);
    return g_lines;
}

void stop()
{
    qInstallMessageHandler(g_previous);
}
} // namespace LogCapture

QStringList secretSightings(const QString &secret, const QDateTime &since)
{
    QStringList seen;
    for (const QString &line : LogCapture::lines()) {
        if (line.contains(secret))
            seen << QStringLiteral("log: ") + line;
    }
    return seen + leaksOf(secret, since);
}

} // namespace peaka::keychaintest
