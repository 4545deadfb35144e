// SPDX-License-Identifier: GPL-3.0-or-later
// ExportJob parsing: every field; missing, null and mistyped values; unknown
// status; unknown extra fields; 64-bit values above 2^53.
#include "exports/exportjob.h"
#include "exports/exportsourceref.h"

#include <QJsonDocument>
#include <QTest>

using namespace peaka;

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    return doc.object();
}

const QByteArray kFullRow =
    "{\n"
    "  \"id\": \"3f1c2a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f\",\n"
    "  \"status\": \"SUCCEEDED\",\n"
    "  \"format\": \"JSONL\",\n"
    "  \"compression\": \"GZIP\",\n"
    "  \"rowCount\": 120345,\n"
    "  \"bytes\": 3706920,\n"
    "  \"durationMs\": 8123,\n"
    "  \"files\": [{\"name\": \"query_709922802836177297_charges.jsonl.gz\", \"url\": \"https://minio.example/export/a?X-Amz-Signature=abc\", \"bytes\": 3706920}],\n"
    "  \"expiresAt\": \"2026-06-10T13:24:20Z\",\n"
    "  \"downloadable\": true,\n"
    "  \"error\": null,\n"
    "  \"createdAt\": \"2026-06-10T12:20:01.250Z\",\n"
    "  \"queryId\": \"709922802836177297\",\n"
    "  \"catalogId\": \"cat_1\",\n"
    "  \"schemaName\": \"public\",\n"
    "  \"tableName\": \"charges\",\n"
    "  \"source\": \"peaka.query.\\\"charges_view\\\"\",\n"
    "  \"userId\": \"usr_42\",\n"
    "  \"userName\": \"Ayşe Demir\",\n"
    "  \"apiKeyPrefix\": \"hBWIQxjc\",\n"
    "  \"clientSource\": \"peaka-api\"\n"
    "}\n";

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyField();
    void createdJobSurvivesItsOwnJson();
    void roundTripKeepsApiNames();
    void tolerantFields_data();
    void tolerantFields();
    void unknownStatusKeepsRawString();
    void statusSpellings_data();
    void statusSpellings();
    void extraFieldsIgnored();
    void above2pow53();
    void datesAreUtc();
    void listNeverDropsRows();
    void listShapes();
    void linksExpiry();
    void unparseableFileLinkIsNoLink();
    void createdJobTakesTheSourceWeSent();
};

void TestExportJob::everyField()
{
    QStringList problems;
    const ExportJob j = ExportJob::fromJson(parseObject(kFullRow), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(';'))));
    QCOMPARE(j.id, QStringLiteral("3f1c2a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f"));
    QCOMPARE(j.status.code(), ExportStatus::Succeeded);
    QCOMPARE(j.format, QStringLiteral("JSONL"));
    QCOMPARE(j.compression, QStringLiteral("GZIP"));
    QCOMPARE(j.rowCount, std::optional<qint64>(120345));
    QCOMPARE(j.bytes, std::optional<qint64>(3706920));
    QCOMPARE(j.durationMs, std::optional<qint64>(8123));
    QCOMPARE(j.files.size(), 1);
    QCOMPARE(j.files[0].name, QStringLiteral("query_709922802836177297_charges.jsonl.gz"));
    QCOMPARE(j.files[0].url.host(), QStringLiteral("minio.example"));
    QCOMPARE(j.files[0].bytes, std::optional<qint64>(3706920));
    QCOMPARE(j.expiresAt, QDateTime(QDate(2026, 6, 10), QTime(13, 24, 20), Qt::UTC));
    QCOMPARE(j.downloadable, std::optional<bool>(true));
    QVERIFY(j.error.isNull());
    QCOMPARE(j.createdAt, QDateTime(QDate(2026, 6, 10), QTime(12, 20, 1, 250), Qt::UTC));
    QCOMPARE(j.queryId, QStringLiteral("709922802836177297"));
    QCOMPARE(j.catalogId, QStringLiteral("cat_1"));
    QCOMPARE(j.schemaName, QStringLiteral("public"));
    QCOMPARE(j.tableName, QStringLiteral("charges"));
    QCOMPARE(j.source, QStringLiteral("peaka.query.\"charges_view\""));
    QCOMPARE(j.userId, QStringLiteral("usr_42"));
    QCOMPARE(j.userName, QStringLiteral("Ayşe Demir"));
    QCOMPARE(j.apiKeyPrefix, QStringLiteral("hBWIQxjc"));
    QCOMPARE(j.clientSource, QStringLiteral("peaka-api"));
}

void TestExportJob::roundTripKeepsApiNames()
{
    const ExportJob j = ExportJob::fromJson(parseObject(kFullRow));
    const QJsonObject o = j.toJson();
    for (const char *key : {"id", "status", "format", "compression", "rowCount", "bytes", "durationMs",
                            "files", "expiresAt", "downloadable", "createdAt", "queryId", "catalogId",
                            "schemaName", "tableName", "source", "userId", "userName", "apiKeyPrefix",
                            "clientSource"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QVERIFY(!o.contains(QStringLiteral("error"))); // null stays unset
    QCOMPARE(ExportJob::fromJson(o), j);
}

void TestExportJob::tolerantFields_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("problemCount");

    const QList<QByteArray> fields = {"id", "status", "format", "compression", "rowCount", "bytes",
                                      "durationMs", "files", "expiresAt", "downloadable", "error",
                                      "createdAt", "queryId", "catalogId", "schemaName", "tableName",
                                      "source", "userId", "userName", "apiKeyPrefix", "clientSource"};
    for (const QByteArray &f : fields) {
        QTest::addRow("%s missing", f.constData()) << f << QByteArray() << 0;
        QTest::addRow("%s null", f.constData()) << f << QByteArray("null") << 0;
        QTest::addRow("%s object", f.constData()) << f << QByteArray("{\"x\": 1}") << 1;
        QTest::addRow("%s bool", f.constData()) << f << QByteArray("false") << (f == "downloadable" ? 0 : 1);
    }
    QTest::addRow("rowCount fractional") << QByteArray("rowCount") << QByteArray("12.5") << 1;
    QTest::addRow("rowCount text") << QByteArray("rowCount") << QByteArray("\"many\"") << 1;
    QTest::addRow("bytes as number string") << QByteArray("bytes") << QByteArray("\"4096\"") << 0;
    QTest::addRow("createdAt garbage") << QByteArray("createdAt") << QByteArray("\"yesterday\"") << 1;
    QTest::addRow("createdAt number") << QByteArray("createdAt") << QByteArray("1718000000") << 1;
    QTest::addRow("files of numbers") << QByteArray("files") << QByteArray("[1, 2]") << 2;
    QTest::addRow("status number") << QByteArray("status") << QByteArray("7") << 1;
    // Sizes, counts and durations are never negative (tests/fuzz properties).
    QTest::addRow("bytes negative") << QByteArray("bytes") << QByteArray("-5") << 1;
    QTest::addRow("rowCount negative text") << QByteArray("rowCount") << QByteArray("\"-17\"") << 1;
    QTest::addRow("durationMs negative") << QByteArray("durationMs") << QByteArray("-1") << 1;
}

void TestExportJob::tolerantFields()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(int, problemCount);

    QJsonObject row = parseObject(kFullRow);
    if (value.isNull())
        row.remove(QString::fromLatin1(field));
    else
        row.insert(QString::fromLatin1(field),
                   parseObject("{\"v\": " + value + "}").value(QStringLiteral("v")));
    QStringList problems;
    const ExportJob j = ExportJob::fromJson(row, &problems);
    QCOMPARE(problems.size(), problemCount);

    // The broken field is unset; the rest of the row is intact.
    const ExportJob full = ExportJob::fromJson(parseObject(kFullRow));
    QJsonObject got = j.toJson();
    QJsonObject want = full.toJson();
    const bool keepsValue = value == "false" && field == "downloadable";
    const bool lenientNumber = field == "bytes" && value == "\"4096\"";
    if (!keepsValue && !lenientNumber) {
        QVERIFY2(!got.contains(QString::fromLatin1(field)), field.constData());
        want.remove(QString::fromLatin1(field));
    } else if (lenientNumber) {
        QCOMPARE(j.bytes, std::optional<qint64>(4096));
        want.insert(QStringLiteral("bytes"), 4096);
    } else {
        QCOMPARE(j.downloadable, std::optional<bool>(false));
        want.insert(QStringLiteral("downloadable"), false);
    }
    QCOMPARE(got, want);
}

void TestExportJob::unknownStatusKeepsRawString()
{
    QJsonObject row = parseObject(kFullRow);
    row.insert(QStringLiteral("status"), QStringLiteral("ARCHIVING"));
    const ExportJob j = ExportJob::fromJson(row);
    QCOMPARE(j.status.code(), ExportStatus::Unknown);
    QCOMPARE(j.status.wire(), QStringLiteral("ARCHIVING"));
    QCOMPARE(j.status.displayName(), QStringLiteral("ARCHIVING"));
    QVERIFY(!j.status.isInProgress());
    QVERIFY(!j.status.isFinal());
    QCOMPARE(j.toJson().value(QStringLiteral("status")).toString(), QStringLiteral("ARCHIVING"));
    QVERIFY(ExportStatus::fromWire(QStringLiteral("ARCHIVING")) != ExportStatus::fromWire(QStringLiteral("PURGING")));
}

void TestExportJob::statusSpellings_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("code");
    QTest::newRow("PENDING") << "PENDING" << int(ExportStatus::Pending);
    QTest::newRow("RUNNING") << "RUNNING" << int(ExportStatus::Running);
    QTest::newRow("SUCCEEDED") << "SUCCEEDED" << int(ExportStatus::Succeeded);
    QTest::newRow("FAILED") << "FAILED" << int(ExportStatus::Failed);
    QTest::newRow("CANCELLED") << "CANCELLED" << int(ExportStatus::Cancelled);
    QTest::newRow("EXPIRED") << "EXPIRED" << int(ExportStatus::Expired);
    QTest::newRow("lower case") << "running" << int(ExportStatus::Running);
    QTest::newRow("empty") << "" << int(ExportStatus::Unknown);
}

void TestExportJob::statusSpellings()
{
    QFETCH(QString, wire);
    QFETCH(int, code);
    QCOMPARE(int(ExportStatus::fromWire(wire).code()), code);
}

void TestExportJob::extraFieldsIgnored()
{
    QJsonObject row = parseObject(kFullRow);
    row.insert(QStringLiteral("priority"), 3);
    row.insert(QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), 1}});
    QStringList problems;
    QCOMPARE(ExportJob::fromJson(row, &problems), ExportJob::fromJson(parseObject(kFullRow)));
    QVERIFY(problems.isEmpty());
}

void TestExportJob::above2pow53()
{
    const ExportJob j = ExportJob::fromJson(parseObject(
        R"({"id": "x", "rowCount": 9007199254740993, "bytes": 9223372036854775807, "durationMs": "9007199254740995"})"));
    QCOMPARE(j.rowCount, std::optional<qint64>(9007199254740993LL));
    QCOMPARE(j.bytes, std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(j.durationMs, std::optional<qint64>(9007199254740995LL));
    const QByteArray back = QJsonDocument(j.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY2(back.contains("9007199254740993"), back.constData());
}

void TestExportJob::datesAreUtc()
{
    const ExportJob j = ExportJob::fromJson(parseObject(
        R"({"createdAt": "2026-06-10T15:24:20+02:00", "expiresAt": "2026-06-10T13:24:20"})"));
    QCOMPARE(j.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(j.createdAt, QDateTime(QDate(2026, 6, 10), QTime(13, 24, 20), Qt::UTC));
    QCOMPARE(j.expiresAt, QDateTime(QDate(2026, 6, 10), QTime(13, 24, 20), Qt::UTC));
}

void TestExportJob::listNeverDropsRows()
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        R"([{"id": "a", "status": "RUNNING"}, {"id": 5, "status": null}, {}, {"status": "WHATEVER", "rowCount": "x"}, 42])");
    QList<ExportJob> jobs;
    QStringList problems;
    QVERIFY(parseExportList(doc, &jobs, &problems));
    QCOMPARE(jobs.size(), 4); // every object is a row, even an empty or broken one
    QCOMPARE(jobs[0].status.code(), ExportStatus::Running);
    QVERIFY(jobs[1].id.isEmpty());
    QCOMPARE(jobs[3].status.wire(), QStringLiteral("WHATEVER"));
    QCOMPARE(problems.size(), 3); // id 5, rowCount "x", the number 42
}

void TestExportJob::listShapes()
{
    QList<ExportJob> jobs;
    QVERIFY(parseExportList(QJsonDocument::fromJson(R"({"exports": [{"id": "a"}]})"), &jobs));
    QCOMPARE(jobs.size(), 1);
    jobs.clear();
    QVERIFY(!parseExportList(QJsonDocument::fromJson(R"({"message": "nope"})"), &jobs));
    QVERIFY(parseExportList(QJsonDocument::fromJson("[]"), &jobs));
    QVERIFY(jobs.isEmpty());
}

void TestExportJob::linksExpiry()
{
    ExportJob j;
    const QDateTime now(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC);
    QVERIFY(!j.linksExpired(now)); // no expiry known
    j.expiresAt = now.addSecs(60);
    QVERIFY(!j.linksExpired(now));
    QVERIFY(j.linksExpired(now, 120));
    QVERIFY(j.linksExpired(now.addSecs(60)));
}

// Fuzz finding (tests/fuzz/corpus/readexport/): a link that does not parse was
// kept as an invalid URL that toJson() drops, so the row changed on a round trip.
void TestExportJob::unparseableFileLinkIsNoLink()
{
    const ExportFile f = ExportFile::fromJson(
        parseObject(R"({"name": "a.csv", "url": "https://minio.loc!l/a?X-Amz-Signature=1", "bytes": -3})"));
    QCOMPARE(f.name, QStringLiteral("a.csv"));
    QVERIFY(f.url.isEmpty());
    QVERIFY(!f.bytes);
    QCOMPARE(ExportFile::fromJson(f.toJson()), f);

    // Fuzz finding (tests/fuzz/corpus/exportlist/finding-hash-in-link): "h###ttps://…"
    // parsed as a relative link whose fragment changed on a round trip.
    QVERIFY(ExportFile::fromJson(parseObject("{\"url\": \"h\x23\x23\x23ttps://onl.gz?X-Amz-Signature=abc\"}")).url.isEmpty());
    const ExportFile hashes = ExportFile::fromJson(parseObject("{\"url\": \"https://s3.example/a.csv?X-Amz-Signature=1\x23" "b\x23" "c\"}"));
    QCOMPARE(hashes.url.toString(QUrl::FullyEncoded), QStringLiteral("https://s3.example/a.csv?X-Amz-Signature=1"));
    QCOMPARE(ExportFile::fromJson(hashes.toJson()), hashes);
}

// Fuzz finding (tests/fuzz/corpus/createresponse/): a 202 that names a query
// while we created a table export left both sources in the row.
void TestExportJob::createdJobTakesTheSourceWeSent()
{
    const ExportJob accepted = ExportJob::fromJson(parseObject(R"({"id": "}0", "queryId": "PENDING"})"));
    const ExportSourceRef table = ExportSourceRef::table(QStringLiteral("c"), QStringLiteral("s"), QStringLiteral("t"));
    const ExportJob shown = table.createdJob(accepted, ExportOptions());
    QCOMPARE(shown.id, QStringLiteral("}0"));
    QCOMPARE(shown.status.code(), ExportStatus::Pending);
    QVERIFY(shown.queryId.isEmpty());
    QCOMPARE(ExportSourceRef::fromJob(shown), std::optional<ExportSourceRef>(table));
    const ExportSourceRef query = ExportSourceRef::query(QStringLiteral("q"));
    const ExportJob fromTableAnswer = query.createdJob(
        ExportJob::fromJson(parseObject(R"({"id": "x", "catalogId": "c", "tableName": "t"})")), ExportOptions());
    QCOMPARE(ExportSourceRef::fromJob(fromTableAnswer), std::optional<ExportSourceRef>(query));
}

// Fuzz finding (corpus/createresponse seed {"id": "abc"}): a job made here
// has a createdAt but no wire text; read back from its own JSON it gained the
// text and no longer compared equal, so a cached or refreshed row looked changed.
void TestExportJob::createdJobSurvivesItsOwnJson()
{
    const ExportJob accepted = ExportJob::fromJson(parseObject(R"({"id": "abc"})"));
    const ExportJob shown = ExportSourceRef::query(QStringLiteral("q1"))
                                .createdJob(accepted, ExportOptions(), QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC));
    QVERIFY(shown.createdAtText.isNull());
    QStringList problems;
    const ExportJob again = ExportJob::fromJson(shown.toJson(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u';')));
    QVERIFY(!again.createdAtText.isNull());
    QVERIFY(again == shown);
    ExportJob micro = again;
    micro.createdAtText = QStringLiteral("2025-12-01T00:00:00.000001Z"); // another instant on the wire
    micro.createdAt = QDateTime::fromString(micro.createdAtText, Qt::ISODateWithMs);
    QVERIFY(!(micro == again));
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
