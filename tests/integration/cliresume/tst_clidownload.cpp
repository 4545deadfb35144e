// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's download command against an in-process demo server: killed with
// SIGKILL mid-download it resumes on the next run; a size lie exits 6.
#include "demoserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;
using peaka::test::randomBytes;
using peaka::test::readFile;

class TestCliDownload : public QObject
{
    Q_OBJECT
    demo::DemoServer server;
    QTemporaryDir home;

    void addExport(const QString &id, const demo::DemoFile &file)
    {
        demo::DemoExport e;
        e.id = id;
        e.projectId = server.projectId();
        e.status = QStringLiteral("SUCCEEDED");
        e.ownerKey = server.partnerKey().key;
        e.createdAt = QDateTime::currentDateTimeUtc();
        e.finishedAt = e.createdAt;
        e.queryId = QStringLiteral("q");
        e.files = {file};
        server.addExport(e);
    }

    // Started, not waited for: the event loop keeps the in-process server serving.
    void startCli(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PEAKA_BASE_URL"), server.baseUrl().toString());
        env.insert(QStringLiteral("PEAKA_API_KEY"), server.partnerKey().key);
        env.insert(QStringLiteral("PEAKA_PROJECT"), server.projectId());
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(test::executable(QStringLiteral("src/cli/peaka-exports-cli")), QStringList{QStringLiteral("download")} + args);
        QVERIFY(p.waitForStarted(10000));
    }

    static void waitDone(QProcess &p)
    {
        if (p.state() == QProcess::NotRunning)
            return;
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(60000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid());
        QVERIFY(server.start());
        server.clearExports();
    }

    void resumesAfterSigkill()
    {
        const QByteArray data = randomBytes(6 * 1024 * 1024, 9);
        addExport(QStringLiteral("kill-me"), {QStringLiteral("big export.csv"), data});
        server.scenario().storageBytesPerSecond = 2 * 1024 * 1024;
        QTemporaryDir out;
        const QString part = out.filePath(QStringLiteral("big export.csv.part"));

        QProcess first;
        startCli(first, {QStringLiteral("kill-me"), QStringLiteral("-o"), out.path()});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 1024 * 1024, 20000);
        first.kill();   // SIGKILL: no chance to clean up
        waitDone(first);
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const qint64 kept = QFileInfo(part).size();
        QVERIFY(kept > 0 && kept < data.size());

        server.scenario().storageBytesPerSecond = 0;
        server.clearRequests();
        QProcess second;
        startCli(second, {QStringLiteral("kill-me"), QStringLiteral("-o"), out.path()});
        waitDone(second);
        const QByteArray stderrText = second.readAllStandardError();
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, stderrText.constData());
        const QString saved = QDir(out.path()).filePath(QStringLiteral("big export.csv"));
        QCOMPARE(QString::fromUtf8(second.readAllStandardOutput()).trimmed(), saved);
        QCOMPARE(readFile(saved), data);
        QVERIFY(!QFile::exists(part));
        QVERIFY2(stderrText.contains("Resuming big export.csv at byte"), stderrText.constData());
        bool ranged = false;
        for (const demo::RecordedRequest &r : server.requests()) {
            if (r.origin == QLatin1String("storage")) {
                QVERIFY(r.header("Authorization").isEmpty());
                ranged |= r.header("Range").startsWith("bytes=")
                    && r.header("Range").mid(6).chopped(1).toLongLong() >= kept;
            }
        }
        QVERIFY(ranged);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("big export.csv")});
    }

    void sizeMismatchExits6()
    {
        const QByteArray data = randomBytes(50000, 3);
        addExport(QStringLiteral("liar"), {QStringLiteral("liar.csv"), data, data.size() + 100});
        QTemporaryDir out;
        QProcess p;
        startCli(p, {QStringLiteral("liar"), QStringLiteral("-o"), out.path()});
        waitDone(p);
        QCOMPARE(p.exitCode(), 6);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(p.readAllStandardError().contains("incomplete or damaged"));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("liar.csv.part"))));
    }

    void unknownFileIsExit5()
    {
        addExport(QStringLiteral("one"), {QStringLiteral("a.csv"), QByteArray("x\n")});
        QTemporaryDir out;
        QProcess p;
        startCli(p, {QStringLiteral("one"), QStringLiteral("-o"), out.path(), QStringLiteral("--file"), QStringLiteral("b.csv")});
        waitDone(p);
        QCOMPARE(p.exitCode(), 5);
        QVERIFY(p.readAllStandardError().contains("a.csv"));
    }
};

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_clidownload.moc"
