// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QProcess>
#include <QStringList>

namespace peaka::test {

// A spawned peaka-demo-server and its printed settings (PEAKA_BASE_URL=…).
class DemoServerProcess
{
public:
    ~DemoServerProcess();
    bool start(const QStringList &extraArgs = {});
    QString value(const QString &key) const { return m_values.value(key); }

private:
    QProcess m_process;
    QHash<QString, QString> m_values;
};

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs peaka-exports-cli with `args`; `env` adds or overrides variables.
CliResult runCli(const QStringList &args, const QHash<QString, QString> &env = {},
                 const QByteArray &stdinData = {});

} // namespace peaka::test
