// SPDX-License-Identifier: GPL-3.0-or-later
#include "exports/exportformat.h"
#include "exports/exportlistmodel.h"

#include "exports/stringpool.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QThreadPool>

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

// The next list of a refresh: some rows gone, some changed, some new.
QList<ExportJob> evolved(const QList<ExportJob> &from, int seed)
{
    QList<ExportJob> next;
    for (int i = 0; i < from.size(); ++i) {
        if ((i + seed) % 7 == 0)
            continue; // vanished
        ExportJob j = from.at(i);
        if ((i + seed) % 5 == 0)
            j.status = ExportStatus::Failed;
        next.append(j);
    }
    for (int i = 0; i < from.size() / 10; ++i)
        next.append(job(QStringLiteral("s%1-new-%2").arg(seed).arg(i), ExportStatus::Running, i));
    return next;
}

QStringList ids(const ExportListModel &model)
{
    QStringList out;
    for (const ExportJob &j : model.jobs())
        out << j.id;
    return out;
}

bool sameState(const ExportListModel &a, const ExportListModel &b)
{
    if (a.jobs().toList() != b.jobs().toList() || a.inProgressCount() != b.inProgressCount())
        return false;
    for (int r = 0; r < a.rowCount(); ++r) {
        if (a.rowOfId(a.jobAt(r).id) != r)
            return false;
    }
    return true;
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

    // mergeJobs() in many small slices ends where setJobs() does, with the
    // same kinds of signals and never a reset.
    void slicedMergeMatchesOneShot()
    {
        ExportListModel sliced;
        ExportListModel oneShot;
        QAbstractItemModelTester tester(&sliced, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sliced.setSliceBudgetMs(0); // one step per event-loop turn
        QSignalSpy applied(&sliced, &ExportListModel::mergeApplied);
        QSignalSpy reset(&sliced, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&sliced, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&sliced, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&sliced, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&sliced, &QAbstractItemModel::dataChanged);

        QList<ExportJob> list = jobs(1500);
        for (int round = 0; round < 3; ++round) {
            inserted.clear(); removed.clear(); changed.clear();
            sliced.mergeJobs(list);
            QVERIFY(sliced.isMerging());
            QVERIFY(applied.wait(60000));
            QVERIFY(!sliced.isMerging());
            oneShot.setJobs(list);
            QVERIFY(sameState(sliced, oneShot));
            QCOMPARE(sliced.lastMerge().inserted, oneShot.lastMerge().inserted);
            QCOMPARE(sliced.lastMerge().removed, oneShot.lastMerge().removed);
            QCOMPARE(sliced.lastMerge().changed, oneShot.lastMerge().changed);
            if (round == 0) {
                QVERIFY2(sliced.lastMerge().slices > 1, "a 1500-row first load is inserted in blocks");
            } else {
                QVERIFY(removed.count() > 0);
                QVERIFY(changed.count() > 0);
                // dataChanged only for rows that changed, whole rows, in runs
                int changedRows = 0;
                for (const QList<QVariant> &args : changed) {
                    const QModelIndex tl = args.at(0).toModelIndex(), br = args.at(1).toModelIndex();
                    QCOMPARE(tl.column(), 0);
                    QCOMPARE(br.column(), int(ExportListModel::ColumnCount) - 1);
                    changedRows += br.row() - tl.row() + 1;
                }
                QCOMPARE(changedRows, sliced.lastMerge().changed);
            }
            QVERIFY(inserted.count() > 0);
            list = evolved(list, round);
        }
        QCOMPARE(applied.count(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
    }

    // A newer list that arrives while an older one is diffed or half applied
    // wins; mergeApplied() comes once, for the newest.
    void newerListSupersedesAnApplyInProgress()
    {
        ExportListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSliceBudgetMs(0);
        QSignalSpy applied(&model, &ExportListModel::mergeApplied);
        const QList<ExportJob> first = jobs(700);
        const QList<ExportJob> second = evolved(first, 1);
        const QList<ExportJob> third = evolved(second, 2);

        // Superseded while the diff runs: only the newest is applied.
        model.mergeJobs(first);
        model.mergeJobs(second);
        QVERIFY(applied.wait(60000));
        QCOMPARE(applied.count(), 1);
        ExportListModel expected;
        expected.setJobs(second);
        QVERIFY(sameState(model, expected));

        // Superseded half-way through the apply.
        applied.clear();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.mergeJobs(third);
        QVERIFY(removed.wait()); // one run of removed rows is applied, the rest is not
        QVERIFY(model.isMerging());
        model.mergeJobs(first);
        QVERIFY(applied.wait(60000));
        QCOMPARE(applied.count(), 1);
        expected.setJobs(first);
        const QStringList got = ids(model), want = ids(expected);
        QCOMPARE(got.size(), want.size());
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), QSet<QString>(want.cbegin(), want.cend()));
        for (const ExportJob &j : first)
            QCOMPARE(model.jobAt(model.rowOfId(j.id)), j);
        QCOMPARE(model.inProgressCount(), expected.inProgressCount());
    }

    // clear() and setJobs() cancel an asynchronous merge; updateJob() during
    // one is kept and never duplicates a row.
    void cancelAndUpdateDuringMerge()
    {
        ExportListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSliceBudgetMs(0);
        QSignalSpy applied(&model, &ExportListModel::mergeApplied);
        model.mergeJobs(jobs(400));
        model.clear();
        QVERIFY(!model.isMerging());
        model.setJobs(jobs(3));
        QCOMPARE(model.rowCount(), 3);

        const QList<ExportJob> big = jobs(400);
        model.mergeJobs(big);
        ExportJob late = big.at(300); // Read Export answers before the row is listed
        late.status = ExportStatus::Running;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(inserted.wait());
        QVERIFY(model.isMerging());
        QVERIFY(model.rowOfId(late.id) < 0);
        model.updateJob(late);
        QVERIFY(applied.wait(60000));
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.jobAt(model.rowOfId(late.id)).status.code(), ExportStatus::Running);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOfId(model.jobAt(r).id), r);
        QCOMPARE(applied.count(), 1);
    }

    // mergeRows(): partial updates (a page, a tick) queued behind each other
    // are applied in order, as if each were applied to the list at once; a
    // whole list from mergeJobs() supersedes the partial ones not started.
    void partialUpdatesApplyInOrder()
    {
        ExportListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSliceBudgetMs(0);
        QList<ExportJob> want = jobs(300);
        model.setJobs(want);
        const auto upsert = [&want](const QList<ExportJob> &rows) {
            for (const ExportJob &r : rows) {
                const auto it = std::find_if(want.begin(), want.end(), [&r](const ExportJob &j) { return j.id == r.id; });
                if (it != want.end())
                    *it = r;
                else
                    want.append(r);
            }
        };
        const auto remove = [&want](const QStringList &ids) {
            want.removeIf([&ids](const ExportJob &j) { return ids.contains(j.id); });
        };

        QList<ExportJob> page1;
        for (int i = 0; i < 300; i += 6) {
            ExportJob j = want.at(i);
            j.status = ExportStatus::Failed;
            page1.append(j);
        }
        for (int i = 0; i < 20; ++i)
            page1.append(job(QStringLiteral("new-%1").arg(i), ExportStatus::Running, i));
        page1.append(job(QStringLiteral("new-3"), ExportStatus::Pending, 3)); // repeated: the last wins
        const QStringList gone = {QStringLiteral("id-1"), QStringLiteral("id-2"), QStringLiteral("id-3"),
                                  QStringLiteral("id-299"), QStringLiteral("new-5"), QStringLiteral("new-6"),
                                  QStringLiteral("no-such-id")};
        QList<ExportJob> page3 = {job(QStringLiteral("id-2"), ExportStatus::Cancelled, 7), // listed again
                                  job(QStringLiteral("new-7"), ExportStatus::Succeeded, 9)};
        model.mergeRows(page1);
        model.mergeRows({}, gone);
        model.mergeRows(page3);
        upsert(page1);
        remove(gone);
        upsert(page3);
        QVERIFY(model.isMerging());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isMerging(), 60000);
        // Row order is the model's own (the view sorts); the rows are the same.
        const QStringList got = ids(model);
        QStringList wantIds;
        for (const ExportJob &j : want)
            wantIds << j.id;
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), QSet<QString>(wantIds.cbegin(), wantIds.cend()));
        QCOMPARE(got.size(), wantIds.size());
        for (const ExportJob &j : want)
            QCOMPARE(model.jobAt(model.rowOfId(j.id)), j);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOfId(model.jobAt(r).id), r);
        ExportListModel expected;
        expected.setJobs(want);
        QCOMPARE(model.inProgressCount(), expected.inProgressCount());

        // A whole list supersedes the partial updates still queued.
        model.mergeRows(page1);
        model.mergeRows({}, {QStringLiteral("id-0")});
        const QList<ExportJob> whole = jobs(50);
        model.mergeJobs(whole);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isMerging(), 60000);
        QCOMPARE(model.rowCount(), 50);
        for (const ExportJob &j : whole)
            QCOMPARE(model.jobAt(model.rowOfId(j.id)), j);
    }

    // Repeated strings share their data; ids are never interned.
    // A window closed mid-load destroys its model while the diff still runs
    // on a worker: the finished diff must find nobody, not a dead context.
    void destroyedWhileDiffing()
    {
        auto *model = new ExportListModel;
        model->mergeJobs(jobs(20000));
        delete model;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        ExportListModel next;
        next.mergeJobs(jobs(3));
        QTRY_COMPARE(next.rowCount(), 3);
    }

    void stringPoolSharesRepeatedStrings()
    {
        StringPool pool(4);
        const QString a = pool.intern(QString::fromLatin1("peaka-studio"));
        const QString b = pool.intern(QString::fromLatin1("peaka-studio"));
        QCOMPARE(a, b);
        QCOMPARE(a.constData(), b.constData());
        for (int i = 0; i < 10; ++i)
            pool.intern(QString::number(i));
        QVERIFY(pool.size() <= 4); // bounded

        ExportListModel model;
        QList<ExportJob> list = jobs(2);
        list[0].userName = QString::fromLatin1("Ada");
        list[1].userName = QString::fromLatin1("Ada");
        model.setJobs(list);
        QCOMPARE(model.jobAt(0).userName.constData(), model.jobAt(1).userName.constData());
        QCOMPARE(model.jobAt(0).format.constData(), model.jobAt(1).format.constData());
        QVERIFY(model.jobAt(0).id.constData() != model.jobAt(1).id.constData());
    }

    void mergeOf100kCountsOnlyChangedRows()
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
        // Speed is measured in bench/ui, not asserted here.
    }
};

QTEST_GUILESS_MAIN(TestExportListModel)
#include "tst_exportlistmodel.moc"
