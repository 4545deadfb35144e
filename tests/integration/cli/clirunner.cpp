// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "testsupport.h"

#include <QProcessEnvironment>
#include <QSignalSpy>

namespace peaka::test {

DemoServerProcess::~DemoServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

bool DemoServerProcess::start(const QStringList &extraArgs)
{
    m_process.setProgram(executable(QStringLiteral("src/demoserver/peaka-demo-server")));
    m_process.setArguments(extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray buffer;
    while (m_process.waitForReadyRead(10000)) {
        buffer += m_process.readAllStandardOutput();
        if (buffer.contains("READY\n"))
            break;
    }
    if (!buffer.contains("READY\n"))
        return false;
    for (const QByteArray &line : buffer.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            m_values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return m_values.contains(QStringLiteral("PEAKA_BASE_URL"));
}

CliResult runCli(const QStringList &args, const QHash<QString, QString> &env, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PEAKA_API_KEY"));
    e.remove(QStringLiteral("PEAKA_BASE_URL"));
    e.remove(QStringLiteral("PEAKA_PROJECT"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(executable(QStringLiteral("src/cli/peaka-exports-cli")), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    // Wait with a running event loop, so in-process test servers keep answering.
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace peaka::test
