// SPDX-License-Identifier: GPL-3.0-or-later
// downloads.json read back after it was damaged or edited: unusable entries
// are skipped, odd values are dropped, the rest survives a save/load.
#include "downloads/downloadstore.h"
#include "downloads/filenames.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;

class TestDownloadStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QByteArray &json)
    {
        const QString path = m_dir.filePath(QStringLiteral("downloads.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
            return {};
        return path;
    }

    static QByteArray entry(const QByteArray &extra)
    {
        return R"({"projectId": "p", "exportId": "e", "fileName": "a.csv", "folder": "/tmp/dl", "targetName": "a.csv")"
            + extra + "}";
    }

private Q_SLOTS:
    // Fuzz finding (tests/fuzz/corpus/downloadstore/): 1e300 was cast to qint64,
    // which is undefined behaviour; such sizes and negative ones are now unset.
    void oddSizesAreUnset()
    {
        const QString path = write("{\"downloads\": [" + entry(R"(, "expectedBytes": 1e300)") + ","
                                   + entry(R"(, "expectedBytes": -1)") + "," + entry(R"(, "expectedBytes": 12.5)")
                                   + "," + entry(R"(, "expectedBytes": 9007199254740993)") + "]}");
        const QList<DownloadRecord> records = DownloadStore(path).load();
        QCOMPARE(records.size(), 4);
        QVERIFY(!records[0].expectedBytes);
        QVERIFY(!records[1].expectedBytes);
        QVERIFY(!records[2].expectedBytes);
        QCOMPARE(records[3].expectedBytes, std::optional<qint64>(9007199254740993LL)); // 2^53 + 1, exact

        QVERIFY(DownloadStore(path).save(records));
        const QList<DownloadRecord> again = DownloadStore(path).load();
        QCOMPARE(again.size(), 4);
        QCOMPARE(again[3].expectedBytes, records[3].expectedBytes);
    }

    void editedEntries()
    {
        const QString path = write("{\"downloads\": [" + entry(R"(, "targetName": "../../etc/passwd")") + ","
                                   + entry(R"(, "folder": "relative/dir")") + ", {}, 7, null]}");
        QString error;
        const QList<DownloadRecord> records = DownloadStore(path).load(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].targetName, QStringLiteral("passwd"));
        QCOMPARE(records[0].partPath(), QStringLiteral("/tmp/dl/passwd.part"));
    }

    void truncatedFileIsIgnoredWithASentence()
    {
        const QString path = write("{\"downloads\": [" + entry({}).left(30));
        QString error;
        QVERIFY(DownloadStore(path).load(&error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("damaged")));
    }

    // Not ours: over 16 MB is refused by its size (the read no longer allocates
    // 16 MB up front, which made every load slow; fuzz_downloadstore ran 9 exec/s).
    void hugeFileIsIgnoredWithASentence()
    {
        const QByteArray valid = "{\"downloads\": [" + entry({}) + "]}";
        const QString path = write(valid + QByteArray(16 * 1024 * 1024, ' '));
        QString error;
        QVERIFY(DownloadStore(path).load(&error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("damaged")));
        write(valid);
        QCOMPARE(DownloadStore(path).load(&error).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDownloadStore)
#include "tst_downloadstore.moc"
