// SPDX-License-Identifier: GPL-3.0-or-later
// peaka-exports-cli preview FILE [--rows N] [--delimiter C] [--json], run as a process.
#include "clirunner.h"
#include "democontent.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka;
using namespace peaka::test;

class TestCliPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void alignedTable();
    void json_data();
    void json();
    void rowsLimit();
    void delimiterGiven();
    void gzipped();
    void missingFileExits5();
    void corruptExits6WithRowsSoFar();
    void usage_data();
    void usage();

private:
    QString write(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};

void TestCliPreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCliPreview::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, data))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliPreview::alignedTable()
{
    const QString path = write(QStringLiteral("t.csv"), "id;name;note\n1;Ada;\"a;b\"\n22;Grace Hopper;\"two\nlines\"\n");
    const CliResult r = runCli({QStringLiteral("preview"), path});   // no API key: none is needed
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.value(0), QByteArray("id      name          note"));
    QCOMPARE(lines.value(1), QByteArray("number  text          text"));
    QCOMPARE(lines.value(2), QByteArray("1       Ada           a;b"));
    QCOMPARE(lines.value(3), QByteArray("22      Grace Hopper  two\\nlines"));
}

void TestCliPreview::json_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("csv") << "j.csv" << QByteArray("a,b\n1,\n\"x\"\"y\",2\n")
                         << QByteArray(R"({"columns":["a","b"],"rows":[["1",""],["x\"y","2"]]})");
    QTest::newRow("jsonl missing key is null") << "j.jsonl" << QByteArray("{\"a\":1}\n{\"b\":{\"c\": [true]},\"a\":2.50}\n")
                                               << QByteArray(R"({"columns":["a","b"],"rows":[["1",null],["2.50","{\"c\":[true]}"]]})");
    QTest::newRow("empty") << "e.csv" << QByteArray() << QByteArray(R"({"columns":[],"rows":[]})");
    QTest::newRow("header only") << "h.csv" << QByteArray("a\n") << QByteArray(R"({"columns":["a"],"rows":[]})");
}

void TestCliPreview::json()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    const CliResult r = runCli({QStringLiteral("preview"), write(name, data), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonDocument got = QJsonDocument::fromJson(r.out);
    QCOMPARE(got, QJsonDocument::fromJson(expected));
}

void TestCliPreview::rowsLimit()
{
    QByteArray data("n\n");
    for (int i = 0; i < 100; ++i)
        data += QByteArray::number(i) + '\n';
    const QString path = write(QStringLiteral("n.csv"), data);
    CliResult r = runCli({QStringLiteral("preview"), path, QStringLiteral("--rows"), QStringLiteral("5"),
                          QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("rows")).toArray().size(), 5);
    r = runCli({QStringLiteral("preview"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 2 + 20);   // header, types, the default 20 rows
    QVERIFY(r.err.contains("more"));
}

void TestCliPreview::delimiterGiven()
{
    // Sniffing would pick ';' (steadier); --delimiter says ','.
    const QString path = write(QStringLiteral("d.csv"), "a;b,c\n1;2,3\n4;5,6\n");
    const CliResult r = runCli({QStringLiteral("preview"), path, QStringLiteral("--delimiter"), QStringLiteral(","),
                                QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("columns")).toArray(),
             QJsonArray({"a;b", "c"}));
    const CliResult tab = runCli({QStringLiteral("preview"), write(QStringLiteral("t.tsv"), "a\tb\n1\t2\n"),
                                  QStringLiteral("--delimiter"), QStringLiteral("tab"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(tab.out).object().value(QLatin1String("rows")).toArray(),
             QJsonArray({QJsonArray({"1", "2"})}));
}

void TestCliPreview::gzipped()
{
    const QString path = write(QStringLiteral("g.jsonl.gz"), demo::gzipCompress("{\"k\":\"v\"}\n"));
    const CliResult r = runCli({QStringLiteral("preview"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out), QJsonDocument::fromJson(R"({"columns":["k"],"rows":[["v"]]})"));
}

void TestCliPreview::missingFileExits5()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.csv"));
    const CliResult r = runCli({QStringLiteral("preview"), path});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
}

void TestCliPreview::corruptExits6WithRowsSoFar()
{
    QByteArray data("n\n");
    for (int i = 0; i < 50000; ++i)
        data += QByteArray::number(i) + '\n';
    QByteArray packed = demo::gzipCompress(data);
    packed.chop(packed.size() / 2);
    const QString path = write(QStringLiteral("cut.csv.gz"), packed);
    const CliResult r = runCli({QStringLiteral("preview"), path, QStringLiteral("--rows"), QStringLiteral("100000"),
                                QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QVERIFY(r.err.contains("ends early"));
    const QJsonArray rows = QJsonDocument::fromJson(r.out).object().value(QLatin1String("rows")).toArray();
    QVERIFY(rows.size() > 1000);
    QCOMPARE(rows.first().toArray(), QJsonArray({"0"}));

    const QString bad = write(QStringLiteral("bad.jsonl"), "{\"a\":1}\nnot json\n");
    const CliResult j = runCli({QStringLiteral("preview"), bad});
    QCOMPARE(j.exitCode, 6);
    QVERIFY(j.out.contains("1"));
    QVERIFY2(j.err.contains(bad.toUtf8()), j.err.constData());
}

void TestCliPreview::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no file") << QStringList{"preview"};
    QTest::newRow("two files") << QStringList{"preview", "a", "b"};
    QTest::newRow("bad rows") << QStringList{"preview", "a", "--rows", "many"};
    QTest::newRow("bad delimiter") << QStringList{"preview", "a", "--delimiter", "ab"};
}

void TestCliPreview::usage()
{
    QFETCH(QStringList, args);
    const CliResult r = runCli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliPreview)
#include "tst_clipreview.moc"
