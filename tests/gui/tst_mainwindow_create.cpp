// SPDX-License-Identifier: GPL-3.0-or-later
// New Export and Run again from the real MainWindow against the real demo server.
#include "guitestwindow.h"
#include "newexportactions.h"
#include "newexportcontroller.h"
#include "newexportdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace peaka;
using namespace peaka::gui;

namespace {
const QString kChargesQuery = QStringLiteral("709922802836177297");
}

class TestMainWindowCreate : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t;

    NewExportActions *actions() const { return t.app->newExport(); }
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    QString currentId() const
    {
        return t.table()->currentIndex().siblingAtColumn(0).data(ExportListModel::IdRole).toString();
    }
    QString topId() const { return t.table()->model()->index(0, 0).data(ExportListModel::IdRole).toString(); }
    ExportStatus::Code statusOf(const QString &id) const
    {
        const int row = t.app->model()->rowOfId(id);
        return row < 0 ? ExportStatus::Unknown : t.app->model()->jobAt(row).status.code();
    }
    ExportJob findJob(const std::function<bool(const ExportJob &)> &pred) const
    {
        for (const ExportJob &j : t.app->model()->jobs())
            if (pred(j))
                return j;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(t.startServer());
        t.server->scenario().pendingMs = 1500;
        t.server->scenario().runningMs = 500;
        t.openWindow();
        QTRY_VERIFY(t.app->model()->rowCount() > 0);
    }
    void cleanup() { t.reset(); }

    void ctrlNCreatesFollowsAndDownloads()
    {
        QVERIFY(t.find<QMenu>("menuFile")->actions().contains(actions()->newExportAction()));
        QVERIFY(t.find<QWidget>("actionNewExportButton"));
        QTest::keyClick(t.window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(actions()->dialog() && actions()->dialog()->isVisible());
        NewExportDialog *d = actions()->dialog();
        QTest::mouseClick(child<QRadioButton>(d, "queryRadio"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), kChargesQuery);
        child<QCheckBox>(d, "downloadWhenReadyCheck")->setChecked(true);

        QSignalSpy created(actions()->controller(), &NewExportController::jobCreated);
        QSignalSpy notified(actions()->controller()->notifier(), &Notifier::notified);
        QPushButton *ok = child<QPushButton>(d, "createButton");
        QVERIFY(ok && ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(created.wait(5000));
        const QString id = created.constFirst().at(0).value<ExportJob>().id;
        QVERIFY(!id.isEmpty());
        // At once: at the top, PENDING, selected, shown, and the list polls.
        QCOMPARE(topId(), id);
        QCOMPARE(statusOf(id), ExportStatus::Pending);
        QCOMPARE(currentId(), id);
        QCOMPARE(t.window->detailPane()->currentId(), id);
        QVERIFY(t.app->poller()->isBusy() || t.app->poller()->isScheduled());

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), ExportStatus::Succeeded, 15000);
        QTRY_COMPARE(t.window->detailPane()->job().status.code(), ExportStatus::Succeeded);
        QCOMPARE(topId(), id);
        QTRY_VERIFY(!notified.isEmpty());
        QCOMPARE(notified.constFirst().at(0).toString(), QStringLiteral("Export finished"));

        // "Download when ready": the file lands in the folder without another click.
        const demo::DemoExport server = t.server->exportById(id);
        QCOMPARE(server.files.size(), 1);
        const QString path = QDir(t.folder->path()).filePath(server.files.constFirst().name);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.size(), server.files.constFirst().contentSize());
        QCOMPARE(t.folderAsks, 1);
        QCOMPARE(t.app->downloads()->manager()->tasks().size(), 1);
    }

    void runAgainPrefillsFromTheSelectedRow()
    {
        const ExportJob query = findJob([](const ExportJob &j) {
            return !j.queryId.isEmpty() && j.compression == QLatin1String("GZIP");
        });
        const ExportJob table = findJob([](const ExportJob &j) { return !j.tableName.isEmpty() && !j.catalogId.isEmpty(); });
        QVERIFY(!query.id.isEmpty());
        QVERIFY(!table.id.isEmpty());
        QAction *runAgain = actions()->runAgainAction();

        QVERIFY(t.select(query.id));
        QTRY_VERIFY(runAgain->isEnabled());
        runAgain->trigger();
        QTRY_VERIFY(actions()->dialog() && actions()->dialog()->isVisible());
        NewExportDialog *d = actions()->dialog();
        QCOMPARE(d->source(), ExportSourceRef::query(query.queryId));
        QCOMPARE(child<QComboBox>(d, "formatCombo")->currentData().toString(), query.format);
        QCOMPARE(child<QComboBox>(d, "compressionCombo")->currentData().toString(), QStringLiteral("GZIP"));
        d->reject();
        QTRY_VERIFY(!actions()->dialog());

        QVERIFY(t.select(table.id));
        QTRY_VERIFY(runAgain->isEnabled());
        runAgain->trigger();
        QTRY_VERIFY(actions()->dialog() && actions()->dialog()->isVisible());
        QCOMPARE(actions()->dialog()->source(), ExportSourceRef::table(table.catalogId, table.schemaName, table.tableName));
        actions()->dialog()->reject();
        QTRY_VERIFY(!actions()->dialog());
    }

    void runAgainButtonOnExpiredRows()
    {
        const ExportJob expired = findJob([](const ExportJob &j) {
            return j.status.code() == ExportStatus::Expired && NewExportDialog::canRunAgain(j);
        });
        QVERIFY(!expired.id.isEmpty());
        QVERIFY(t.select(expired.id));
        auto *button = t.find<QPushButton>("runAgainButton");
        QTRY_VERIFY(button->isVisibleTo(t.window));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(actions()->dialog() && actions()->dialog()->isVisible());
        QCOMPARE(actions()->dialog()->source(), *ExportSourceRef::fromJob(expired));
        actions()->dialog()->reject();

        // Not offered for a succeeded export.
        const ExportJob ok = findJob([](const ExportJob &j) { return j.status.code() == ExportStatus::Succeeded; });
        QVERIFY(t.select(ok.id));
        QTRY_VERIFY(!button->isVisibleTo(t.window));
    }

    void runAgainInTheTableMenu()
    {
        // The table's context menu carries Run again (the same action).
        const ExportJob job = findJob([](const ExportJob &j) { return NewExportDialog::canRunAgain(j); });
        QVERIFY(t.select(job.id));
        const QRect rect = t.table()->visualRect(t.table()->currentIndex());
        Q_EMIT t.table()->customContextMenuRequested(rect.center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = t.window->findChild<QMenu *>(QStringLiteral("tableMenu"))));
        QVERIFY(menu->actions().contains(actions()->runAgainAction()));
        menu->close();
    }
};

QTEST_MAIN(TestMainWindowCreate)
#include "tst_mainwindow_create.moc"
