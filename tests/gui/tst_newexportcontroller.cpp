// SPDX-License-Identifier: GPL-3.0-or-later
// NewExportController against the demo server: a created job followed to its
// end, its download asked for or started, a failure notified, Run again.
#include "downloads/downloadmanager.h"
#include "downloads/linkrefresher.h"
#include "newexportcontroller.h"
#include "newexportfixture.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QSignalSpy>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::RecordedRequest;
using peaka::test::child;
using peaka::test::createButton;
using peaka::test::fillQuery;
using peaka::test::fillTable;
using peaka::test::toggle;

namespace {

const QString kChargesQuery = QStringLiteral("709922802836177297");

} // namespace

class TestNewExportController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsCreatedJobAndAsksForDownload();
    void downloadsWithTheManager();
    void notifiesFailureWithoutDownload();
    void runAgainSendsTheSameSource();

private:
    test::NewExportFixture f;
};

void TestNewExportController::init()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    f.server->scenario().pendingMs = 100;
    f.server->scenario().runningMs = 100;
}

void TestNewExportController::cleanup()
{
    f.stop();
}

void TestNewExportController::followsCreatedJobAndAsksForDownload()
{
    NewExportController controller(f.registry.get(), f.notifier.get(), nullptr);
    controller.setConnection(f.key);
    controller.setPollIntervalMs(50);
    controller.notifier()->setSystemTrayEnabled(false);
    QSignalSpy created(&controller, &NewExportController::jobCreated);
    QSignalSpy updated(&controller, &NewExportController::jobUpdated);
    QSignalSpy ended(&controller, &NewExportController::jobEnded);
    QSignalSpy download(&controller, &NewExportController::downloadRequested);
    QSignalSpy notified(controller.notifier(), &Notifier::notified);
    QSignalSpy inWindow(controller.notifier(), &Notifier::inWindowMessage);

    QPointer<NewExportDialog> d = controller.openNewExport();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    fillQuery(d, kChargesQuery);
    toggle(child<QCheckBox>(d, "downloadWhenReadyCheck"));
    QTest::mouseClick(createButton(d), Qt::LeftButton);

    QVERIFY(created.wait(5000));
    const auto pending = created.at(0).at(0).value<ExportJob>();
    QCOMPARE(pending.status.code(), ExportStatus::Pending);
    QCOMPARE(controller.followedIds(), QStringList{pending.id});
    QTRY_VERIFY(d.isNull()); // closed and deleted

    QVERIFY(download.wait(10000));
    const auto done = download.at(0).at(0).value<ExportJob>();
    QCOMPARE(done.id, pending.id);
    QCOMPARE(done.status.code(), ExportStatus::Succeeded);
    QVERIFY(!done.files.isEmpty());
    QVERIFY(done.expiresAt.isValid());
    QCOMPARE(ended.count(), 1);
    QVERIFY(updated.count() >= 2);
    QCOMPARE(updated.last().at(0).value<ExportJob>().status.code(), ExportStatus::Succeeded);
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Export finished"));
    QVERIFY(notified.at(0).at(1).toString().contains(QLatin1String("charges_view")));
    QCOMPARE(inWindow.count(), 1);
    QVERIFY(controller.followedIds().isEmpty());
}

void TestNewExportController::downloadsWithTheManager()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ClientLinkRefresher refresher(f.client);
    DownloadManager manager(&refresher);
    manager.setStatePath(QString());
    NewExportController controller(f.registry.get(), f.notifier.get(), nullptr);
    controller.setConnection(f.key);
    controller.setPollIntervalMs(50);
    controller.setDownloadManager(&manager, [&folder](const ConnectionKey &) { return folder.path(); });
    QSignalSpy started(&controller, &NewExportController::downloadsStarted);
    QSignalSpy requested(&controller, &NewExportController::downloadRequested);
    QSignalSpy taskFinished(&manager, &DownloadManager::taskFinished);

    NewExportDialog *d = controller.openNewExport();
    fillTable(d, QStringLiteral("367189801096446930"), QStringLiteral("public"), QStringLiteral("orders"));
    toggle(child<QCheckBox>(d, "downloadWhenReadyCheck"));
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QVERIFY(started.wait(10000));
    QCOMPARE(started.at(0).at(1).toInt(), 1);
    QVERIFY(taskFinished.count() > 0 || taskFinished.wait(10000));
    DownloadTask *task = manager.tasks().value(0);
    QVERIFY(task);
    QCOMPARE(task->state(), DownloadState::Done);
    QCOMPARE(task->record().source.profileId, f.key.profileId); // its link refreshes use this connection
    QCOMPARE(task->record().source.projectId, f.key.projectId);
    const auto job = f.server->exportById(started.at(0).at(0).value<ExportJob>().id);
    QCOMPARE(QFileInfo(task->finalPath()).size(), job.files.first().contentSize());
    QCOMPARE(QFileInfo(task->finalPath()).absolutePath(), QFileInfo(folder.path()).absoluteFilePath());
    QCOMPARE(requested.count(), 0);
}

void TestNewExportController::notifiesFailureWithoutDownload()
{
    f.server->scenario().createdJobsFail = true;
    NewExportController controller(f.registry.get(), f.notifier.get(), nullptr);
    controller.setConnection(f.key);
    controller.setPollIntervalMs(50);
    controller.notifier()->setSystemTrayEnabled(false);
    QSignalSpy ended(&controller, &NewExportController::jobEnded);
    QSignalSpy download(&controller, &NewExportController::downloadRequested);
    QSignalSpy notified(controller.notifier(), &Notifier::notified);

    NewExportDialog *d = controller.openNewExport();
    fillTable(d, QStringLiteral("367189801096446904"), QStringLiteral("public"), QStringLiteral("invoices"));
    d->setDownloadWhenReady(true);
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).value<ExportJob>().status.code(), ExportStatus::Failed);
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Export failed"));
    QVERIFY2(notified.at(0).at(1).toString().contains(QLatin1String("Catalog 'stripe' is unavailable")),
             qPrintable(notified.at(0).at(1).toString()));
    QCOMPARE(download.count(), 0);
}

void TestNewExportController::runAgainSendsTheSameSource()
{
    ExportJob old;
    old.id = QStringLiteral("old");
    old.status = ExportStatus::Expired;
    old.catalogId = QStringLiteral("367189801096446917");
    old.schemaName = QStringLiteral("crm");
    old.tableName = QStringLiteral("deals");
    old.format = QStringLiteral("JSONL");
    old.compression = QStringLiteral("GZIP");
    NewExportController controller(f.registry.get(), f.notifier.get(), nullptr);
    controller.setConnection(f.key);
    controller.setPollIntervalMs(50);
    QSignalSpy created(&controller, &NewExportController::jobCreated);
    NewExportDialog *d = controller.openRunAgain(old);
    QVERIFY(d);
    QTest::mouseClick(createButton(d), Qt::LeftButton); // two clicks: Run again, Create Export
    QVERIFY(created.wait(5000));
    const QList<RecordedRequest> sent = f.posts();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent[0].url.path().endsWith(QLatin1String("/catalogs/367189801096446917/schemas/crm/tables/deals/exports")));
    QCOMPARE(test::NewExportFixture::bodyOf(sent[0]), (QJsonObject{{QStringLiteral("format"), QStringLiteral("JSONL")},
                                           {QStringLiteral("compression"), QStringLiteral("GZIP")},
                                           {QStringLiteral("includeSystemColumns"), true}}));
    controller.stopAll();
}

QTEST_MAIN(TestNewExportController)
#include "tst_newexportcontroller.moc"
