// SPDX-License-Identifier: GPL-3.0-or-later
// The New Export dialog against the demo server: inline validation (nothing
// sent), the POST body field by field, server errors kept in the dialog, Run
// again. Its controller: tst_newexportcontroller.
#include "newexportcontroller.h"
#include "newexportfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
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

class TestNewExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlHasNames();
    void validation_data();
    void validation();
    void emptySourceIsANoteUntilTried();
    void postBodyForQuery();
    void postBodyForTableWithDefaults();
    void unknownColumnStaysNextToColumns();
    void unknownQueryStaysNextToSource();
    void forbiddenSaysTheKeyHasNoAccess();
    void networkErrorOffersRetry();
    void sendingDisablesInputs();
    void runAgainFromQueryJob();
    void runAgainFromTableJob();
    void runAgainNeedsAKnownSource();

private:
    test::NewExportFixture f;
};

void TestNewExportDialog::init()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    f.server->scenario().pendingMs = 100;
    f.server->scenario().runningMs = 100;
}

void TestNewExportDialog::cleanup()
{
    f.stop();
}

void TestNewExportDialog::everyControlHasNames()
{
    NewExportDialog *d = f.openDialog();
    for (QWidget *w : d->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QLabel *>(w)) {
            if (w->objectName().isEmpty() && w->parent() && qobject_cast<QComboBox *>(w->parent()))
                continue; // internal parts of a combo box
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

void TestNewExportDialog::validation_data()
{
    QTest::addColumn<bool>("table");
    QTest::addColumn<QStringList>("source");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("message");

    const QStringList q{kChargesQuery};
    const QStringList t{QStringLiteral("stripe"), QStringLiteral("public"), QStringLiteral("invoices")};
    QTest::newRow("query id with space") << false << QStringList{QStringLiteral("7099 2280")} << QString() << QString()
                                         << "sourceMessageLabel" << "no spaces";
    QTest::newRow("table without schema") << true << QStringList{QStringLiteral("stripe"), QString(), QStringLiteral("invoices")}
                                          << QString() << QString() << "sourceMessageLabel" << "catalog id, the schema and the table";
    QTest::newRow("limit 0") << false << q << "0" << QString() << "limitMessageLabel" << "between 1 and 1,000,000";
    QTest::newRow("limit too big") << true << t << "1000001" << QString() << "limitMessageLabel" << "between 1 and 1,000,000";
    QTest::newRow("limit not a number") << false << q << "ten" << QString() << "limitMessageLabel" << "whole number";
    QTest::newRow("limit negative") << false << q << "-5" << QString() << "limitMessageLabel" << "between 1 and 1,000,000";
    QTest::newRow("empty column name") << false << q << QString() << "charge_id,,amount" << "columnsMessageLabel" << "column name is empty";
    QTest::newRow("trailing comma") << true << t << QString() << "invoice_id," << "columnsMessageLabel" << "column name is empty";
    QTest::newRow("column twice") << false << q << QString() << "amount, amount" << "columnsMessageLabel" << "listed twice";
}

void TestNewExportDialog::validation()
{
    QFETCH(bool, table);
    QFETCH(QStringList, source);
    QFETCH(QString, limit);
    QFETCH(QString, columns);
    QFETCH(QString, label);
    QFETCH(QString, message);

    NewExportDialog *d = f.openDialog();
    if (table)
        fillTable(d, source.value(0), source.value(1), source.value(2));
    else
        fillQuery(d, source.value(0));
    QTest::keyClicks(child<QLineEdit>(d, "limitEdit"), limit);
    QTest::keyClicks(child<QLineEdit>(d, "columnsEdit"), columns);

    auto *messageLabel = d->findChild<QLabel *>(label);
    QVERIFY(messageLabel);
    QVERIFY(messageLabel->isVisible());
    QVERIFY2(messageLabel->text().contains(message), qPrintable(messageLabel->text()));
    QVERIFY(!createButton(d)->isEnabled());
    QVERIFY(!d->problems().isEmpty());

    // Neither OK nor Enter sends anything.
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QTest::keyClick(child<QLineEdit>(d, "columnsEdit"), Qt::Key_Return);
    d->submit();
    QVERIFY(d->isVisible());
    QVERIFY(!d->isSending());
    QTest::qWait(50);
    QCOMPARE(f.posts().size(), 0);
}

void TestNewExportDialog::emptySourceIsANoteUntilTried()
{
    NewExportDialog *d = f.openDialog();
    // A new dialog: the cursor in the saved queries' filter, a note on what to do, no error yet.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "queryFilterEdit"));
    auto *message = child<QLabel>(d, "sourceMessageLabel");
    auto *note = child<QLabel>(d, "sourceNoteLabel");
    QVERIFY(message->text().isEmpty() || !message->isVisible());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("Pick a saved query or a table")), qPrintable(note->text()));
    QVERIFY(!createButton(d)->isEnabled());

    // Enter (an attempt to create) says what is missing; nothing is sent.
    d->submit();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("Enter the id of a saved query")), qPrintable(message->text()));
    QCOMPARE(f.posts().size(), 0);

    // So does typing an id and taking it back, in a new dialog.
    d = f.openDialog();
    message = child<QLabel>(d, "sourceMessageLabel");
    auto *edit = child<QLineEdit>(d, "queryIdEdit");
    QTest::keyClicks(edit, QStringLiteral("7"));
    QVERIFY(message->text().isEmpty() || !message->isVisible());
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("Enter the id of a saved query")), qPrintable(message->text()));
}

void TestNewExportDialog::postBodyForQuery()
{
    NewExportDialog *d = f.openDialog();
    QSignalSpy created(d, &NewExportDialog::exportCreated);
    fillQuery(d, kChargesQuery);
    auto *format = child<QComboBox>(d, "formatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("JSONL")));
    auto *compression = child<QComboBox>(d, "compressionCombo");
    compression->setCurrentIndex(compression->findData(QStringLiteral("GZIP")));
    QTest::keyClicks(child<QLineEdit>(d, "limitEdit"), QStringLiteral("250,000"));
    QTest::keyClicks(child<QLineEdit>(d, "columnsEdit"), QStringLiteral("charge_id, amount ,currency"));
    toggle(child<QCheckBox>(d, "systemColumnsCheck"));
    QVERIFY(createButton(d)->isEnabled());
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QVERIFY(created.wait(5000));

    const QList<RecordedRequest> sent = f.posts();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].url.path(),
             QStringLiteral("/api/v1/data/projects/%1/queries/%2/exports").arg(f.server->projectId(), kChargesQuery));
    QVERIFY(sent[0].header("Content-Type").startsWith("application/json"));
    const QJsonObject body = test::NewExportFixture::bodyOf(sent[0]);
    QCOMPARE(body.value(QLatin1String("format")).toString(), QStringLiteral("JSONL"));
    QCOMPARE(body.value(QLatin1String("compression")).toString(), QStringLiteral("GZIP"));
    QVERIFY(body.value(QLatin1String("limit")).isDouble());
    QCOMPARE(body.value(QLatin1String("limit")).toInt(), 250000);
    QCOMPARE(body.value(QLatin1String("columns")).toArray(),
             (QJsonArray{QStringLiteral("charge_id"), QStringLiteral("amount"), QStringLiteral("currency")}));
    QVERIFY(body.value(QLatin1String("includeSystemColumns")).isBool());
    QCOMPARE(body.value(QLatin1String("includeSystemColumns")).toBool(), false);
    QVERIFY(!body.contains(QLatin1String("csvOptions")));
    QCOMPARE(body.size(), 5);

    const auto job = created.at(0).at(0).value<ExportJob>();
    QVERIFY(!job.id.isEmpty());
    QCOMPARE(job.status.code(), ExportStatus::Pending);
    QCOMPARE(job.queryId, kChargesQuery);
    QCOMPARE(job.format, QStringLiteral("JSONL"));
    QCOMPARE(job.compression, QStringLiteral("GZIP"));
    QVERIFY(job.createdAt.isValid());
    QCOMPARE(created.at(0).at(1).toBool(), false);
    QCOMPARE(f.server->exportById(job.id).queryId, kChargesQuery);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    QVERIFY(!d->isVisible());
}

void TestNewExportDialog::postBodyForTableWithDefaults()
{
    NewExportDialog *d = f.openDialog();
    QSignalSpy created(d, &NewExportDialog::exportCreated);
    fillTable(d, QStringLiteral("367189801096446904"), QStringLiteral("public"), QStringLiteral("invoices"));
    QVERIFY(child<QCheckBox>(d, "systemColumnsCheck")->isChecked());
    QCOMPARE(child<QStackedWidget>(d, "sourceStack")->currentWidget()->objectName(), QStringLiteral("tablePage"));
    toggle(child<QCheckBox>(d, "downloadWhenReadyCheck"));
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QVERIFY(created.wait(5000));

    const QList<RecordedRequest> sent = f.posts();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].url.path(), QStringLiteral("/api/v1/data/projects/%1/catalogs/367189801096446904/schemas/public/tables/invoices/exports")
                                     .arg(f.server->projectId()));
    const QJsonObject body = test::NewExportFixture::bodyOf(sent[0]);
    // The chosen format and compression and the system columns the box shows
    // (ticked: the documented default); default CSV options are not sent.
    QCOMPARE(body, (QJsonObject{{QStringLiteral("format"), QStringLiteral("CSV")},
                                {QStringLiteral("compression"), QStringLiteral("NONE")},
                                {QStringLiteral("includeSystemColumns"), true}}));

    const auto job = created.at(0).at(0).value<ExportJob>();
    QCOMPARE(job.status.code(), ExportStatus::Pending);
    QCOMPARE(job.catalogId, QStringLiteral("367189801096446904"));
    QCOMPARE(job.schemaName, QStringLiteral("public"));
    QCOMPARE(job.tableName, QStringLiteral("invoices"));
    QVERIFY(job.queryId.isEmpty());
    QCOMPARE(job.format, QStringLiteral("CSV"));
    QCOMPARE(job.compression, QStringLiteral("NONE"));
    QCOMPARE(created.at(0).at(1).toBool(), true);
}

void TestNewExportDialog::unknownColumnStaysNextToColumns()
{
    NewExportDialog *d = f.openDialog();
    QSignalSpy created(d, &NewExportDialog::exportCreated);
    fillQuery(d, kChargesQuery);
    QTest::keyClicks(child<QLineEdit>(d, "limitEdit"), QStringLiteral("10"));
    QTest::keyClicks(child<QLineEdit>(d, "columnsEdit"), QStringLiteral("charge_id, nope"));
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QVERIFY(d->isSending());
    QTRY_VERIFY(!d->isSending());

    auto *columnsMessage = child<QLabel>(d, "columnsMessageLabel");
    QVERIFY(columnsMessage->isVisible());
    QVERIFY2(columnsMessage->text().contains(QLatin1String("Column 'nope' does not exist")),
             qPrintable(columnsMessage->text()));
    QCOMPARE(created.count(), 0);
    QVERIFY(d->isVisible());
    QCOMPARE(child<QLineEdit>(d, "queryIdEdit")->text(), kChargesQuery);
    QCOMPARE(child<QLineEdit>(d, "columnsEdit")->text(), QStringLiteral("charge_id, nope"));
    QCOMPARE(child<QLineEdit>(d, "limitEdit")->text(), QStringLiteral("10"));
    QVERIFY(child<QLineEdit>(d, "columnsEdit")->isEnabled());
    QVERIFY(createButton(d)->isEnabled());
    QVERIFY(!child<QPushButton>(d, "retryButton")->isVisible());

    // Fixing the columns drops the server's message; sending again works.
    auto *columns = child<QLineEdit>(d, "columnsEdit");
    QTest::keyClick(columns, Qt::Key_Backspace);
    QVERIFY(!columnsMessage->isVisible());
    columns->selectAll();
    QTest::keyClicks(columns, QStringLiteral("charge_id, amount"));
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QCOMPARE(f.posts().size(), 2);
}

void TestNewExportDialog::unknownQueryStaysNextToSource()
{
    NewExportDialog *d = f.openDialog();
    fillQuery(d, QStringLiteral("999"));
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QTRY_VERIFY(!d->isSending());
    auto *sourceMessage = child<QLabel>(d, "sourceMessageLabel");
    QVERIFY(sourceMessage->isVisible());
    QVERIFY2(sourceMessage->text().contains(QStringLiteral("\u201c999\u201d")), qPrintable(sourceMessage->text()));
    QCOMPARE(child<QLineEdit>(d, "queryIdEdit")->text(), QStringLiteral("999"));
    QVERIFY(d->isVisible());

    // The same for a table.
    fillTable(d, QStringLiteral("367189801096446904"), QStringLiteral("public"), QStringLiteral("nosuchtable"));
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QTRY_VERIFY(!d->isSending());
    QVERIFY(sourceMessage->text().contains(QLatin1String("stripe.public.nosuchtable")));
}

void TestNewExportDialog::forbiddenSaysTheKeyHasNoAccess()
{
    f.server->scenario().failNextWithStatus = 403;
    f.server->scenario().failNextCount = 1;
    NewExportDialog *d = f.openDialog();
    fillQuery(d, kChargesQuery);
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QTRY_VERIFY(!d->isSending());
    auto *status = child<QLabel>(d, "statusLabel");
    QVERIFY2(status->text().contains(QLatin1String("no access")), qPrintable(status->text()));
    QVERIFY(d->isVisible());
    QCOMPARE(child<QLineEdit>(d, "queryIdEdit")->text(), kChargesQuery);
}

void TestNewExportDialog::networkErrorOffersRetry()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QVERIFY(f.client->setBaseUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));

    NewExportDialog *d = f.openDialog();
    QSignalSpy created(d, &NewExportDialog::exportCreated);
    fillQuery(d, kChargesQuery);
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QTRY_VERIFY(!d->isSending());
    auto *retry = child<QPushButton>(d, "retryButton");
    QVERIFY(retry->isVisible());
    QVERIFY2(child<QLabel>(d, "statusLabel")->text().contains(QLatin1String("Could not reach")),
             qPrintable(child<QLabel>(d, "statusLabel")->text()));
    QCOMPARE(created.count(), 0);

    QVERIFY(f.client->setBaseUrl(f.server->baseUrl().toString()));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QCOMPARE(f.posts().size(), 1);
}

void TestNewExportDialog::sendingDisablesInputs()
{
    f.server->scenario().slowResponseMs = 400;
    NewExportDialog *d = f.openDialog();
    QSignalSpy created(d, &NewExportDialog::exportCreated);
    fillQuery(d, kChargesQuery);
    QTest::mouseClick(createButton(d), Qt::LeftButton);
    QVERIFY(d->isSending());
    QVERIFY(!child<QLineEdit>(d, "queryIdEdit")->isEnabled());
    QVERIFY(!child<QComboBox>(d, "formatCombo")->isEnabled());
    QVERIFY(!child<QCheckBox>(d, "downloadWhenReadyCheck")->isEnabled());
    QVERIFY(!createButton(d)->isEnabled());
    QVERIFY(child<QProgressBar>(d, "progressBar")->isVisible());
    QVERIFY(created.wait(5000));
}

void TestNewExportDialog::runAgainFromQueryJob()
{
    ExportJob job;
    job.id = QStringLiteral("old");
    job.status = ExportStatus::Expired;
    job.queryId = kChargesQuery;
    job.format = QStringLiteral("JSONL");
    job.compression = QStringLiteral("GZIP");
    QVERIFY(NewExportDialog::canRunAgain(job));

    NewExportDialog *d = f.openDialog();
    fillTable(d, QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"));
    QVERIFY(d->prefillFrom(job));
    QVERIFY(child<QRadioButton>(d, "queryRadio")->isChecked());
    QCOMPARE(child<QStackedWidget>(d, "sourceStack")->currentWidget()->objectName(), QStringLiteral("queryPage"));
    QCOMPARE(child<QLineEdit>(d, "queryIdEdit")->text(), kChargesQuery);
    QCOMPARE(child<QComboBox>(d, "formatCombo")->currentData().toString(), QStringLiteral("JSONL"));
    QCOMPARE(child<QComboBox>(d, "compressionCombo")->currentData().toString(), QStringLiteral("GZIP"));
    QVERIFY(createButton(d)->isEnabled());
    QCOMPARE(d->source(), ExportSourceRef::query(kChargesQuery));
}

void TestNewExportDialog::runAgainFromTableJob()
{
    // A real row of the demo data: an EXPIRED table export.
    ExportJob job;
    for (const auto &e : f.server->exports(f.server->projectId())) {
        if (e.status == QLatin1String("EXPIRED") && !e.tableName.isEmpty()) {
            job.id = e.id;
            job.status = ExportStatus::Expired;
            job.catalogId = e.catalogId;
            job.schemaName = e.schemaName;
            job.tableName = e.tableName;
            job.format = e.format;
            job.compression = e.compression;
            break;
        }
    }
    QVERIFY(!job.id.isEmpty());
    QVERIFY(NewExportDialog::canRunAgain(job));
    NewExportDialog *d = f.openDialog();
    QVERIFY(d->prefillFrom(job));
    QVERIFY(child<QRadioButton>(d, "tableRadio")->isChecked());
    QCOMPARE(child<QStackedWidget>(d, "sourceStack")->currentWidget()->objectName(), QStringLiteral("tablePage"));
    QCOMPARE(child<QLineEdit>(d, "catalogIdEdit")->text(), job.catalogId);
    QCOMPARE(child<QLineEdit>(d, "schemaEdit")->text(), job.schemaName);
    QCOMPARE(child<QLineEdit>(d, "tableEdit")->text(), job.tableName);
    QCOMPARE(child<QComboBox>(d, "formatCombo")->currentData().toString(), job.format);
    QCOMPARE(child<QComboBox>(d, "compressionCombo")->currentData().toString(), job.compression);
    QVERIFY(createButton(d)->isEnabled());
}

void TestNewExportDialog::runAgainNeedsAKnownSource()
{
    ExportJob onlyDisplay;
    onlyDisplay.id = QStringLiteral("a");
    onlyDisplay.source = QStringLiteral("peaka.query.\"charges_view\"");
    QVERIFY(!NewExportDialog::canRunAgain(onlyDisplay));
    ExportJob partialTable;
    partialTable.catalogId = QStringLiteral("stripe");
    partialTable.tableName = QStringLiteral("invoices");
    QVERIFY(!NewExportDialog::canRunAgain(partialTable));

    NewExportDialog *d = f.openDialog();
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), QStringLiteral("keep"));
    QVERIFY(!d->prefillFrom(partialTable));
    QCOMPARE(child<QLineEdit>(d, "queryIdEdit")->text(), QStringLiteral("keep"));

    NewExportController controller(f.registry.get(), f.notifier.get(), nullptr);
    controller.setConnection(f.key);
    QCOMPARE(controller.openRunAgain(onlyDisplay), nullptr);
}

QTEST_MAIN(TestNewExportDialog)
#include "tst_newexportdialog.moc"
