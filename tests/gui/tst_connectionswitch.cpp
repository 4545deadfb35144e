// SPDX-License-Identifier: GPL-3.0-or-later
// One connection, one client: an export created on the first connection and
// followed with "Download when ready" is polled and downloaded on that
// connection, with its key, after the window switched to a second one; the
// second server never hears of it.
#include "guitestwindow.h"
#include "namedchild.h"
#include "newexportactions.h"
#include "newexportcontroller.h"
#include "newexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace peaka;
using namespace peaka::gui;
using peaka::test::child;
using peaka::demo::DemoServer;
using peaka::demo::RecordedRequest;

namespace {

const QString kChargesQuery = QStringLiteral("709922802836177297");
const QString kSecondKey = QStringLiteral("SeCoNdKy.second-server-secret");

QByteArray bearer(const QString &key)
{
    return "Bearer " + key.toUtf8();
}

QList<RecordedRequest> apiRequests(const DemoServer &server)
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : server.requests()) {
        if (r.origin == QLatin1String("api"))
            out << r;
    }
    return out;
}

} // namespace

class TestConnectionSwitch : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t; // the first server: t.server
    std::unique_ptr<DemoServer> second;

    Connection first() const
    {
        Connection c = t.connection();
        c.name = QStringLiteral("First");
        c.profileId = QStringLiteral("profile-first");
        c.demo = false;
        return c;
    }

    Connection secondConnection() const
    {
        Connection c;
        c.name = QStringLiteral("Second");
        c.profileId = QStringLiteral("profile-second");
        c.baseUrl = second->baseUrl();
        c.apiKey = kSecondKey;
        c.projectIds = {second->projectId()};
        return c;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(t.startServer());
        t.server->scenario().pendingMs = 1500;
        t.server->scenario().runningMs = 800;
        second = std::make_unique<DemoServer>();
        QVERIFY2(second->start(), qPrintable(second->errorString()));
        demo::DemoKey key;
        key.key = kSecondKey;
        key.userId = QStringLiteral("second-user");
        key.userName = QStringLiteral("Second User");
        key.partner = true;
        second->addKey(key);
        t.openWindow();
        t.app->setConnections({first(), secondConnection()}, 0);
        QTRY_COMPARE(t.window->currentKey(), first().key(t.server->projectId()));
        QTRY_VERIFY(t.app->model()->rowCount() > 0);
    }

    void cleanup()
    {
        t.reset();
        second.reset();
    }

    void followedExportStaysOnItsConnection()
    {
        // Create on the first connection, with "Download when ready".
        QTest::keyClick(t.window, Qt::Key_N, Qt::ControlModifier);
        NewExportActions *actions = t.app->newExport();
        QTRY_VERIFY(actions->dialog() && actions->dialog()->isVisible());
        NewExportDialog *d = actions->dialog();
        QTest::mouseClick(child<QRadioButton>(d, "queryRadio"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), kChargesQuery);
        child<QCheckBox>(d, "downloadWhenReadyCheck")->setChecked(true);
        QSignalSpy created(actions->controller(), &NewExportController::jobCreated);
        QSignalSpy ended(actions->controller(), &NewExportController::jobEnded);
        QTest::mouseClick(child<QPushButton>(d, "createButton"), Qt::LeftButton);
        QVERIFY(created.wait(10000));
        const QString id = created.constFirst().at(0).value<ExportJob>().id;
        QVERIFY(!id.isEmpty());
        QCOMPARE(created.constFirst().at(1).value<ConnectionKey>(), first().key(t.server->projectId()));
        QCOMPARE(t.server->exportById(id).status, QStringLiteral("PENDING"));

        // Switch the window to the second connection while the export is followed.
        QComboBox *combo = t.find<QComboBox>("connectionCombo");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        const ConnectionKey secondKey = secondConnection().key(second->projectId());
        QTRY_COMPARE(t.window->currentKey(), secondKey);
        t.server->clearRequests(); // from here on: what the first server hears after the switch
        QTRY_VERIFY(t.app->model()->rowCount() > 0); // the second server's list is shown

        // The export ends on the first server and its file lands in the folder.
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
        QCOMPARE(ended.constFirst().at(0).value<ExportJob>().status.code(), ExportStatus::Succeeded);
        const demo::DemoExport job = t.server->exportById(id);
        QCOMPARE(job.files.size(), 1);
        const QString path = QDir(t.folder->path()).filePath(job.files.constFirst().name);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 15000);
        QTRY_COMPARE(QFileInfo(path).size(), job.files.constFirst().contentSize());
        const QList<DownloadTask *> tasks = t.app->downloads()->manager()->tasks();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.constFirst()->record().source.profileId, first().profileId);
        QCOMPARE(tasks.constFirst()->record().source.projectId, t.server->projectId());

        // The first server was polled for it after the switch, always with the first key.
        int polls = 0;
        for (const RecordedRequest &r : apiRequests(*t.server)) {
            QCOMPARE(r.header("Authorization"), bearer(t.server->partnerKey().key));
            if (r.url.path().endsWith(id))
                ++polls;
        }
        QVERIFY2(polls > 0, "the export was not polled on its own server after the switch");
        bool downloaded = false;
        for (const RecordedRequest &r : t.server->requests())
            downloaded |= r.origin == QLatin1String("storage") && r.url.path().contains(job.files.constFirst().name);
        QVERIFY(downloaded);

        // The second server heard only its own key and never of this export.
        const QList<RecordedRequest> secondHeard = apiRequests(*second);
        QVERIFY(!secondHeard.isEmpty()); // it did list its own exports
        for (const RecordedRequest &r : secondHeard) {
            QCOMPARE(r.header("Authorization"), bearer(kSecondKey));
            QVERIFY2(!r.url.toString().contains(id), qPrintable(r.url.toString()));
        }
        for (const RecordedRequest &r : second->requests())
            QVERIFY2(r.origin != QLatin1String("storage"), qPrintable(r.url.toString()));
        // And the second connection's list does not show the first one's export.
        QCOMPARE(t.app->model()->rowOfId(id), -1);
    }
};

QTEST_MAIN(TestConnectionSwitch)
#include "tst_connectionswitch.moc"
