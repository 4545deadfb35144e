// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 while the app writes what it keeps on disk: the download store
// (QSaveFile), the profiles and the settings (QSettings, atomic sync). The test
// binary re-runs itself as the writer, which rewrites one whole generation
// after another; killed at any point, the file holds one whole generation.
#include "downloads/downloadstore.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace peaka;

namespace {

constexpr int kRecords = 300;
constexpr int kProjects = 60;
constexpr int kKeys = 300;

QString tag(int generation, int k) { return QStringLiteral("g%1-%2").arg(generation).arg(k); }
int generationOf(const QString &tagText) { return tagText.mid(1, tagText.indexOf(u'-') - 1).toInt(); }

void said(int generation)
{
    std::printf("wrote %d\n", generation);
    std::fflush(stdout);
}

int writeDownloadsForever(const QString &path)
{
    const DownloadStore store(path);
    for (int g = 1;; ++g) {
        QList<DownloadRecord> records;
        for (int k = 0; k < kRecords; ++k) {
            const QJsonObject o{{QStringLiteral("projectId"), QStringLiteral("p")},
                                {QStringLiteral("exportId"), tag(g, k)},
                                {QStringLiteral("fileName"), QStringLiteral("a.csv")},
                                {QStringLiteral("folder"), QStringLiteral("/tmp/dl")},
                                {QStringLiteral("targetName"), QStringLiteral("a-%1.csv").arg(k)}};
            records.append(*DownloadRecord::fromJson(o));
        }
        if (!store.save(records))
            return 3;
        said(g);
    }
}

int writeProfilesForever(const QString &path)
{
    ProfileStore store(path);
    Profile p = Profile::create(QStringLiteral("g0"));
    p.keyKind = KeyKind::Partner;
    p.projectIds = {QStringLiteral("g0-0")};
    if (!store.add(p))
        return 3;
    for (int g = 1;; ++g) {
        p.name = QStringLiteral("g%1").arg(g);
        p.projectIds.clear();
        for (int k = 0; k < kProjects; ++k)
            p.projectIds.append(tag(g, k));
        if (!store.update(p))
            return 3;
        store.settings()->sync();
        said(g);
    }
}

int writeSettingsForever(const QString &path)
{
    QSettings settings(path, QSettings::IniFormat);
    for (int g = 1;; ++g) {
        for (int k = 0; k < kKeys; ++k)
            settings.setValue(QStringLiteral("window/key%1").arg(k), tag(g, k));
        settings.sync();
        said(g);
    }
}

} // namespace

class TestKilledWriters : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Starts the writer, lets it finish a few generations, kills it (SIGKILL).
    static bool killWriter(const QString &mode, const QString &path)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {mode, path});
        if (!child.waitForStarted(30000))
            return false;
        QByteArray out;
        // Whatever point the writer has reached after its third generation.
        while (!out.contains("wrote 3")) {
            if (!child.waitForReadyRead(120000))
                return false;
            out += child.readAllStandardOutput();
        }
        child.kill();
        child.waitForFinished(30000);
        return child.exitStatus() == QProcess::CrashExit;
    }

private Q_SLOTS:
    void downloadStoreKeepsOneWholeGeneration()
    {
        const QString path = m_dir.filePath(QStringLiteral("downloads.json"));
        QVERIFY(killWriter(QStringLiteral("--downloads"), path));
        QString error;
        const QList<DownloadRecord> records = DownloadStore(path).load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), kRecords);
        const int g = generationOf(records.first().source.exportId);
        QVERIFY(g >= 3);
        for (const DownloadRecord &r : records)
            QCOMPARE(generationOf(r.source.exportId), g);
    }

    void profileStoreKeepsOneWholeGeneration()
    {
        const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
        QVERIFY(killWriter(QStringLiteral("--profiles"), path));
        ProfileStore store(path);
        const QList<Profile> profiles = store.profiles();
        QCOMPARE(profiles.size(), 1);
        const Profile &p = profiles.first();
        QCOMPARE(p.projectIds.size(), kProjects);
        const int g = p.name.mid(1).toInt();
        QVERIFY(g >= 3);
        for (const QString &id : p.projectIds)
            QCOMPARE(generationOf(id), g);
        QVERIFY(p.validate().isEmpty());
    }

    void settingsKeepOneWholeGeneration()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(killWriter(QStringLiteral("--settings"), path));
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(settings.status(), QSettings::NoError);
        const int g = generationOf(settings.value(QStringLiteral("window/key0")).toString());
        QVERIFY(g >= 3);
        for (int k = 0; k < kKeys; ++k)
            QCOMPARE(settings.value(QStringLiteral("window/key%1").arg(k)).toString(), tag(g, k));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        if (qstrcmp(argv[1], "--downloads") == 0)
            return writeDownloadsForever(path);
        if (qstrcmp(argv[1], "--profiles") == 0)
            return writeProfilesForever(path);
        if (qstrcmp(argv[1], "--settings") == 0)
            return writeSettingsForever(path);
    }
    TestKilledWriters test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killedwriters.moc"
