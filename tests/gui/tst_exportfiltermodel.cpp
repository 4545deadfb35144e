// SPDX-License-Identifier: GPL-3.0-or-later
// ExportFilterModel sorts numeric columns by the rows' fields (no QVariants):
// the order must be the one QSortFilterProxyModel gives by comparing SortRole,
// in both directions, with unset values and ties, also while rows arrive.
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace peaka;
using namespace peaka::gui;

namespace {

const ExportStatus::Code kStatuses[] = {ExportStatus::Running, ExportStatus::Pending, ExportStatus::Succeeded,
                                        ExportStatus::Failed, ExportStatus::Cancelled, ExportStatus::Expired};

// `n` rows with few distinct values (many ties) and some unset fields.
QList<ExportJob> rows(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<ExportJob> list;
    for (int i = 0; i < n; ++i) {
        ExportJob j;
        j.id = QStringLiteral("id-%1-%2").arg(seed).arg(i);
        j.status = kStatuses[random.bounded(6)];
        if (random.bounded(4))
            j.bytes = random.bounded(5) * 1000;
        if (random.bounded(4))
            j.rowCount = random.bounded(7);
        if (random.bounded(3))
            j.durationMs = random.bounded(3) * 250;
        if (random.bounded(5))
            j.createdAt = QDateTime(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC).addSecs(-random.bounded(20));
        j.source = QStringLiteral("peaka.query.\"q%1\"").arg(random.bounded(4));
        list.append(j);
    }
    return list;
}

QStringList idsInOrder(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, ExportListModel::ExportId).data().toString();
    return ids;
}

} // namespace

class TestExportFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortsLikeSortRole_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int c : {ExportListModel::Status, ExportListModel::Rows, ExportListModel::Size, ExportListModel::Duration,
                      ExportListModel::Created, ExportListModel::Source}) {
            const QByteArray name = ExportListModel::columnName(ExportListModel::Column(c)).toUtf8();
            QTest::newRow(name + " ascending") << c << Qt::AscendingOrder;
            QTest::newRow(name + " descending") << c << Qt::DescendingOrder;
        }
    }

    // Both proxies are stable sorts over the same comparisons, so even ties
    // come out in the same order; rows merged later are placed the same way.
    void sortsLikeSortRole()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        ExportListModel model;
        model.setJobs(rows(300, 1));
        ExportFilterModel fast;
        QAbstractItemModelTester tester(&fast, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fast.setSourceModel(&model);
        QSortFilterProxyModel reference;
        reference.setSourceModel(&model);
        reference.setSortRole(ExportListModel::SortRole);
        reference.setSortCaseSensitivity(Qt::CaseInsensitive);
        reference.setDynamicSortFilter(true);
        fast.sort(column, order);
        reference.sort(column, order);
        QCOMPARE(fast.rowCount(), 300);
        QCOMPARE(idsInOrder(fast), idsInOrder(reference));

        QList<ExportJob> more = rows(300, 1) + rows(200, 2);
        more[5].bytes = 123456; // a changed row moves
        more[7].status = ExportStatus::Failed;
        model.setJobs(more);
        QCOMPARE(fast.rowCount(), 500);
        QCOMPARE(idsInOrder(fast), idsInOrder(reference));
    }

    // Many rows into a model holding few (a cached list shown at start): one
    // block, through the sorted proxy, a selected row kept, every check of
    // QAbstractItemModelTester passed on both models, no reset.
    void bulkInsertIntoAFewRows()
    {
        ExportListModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ExportFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(ExportListModel::Created, Qt::DescendingOrder);
        const QList<ExportJob> first = rows(10, 3);
        model.setJobs(first);
        QItemSelectionModel selection(&proxy);
        const QModelIndex chosen = proxy.index(proxy.rowCount() - 1, 0);
        const QString chosenId = chosen.siblingAtColumn(ExportListModel::ExportId).data().toString();
        selection.select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy applied(&model, &ExportListModel::mergeApplied);
        model.setSliceBudgetMs(0); // sliced merges would insert a few rows per turn
        model.mergeRows(rows(5000, 4));
        QVERIFY(applied.wait(60000));
        QCOMPARE(model.rowCount(), 5010);
        QCOMPARE(proxy.rowCount(), 5010);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.lastMerge().slices, 1);
        QCOMPARE(reset.count(), 0);
        const QModelIndexList selected = selection.selectedRows(ExportListModel::ExportId);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), chosenId);
        for (int r = 1; r < proxy.rowCount(); ++r) // newest first
            QVERIFY(proxy.index(r - 1, ExportListModel::Created).data(ExportListModel::SortRole).toLongLong()
                    >= proxy.index(r, ExportListModel::Created).data(ExportListModel::SortRole).toLongLong());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOfId(model.idAt(r)), r);
    }
};

QTEST_MAIN(TestExportFilterModel)
#include "tst_exportfiltermodel.moc"
