// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV options and system columns of the New Export dialog against the demo
// server: shown for CSV only, checked inline without moving the fields, sent
// as csvOptions, reachable by Tab; Run again carries the options this app
// remembered and says so when it cannot; the query page leaves no gap; the
// chosen source is named.
#include "csvoptionsbox.h"
#include "exports/csvoptionsmemory.h"
#include "newexportcontroller.h"
#include "newexportfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::RecordedRequest;
using peaka::test::child;
using peaka::test::toggle;

namespace {

const QString kMonthlyRevenue = QStringLiteral("709922802836177310");

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestNewExportCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void shownForCsvOnly();
    void problems_data();
    void problems();
    void problemDoesNotMoveTheFields();
    void csvOptionsAreSent();
    void jsonlSendsNoCsvOptions();
    void tabReachesEveryOption();
    void systemColumnsDefaultAndWording();
    void queryPageLeavesNoGap();
    void chosenSourceIsNamed();
    void runAgainCarriesRememberedOptions();
    void runAgainOfAForeignExportSaysDefaults();

private:
    QJsonObject lastBody() const;
    NewExportDialog *fillQuery(NewExportDialog *d);
    void create(NewExportDialog *d);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::NewExportFixture f;
};

void TestNewExportCsv::init()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestNewExportCsv::cleanup()
{
    f.stop();
    m_dir.reset();
}

QJsonObject TestNewExportCsv::lastBody() const
{
    const QList<RecordedRequest> sent = f.posts();
    return sent.isEmpty() ? QJsonObject() : test::NewExportFixture::bodyOf(sent.last());
}

NewExportDialog *TestNewExportCsv::fillQuery(NewExportDialog *d)
{
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), kMonthlyRevenue);
    return d;
}

void TestNewExportCsv::create(NewExportDialog *d)
{
    QSignalSpy created(d, &NewExportDialog::exportCreated);
    auto *ok = child<QPushButton>(d, "createButton");
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(created.wait(10000));
}

void TestNewExportCsv::shownForCsvOnly()
{
    NewExportDialog *d = f.openDialog();
    auto *csv = child<gui::CsvOptionsBox>(d, "csvGroup");
    auto *format = child<QComboBox>(d, "formatCombo");
    QCOMPARE(format->currentData().toString(), QStringLiteral("CSV"));
    QVERIFY(csv->isVisible());
    format->setCurrentIndex(format->findData(QStringLiteral("JSONL")));
    QVERIFY(!csv->isVisible());
    format->setCurrentIndex(format->findData(QStringLiteral("CSV")));
    QVERIFY(csv->isVisible());
    // The defaults: comma, double quote, LF, a header row, NULL as an empty field.
    QCOMPARE(csv->options(), CsvOptions{});
    QVERIFY(!csv->defaultsNoteVisible());
}

void TestNewExportCsv::problems_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("two characters") << "ab" << "\"" << "delimiter must be exactly one character";
    QTest::newRow("empty delimiter") << "" << "\"" << "delimiter must be exactly one character";
    QTest::newRow("empty quote") << ";" << "" << "quote character must be exactly one character";
    QTest::newRow("same character") << "'" << "'" << "must differ";
    QTest::newRow("semicolon") << ";" << "'" << "";
    QTest::newRow("tab typed as \\t") << "\\t" << "\"" << "";
    QTest::newRow("space") << " " << "\"" << "";
}

void TestNewExportCsv::problems()
{
    QFETCH(QString, delimiter);
    QFETCH(QString, quote);
    QFETCH(QString, problem);
    NewExportDialog *d = fillQuery(f.openDialog());
    auto *delimiterEdit = child<QLineEdit>(d, "csvDelimiterEdit");
    retype(delimiterEdit, delimiter);
    retype(child<QLineEdit>(d, "csvQuoteEdit"), quote);
    auto *message = child<QLabel>(d, "csvMessageLabel");
    auto *ok = child<QPushButton>(d, "createButton");
    if (problem.isEmpty()) {
        QVERIFY2(!message->isVisible(), qPrintable(message->text()));
        QVERIFY(ok->isEnabled());
        return;
    }
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(problem), qPrintable(message->text()));
    QCOMPARE(message->property("problem").toBool(), true); // styled as an error
    QVERIFY(!ok->isEnabled());
    QVERIFY(d->problems().contains(message->text()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(f.posts().size(), 0);
}

void TestNewExportCsv::problemDoesNotMoveTheFields()
{
    NewExportDialog *d = fillQuery(f.openDialog());
    auto *header = child<QCheckBox>(d, "csvHeaderCheck");
    auto *download = child<QCheckBox>(d, "downloadWhenReadyCheck");
    auto *ok = child<QPushButton>(d, "createButton");
    auto *message = child<QLabel>(d, "csvMessageLabel");
    const auto where = [d](QWidget *w) { return w->mapTo(d, QPoint(0, 0)); };
    QTest::qWait(50);
    const QPoint headerAt = where(header), downloadAt = where(download), okAt = where(ok);
    const QSize size = d->size();
    // The longest problem there is: the one for two equal characters, in any wording.
    retype(child<QLineEdit>(d, "csvDelimiterEdit"), QStringLiteral("\""));
    QVERIFY(message->isVisible());
    QTest::qWait(50);
    QCOMPARE(where(header), headerAt);
    QCOMPARE(where(download), downloadAt);
    QCOMPARE(where(ok), okAt);
    QCOMPARE(d->size(), size);
    QVERIFY2(message->height() >= message->heightForWidth(message->width()), "the problem is cut");
}

void TestNewExportCsv::csvOptionsAreSent()
{
    NewExportDialog *d = fillQuery(f.openDialog());
    auto *delimiter = child<QComboBox>(d, "csvDelimiterCombo");
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("\t")));
    retype(child<QLineEdit>(d, "csvQuoteEdit"), QStringLiteral("'"));
    auto *lineEnds = child<QComboBox>(d, "csvLineEndCombo");
    lineEnds->setCurrentIndex(lineEnds->findData(true));
    toggle(child<QCheckBox>(d, "csvHeaderCheck"));
    QTest::keyClicks(child<QLineEdit>(d, "csvNullEdit"), QStringLiteral("NULL"));
    create(d);
    const QJsonObject body = lastBody();
    QCOMPARE(body.value(QLatin1String("format")).toString(), QStringLiteral("CSV"));
    QCOMPARE(body.value(QLatin1String("csvOptions")).toObject(),
             (QJsonObject{{QStringLiteral("delimiter"), QStringLiteral("\t")},
                          {QStringLiteral("quoteChar"), QStringLiteral("'")},
                          {QStringLiteral("recordSeparator"), QStringLiteral("\r\n")},
                          {QStringLiteral("includeHeader"), false},
                          {QStringLiteral("nullValue"), QStringLiteral("NULL")}}));
    QCOMPARE(d->sentOptions().csvOptions, body.value(QLatin1String("csvOptions")).toObject());
}

void TestNewExportCsv::jsonlSendsNoCsvOptions()
{
    NewExportDialog *d = fillQuery(f.openDialog());
    retype(child<QLineEdit>(d, "csvDelimiterEdit"), QStringLiteral(";"));
    auto *format = child<QComboBox>(d, "formatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("JSONL")));
    // Even an invalid CSV option does not hold back a JSONL export.
    retype(child<QLineEdit>(d, "csvQuoteEdit"), QString());
    create(d);
    const QJsonObject body = lastBody();
    QCOMPARE(body.value(QLatin1String("format")).toString(), QStringLiteral("JSONL"));
    QVERIFY(!body.contains(QLatin1String("csvOptions")));
}

void TestNewExportCsv::tabReachesEveryOption()
{
    NewExportDialog *d = f.openDialog();
    auto *system = child<QCheckBox>(d, "systemColumnsCheck");
    system->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(system->hasFocus());
    QStringList visited;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *f = QApplication::focusWidget();
        // An editable combo box hands the focus to its line edit.
        if (f && qobject_cast<QComboBox *>(f->parentWidget()))
            f = f->parentWidget();
        visited << (f ? f->objectName() : QStringLiteral("(none)"));
    }
    QCOMPARE(visited, (QStringList{QStringLiteral("csvDelimiterCombo"), QStringLiteral("csvQuoteEdit"),
                                   QStringLiteral("csvLineEndCombo"), QStringLiteral("csvNullEdit"),
                                   QStringLiteral("csvHeaderCheck"), QStringLiteral("downloadWhenReadyCheck")}));
    // Every field has a label with a mnemonic that reaches it.
    for (const char *name : {"csvDelimiterComboLabel", "csvQuoteEditLabel", "csvLineEndComboLabel", "csvNullEditLabel"}) {
        auto *label = child<QLabel>(d, name);
        QVERIFY(label);
        QVERIFY2(label->text().contains(QLatin1Char('&')), name);
        QVERIFY(label->buddy());
    }
}

void TestNewExportCsv::systemColumnsDefaultAndWording()
{
    NewExportDialog *d = fillQuery(f.openDialog());
    auto *system = child<QCheckBox>(d, "systemColumnsCheck");
    QVERIFY(system->isChecked()); // the documented default
    QVERIFY(system->text().contains(QLatin1String("system columns")));
    // It says what they are.
    const QString note = child<QLabel>(d, "systemColumnsNoteLabel")->text();
    QVERIFY2(note.contains(QLatin1String("_id")) && note.contains(QLatin1String("_version")), qPrintable(note));
    QVERIFY(child<QLabel>(d, "systemColumnsNoteLabel")->isVisible());
    // The request says what the box shows.
    create(d);
    QCOMPARE(lastBody().value(QLatin1String("includeSystemColumns")), QJsonValue(true));

    NewExportDialog *again = fillQuery(f.openDialog());
    toggle(child<QCheckBox>(again, "systemColumnsCheck"));
    create(again);
    QCOMPARE(lastBody().value(QLatin1String("includeSystemColumns")), QJsonValue(false));
}

void TestNewExportCsv::queryPageLeavesNoGap()
{
    NewExportDialog *d = f.openDialog();
    auto *stack = child<QStackedWidget>(d, "sourceStack");
    auto *edit = child<QLineEdit>(d, "queryIdEdit");
    QTest::qWait(50);
    // The one-line query page: the stack is as tall as that line, not the three of the table page.
    QVERIFY2(stack->height() <= edit->height() + 2 * d->style()->pixelMetric(QStyle::PM_LayoutTopMargin) + 8,
             qPrintable(QStringLiteral("stack %1 px for a %2 px field").arg(stack->height()).arg(edit->height())));
    QTest::mouseClick(child<QRadioButton>(d, "tableRadio"), Qt::LeftButton);
    auto *table = child<QLineEdit>(d, "tableEdit");
    QTRY_VERIFY(table->isVisible());
    QTRY_VERIFY(table->mapTo(stack, QPoint(0, table->height())).y() <= stack->height());
    QTest::mouseClick(child<QRadioButton>(d, "queryRadio"), Qt::LeftButton);
    QTRY_VERIFY(stack->height() < 2 * edit->height() + 8);
}

void TestNewExportCsv::chosenSourceIsNamed()
{
    NewExportDialog *d = fillQuery(f.openDialog());
    auto *note = child<QLabel>(d, "sourceNoteLabel");
    QTRY_VERIFY2(note->text().contains(QLatin1String("Monthly revenue")), qPrintable(note->text()));
    // A table: catalog › schema › table by name.
    QTest::mouseClick(child<QRadioButton>(d, "tableRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(d, "catalogIdEdit"), QStringLiteral("367189801096446904"));
    QTest::keyClicks(child<QLineEdit>(d, "schemaEdit"), QStringLiteral("public"));
    QTest::keyClicks(child<QLineEdit>(d, "tableEdit"), QStringLiteral("charges"));
    QTRY_COMPARE(note->text(), QStringLiteral("Source: Stripe \u203a public \u203a charges"));
    // Not listed: no name, no noise.
    retype(child<QLineEdit>(d, "catalogIdEdit"), QStringLiteral("42"));
    QTRY_VERIFY(note->text().isEmpty());
    QTest::qWait(100);
    QVERIFY(note->text().isEmpty());
    QVERIFY(child<QLabel>(d, "sourceMessageLabel")->text().isEmpty() || !child<QLabel>(d, "sourceMessageLabel")->isVisible());
}

void TestNewExportCsv::runAgainCarriesRememberedOptions()
{
    const QString memoryPath = m_dir->filePath(QStringLiteral("csv.json"));
    NewExportController controller(f.registry.get(), f.notifier.get(), nullptr);
    controller.setConnection(f.key);
    controller.setCsvMemoryPath(memoryPath);
    QSignalSpy created(&controller, &NewExportController::jobCreated);

    NewExportDialog *d = controller.openNewExport();
    QVERIFY(d);
    if (gui::SourceBrowser *browser = d->sourceBrowser())
        QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading(), 15000);
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), kMonthlyRevenue);
    retype(child<QLineEdit>(d, "csvDelimiterEdit"), QStringLiteral(";"));
    toggle(child<QCheckBox>(d, "csvHeaderCheck"));
    QTest::keyClicks(child<QLineEdit>(d, "csvNullEdit"), QStringLiteral("\\N"));
    f.server->clearRequests();
    QTest::mouseClick(child<QPushButton>(d, "createButton"), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    const auto job = created.at(0).at(0).value<ExportJob>();
    controller.stopAll();

    CsvOptions expected;
    expected.delimiter = QStringLiteral(";");
    expected.includeHeader = false;
    expected.nullValue = QStringLiteral("\\N");
    // Remembered on disk: a new memory (a restart) finds it.
    QCOMPARE(CsvOptionsMemory(memoryPath).recall(job.id), std::optional<CsvOptions>(expected));

    ExportJob old = job;
    old.status = ExportStatus::Expired;
    NewExportDialog *again = controller.openRunAgain(old);
    QVERIFY(again);
    auto *csv = child<gui::CsvOptionsBox>(again, "csvGroup");
    QCOMPARE(csv->options(), expected);
    QVERIFY(!csv->defaultsNoteVisible());
    f.server->clearRequests();
    created.clear();
    QTest::mouseClick(child<QPushButton>(again, "createButton"), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    controller.stopAll();
    QCOMPARE(lastBody().value(QLatin1String("csvOptions")).toObject(), expected.toJson());
}

void TestNewExportCsv::runAgainOfAForeignExportSaysDefaults()
{
    NewExportController controller(f.registry.get(), f.notifier.get(), nullptr);
    controller.setConnection(f.key);
    controller.setCsvMemoryPath(m_dir->filePath(QStringLiteral("csv.json")));
    ExportJob foreign;
    foreign.id = QStringLiteral("started-elsewhere");
    foreign.status = ExportStatus::Failed;
    foreign.queryId = kMonthlyRevenue;
    foreign.format = QStringLiteral("CSV");
    NewExportDialog *d = controller.openRunAgain(foreign);
    QVERIFY(d);
    auto *csv = child<gui::CsvOptionsBox>(d, "csvGroup");
    QCOMPARE(csv->options(), CsvOptions{});
    QVERIFY(csv->defaultsNoteVisible());
    auto *note = child<QLabel>(d, "csvDefaultsNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("does not return")), qPrintable(note->text()));
    QVERIFY(note->wordWrap());
    // The source is named in Run again too.
    QTRY_VERIFY(child<QLabel>(d, "sourceNoteLabel")->text().contains(QLatin1String("Monthly revenue")));
    d->close();
}

QTEST_MAIN(TestNewExportCsv)
#include "tst_newexportcsv.moc"
