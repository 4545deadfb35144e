// SPDX-License-Identifier: GPL-3.0-or-later
// ExportListModel's sliced merges: what each event-loop turn may do, and the
// figures it keeps up to date between slices instead of recounting every row.
#include "exports/exportlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace peaka;

namespace {

ExportJob job(int n, ExportStatus::Code status)
{
    ExportJob j;
    j.id = QStringLiteral("id-%1").arg(n);
    j.status = status;
    j.format = QStringLiteral("CSV");
    j.createdAt = QDateTime(QDate(2026, 6, 10), QTime(12, 0), Qt::UTC).addSecs(n);
    j.source = QStringLiteral("peaka.query.\"q%1\"").arg(n % 7);
    return j;
}

int countRunning(const ExportListModel &model)
{
    int n = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        n += model.statusAt(r) == ExportStatus::Pending || model.statusAt(r) == ExportStatus::Running;
    return n;
}

constexpr qint64 Ms = 1000000;

} // namespace

class TestExportListModelTurns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The running count follows every kind of change (the status bar shows
    // it after each page of a read): rows inserted running, running rows
    // that finished, running rows removed, a Read Export of one row.
    void runningCountFollowsEveryChange()
    {
        ExportListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSliceBudgetMs(0); // one step per turn: every step's bookkeeping is seen
        QSignalSpy applied(&model, &ExportListModel::mergeApplied);

        QList<ExportJob> page;
        for (int i = 0; i < 300; ++i)
            page.append(job(i, i % 3 == 0 ? ExportStatus::Running : ExportStatus::Succeeded));
        model.mergeRows(page);
        QVERIFY(applied.wait(60000));
        QCOMPARE(model.inProgressCount(), 100);
        QCOMPARE(model.inProgressCount(), countRunning(model));

        // Half of the running ones finish, two succeeded ones are restarted
        // (Pending), and ten running rows are gone.
        QList<ExportJob> update;
        for (int i = 0; i < 150; i += 3)
            update.append(job(i, ExportStatus::Succeeded));
        update.append(job(1, ExportStatus::Pending));
        update.append(job(2, ExportStatus::Pending));
        QStringList removed;
        for (int i = 153; i < 183; i += 3)
            removed << QStringLiteral("id-%1").arg(i);
        model.mergeRows(update, removed);
        QVERIFY(applied.wait(60000));
        QCOMPARE(model.rowCount(), 290);
        QCOMPARE(model.inProgressCount(), 100 - 50 + 2 - 10);
        QCOMPARE(model.inProgressCount(), countRunning(model));

        // A whole list: every row finished but one new running row.
        QList<ExportJob> all;
        for (int i = 0; i < 300; ++i)
            all.append(job(i, ExportStatus::Failed));
        all.append(job(1000, ExportStatus::Running));
        model.mergeJobs(all);
        QVERIFY(applied.wait(60000));
        QCOMPARE(model.rowCount(), 301);
        QCOMPARE(model.inProgressCount(), 1);

        model.updateJob(job(5, ExportStatus::Running));
        QCOMPARE(model.inProgressCount(), 2);
        model.updateJob(job(1000, ExportStatus::Succeeded));
        QCOMPARE(model.inProgressCount(), 1);
        model.updateJob(job(2000, ExportStatus::Pending)); // not listed yet: appended
        QCOMPARE(model.rowCount(), 302);
        QCOMPARE(model.inProgressCount(), 2);
        QCOMPARE(model.inProgressCount(), countRunning(model));

        model.clear();
        QCOMPARE(model.inProgressCount(), 0);
    }

    // A slice leaves room in its turn for what runs after it (the view's
    // layout and paint of the rows it changed): the longer the rest of the
    // last turn, the shorter the slice, but never under a millisecond and
    // never over the model's own budget.
    void sliceBudgetLeavesRoomForTheRestOfTheTurn()
    {
        const qint64 model = 4 * Ms;
        QCOMPARE(ExportListModel::sliceBudgetNs(model, 0), model);          // an idle turn: the whole budget
        QCOMPARE(ExportListModel::sliceBudgetNs(model, 5 * Ms), model);     // room left for all of it
        const qint64 afterPaint = ExportListModel::sliceBudgetNs(model, 9 * Ms);
        QVERIFY(afterPaint < model);
        QVERIFY(afterPaint + 9 * Ms <= 12 * Ms); // slice and the rest within one 12 ms turn
        QVERIFY(ExportListModel::sliceBudgetNs(model, 10 * Ms) < afterPaint);
        QCOMPARE(ExportListModel::sliceBudgetNs(model, 30 * Ms), 1 * Ms);   // still progresses
        QCOMPARE(ExportListModel::sliceBudgetNs(0, 30 * Ms), 0);            // tests' one step per turn
        QCOMPARE(ExportListModel::sliceBudgetNs(2 * Ms, 0), 2 * Ms);
    }
};

QTEST_GUILESS_MAIN(TestExportListModelTurns)
#include "tst_exportlistmodelturns.moc"
