// SPDX-License-Identifier: GPL-3.0-or-later
// A cached list adopted by the model (ExportListModel::adoptRows): into an
// empty model and into one that already holds a first page (ids merged, the
// page's rows win, no duplicates), in blocks a sorting proxy and a selection
// follow, with updates that come meanwhile applied after it.
#include "exports/exportlistmodel.h"
#include "exports/stringtable.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace peaka;

namespace {

QString uuid(int i)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

// Newest first, as the server lists them (and the cache keeps them).
ExportJob job(int i, ExportStatus::Code status = ExportStatus::Succeeded)
{
    ExportJob j;
    j.id = i % 10 == 3 ? QStringLiteral("text-id-%1").arg(i) : uuid(i);
    j.status = status;
    j.format = QStringLiteral("CSV");
    j.source = QStringLiteral("peaka.query.\"q%1\"").arg(i % 7);
    j.rowCount = i;
    j.createdAt = QDateTime(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC).addSecs(-i);
    j.createdAtText = j.createdAt.toString(Qt::ISODate);
    return j;
}

ExportListModel::Adoptable cached(int from, int to)
{
    ExportListModel::Adoptable list;
    list.strings = std::make_shared<StringTable>();
    for (int i = from; i < to; ++i)
        list.rows.append(ExportRow::fromJob(job(i), *list.strings));
    return list;
}

struct View
{
    explicit View(ExportListModel *model)
        : modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , selection(&proxy)
    {
        proxy.setSourceModel(model);
        proxy.setSortRole(ExportListModel::SortRole);
        proxy.sort(ExportListModel::Created, Qt::DescendingOrder);
    }
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester modelTester;
    QAbstractItemModelTester proxyTester;
    QItemSelectionModel selection;
};

void verifyNoDuplicates(const ExportListModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.idAt(row);
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QCOMPARE(model.rowOfId(id), row);
    }
}

} // namespace

class TestExportListCacheAdopt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adoptsIntoAnEmptyModelInBlocks()
    {
        ExportListModel model;
        View view(&model);
        QSignalSpy applied(&model, &ExportListModel::mergeApplied);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        ExportListModel::Adoptable list = cached(0, 6000);
        const StringTable *table = list.strings.get();
        QVERIFY(model.canAdopt());
        QVERIFY(model.adoptRows(std::move(list)));
        QVERIFY(model.rowCount() > 0); // the first block in this turn
        QVERIFY(model.rowCount() < 6000);
        QVERIFY(model.isMerging());
        QVERIFY(!model.canAdopt());
        QVERIFY(applied.wait(30000));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(model.rowCount(), 6000);
        QVERIFY(!model.isMerging());
        QCOMPARE(&model.strings(), table); // taken, not copied
        QVERIFY(inserted.size() > 1);       // in blocks
        int next = 0;
        for (const QList<QVariant> &args : std::as_const(inserted)) { // each appended after the last
            QCOMPARE(args.at(1).toInt(), next);
            next = args.at(2).toInt() + 1;
        }
        for (int i = 0; i < 6000; i += 97)
            QCOMPARE(model.jobAt(model.rowOfId(job(i).id)), job(i));
        QCOMPARE(model.lastMerge().inserted, 6000);
        verifyNoDuplicates(model);
        QCOMPARE(view.proxy.rowCount(), 6000);
        QCOMPARE(view.proxy.index(0, 0).data(ExportListModel::IdRole).toString(), job(0).id); // sorted, newest first
        QCOMPARE(view.proxy.index(5999, 0).data(ExportListModel::IdRole).toString(), job(5999).id);
    }

    // A first page came before the cache: its rows stay where they are (and
    // selected), win over their cached copies, and no id is there twice.
    void adoptsIntoANearlyEmptyModel()
    {
        ExportListModel model;
        View view(&model);
        // The server's first page: rows 0-149 changed since the cache was written, 5 new ones first.
        QList<ExportJob> page;
        for (int i = -5; i < 150; ++i)
            page.append(job(i, ExportStatus::Failed));
        model.setJobs(page);
        QCOMPARE(model.rowCount(), 155);
        const QString selectedId = job(40).id;
        const int selectedRow = model.rowOfId(selectedId);
        view.selection.select(view.proxy.mapFromSource(model.index(selectedRow, 0)),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy applied(&model, &ExportListModel::mergeApplied);
        QVERIFY(model.adoptRows(cached(0, 5000)));
        QVERIFY(applied.wait(30000));
        QCOMPARE(model.rowCount(), 5005);
        verifyNoDuplicates(model);
        for (int i = -5; i < 150; ++i) {
            QCOMPARE(model.rowOfId(job(i).id), i + 5); // kept their place
            QCOMPARE(model.jobAt(i + 5), job(i, ExportStatus::Failed)); // the page's row, not the cached one
        }
        QCOMPARE(model.jobAt(model.rowOfId(job(150).id)), job(150));
        QCOMPARE(model.jobAt(model.rowOfId(job(4999).id)), job(4999));
        QCOMPARE(model.lastMerge().inserted, 5000 - 150);
        // The selection followed the rows the proxy moved.
        const QModelIndexList selected = view.selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ExportListModel::IdRole).toString(), selectedId);
        QCOMPARE(view.proxy.rowCount(), 5005);
        QCOMPARE(model.strings().find(job(3).id).has_value(), true); // text ids re-interned into the adopted table
    }

    // Updates that come while the list is being adopted wait for it: a page's
    // fresh row and a complete read's removals win over the cached rows.
    void updatesMeanwhileFollowTheAdoption()
    {
        ExportListModel model;
        View view(&model);
        QVERIFY(model.adoptRows(cached(0, 8000)));
        QVERIFY(model.isMerging());
        ExportJob changed = job(7000, ExportStatus::Cancelled);
        model.mergeRows({changed, job(-1)}, {job(7999).id, job(7).id});
        const int readRow = model.updateJob(job(-2)); // Read Export: at once
        QCOMPARE(readRow, model.rowCount() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isMerging(), 30000);
        QCOMPARE(model.rowCount(), 8000 + 2 - 2);
        verifyNoDuplicates(model);
        QCOMPARE(model.jobAt(model.rowOfId(changed.id)).status, ExportStatus(ExportStatus::Cancelled));
        QCOMPARE(model.rowOfId(job(7999).id), -1);
        QCOMPARE(model.rowOfId(job(7).id), -1);
        QVERIFY(model.rowOfId(job(-1).id) >= 0);
        QVERIFY(model.rowOfId(job(-2).id) >= 0);
        QCOMPARE(view.proxy.rowCount(), model.rowCount());
    }

    // Not while a diff runs; a clear ends an adoption half-way.
    void refusedWhileMergingAndEndedByClear()
    {
        ExportListModel model;
        model.mergeRows({job(1)});
        QVERIFY(!model.canAdopt());
        QVERIFY(!model.adoptRows(cached(0, 10)));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isMerging(), 30000);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.adoptRows(cached(0, 8000)));
        QVERIFY(model.rowCount() < 8000);
        model.clear();
        QVERIFY(!model.isMerging());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int turn = 0; turn < 5; ++turn) // the adoption's next turns would have come: nothing more is inserted
            QCoreApplication::processEvents();
        QVERIFY(inserted.isEmpty());
        model.setJobs({job(5)});
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExportListCacheAdopt)
#include "tst_exportlistcacheadopt.moc"
