// SPDX-License-Identifier: GPL-3.0-or-later
// Cancel Export from the window: the confirmation names the export, the
// request goes out on the shown connection and the row turns CANCELLED.
#include "askonce.h"
#include "cancelexportaction.h"
#include "guitestwindow.h"

#include <QAction>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoExport;

class TestCancelExport : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t;

    QString runningId() const
    {
        for (const DemoExport &e : t.server->exports(t.server->projectId()))
            if (e.status == QLatin1String("RUNNING"))
                return e.id;
        return {};
    }
    // The status the window's model shows for `id`; Unknown while the row is
    // not listed (a merge in flight), so a QTRY waits instead of asserting.
    ExportStatus::Code shownStatus(const QString &id) const
    {
        const int row = t.app->model()->rowOfId(id);
        return row < 0 ? ExportStatus::Unknown : t.app->model()->statusAt(row);
    }
    void select(const QString &id)
    {
        const int row = t.app->model()->rowOfId(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const QModelIndex index = t.app->filterModel()->mapFromSource(t.app->model()->index(row, 1));
        t.table()->setFocus();
        t.table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_COMPARE(t.window->detailPane()->currentId(), id);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(t.startServer(), qPrintable(t.server->errorString()));
        t.openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(t.app->model()->rowCount() > 10, 15000);
    }
    void cleanup() { t.reset(); }

    void deleteKeyAsksAndCancels()
    {
        const QString id = runningId();
        QVERIFY(!id.isEmpty());
        int asked = 0;
        QString question;
        t.app->cancelExport()->setConfirmer([&](QWidget *, const ExportJob &job, std::function<void(bool)> answer) {
            ++asked;
            question = job.id + QLatin1Char(' ') + job.displaySource();
            answer(true);
        });
        select(id);
        QAction *action = t.app->cancelExport()->action();
        QVERIFY(action && action->isEnabled());
        QTest::keyClick(t.table(), Qt::Key_Delete);
        QTRY_COMPARE(asked, 1);
        QVERIFY(question.startsWith(id));
        QTRY_COMPARE(t.server->exportById(id).status, QStringLiteral("CANCELLED"));
        bool sawDelete = false;
        for (const auto &r : t.server->requests())
            sawDelete |= r.method == "DELETE" && r.url.path().endsWith(id);
        QVERIFY(sawDelete);
        QTRY_COMPARE(shownStatus(id), ExportStatus::Cancelled);
        QTRY_VERIFY(!action->isEnabled()); // a CANCELLED export cannot be cancelled again
    }

    void noMeansNoRequest()
    {
        const QString id = runningId();
        t.app->cancelExport()->setConfirmer(AskOnce::fixed<ExportJob, bool>(false));
        select(id);
        t.app->cancelExport()->action()->trigger();
        QTest::qWait(200);
        for (const auto &r : t.server->requests())
            QVERIFY(r.method != "DELETE");
        QCOMPARE(t.server->exportById(id).status, QStringLiteral("RUNNING"));
    }

    void finishedExportCannotBeCancelled()
    {
        QString id;
        for (const DemoExport &e : t.server->exports(t.server->projectId()))
            if (e.status == QLatin1String("SUCCEEDED"))
                id = e.id;
        select(id);
        QVERIFY(!t.app->cancelExport()->action()->isEnabled());
    }
};

QTEST_MAIN(TestCancelExport)
#include "tst_cancelexport.moc"
