// SPDX-License-Identifier: GPL-3.0-or-later
// The preview readers, table-driven: CSV, JSONL and either one gzipped.
#include "democontent.h"
#include "preview/previewreader.h"

#include <QTest>

using namespace peaka;

namespace {

// One row as "a|b|<null>", so a table of expectations stays readable.
QStringList render(const QList<QStringList> &rows)
{
    QStringList out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &v : row)
            cells << (v.isNull() ? QStringLiteral("<null>") : v);
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QByteArray gz(const QByteArray &data)
{
    return demo::gzipCompress(data);
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data();
    void read();
};

void TestPreview::read_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");        // file name: .csv, .jsonl, .gz
    QTest::addColumn<char>("delimiter");      // 0 = sniff
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("error");       // a word the sentence must hold; empty = no error
    QTest::addColumn<char>("sniffed");        // the delimiter used (CSV)

    const QString csv = QStringLiteral("x.csv");
    const QString jsonl = QStringLiteral("x.jsonl");
    const QStringList ab{"a", "b"};

    // CSV
    QTest::newRow("csv comma") << QByteArray("a,b\n1,2\n3,4\n") << csv << char(0) << ab
                               << QStringList{"1|2", "3|4"} << QString() << ',';
    QTest::newRow("csv semicolon sniffed") << QByteArray("a;b\n1,5;2\n3;4\n") << csv << char(0) << ab
                                           << QStringList{"1,5|2", "3|4"} << QString() << ';';
    QTest::newRow("csv tab sniffed") << QByteArray("a\tb\n1\t2\n") << csv << char(0) << ab
                                     << QStringList{"1|2"} << QString() << '\t';
    QTest::newRow("csv pipe sniffed") << QByteArray("a|b\nx, y|z\nu|v\n") << csv << char(0) << ab
                                      << QStringList{"x, y|z", "u|v"} << QString() << '|';
    QTest::newRow("csv delimiter given") << QByteArray("a;b,c\n1;2,3\n") << csv << ',' << QStringList{"a;b", "c"}
                                         << QStringList{"1;2|3"} << QString() << ',';
    QTest::newRow("csv quoted delimiter") << QByteArray("a,b\n\"x,y\",z\n") << csv << char(0) << ab
                                          << QStringList{"x,y|z"} << QString() << ',';
    QTest::newRow("csv doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << csv << char(0) << ab
                                        << QStringList{"say \"hi\"|2"} << QString() << ',';
    QTest::newRow("csv embedded newline") << QByteArray("a,b\n\"line1\nline2\",2\n\"r\r\nn\",3\n") << csv << char(0)
                                          << ab << QStringList{"line1\nline2|2", "r\r\nn|3"} << QString() << ',';
    QTest::newRow("csv quoted empty and spaces") << QByteArray("a,b\n\"\", x \n") << csv << char(0) << ab
                                                 << QStringList{"| x "} << QString() << ',';
    QTest::newRow("csv bom") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << csv << char(0) << ab
                             << QStringList{"1|2"} << QString() << ',';
    QTest::newRow("csv crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << csv << char(0) << ab
                              << QStringList{"1|2", "3|4"} << QString() << ',';
    QTest::newRow("csv no final newline") << QByteArray("a,b\n1,2") << csv << char(0) << ab
                                          << QStringList{"1|2"} << QString() << ',';
    QTest::newRow("csv blank lines skipped") << QByteArray("a,b\n\n1,2\n\n") << csv << char(0) << ab
                                             << QStringList{"1|2"} << QString() << ',';
    QTest::newRow("csv one column") << QByteArray("name\nAda\nGrace\n") << csv << char(0) << QStringList{"name"}
                                    << QStringList{"Ada", "Grace"} << QString() << ',';
    QTest::newRow("csv empty file") << QByteArray() << csv << char(0) << QStringList() << QStringList()
                                    << QString() << ',';
    QTest::newRow("csv header only") << QByteArray("a,b\n") << csv << char(0) << ab << QStringList()
                                     << QString() << ',';
    QTest::newRow("csv ragged") << QByteArray("a,b\n1\n1,2,3\n") << csv << char(0)
                                << QStringList{"a", "b", "column 3"}
                                << QStringList{"1|<null>|<null>", "1|2|3"} << QString() << ',';
    QTest::newRow("csv empty header name") << QByteArray("a,\n1,2\n") << csv << char(0)
                                           << QStringList{"a", "column 2"} << QStringList{"1|2"} << QString() << ',';
    QTest::newRow("csv utf8") << QByteArray("city\nK\xC3\xB6ln\n") << csv << char(0) << QStringList{"city"}
                              << QStringList{QString::fromUtf8("K\xC3\xB6ln")} << QString() << ',';
    QTest::newRow("csv invalid utf8") << QByteArray("a,b\n1,2\n\xFF\xFE,3\n4,5\n") << csv << char(0) << ab
                                      << QStringList{"1|2"} << QStringLiteral("UTF-8") << ',';
    QTest::newRow("csv truncated in quotes") << QByteArray("a,b\n1,2\n\"unfinished,3\n") << csv << char(0) << ab
                                             << QStringList{"1|2"} << QStringLiteral("quoted") << ',';
    QTest::newRow("csv unknown name sniffs content") << QByteArray("a;b\n1;2\n") << QStringLiteral("data")
                                                     << char(0) << ab << QStringList{"1|2"} << QString() << ';';

    // JSONL
    QTest::newRow("jsonl basic") << QByteArray("{\"a\":1,\"b\":\"x\"}\n{\"a\":2,\"b\":\"y\"}\n") << jsonl << char(0)
                                 << ab << QStringList{"1|x", "2|y"} << QString() << char(0);
    QTest::newRow("jsonl union of keys") << QByteArray("{\"a\":1}\n{\"b\":2,\"a\":3}\n{\"c\":4}\n") << jsonl << char(0)
                                         << QStringList{"a", "b", "c"}
                                         << QStringList{"1|<null>|<null>", "3|2|<null>", "<null>|<null>|4"}
                                         << QString() << char(0);
    QTest::newRow("jsonl nested compact") << QByteArray("{\"a\": [1, 2, {\"k\": \"v w\"}], \"b\": {\"x\" : null}}\n")
                                          << jsonl << char(0) << ab
                                          << QStringList{"[1,2,{\"k\":\"v w\"}]|{\"x\":null}"} << QString() << char(0);
    QTest::newRow("jsonl scalars keep their text") << QByteArray("{\"n\":12345678901234567890,\"f\":1.10,\"t\":true,\"z\":null}\n")
                                                   << jsonl << char(0) << QStringList{"n", "f", "t", "z"}
                                                   << QStringList{"12345678901234567890|1.10|true|<null>"}
                                                   << QString() << char(0);
    QTest::newRow("jsonl escapes") << QByteArray("{\"s\":\"a\\\"b\\n\\u00e9\\ud83d\\ude00\"}\n") << jsonl << char(0)
                                   << QStringList{"s"} << QStringList{QString::fromUtf8("a\"b\n\xC3\xA9\xF0\x9F\x98\x80")}
                                   << QString() << char(0);
    QTest::newRow("jsonl bom crlf blank") << QByteArray("\xEF\xBB\xBF{\"a\":1}\r\n\r\n{\"a\":2}\r\n") << jsonl << char(0)
                                          << QStringList{"a"} << QStringList{"1", "2"} << QString() << char(0);
    QTest::newRow("jsonl empty string is not null") << QByteArray("{\"a\":\"\"}\n") << jsonl << char(0)
                                                    << QStringList{"a"} << QStringList{""} << QString() << char(0);
    QTest::newRow("jsonl empty file") << QByteArray() << jsonl << char(0) << QStringList() << QStringList()
                                      << QString() << char(0);
    QTest::newRow("jsonl sniffed by content") << QByteArray("{\"a\":1}\n") << QStringLiteral("export")
                                              << char(0) << QStringList{"a"} << QStringList{"1"} << QString() << char(0);
    QTest::newRow("jsonl not an object") << QByteArray("{\"a\":1}\n[1,2]\n{\"a\":3}\n") << jsonl << char(0)
                                         << QStringList{"a"} << QStringList{"1"} << QStringLiteral("not a JSON object")
                                         << char(0);
    QTest::newRow("jsonl truncated line") << QByteArray("{\"a\":1}\n{\"a\":2}\n{\"a\":") << jsonl << char(0)
                                          << QStringList{"a"} << QStringList{"1", "2"} << QStringLiteral("not valid JSON")
                                          << char(0);
    QTest::newRow("jsonl invalid utf8") << QByteArray("{\"a\":1}\n{\"a\":\"\xC3\x28\"}\n") << jsonl << char(0)
                                        << QStringList{"a"} << QStringList{"1"} << QStringLiteral("UTF-8") << char(0);

    // gzip
    QTest::newRow("gz csv") << gz("a,b\n1,2\n") << QStringLiteral("x.csv.gz") << char(0) << ab
                            << QStringList{"1|2"} << QString() << ',';
    QTest::newRow("gz jsonl") << gz("{\"a\":1}\n") << QStringLiteral("x.jsonl.gz") << char(0) << QStringList{"a"}
                              << QStringList{"1"} << QString() << char(0);
    QTest::newRow("gz by magic without .gz") << gz("a;b\n1;2\n") << QStringLiteral("x.csv") << char(0) << ab
                                             << QStringList{"1|2"} << QString() << ';';
    QTest::newRow("gz concatenated members") << gz("a,b\n1,2\n") + gz("3,4\n") << QStringLiteral("x.csv.gz")
                                             << char(0) << ab << QStringList{"1|2", "3|4"} << QString() << ',';
    const QByteArray big = [] {
        QByteArray b("id,text\n");
        for (int i = 0; i < 20000; ++i)
            b += QByteArray::number(i) + ",row " + QByteArray::number(i * 7919) + "\n";
        return b;
    }();
    QByteArray truncated = gz(big);
    truncated.chop(truncated.size() / 2);
    QTest::newRow("gz truncated") << truncated << QStringLiteral("x.csv.gz") << char(0) << QStringList{"id", "text"}
                                  << QStringList{"0|row 0", "1|row 7919", "2|row 15838"} << QStringLiteral("ends early")
                                  << ',';
    QByteArray corrupt = gz(big);
    corrupt[corrupt.size() - 8] = char(corrupt[corrupt.size() - 8] ^ 0x55);   // the CRC-32 no longer matches
    QTest::newRow("gz corrupt") << corrupt << QStringLiteral("x.csv.gz") << char(0) << QStringList{"id", "text"}
                                << QStringList{"0|row 0", "1|row 7919", "2|row 15838"} << QStringLiteral("damaged")
                                << ',';
    QTest::newRow("gz named but plain") << QByteArray("a,b\n1,2\n") << QStringLiteral("x.csv.gz") << char(0)
                                        << QStringList() << QStringList() << QStringLiteral("not gzip") << char(0);
    QTest::newRow("gz header only garbage") << QByteArray("\x1f\x8b\x08\x00garbage", 11) << QStringLiteral("x.csv.gz")
                                            << char(0) << QStringList() << QStringList() << QStringLiteral("gzip")
                                            << char(0);
}

void TestPreview::read()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(char, delimiter);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, rows);
    QFETCH(QString, error);
    QFETCH(char, sniffed);

    PreviewOptions options;
    options.name = name;
    options.delimiter = delimiter;
    options.rows = 100000;
    const PreviewResult result = previewBytes(data, options);

    QCOMPARE(result.columns, columns);
    const QStringList got = render(result.rows);
    if (error.isEmpty()) {
        QCOMPARE(got, rows);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.atEnd);
        QCOMPARE(result.totalRows, qint64(rows.size()));
    } else {
        // The rows before the damage are kept; the sentence names the file.
        QVERIFY(got.size() >= rows.size());
        QCOMPARE(got.mid(0, rows.size()), rows);
        QCOMPARE(result.failure, PreviewResult::Failure::Corrupt);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY2(result.error.contains(name), qPrintable(result.error));
        QVERIFY(result.atEnd);
    }
    if (sniffed)
        QCOMPARE(result.delimiter, sniffed);
    QCOMPARE(result.types.size(), result.columns.size());
    for (const QStringList &row : result.rows)
        QCOMPARE(row.size(), result.columns.size());
}

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
