// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/filenames.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using peaka::FileNames;

class TestFileNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "charges.csv" << "charges.csv";
        QTest::newRow("traversal") << "../../x.csv" << "x.csv";
        QTest::newRow("dir") << "a/b.csv" << "b.csv";
        QTest::newRow("backslash dir") << "a\\b\\c.csv" << "c.csv";
        QTest::newRow("absolute") << "/etc/passwd" << "passwd";
        QTest::newRow("windows absolute") << "C:\\Windows\\system.ini" << "system.ini";
        QTest::newRow("drive relative") << "C:data.csv" << "data.csv";
        QTest::newRow("dotdot only") << ".." << "download";
        QTest::newRow("dot only") << "." << "download";
        QTest::newRow("trailing slash") << "a/b/" << "download";
        QTest::newRow("empty") << "" << "download";
        QTest::newRow("spaces only") << "   " << "download";
        QTest::newRow("hidden") << ".bashrc" << "bashrc";
        QTest::newRow("CON.csv") << "CON.csv" << "_CON.csv";
        QTest::newRow("con") << "con" << "_con";
        QTest::newRow("nul.tar.gz") << "nul.tar.gz" << "_nul.tar.gz";
        QTest::newRow("COM1") << "COM1.jsonl" << "_COM1.jsonl";
        QTest::newRow("LPT9") << "lpt9" << "_lpt9";
        QTest::newRow("COM0 is fine") << "COM0.csv" << "COM0.csv";
        QTest::newRow("CONSOLE is fine") << "CONSOLE.csv" << "CONSOLE.csv";
        QTest::newRow("reserved chars") << "a<b>c:d\"e|f?g*h.csv" << "a_b_c_d_e_f_g_h.csv";
        QTest::newRow("control chars") << QStringLiteral("a\tb\nc\x01" "d\x7f.csv") << "abcd.csv";
        QTest::newRow("nul char") << QString::fromUtf16(u"ab\u0000c.csv", 8) << "abc.csv";
        QTest::newRow("trailing dots spaces") << "report.csv. . " << "report.csv";
        QTest::newRow("unicode kept") << QStringLiteral("Müşteri_çıktı_東京.csv") << QStringLiteral("Müşteri_çıktı_東京.csv");
        QTest::newRow("emoji kept") << QStringLiteral("📊 data.csv") << QStringLiteral("📊 data.csv");
        QTest::newRow("bidi override") << QStringLiteral("evil\u202Evsc.exe") << "evilvsc.exe";
        QTest::newRow("url-ish") << "https://x/y/z.csv?sig=1" << "z.csv_sig=1";
    }
    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = FileNames::sanitize(input);
        QCOMPARE(out, expected);
        QVERIFY(!out.contains(QLatin1Char('/')) && !out.contains(QLatin1Char('\\')));
        QCOMPARE(FileNames::sanitize(out), out);   // idempotent
    }

    void longNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("ascii csv") << QString(500, QLatin1Char('a')) + ".csv" << ".csv";
        QTest::newRow("ascii csv.gz") << QString(500, QLatin1Char('b')) + ".csv.gz" << ".csv.gz";
        QTest::newRow("multibyte") << QString(300, QChar(0x00FC)) + ".jsonl" << ".jsonl";
        QTest::newRow("cjk") << QString(300, QChar(0x6771)) + ".csv" << ".csv";
        QTest::newRow("emoji pairs") << QString(120, QLatin1Char('x')).replace(QLatin1Char('x'), QStringLiteral("😀")) + ".jsonl.gz"
                                     << ".jsonl.gz";
    }
    void longNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, suffix);
        const QString out = FileNames::sanitize(input);
        QVERIFY2(out.toUtf8().size() <= FileNames::maxNameBytes, qPrintable(QString::number(out.toUtf8().size())));
        QVERIFY(out.toUtf8().size() > FileNames::maxNameBytes - 8);
        QVERIFY2(out.endsWith(suffix), qPrintable(out));
        QVERIFY(!out.contains(QChar(0xFFFD)));
        QVERIFY(out.isValidUtf16());
        // Numbered variants also stay within the limit.
        QVERIFY(FileNames::numbered(out, 12).toUtf8().size() <= FileNames::maxNameBytes);
        QVERIFY(FileNames::numbered(out, 12).endsWith(suffix));
    }

    void extension()
    {
        QCOMPARE(FileNames::extension(QStringLiteral("a.csv")), QStringLiteral(".csv"));
        QCOMPARE(FileNames::extension(QStringLiteral("a.csv.gz")), QStringLiteral(".csv.gz"));
        QCOMPARE(FileNames::extension(QStringLiteral("a.b.jsonl")), QStringLiteral(".jsonl"));
        QCOMPARE(FileNames::extension(QStringLiteral("noext")), QString());
        QCOMPARE(FileNames::extension(QStringLiteral(".gz")), QString());
    }

    void numbered()
    {
        QCOMPARE(FileNames::numbered(QStringLiteral("name.csv"), 0), QStringLiteral("name.csv"));
        QCOMPARE(FileNames::numbered(QStringLiteral("name.csv"), 1), QStringLiteral("name (1).csv"));
        QCOMPARE(FileNames::numbered(QStringLiteral("name.csv.gz"), 2), QStringLiteral("name (2).csv.gz"));
        QCOMPARE(FileNames::numbered(QStringLiteral("name"), 3), QStringLiteral("name (3)"));
        // Fuzz finding (tests/fuzz/corpus/filename/): a stem that is one long grapheme
        // (a letter and 96 combining accents, 193 bytes) was cut to nothing: " (1).csv".
        const QString grapheme = FileNames::sanitize(QStringLiteral("a") + QString(96, QChar(0x0301)) + QStringLiteral(".csv"));
        QCOMPARE(FileNames::numbered(grapheme, 1), QStringLiteral("download (1).csv"));
    }

    void uniqueNameSkipsFilesAndParts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(FileNames::uniqueName(dir.path(), QStringLiteral("x.csv")), QStringLiteral("x.csv"));
        touch(dir.filePath(QStringLiteral("x.csv")));
        touch(dir.filePath(QStringLiteral("x (1).csv.part")));
        QCOMPARE(FileNames::uniqueName(dir.path(), QStringLiteral("x.csv")), QStringLiteral("x (2).csv"));
        QCOMPARE(FileNames::uniqueName(dir.path(), QStringLiteral("x.csv"),
                                       [](const QString &n) { return n == QLatin1String("x (2).csv"); }),
                 QStringLiteral("x (3).csv"));
    }

    void renameNeverOverwrites()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("a.csv")), "old");
        touch(dir.filePath(QStringLiteral("new.part")), "new");
        QString error;
        const QString path = FileNames::renameToUnique(dir.filePath(QStringLiteral("new.part")), dir.path(),
                                                       QStringLiteral("a.csv"), &error);
        QCOMPARE(path, dir.filePath(QStringLiteral("a (1).csv")));
        QCOMPARE(read(dir.filePath(QStringLiteral("a.csv"))), QByteArray("old"));
        QCOMPARE(read(path), QByteArray("new"));
    }

    void isInside()
    {
        QTemporaryDir dir;
        QVERIFY(FileNames::isInside(dir.path(), dir.filePath(QStringLiteral("a.csv"))));
        QVERIFY(FileNames::isInside(dir.path(), QStringLiteral("a.csv")));
        QVERIFY(!FileNames::isInside(dir.path(), dir.filePath(QStringLiteral("../a.csv"))));
        QVERIFY(!FileNames::isInside(dir.path(), QStringLiteral("/etc/passwd")));
        QVERIFY(!FileNames::isInside(dir.path(), dir.path() + QStringLiteral("-sibling/a.csv")));
        // A symbolic link inside the folder that points elsewhere does not count as inside.
        QTemporaryDir other;
        QVERIFY(QFile::link(other.path(), dir.filePath(QStringLiteral("link"))));
        QVERIFY(!FileNames::isInside(dir.path(), dir.filePath(QStringLiteral("link/a.csv"))));
        QVERIFY(QFile::link(other.filePath(QStringLiteral("t.csv")), dir.filePath(QStringLiteral("f.csv"))));
        QVERIFY(!FileNames::isInside(dir.path(), dir.filePath(QStringLiteral("f.csv"))));
    }

    void withoutGz()
    {
        QCOMPARE(FileNames::withoutGz(QStringLiteral("a.csv.gz")), QStringLiteral("a.csv"));
        QCOMPARE(FileNames::withoutGz(QStringLiteral("a.csv")), QString());
        QCOMPARE(FileNames::withoutGz(QStringLiteral(".gz")), QString());
        // Fuzz finding (tests/fuzz/corpus/filename): what is left is a safe name too.
        QCOMPARE(FileNames::withoutGz(QStringLiteral("data .gz")), QStringLiteral("data"));
        QCOMPARE(FileNames::withoutGz(QStringLiteral("data..gz")), QStringLiteral("data"));
        QCOMPARE(FileNames::withoutGz(QStringLiteral(" .gz")), QString());
        const QString hostile = FileNames::sanitize(QString::fromUtf8(QByteArray::fromBase64("Li4u////AQAAAAAAAAX//+//IC5nei4=")));
        const QString plain = FileNames::withoutGz(hostile);
        QVERIFY(!plain.isEmpty());
        QVERIFY(!plain.endsWith(QLatin1Char(' ')) && !plain.endsWith(QLatin1Char('.')));
    }

private:
    static void touch(const QString &path, const QByteArray &data = "x")
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
