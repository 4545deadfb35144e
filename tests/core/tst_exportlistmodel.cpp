// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"
#include "exportlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace peaka;

namespace {

ExportJob job(const QString &id, ExportStatus::Code status, qint64 bytes = -1)
{
    ExportJob j;
    j.id = id;
    j.status = status;
    j.format = QStringLiteral("CSV");
    j.compression = QStringLiteral("NONE");
    if (bytes >= 0)
        j.bytes = bytes;
    j.createdAt = QDateTime(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC);
    j.source = QStringLiteral("peaka.query.\"%1\"").arg(id);
    return j;
}

QList<ExportJob> jobs(int n)
{
    QList<ExportJob> list;
    for (int i = 0; i < n; ++i)
        list.append(job(QStringLiteral("id-%1").arg(i), ExportStatus::Succeeded, i * 1000));
    return list;
}

} // namespace

class TestExportListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void firstLoadInsertsRows()
    {
        ExportListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setJobs(jobs(5));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ExportListModel::ColumnCount));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.lastMerge().inserted, 5);
    }

    void mergeSignalsOnlyWhatChanged()
    {
        ExportListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs(jobs(10));

        QList<ExportJob> next = jobs(10);
        next.removeAt(7);                  // vanished
        next.removeAt(2);                  // vanished
        next[4].status = ExportStatus::Failed; // id-5 changed
        next[4].error = QStringLiteral("Query exceeded the 1,000,000 row export limit");
        next.prepend(job(QStringLiteral("new-1"), ExportStatus::Running)); // new

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.setJobs(next);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.lastMerge().removed, 2);
        QCOMPARE(model.lastMerge().inserted, 1);
        QCOMPARE(model.lastMerge().changed, 1);
        QCOMPARE(model.inProgressCount(), 1);
        const int row = model.rowOfId(QStringLiteral("id-5"));
        QVERIFY(row >= 0);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(model.jobAt(row).status.code(), ExportStatus::Failed);
        QCOMPARE(model.rowOfId(QStringLiteral("id-2")), -1);
        // the index stays right for every row
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOfId(model.jobAt(r).id), r);

        // The same list again: no signal at all.
        changed.clear(); inserted.clear(); removed.clear();
        model.setJobs(next);
        QCOMPARE(changed.count() + inserted.count() + removed.count(), 0);
    }

    void readExportDetailsDoNotCountAsChange()
    {
        ExportListModel model;
        model.setJobs(jobs(3));
        ExportJob full = model.jobAt(1);
        full.files.append({QStringLiteral("a.csv"), QUrl(QStringLiteral("http://s/a.csv?X-Amz-Signature=x")), 10});
        full.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.updateJob(full), 1);
        QCOMPARE(changed.count(), 0);
        QVERIFY(model.jobAt(1).files.isEmpty());
        model.setJobs(jobs(3));
        QCOMPARE(changed.count(), 0);
    }

    void removesAllAndDuplicates()
    {
        ExportListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ExportJob> dup = jobs(3);
        dup.append(dup.first());
        model.setJobs(dup);
        QCOMPARE(model.rowCount(), 3);
        model.setJobs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndSortRoles()
    {
        ExportListModel model;
        model.setReferenceTime(QDateTime(QDate(2026, 6, 10), QTime(12, 5), Qt::UTC));
        ExportJob j = job(QStringLiteral("x"), ExportStatus::Succeeded, 3706920);
        j.rowCount = 120000;
        j.durationMs = 72000;
        j.compression = QStringLiteral("GZIP");
        model.setJobs({j});
        auto cell = [&](ExportListModel::Column c, int role = Qt::DisplayRole) {
            return model.data(model.index(0, c), role);
        };
        QCOMPARE(cell(ExportListModel::Status).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(cell(ExportListModel::Size).toString(), QStringLiteral("3.7 MB"));
        QCOMPARE(cell(ExportListModel::Size, ExportListModel::SortRole).toLongLong(), 3706920);
        QCOMPARE(cell(ExportListModel::Rows).toString(), QStringLiteral("120,000"));
        QCOMPARE(cell(ExportListModel::Duration).toString(), QStringLiteral("1 min 12 s"));
        QCOMPARE(cell(ExportListModel::Duration, ExportListModel::SortRole).toLongLong(), 72000);
        QCOMPARE(cell(ExportListModel::Created).toString(), QStringLiteral("5 min ago"));
        QVERIFY(!cell(ExportListModel::Created, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(ExportListModel::Compression).toString(), QStringLiteral("gzip"));
        QCOMPARE(cell(ExportListModel::ExportId, ExportListModel::IdRole).toString(), QStringLiteral("x"));
        QCOMPARE(cell(ExportListModel::Status, ExportListModel::StatusCodeRole).toInt(),
                 int(ExportStatus::Succeeded));
        QCOMPARE(cell(ExportListModel::Status, ExportListModel::JobRole).value<ExportJob>(), j);
    }

    void unknownStatusIsKeptAndShown()
    {
        ExportListModel model;
        QList<ExportJob> list = jobs(2);
        list[1].status = ExportStatus::fromWire(QStringLiteral("ARCHIVED"));
        list[1].bytes.reset();
        model.setJobs(list);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex status = model.index(1, ExportListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("ARCHIVED"));
        QCOMPARE(status.data(ExportListModel::StatusCodeRole).toInt(), int(ExportStatus::Unknown));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ARCHIVED")));
        QCOMPARE(model.index(1, ExportListModel::Size).data().toString(), QString());
        QCOMPARE(model.index(1, ExportListModel::Size).data(ExportListModel::SortRole).toLongLong(), -1);
    }

    void sortsBySortRole()
    {
        ExportListModel model;
        QList<ExportJob> list;
        list << job(QStringLiteral("a"), ExportStatus::Succeeded, 9000)   // "9 kB"
             << job(QStringLiteral("b"), ExportStatus::Running, 20000000) // "20 MB"
             << job(QStringLiteral("c"), ExportStatus::Failed, 500);      // "500 bytes"
        model.setJobs(list);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ExportListModel::SortRole);
        proxy.sort(ExportListModel::Size, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ExportListModel::ExportId).data().toString(), QStringLiteral("b"));
        QCOMPARE(proxy.index(2, ExportListModel::ExportId).data().toString(), QStringLiteral("c"));
        proxy.sort(ExportListModel::Status, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ExportListModel::ExportId).data().toString(), QStringLiteral("b"));
    }

    void formats()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(ExportFormat::duration(850, c), QStringLiteral("850 ms"));
        QCOMPARE(ExportFormat::duration(4200, c), QStringLiteral("4.2 s"));
        QCOMPARE(ExportFormat::duration(7'500'000, c), QStringLiteral("2 h 5 min"));
        const QDateTime now(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC);
        QCOMPARE(ExportFormat::relativeTime(now.addSecs(-20), now, c), QStringLiteral("just now"));
        QCOMPARE(ExportFormat::relativeTime(now.addSecs(-3 * 3600), now, c), QStringLiteral("3 h ago"));
        QCOMPARE(ExportFormat::linkExpiry(now.addSecs(42 * 60), now), QStringLiteral("Links expire in 42 min"));
        QVERIFY(ExportFormat::linkExpiry(now.addSecs(-600), now).startsWith(QStringLiteral("Links expired")));
    }

    void mergeOf100kIsLinear()
    {
        ExportListModel model;
        const QList<ExportJob> big = jobs(100000);
        QElapsedTimer t;
        t.start();
        model.setJobs(big);
        const qint64 first = t.restart();
        QList<ExportJob> next = big;
        for (int i = 0; i < next.size(); i += 100)
            next[i].status = ExportStatus::Failed;
        model.setJobs(next);
        const qint64 second = t.elapsed();
        qInfo("100k rows: first load %lld ms, merge with 1000 changes %lld ms", first, second);
        QCOMPARE(model.lastMerge().changed, 1000);
        QVERIFY2(second < 2000, "merge of 100k rows is too slow");
    }
};

QTEST_GUILESS_MAIN(TestExportListModel)
#include "tst_exportlistmodel.moc"
