// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace peaka::keychaintest {

// "PREFIX.<32 random letters and digits>", a recognisable key made at run time.
QString randomKey(const QString &prefix);

// Every regular file under dir (recursively, hidden files included, symlinks
// not followed) whose content holds needle as UTF-8, UTF-16LE or base64.
// Files last modified before notBefore are skipped when it is valid.
// Returns "path (encoding)" entries; empty means no leak.
QStringList filesContaining(const QString &dir, const QString &needle,
                            const QDateTime &notBefore = QDateTime());

// Leak check over every place a test process writes to: HOME (whole), and the
// files changed since `since` in the working and temporary folders.
QStringList leaksOf(const QString &needle, const QDateTime &since);

// Runs a program and returns its exit code (-1 when it did not run); stdout
// and stderr go to *out (merged) when given. Optional stdin data.
int run(const QString &program, const QStringList &arguments, QString *out = nullptr,
        const QByteArray &input = QByteArray());

// One finished run of a program, both streams kept apart.
struct ProcessResult
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// Runs program with env (the current environment when empty) and stdin data.
ProcessResult runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &env = QProcessEnvironment(),
                         const QByteArray &input = QByteArray());

// peaka-demo-server as a child process: started with --exit-on-stdin-close,
// its KEY=value lines (PEAKA_BASE_URL, PEAKA_PROJECT, PEAKA_PROJECT_KEY, ...)
// read up to READY. Stopped by the destructor.
class DemoServerProcess
{
public:
    DemoServerProcess() = default;
    ~DemoServerProcess();
    // Returns false (with errorString()) when it did not report READY.
    bool start(const QString &program);
    QString value(const QString &name) const { return m_values.value(name); }
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QHash<QString, QString> m_values;
    QString m_error;
};

// Makes sure this process runs under run-keychain-test.sh in `mode`
// ("secret-service" or "no-dbus"): when started directly (e.g. by ctest), it
// re-executes itself through the wrapper, so a test can never touch the
// user's real keychain. Returns only when already wrapped.
void ensureWrapped(int argc, char **argv, const char *mode);

// Captures every Qt log message of the process ("category message"), for leak checks.
namespace LogCapture {
void start(); // also passes messages on to the previous handler
QStringList lines();
void stop();
} // namespace LogCapture

// Every place `secret` was seen: captured log lines, then files (leaksOf). Empty = nowhere.
QStringList secretSightings(const QString &secret, const QDateTime &since);

} // namespace peaka::keychaintest

// main() for a keychain test: wrap, then run the QTest class.
#define PEAKA_KEYCHAIN_TEST_MAIN(TestClass, mode)                                                  \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        peaka::keychaintest::ensureWrapped(argc, argv, mode);                                      \
        QCoreApplication app(argc, argv);                                                          \
        app.setOrganizationName(QStringLiteral("PeakaKeychainTest"));                              \
        app.setApplicationName(QStringLiteral(#TestClass));                                        \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
