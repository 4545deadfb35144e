// SPDX-License-Identifier: GPL-3.0-or-later
// The preview readers' bounds (long values and lines, memory budget), reading in
// batches, the column type guess and the threaded job.
#include "democontent.h"
#include "preview/columntypeguesser.h"
#include "preview/previewjob.h"
#include "preview/previewreader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;

class TestPreviewLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void longCsvValueIsCut();
    void longCsvRowIsCutAndNextRowsStayAligned();
    void longJsonlLineIsLeftOut();
    void hugeLineInGzipIsNotLoaded();
    void memoryBudgetStopsReading();
    void tooManyColumns();
    void readsInBatches();
    void jsonlColumnsGrowAcrossBatches();
    void stopsAtRequestedRowsWithoutReadingTheRest();
    void types_data();
    void types();
    void columnTypesOfAFile();
    void missingFile();
    void jobReadsOffThreadAndFetchesMore();
};

void TestPreviewLimits::longCsvValueIsCut()
{
    PreviewOptions o;
    o.name = QStringLiteral("x.csv");
    o.maxFieldBytes = 100;
    // A multi-byte character straddles the cut: it is dropped whole, never half kept.
    const QByteArray value = QByteArray(99, 'x') + "\xC3\xB6" + QByteArray(50, 'y');
    const PreviewResult r = previewBytes("a,b\n" + value + ",2\n3,4\n", o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0][0], QString(QByteArray(99, 'x')) + QChar(0x2026));
    QCOMPARE(r.rows[0][1], QStringLiteral("2"));
    QCOMPARE(r.rows[1][0], QStringLiteral("3"));
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes[0].contains(QLatin1String("cut")));
}

void TestPreviewLimits::longCsvRowIsCutAndNextRowsStayAligned()
{
    PreviewOptions o;
    o.name = QStringLiteral("x.csv");
    o.maxLineBytes = 1000;
    o.maxFieldBytes = 600;
    const QByteArray longRow = QByteArray(500, 'a') + ',' + QByteArray(500, 'b') + ',' + QByteArray(500, 'c') + '\n';
    const PreviewResult r = previewBytes("a,b,c\n" + longRow + "1,2,3\n", o);
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0][0].size(), 500);
    QCOMPARE(r.rows[0][1].size(), 500);
    QCOMPARE(r.rows[0][2], QString());   // kept nothing: the row's budget was spent
    QCOMPARE(r.rows[1], (QStringList{"1", "2", "3"}));
    QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("Rows longer")));
}

void TestPreviewLimits::longJsonlLineIsLeftOut()
{
    PreviewOptions o;
    o.name = QStringLiteral("x.jsonl");
    o.maxLineBytes = 1000;
    const QByteArray longLine = "{\"a\":\"" + QByteArray(5000, 'z') + "\"}\n";
    const PreviewResult r = previewBytes("{\"a\":1}\n" + longLine + "{\"a\":2}\n", o);
    QVERIFY(r.ok());
    QCOMPARE(r.rows, (QList<QStringList>{{"1"}, {"2"}}));
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes[0].contains(QLatin1String("left out")));
}

void TestPreviewLimits::hugeLineInGzipIsNotLoaded()
{
    // 100 MB in one line compresses to ~100 KB; the reader streams past it with the default limits.
    const QByteArray data = "a,b\n1," + QByteArray(100 * 1024 * 1024, 'q') + "\n2,3\n";
    const QByteArray packed = demo::gzipCompress(data);
    PreviewOptions o;
    o.name = QStringLiteral("big.csv.gz");
    const PreviewResult r = previewBytes(packed, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0][1].size(), o.maxFieldBytes + 1);   // the cut value and "…"
    QCOMPARE(r.rows[1], (QStringList{"2", "3"}));
    QVERIFY(!r.notes.isEmpty());
}

void TestPreviewLimits::memoryBudgetStopsReading()
{
    QByteArray data("v\n");
    for (int i = 0; i < 1000; ++i)
        data += QByteArray(1000, 'm') + '\n';
    PreviewOptions o;
    o.name = QStringLiteral("x.csv");
    o.memoryBudget = 100 * 1000;
    const PreviewResult r = previewBytes(data, o);
    QVERIFY(r.ok());
    QVERIFY(r.atEnd);
    QVERIFY2(r.rows.size() < 60, qPrintable(QString::number(r.rows.size())));
    QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("memory")));
}

void TestPreviewLimits::tooManyColumns()
{
    PreviewOptions o;
    o.name = QStringLiteral("x.csv");
    o.maxColumns = 3;
    const PreviewResult r = previewBytes("a,b,c,d,e\n1,2,3,4,5\n", o);
    QCOMPARE(r.columns, (QStringList{"a", "b", "c"}));
    QCOMPARE(r.rows, (QList<QStringList>{{"1", "2", "3"}}));
    QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("3 columns")));
}

void TestPreviewLimits::readsInBatches()
{
    QBuffer buffer;
    buffer.setData("n\n1\n2\n3\n4\n5\n");
    buffer.open(QIODevice::ReadOnly);
    PreviewOptions o;
    o.name = QStringLiteral("x.csv");
    PreviewReader reader(&buffer, o);
    const PreviewResult first = reader.read(2);
    QCOMPARE(first.rows, (QList<QStringList>{{"1"}, {"2"}}));
    QCOMPARE(first.totalRows, 2);
    QVERIFY(!first.atEnd);
    const PreviewResult second = reader.read(2);
    QCOMPARE(second.rows, (QList<QStringList>{{"3"}, {"4"}}));
    const PreviewResult third = reader.read(2);
    QCOMPARE(third.rows, (QList<QStringList>{{"5"}}));
    QCOMPARE(third.totalRows, 5);
    QVERIFY(third.atEnd);
    QVERIFY(reader.read(2).rows.isEmpty());
}

void TestPreviewLimits::jsonlColumnsGrowAcrossBatches()
{
    QBuffer buffer;
    buffer.setData("{\"a\":1}\n{\"a\":2,\"b\":true}\n");
    buffer.open(QIODevice::ReadOnly);
    PreviewReader reader(&buffer, PreviewOptions{});
    QCOMPARE(reader.read(1).columns, QStringList{"a"});
    const PreviewResult second = reader.read(1);
    QCOMPARE(second.columns, (QStringList{"a", "b"}));
    QCOMPARE(second.types, (QList<ColumnType>{ColumnType::Number, ColumnType::Boolean}));
}

void TestPreviewLimits::stopsAtRequestedRowsWithoutReadingTheRest()
{
    QByteArray data("n\n");
    for (int i = 0; i < 200000; ++i)
        data += QByteArray::number(i) + '\n';
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    PreviewReader reader(&buffer, PreviewOptions{});
    const PreviewResult r = reader.read(50);
    QCOMPARE(r.rows.size(), 50);
    QVERIFY(!r.atEnd);
    QVERIFY(buffer.pos() <= 2 * 64 * 1024);   // one buffer of look-ahead, not the file
}

void TestPreviewLimits::types_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<ColumnType>("type");
    QTest::newRow("ints") << QStringList{"1", "-2", "+3"} << ColumnType::Number;
    QTest::newRow("decimals") << QStringList{"1.5", ".5", "1e9", "-2.5E-3"} << ColumnType::Number;
    QTest::newRow("empty ignored") << QStringList{"1", "", QString()} << ColumnType::Number;
    QTest::newRow("booleans") << QStringList{"true", "FALSE", "True"} << ColumnType::Boolean;
    QTest::newRow("dates") << QStringList{"2026-12-01", "2026-01-31"} << ColumnType::DateTime;
    QTest::newRow("date-times") << QStringList{"2026-12-01T08:00:00Z", "2026-12-01 08:00:00",
                                               "2026-12-01T08:00:00.123+02:00"} << ColumnType::DateTime;
    QTest::newRow("bad date") << QStringList{"2026-13-45"} << ColumnType::Text;
    QTest::newRow("mixed") << QStringList{"1", "x"} << ColumnType::Text;
    QTest::newRow("number-ish text") << QStringList{"1.2.3", "1e", "-", "."} << ColumnType::Text;
    QTest::newRow("all empty") << QStringList{"", ""} << ColumnType::Text;
    QTest::newRow("bool and number") << QStringList{"true", "1"} << ColumnType::Text;
}

void TestPreviewLimits::types()
{
    QFETCH(QStringList, values);
    QFETCH(ColumnType, type);
    ColumnTypeGuesser g;
    for (const QString &v : values)
        g.add({v});
    QCOMPARE(g.type(0), type);
}

void TestPreviewLimits::columnTypesOfAFile()
{
    const PreviewResult r = previewBytes("id,ok,at,name\n1,true,2026-01-01T00:00:00Z,Ada\n2,false,2026-01-02,\n",
                                         PreviewOptions{});
    QCOMPARE(r.types, (QList<ColumnType>{ColumnType::Number, ColumnType::Boolean, ColumnType::DateTime, ColumnType::Text}));
}

void TestPreviewLimits::missingFile()
{
    const PreviewResult r = previewFile(QStringLiteral("/nonexistent/x.csv"));
    QCOMPARE(r.failure, PreviewResult::Failure::Missing);
    QVERIFY(r.error.contains(QLatin1String("/nonexistent/x.csv")));
    QVERIFY(r.rows.isEmpty());
}

void TestPreviewLimits::jobReadsOffThreadAndFetchesMore()
{
    QTemporaryDir dir;
    QByteArray data("n\n");
    for (int i = 0; i < 2500; ++i)
        data += QByteArray::number(i) + '\n';
    const QString path = dir.filePath(QStringLiteral("n.csv.gz"));
    QVERIFY(test::writeFile(path, demo::gzipCompress(data)));

    PreviewJob job(path, PreviewOptions{});
    QSignalSpy spy(&job, &PreviewJob::finished);
    job.start(1000);
    QVERIFY(job.isRunning());
    QVERIFY(!job.fetchMore(1000));   // one batch at a time
    QVERIFY(spy.wait(10000));
    auto r = spy.takeFirst().at(0).value<PreviewResult>();
    QCOMPARE(r.rows.size(), 1000);
    QVERIFY(r.compressed);
    QVERIFY(!job.atEnd());
    QVERIFY(job.fetchMore(1000));
    QVERIFY(spy.wait(10000));
    QVERIFY(job.fetchMore(1000));
    QVERIFY(spy.wait(10000));
    r = spy.takeLast().at(0).value<PreviewResult>();
    QCOMPARE(r.rows.size(), 500);
    QCOMPARE(r.rows.last(), QStringList{"2499"});
    QCOMPARE(r.totalRows, 2500);
    QVERIFY(job.atEnd());
    QVERIFY(!job.fetchMore(1000));
}

QTEST_GUILESS_MAIN(TestPreviewLimits)
#include "tst_previewlimits.moc"
