// SPDX-License-Identifier: GPL-3.0-or-later
// The revised contract on the demo server: paged List Exports (limit, keyset
// cursor, microsecond createdAt), Cancel Export and csvOptions in the files.
#include "demoserver.h"
#include "httpprobe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace peaka::demo;
using Result = peaka::test::HttpResult;

class TestDemoServerPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultPageIs50();
    void limitIsClamped_data();
    void limitIsClamped();
    void badLimitOrCursorIs400_data();
    void badLimitOrCursorIs400();
    void cursorIsExclusiveAndWalksEveryRow();
    void createdAtHasMicroseconds();
    void cursorPrecisionMatters();
    void heldPagesWaitForRelease();
    void inclusiveCursorFaultRepeatsBoundaryRow();
    void cancelRunningExport();
    void cancelIsIdempotentAndNoOpWhenFinished();
    void cancelUnknownIs404();
    void cancelAfterDelay();
    void csvOptionsShapeTheFile();
    void csvOptionsIgnoredForJsonl();
    void badCsvOptionsAre400_data();
    void badCsvOptionsAre400();

private:
    Result send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        const QUrl url(m_server->baseUrl().toString() + QStringLiteral("/data/projects/") + path);
        return peaka::test::sendHttp(*m_nam, method, url, m_server->partnerKey().key.toUtf8(), body);
    }
    QJsonArray page(const QString &query)
    {
        const Result r = send("GET", m_server->projectId() + QStringLiteral("/exports") + query);
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return r.array();
    }
    DemoExport job(const QString &id, const QString &createdAtText, const QString &status = QStringLiteral("SUCCEEDED"))
    {
        DemoExport j;
        j.id = id;
        j.status = status;
        j.createdAtText = createdAtText;
        j.ownerKey = m_server->partnerKey().key;
        return j;
    }
    QString createExport(const QByteArray &body)
    {
        const Result r = send("POST", m_server->projectId() + QStringLiteral("/queries/709922802836177297/exports"), body);
        if (r.status != 202)
            qWarning() << r.status << r.body;
        return r.object().value(QLatin1String("id")).toString();
    }

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestDemoServerPaging::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDemoServerPaging::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestDemoServerPaging::defaultPageIs50()
{
    m_server->generateExports(120);
    QCOMPARE(page({}).size(), 50);
    QCOMPARE(page(QStringLiteral("?limit=200")).size(), 120 + 32);
}

void TestDemoServerPaging::limitIsClamped_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("rows");
    QTest::newRow("0 -> 1") << "0" << 1;
    QTest::newRow("-5 -> 1") << "-5" << 1;
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("137") << "137" << 137;
    QTest::newRow("200") << "200" << 200;
    QTest::newRow("201 -> 200") << "201" << 200;
    QTest::newRow("100000 -> 200") << "100000" << 200;
}

void TestDemoServerPaging::limitIsClamped()
{
    QFETCH(QString, limit);
    QFETCH(int, rows);
    m_server->generateExports(300);
    QCOMPARE(page(QStringLiteral("?limit=") + limit).size(), rows);
}

void TestDemoServerPaging::badLimitOrCursorIs400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("limit=abc") << "?limit=abc" << "limit";
    QTest::newRow("limit=") << "?limit=" << "limit";
    QTest::newRow("limit=1.5") << "?limit=1.5" << "limit";
    QTest::newRow("cursor=yesterday") << "?createdBefore=yesterday" << "createdBefore";
    QTest::newRow("cursor empty") << "?createdBefore=" << "createdBefore";
    QTest::newRow("cursor 10 digits") << "?createdBefore=2026-06-10T12:24:08.1234567890Z" << "createdBefore";
    QTest::newRow("cursor no zone") << "?createdBefore=2026-06-10T12:24:08" << "createdBefore";
}

void TestDemoServerPaging::badLimitOrCursorIs400()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const Result r = send("GET", m_server->projectId() + QStringLiteral("/exports") + query);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
}

void TestDemoServerPaging::cursorIsExclusiveAndWalksEveryRow()
{
    m_server->generateExports(450);
    const int total = m_server->exports(m_server->projectId()).size();
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    QString previous;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("createdBefore"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        const QJsonArray rows = page(QLatin1Char('?') + q.toString(QUrl::FullyEncoded));
        ++pages;
        for (const QJsonValue &v : rows) {
            const QString id = v.toObject().value(QLatin1String("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            const QString created = v.toObject().value(QLatin1String("createdAt")).toString();
            if (!previous.isEmpty())
                QVERIFY2(created < previous, qPrintable(created + QLatin1String(" !< ") + previous));
            previous = created;
        }
        if (rows.size() < 200)
            break;
        cursor = rows.last().toObject().value(QLatin1String("createdAt")).toString();
        QVERIFY(pages < 10);
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(pages, (total + 199) / 200);
}

void TestDemoServerPaging::createdAtHasMicroseconds()
{
    const QJsonArray rows = page(QStringLiteral("?limit=5"));
    QCOMPARE(rows.size(), 5);
    for (const QJsonValue &v : rows) {
        const QString created = v.toObject().value(QLatin1String("createdAt")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"))
                     .match(created).hasMatch(), qPrintable(created));
    }
}

void TestDemoServerPaging::cursorPrecisionMatters()
{
    // Three rows within one millisecond: only the exact string pages correctly.
    m_server->clearExports();
    m_server->addExport(job(QStringLiteral("a"), QStringLiteral("2026-06-10T15:23:26.893985Z")));
    m_server->addExport(job(QStringLiteral("b"), QStringLiteral("2026-06-10T15:23:26.893500Z")));
    m_server->addExport(job(QStringLiteral("c"), QStringLiteral("2026-06-10T15:23:26.893Z")));
    m_server->addExport(job(QStringLiteral("d"), QStringLiteral("2026-06-10T15:23:26Z")));
    m_server->addExport(job(QStringLiteral("e"), QStringLiteral("2023-08-21T11:09:04.699714310Z")));
    const auto ids = [](const QJsonArray &rows) {
        QStringList out;
        for (const QJsonValue &v : rows)
            out << v.toObject().value(QLatin1String("id")).toString();
        return out;
    };
    QCOMPARE(ids(page(QStringLiteral("?limit=200"))), (QStringList{"a", "b", "c", "d", "e"}));
    QCOMPARE(page(QStringLiteral("?limit=1")).at(0).toObject().value(QLatin1String("createdAt")).toString(),
             QStringLiteral("2026-06-10T15:23:26.893985Z"));
    QCOMPARE(ids(page(QStringLiteral("?createdBefore=2026-06-10T15:23:26.893985Z"))), (QStringList{"b", "c", "d", "e"}));
    // Rounded to milliseconds the cursor skips b and c.
    QCOMPARE(ids(page(QStringLiteral("?createdBefore=2026-06-10T15:23:26.893Z"))), (QStringList{"d", "e"}));
    QCOMPARE(ids(page(QStringLiteral("?createdBefore=2026-06-10T15:23:26Z"))), (QStringList{"e"}));
    QCOMPARE(ids(page(QStringLiteral("?createdBefore=2023-08-21T11:09:04.699714310Z"))), QStringList());
    QCOMPARE(ids(page(QStringLiteral("?createdBefore=2023-08-21T11:09:04.699714311Z"))), (QStringList{"e"}));
    // An offset is the same instant.
    QCOMPARE(ids(page(QStringLiteral("?createdBefore=2026-06-10T17:23:26%2B02:00"))), (QStringList{"e"}));
}

void TestDemoServerPaging::heldPagesWaitForRelease()
{
    m_server->scenario().holdPagedLists = true;
    QCOMPARE(page(QStringLiteral("?limit=5")).size(), 5); // first pages are not held
    QNetworkReply *reply = m_nam->get(QNetworkRequest(QUrl(
        m_server->baseUrl().toString() + QStringLiteral("/data/projects/") + m_server->projectId()
        + QStringLiteral("/exports?limit=5&createdBefore=2099-01-01T00:00:00Z"))));
    QTRY_COMPARE(m_server->heldRequestCount(), 1);
    QVERIFY(!reply->isFinished());
    m_server->releaseHeldRequests();
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
}

void TestDemoServerPaging::inclusiveCursorFaultRepeatsBoundaryRow()
{
    m_server->scenario().inclusiveCursor = true;
    const QJsonArray first = page(QStringLiteral("?limit=3"));
    const QString cursor = first.last().toObject().value(QLatin1String("createdAt")).toString();
    const QJsonArray second = page(QStringLiteral("?limit=3&createdBefore=") + cursor);
    QCOMPARE(second.first().toObject().value(QLatin1String("id")), first.last().toObject().value(QLatin1String("id")));
}

void TestDemoServerPaging::cancelRunningExport()
{
    m_server->scenario().pendingMs = 60000;
    const QString id = createExport("{}");
    const QString path = m_server->projectId() + QStringLiteral("/exports/") + id;
    const Result r = send("DELETE", path);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    const QJsonObject row = send("GET", path).object();
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("CANCELLED"));
    QVERIFY(!row.contains(QLatin1String("files")));
    QVERIFY(!row.contains(QLatin1String("error")));
    QCOMPARE(m_server->exportById(id).status, QStringLiteral("CANCELLED"));
    const RecordedRequest last = m_server->requests().at(m_server->requests().size() - 2);
    QCOMPARE(last.method, QByteArray("DELETE"));
}

void TestDemoServerPaging::cancelIsIdempotentAndNoOpWhenFinished()
{
    m_server->scenario().pendingMs = 60000;
    const QString id = createExport("{}");
    const QString path = m_server->projectId() + QStringLiteral("/exports/") + id;
    QCOMPARE(send("DELETE", path).status, 204);
    QCOMPARE(send("DELETE", path).status, 204);
    QCOMPARE(m_server->exportById(id).status, QStringLiteral("CANCELLED"));

    QString succeeded;
    for (const DemoExport &j : m_server->exports(m_server->projectId()))
        if (j.status == QLatin1String("SUCCEEDED") && !j.files.isEmpty())
            succeeded = j.id;
    QVERIFY(!succeeded.isEmpty());
    QCOMPARE(send("DELETE", m_server->projectId() + QStringLiteral("/exports/") + succeeded).status, 204);
    QCOMPARE(m_server->exportById(succeeded).status, QStringLiteral("SUCCEEDED"));
    QVERIFY(!m_server->exportById(succeeded).files.isEmpty());
}

void TestDemoServerPaging::cancelUnknownIs404()
{
    const Result r = send("DELETE", m_server->projectId() + QStringLiteral("/exports/no-such-export"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.message().contains(QLatin1String("not found")));
    // Another project's export is unknown here too.
    const QString id = m_server->exports(m_server->projectId()).first().id;
    QCOMPARE(send("DELETE", m_server->otherProjectId() + QStringLiteral("/exports/") + id).status, 404);
}

void TestDemoServerPaging::cancelAfterDelay()
{
    m_server->scenario().pendingMs = 60000;
    m_server->scenario().cancelDelayMs = 300;
    const QString id = createExport("{}");
    QCOMPARE(send("DELETE", m_server->projectId() + QStringLiteral("/exports/") + id).status, 204);
    QVERIFY(m_server->exportById(id).status != QLatin1String("CANCELLED"));
    QTRY_COMPARE(m_server->exportById(id).status, QStringLiteral("CANCELLED"));
}

void TestDemoServerPaging::csvOptionsShapeTheFile()
{
    m_server->scenario().pendingMs = 0;
    m_server->scenario().runningMs = 0;
    m_server->scenario().createdFileBytes = 20000;
    const QString id = createExport(
        R"({"csvOptions":{"delimiter":";","quoteChar":"'","recordSeparator":"\r\n","includeHeader":false,"nullValue":"\\N"},
            "columns":["charge_id","customer_name","amount"]})");
    QTRY_COMPARE(m_server->exportById(id).status, QStringLiteral("SUCCEEDED"));
    const QByteArray content = m_server->exportById(id).files.at(0).content;
    QVERIFY2(content.startsWith("ch_100000;"), content.left(80).constData()); // no header
    QVERIFY(content.contains(";\\N;"));                                       // a NULL customer_name
    QVERIFY(content.endsWith("\r\n"));
    const QList<QByteArray> lines = content.split('\n');
    QVERIFY(lines.size() > 50);
    for (int i = 0; i < lines.size() - 2; ++i) { // the last line may be cut
        QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
        QCOMPARE(lines.at(i).count(';'), 2);
    }
    QCOMPARE(m_server->exportById(id).rowCount, qint64(lines.size() - 1));

    // The defaults: header, comma, LF, NULL as an empty field.
    const QString plain = createExport(R"({"columns":["charge_id","customer_name"]})");
    QTRY_COMPARE(m_server->exportById(plain).status, QStringLiteral("SUCCEEDED"));
    const QByteArray defaults = m_server->exportById(plain).files.at(0).content;
    QVERIFY(defaults.startsWith("charge_id,customer_name\nch_100000,"));
    QVERIFY(!defaults.contains('\r'));
    QVERIFY(QRegularExpression(QStringLiteral("\\nch_\\d+,\\n")).match(QString::fromUtf8(defaults)).hasMatch());
}

void TestDemoServerPaging::csvOptionsIgnoredForJsonl()
{
    m_server->scenario().pendingMs = 0;
    m_server->scenario().runningMs = 0;
    const QString id = createExport(R"({"format":"JSONL","csvOptions":{"delimiter":";","nullValue":"NULL"}})");
    QTRY_COMPARE(m_server->exportById(id).status, QStringLiteral("SUCCEEDED"));
    const QByteArray content = m_server->exportById(id).files.at(0).content;
    QVERIFY(content.startsWith("{\"_id\":"));
    QVERIFY(content.contains("\"customer_name\":null"));
}

void TestDemoServerPaging::badCsvOptionsAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an object") << QByteArray(R"({"csvOptions":";"})") << "csvOptions";
    QTest::newRow("two-char delimiter") << QByteArray(R"({"csvOptions":{"delimiter":";;"}})") << "delimiter";
    QTest::newRow("empty delimiter") << QByteArray(R"({"csvOptions":{"delimiter":""}})") << "delimiter";
    QTest::newRow("newline delimiter") << QByteArray(R"({"csvOptions":{"delimiter":"\n"}})") << "delimiter";
    QTest::newRow("numeric delimiter") << QByteArray(R"({"csvOptions":{"delimiter":5}})") << "delimiter";
    QTest::newRow("two-char quote") << QByteArray(R"({"csvOptions":{"quoteChar":"''"}})") << "quoteChar";
    QTest::newRow("delimiter == quote") << QByteArray(R"({"csvOptions":{"delimiter":"\""}})") << "differ";
    QTest::newRow("bad separator") << QByteArray(R"({"csvOptions":{"recordSeparator":";"}})") << "recordSeparator";
    QTest::newRow("header string") << QByteArray(R"({"csvOptions":{"includeHeader":"no"}})") << "includeHeader";
    QTest::newRow("null number") << QByteArray(R"({"csvOptions":{"nullValue":0}})") << "nullValue";
}

void TestDemoServerPaging::badCsvOptionsAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const Result r = send("POST", m_server->projectId() + QStringLiteral("/queries/709922802836177297/exports"), body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
}

QTEST_GUILESS_MAIN(TestDemoServerPaging)
#include "tst_demoserver_paging.moc"
