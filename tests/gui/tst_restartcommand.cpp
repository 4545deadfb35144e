// SPDX-License-Identifier: GPL-3.0-or-later
// "Restart Now" (View ▸ Language): the app starts itself again with the
// arguments it had, minus the language and one-off runs, through a launcher
// (a fake here; QProcess::startDetached in the app).
#include "restartcommand.h"

#include <QTest>

using namespace peaka::gui;

class TestRestartCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsAllButLanguageAndOneOffRuns_data()
    {
        QTest::addColumn<QStringList>("arguments"); // as QCoreApplication::arguments(): the program first
        QTest::addColumn<QStringList>("kept");
        const QString app = QStringLiteral("/usr/bin/peaka-exports");
        QTest::newRow("none") << QStringList{app} << QStringList{};
        QTest::newRow("demo kept") << QStringList{app, "--demo", "--no-cache"} << QStringList{"--demo", "--no-cache"};
        QTest::newRow("lang with value") << QStringList{app, "--lang", "de", "--demo"} << QStringList{"--demo"};
        QTest::newRow("lang joined") << QStringList{app, "--lang=tr", "--demo"} << QStringList{"--demo"};
        QTest::newRow("one-off runs") << QStringList{app, "--screenshot", "/tmp/a.png", "--select", "x", "--scene", "s",
                                                      "--quit-after", "5", "--demo"}
                                      << QStringList{"--demo"};
        QTest::newRow("joined one-off") << QStringList{app, "--quit-after=5", "--screenshot=/tmp/a.png"} << QStringList{};
        // A value that looks like an option name stays a value.
        QTest::newRow("value not an option") << QStringList{app, "--lang", "--demo"} << QStringList{};
        QTest::newRow("lookalike kept") << QStringList{app, "--language-x"} << QStringList{"--language-x"};
    }
    void keepsAllButLanguageAndOneOffRuns()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, kept);
        const RestartCommand c = restartCommand(QStringLiteral("/opt/peaka/peaka-exports"), arguments);
        QCOMPARE(c.program, QStringLiteral("/opt/peaka/peaka-exports"));
        QCOMPARE(c.arguments, kept);
    }

    void relaunchCallsTheLauncherOnce()
    {
        QStringList calls;
        const RestartCommand c{QStringLiteral("/opt/peaka/peaka-exports"), {QStringLiteral("--demo")}};
        const bool started = relaunch(c, [&calls](const QString &program, const QStringList &args) {
            calls << program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
            return true;
        });
        QVERIFY(started);
        QCOMPARE(calls, QStringList{QStringLiteral("/opt/peaka/peaka-exports --demo")});
        QVERIFY(!relaunch(c, [](const QString &, const QStringList &) { return false; }));
    }

    // Without a launcher it really starts the program detached: a missing one fails.
    void relaunchWithoutLauncherStartsTheProgram()
    {
        QVERIFY(!relaunch({QStringLiteral("/nonexistent/peaka-exports"), {}}));
    }
};

QTEST_GUILESS_MAIN(TestRestartCommand)
#include "tst_restartcommand.moc"
