// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportrow.h"
#include "exports/stringtable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace peaka;

// The compact row gives back exactly the job it was made from (list fields).
class TestExportRow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("uuid, microseconds") << QByteArray(R"({"id": "3f2b8c1e-0a4d-4e6f-9b1a-2c3d4e5f6a7b", "status": "SUCCEEDED",
            "createdAt": "2026-06-10T15:23:26.893985Z", "rowCount": 12, "bytes": 9223372036854775807,
            "durationMs": 0, "downloadable": true, "format": "CSV", "compression": "NONE", "source": "a.b"})");
        QTest::addRow("nanoseconds") << QByteArray(R"({"id": "x", "createdAt": "2023-08-21T11:09:04.699714310Z"})");
        QTest::addRow("whole seconds") << QByteArray(R"({"id": "x", "createdAt": "2026-06-10T12:24:08Z"})");
        QTest::addRow("trailing zeros") << QByteArray(R"({"id": "x", "createdAt": "2026-06-10T12:24:08.100Z"})");
        QTest::addRow("offset, kept as text") << QByteArray(R"({"id": "x", "createdAt": "2026-06-10T15:24:20+02:00"})");
        QTest::addRow("before 1970") << QByteArray(R"({"id": "x", "createdAt": "1969-12-31T23:59:59.5Z"})");
        QTest::addRow("upper-case uuid stays text") << QByteArray(R"({"id": "3F2B8C1E-0A4D-4E6F-9B1A-2C3D4E5F6A7B"})");
        QTest::addRow("all-ones uuid stays text") << QByteArray(R"({"id": "ffffffff-ffff-ffff-0000-000000000000"})");
        QTest::addRow("unknown status") << QByteArray(R"({"id": "y", "status": "ARCHIVING", "downloadable": false})");
        QTest::addRow("empty strings") << QByteArray(R"({"id": "", "format": "", "error": "boom", "userName": "Ada"})");
        QTest::addRow("nothing") << QByteArray("{}");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, json);
        const ExportJob job = ExportJob::fromJson(QJsonDocument::fromJson(json).object());
        StringTable table;
        const ExportRow row = ExportRow::fromJob(job, table);
        const ExportJob back = row.toJob(table);
        QCOMPARE(back, job);
        QCOMPARE(back.createdAtText, job.createdAtText);
        QCOMPARE(back.createdAtText.isNull(), job.createdAtText.isNull());
        QCOMPARE(back.format.isNull(), job.format.isNull());
        QCOMPARE(back.toJson(), job.toJson());
        QCOMPARE(ExportRow::fromJob(back, table), row); // the same strings, the same ids
        QCOMPARE(ExportRow::keyOf(job.id, table).value(), row.key);
    }

    void compactAndShared()
    {
        QVERIFY(sizeof(ExportRow) <= 112);
        StringTable table;
        ExportJob a;
        a.id = QStringLiteral("3f2b8c1e-0a4d-4e6f-9b1a-2c3d4e5f6a7b");
        a.userName = QStringLiteral("Ada");
        const int before = table.size();
        const ExportRow r = ExportRow::fromJob(a, table);
        QVERIFY(!r.key.isText());          // a UUID is 16 bytes, not a table entry
        QCOMPARE(table.size(), before + 1); // only "Ada"
        ExportJob b = a;
        b.id = QStringLiteral("4f2b8c1e-0a4d-4e6f-9b1a-2c3d4e5f6a7b");
        QCOMPARE(ExportRow::fromJob(b, table).str[ExportRow::UserName], r.str[ExportRow::UserName]);
        QVERIFY(!ExportRow::keyOf(QStringLiteral("never-seen"), table));
    }
};

QTEST_GUILESS_MAIN(TestExportRow)
#include "tst_exportrow.moc"
