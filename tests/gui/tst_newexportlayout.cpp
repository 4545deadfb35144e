// SPDX-License-Identifier: GPL-3.0-or-later
// The New Export dialog as a new user sees it: help and server messages are
// never cut (the dialog grows), fields do not jump while hints come and go,
// problems look like errors and say the allowed range, and a server error goes
// away when the input it is about changes.
#include "newexportfixture.h"

#include <QComboBox>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <memory>

using namespace peaka;
using namespace peaka::gui;
using peaka::test::child;

namespace {

// Every visible wrapped label has the height its text needs at its width and
// lies inside the dialog; no line edit is squeezed below its natural height.
QString clipped(QWidget *dialog)
{
    for (QLabel *l : dialog->findChildren<QLabel *>()) {
        if (!l->isVisible() || !l->wordWrap() || l->text().isEmpty())
            continue;
        if (l->height() < l->heightForWidth(l->width()))
            return QStringLiteral("%1 is %2 px high, needs %3").arg(l->objectName()).arg(l->height()).arg(l->heightForWidth(l->width()));
        const QRect r(l->mapTo(dialog, QPoint(0, 0)), l->size());
        if (!dialog->rect().contains(r))
            return QStringLiteral("%1 is outside the dialog").arg(l->objectName());
    }
    for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
        if (qobject_cast<QComboBox *>(e->parentWidget()))
            continue; // the edit of an editable combo box is sized by the combo
        if (e->isVisible() && e->height() < e->sizeHint().height())
            return QStringLiteral("%1 is squeezed to %2 px").arg(e->objectName()).arg(e->height());
    }
    return {};
}

bool reddish(const QColor &c)
{
    return c.red() > 120 && c.red() > c.green() * 1.5 && c.red() > c.blue() * 1.5;
}

} // namespace

class TestNewExportLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void longServerErrorIsNotCut();
    void serverErrorClearsWhenTheSourceChanges();
    void serverErrorClearsWhenTheColumnsChange();
    void hintsDoNotMoveTheFields();
    void problemsLookLikeErrorsAndGiveTheRange_data();
    void problemsLookLikeErrorsAndGiveTheRange();
    void limitHelpAgreesWithTheRule();

private:
    void send();
    test::NewExportFixture f;
};

void TestNewExportLayout::init()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TestNewExportLayout::cleanup()
{
    f.stop();
}

void TestNewExportLayout::send()
{
    QTest::mouseClick(child<QPushButton>(f.dialog.get(), "createButton"), Qt::LeftButton);
    QTRY_VERIFY(!f.dialog->isSending());
}

void TestNewExportLayout::longServerErrorIsNotCut()
{
    NewExportDialog *d = f.openDialog();
    QVERIFY2(clipped(d).isEmpty(), qPrintable(clipped(d)));
    QTest::mouseClick(child<QRadioButton>(d, "tableRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(d, "catalogIdEdit"), QStringLiteral("stripe"));
    QTest::keyClicks(child<QLineEdit>(d, "schemaEdit"), QStringLiteral("public"));
    QTest::keyClicks(child<QLineEdit>(d, "tableEdit"),
                     QStringLiteral("invoices of the second quarter with every refund and dispute that was opened"));
    QTest::keyClicks(child<QLineEdit>(d, "columnsEdit"), QStringLiteral("invoice_id, amount"));
    send();
    auto *message = child<QLabel>(d, "sourceMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("dispute")));
    QVERIFY2(message->heightForWidth(message->width()) > 2 * message->fontMetrics().lineSpacing(),
             "the message should need several lines");
    QTRY_VERIFY2(clipped(d).isEmpty(), qPrintable(clipped(d)));
    // Nothing covers or clips it: all of the label is on screen.
    QTRY_COMPARE(message->visibleRegion().boundingRect(), message->rect());

    // Narrower: the text wraps into more lines, and still nothing is cut.
    d->resize(d->minimumWidth(), d->height());
    QTRY_VERIFY2(clipped(d).isEmpty(), qPrintable(clipped(d)));
}

void TestNewExportLayout::serverErrorClearsWhenTheSourceChanges()
{
    NewExportDialog *d = f.openDialog();
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), QStringLiteral("999"));
    send();
    auto *sourceMessage = child<QLabel>(d, "sourceMessageLabel");
    auto *status = child<QLabel>(d, "statusLabel");
    QVERIFY(sourceMessage->isVisible());
    QVERIFY(!status->text().isEmpty());

    // Switching to a table: neither the message about query 999 nor the status stays.
    QTest::mouseClick(child<QRadioButton>(d, "tableRadio"), Qt::LeftButton);
    QVERIFY(!sourceMessage->text().contains(QLatin1String("999")) || !sourceMessage->isVisible());
    QCOMPARE(status->text(), QString());

    // Back to the query, send again, then edit the id: both go.
    QTest::mouseClick(child<QRadioButton>(d, "queryRadio"), Qt::LeftButton);
    send();
    QVERIFY(sourceMessage->isVisible());
    QVERIFY(!status->text().isEmpty());
    QTest::keyClick(child<QLineEdit>(d, "queryIdEdit"), Qt::Key_Backspace);
    QVERIFY(!sourceMessage->text().contains(QLatin1String("server"), Qt::CaseInsensitive) || !sourceMessage->isVisible());
    QCOMPARE(status->text(), QString());
}

void TestNewExportLayout::serverErrorClearsWhenTheColumnsChange()
{
    NewExportDialog *d = f.openDialog();
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), QStringLiteral("709922802836177297"));
    QTest::keyClicks(child<QLineEdit>(d, "columnsEdit"), QStringLiteral("charge_id, nope"));
    send();
    auto *status = child<QLabel>(d, "statusLabel");
    QVERIFY2(status->text().contains(QLatin1String("column")), qPrintable(status->text()));
    QVERIFY(reddish(status->palette().color(QPalette::WindowText)));
    // Editing the query id is not about the columns: the status stays.
    QTest::keyClick(child<QLineEdit>(d, "queryIdEdit"), Qt::Key_End);
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), QStringLiteral("7"));
    QVERIFY(!status->text().isEmpty());
    QTest::keyClick(child<QLineEdit>(d, "columnsEdit"), Qt::Key_Backspace);
    QCOMPARE(status->text(), QString());
}

void TestNewExportLayout::hintsDoNotMoveTheFields()
{
    NewExportDialog *d = f.openDialog();
    const QList<QWidget *> fields{child<QWidget>(d, "formatCombo"), child<QWidget>(d, "limitEdit"),
                                  child<QWidget>(d, "columnsEdit"), child<QWidget>(d, "systemColumnsCheck"),
                                  child<QWidget>(d, "downloadWhenReadyCheck")};
    auto tops = [&] {
        QList<int> out;
        for (QWidget *w : fields)
            out << w->mapTo(d, QPoint(0, 0)).y();
        return out;
    };
    auto settle = [&] { QTest::qWait(0); QCoreApplication::sendPostedEvents(); };
    settle();
    const QList<int> start = tops(); // the empty query id has its message
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), QStringLiteral("709922802836177297"));
    settle();
    QCOMPARE(tops(), start);
    QTest::keyClicks(child<QLineEdit>(d, "limitEdit"), QStringLiteral("-5"));
    settle();
    QVERIFY(child<QLabel>(d, "limitMessageLabel")->isVisible());
    QCOMPARE(tops(), start);
    QTest::keyClicks(child<QLineEdit>(d, "columnsEdit"), QStringLiteral("a,,b"));
    settle();
    QVERIFY(child<QLabel>(d, "columnsMessageLabel")->isVisible());
    QCOMPARE(tops(), start);
    child<QLineEdit>(d, "limitEdit")->clear();
    child<QLineEdit>(d, "columnsEdit")->clear();
    settle();
    QVERIFY(!child<QLabel>(d, "limitMessageLabel")->isVisible());
    QCOMPARE(tops(), start);
}

void TestNewExportLayout::problemsLookLikeErrorsAndGiveTheRange_data()
{
    QTest::addColumn<QString>("limit");
    QTest::newRow("negative") << "-5";
    QTest::newRow("zero") << "0";
    QTest::newRow("words") << "ten";
    QTest::newRow("two million") << "2,000,000";
}

void TestNewExportLayout::problemsLookLikeErrorsAndGiveTheRange()
{
    QFETCH(QString, limit);
    NewExportDialog *d = f.openDialog();
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), QStringLiteral("709922802836177297"));
    QTest::keyClicks(child<QLineEdit>(d, "limitEdit"), limit);
    auto *message = child<QLabel>(d, "limitMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("between 1 and 1,000,000")), qPrintable(message->text()));
    QVERIFY(reddish(message->palette().color(QPalette::WindowText)));
    QVERIFY(!reddish(child<QLabel>(d, "limitNoteLabel")->palette().color(QPalette::WindowText)));
    QVERIFY(!child<QPushButton>(d, "createButton")->isEnabled());
}

void TestNewExportLayout::limitHelpAgreesWithTheRule()
{
    NewExportDialog *d = f.openDialog();
    const QString help = child<QLabel>(d, "limitNoteLabel")->text();
    // The dialog refuses values outside the range, so the help must not promise clamping.
    QVERIFY2(!help.contains(QLatin1String("clamp")), qPrintable(help));
    QVERIFY(help.contains(QLatin1String("1,000,000")));
    QTest::keyClicks(child<QLineEdit>(d, "queryIdEdit"), QStringLiteral("709922802836177297"));
    QTest::keyClicks(child<QLineEdit>(d, "limitEdit"), QStringLiteral("1,000,000"));
    QVERIFY(child<QPushButton>(d, "createButton")->isEnabled());
    QCOMPARE(d->options().limit.value_or(0), 1000000);
}

QTEST_MAIN(TestNewExportLayout)
#include "tst_newexportlayout.moc"
