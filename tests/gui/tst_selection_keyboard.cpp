// SPDX-License-Identifier: GPL-3.0-or-later
// The chosen export stays chosen while filters and searches change the rows,
// and the main window works from the keyboard: Tab leaves the table, the arrow
// keys move between rows, the row menu opens with the menu key.
#include "guitestwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace peaka;
using namespace peaka::gui;
using peaka::test::GuiTestWindow;

class TestSelectionKeyboard : public QObject
{
    Q_OBJECT
    GuiTestWindow t;

    QString currentId() const
    {
        return t.table()->currentIndex().data(ExportListModel::IdRole).toString();
    }
    QStringList selectedIds() const
    {
        QStringList out;
        for (const QModelIndex &i : t.table()->selectionModel()->selectedRows())
            out << i.data(ExportListModel::IdRole).toString();
        return out;
    }
    void search(const QString &text)
    {
        auto *field = t.find<QLineEdit>("searchField");
        field->clear();
        QTest::keyClicks(field, text);
        QTRY_COMPARE(t.app->filterModel()->searchText(), text.trimmed());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(t.startServer());
        t.openWindow();
        QTRY_VERIFY(t.app->model()->rowCount() > 3);
    }
    void cleanup() { t.reset(); }

    void searchKeepsTheChosenExportOrClearsIt()
    {
        const QString a = t.addExport({}, QStringLiteral("peaka.query.\"alpha_orders\""));
        const QString b = t.addExport({}, QStringLiteral("peaka.query.\"beta_orders\""));
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(a) >= 0 && t.app->model()->rowOfId(b) >= 0);
        QVERIFY(t.select(a));
        QTRY_COMPARE(t.window->detailPane()->currentId(), a);

        // Still visible: still chosen, still in the pane.
        search(QStringLiteral("_orders"));
        QTRY_COMPARE(t.app->filterModel()->rowCount(), 2);
        QCOMPARE(currentId(), a);
        QCOMPARE(selectedIds(), QStringList{a});
        QCOMPARE(t.window->detailPane()->currentId(), a);

        // Filtered out: nothing selected, the pane is empty; never the other export.
        search(QStringLiteral("beta"));
        QTRY_COMPARE(t.app->filterModel()->rowCount(), 1);
        QVERIFY2(selectedIds().isEmpty(), qPrintable(selectedIds().join(',')));
        QVERIFY(currentId() != b);
        QCOMPARE(t.window->detailPane()->currentId(), QString());

        // Back: nothing is chosen behind the user's back.
        search(QString());
        QTRY_VERIFY(t.app->filterModel()->rowCount() > 2);
        QVERIFY(selectedIds().isEmpty());
        QCOMPARE(t.window->detailPane()->currentId(), QString());
    }

    void statusFilterKeepsTheChosenExport()
    {
        const QString a = t.addExport({}, QStringLiteral("peaka.query.\"gamma\""));
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(a) >= 0);
        QVERIFY(t.select(a));
        QTRY_COMPARE(t.window->detailPane()->currentId(), a);
        t.app->filterModel()->setStatuses({ExportStatus::Succeeded});
        QCOMPARE(currentId(), a);
        QCOMPARE(t.window->detailPane()->currentId(), a);
        t.app->filterModel()->setStatuses({ExportStatus::Failed});
        QVERIFY(selectedIds().isEmpty());
        QVERIFY(!t.table()->currentIndex().isValid());
        QCOMPARE(t.window->detailPane()->currentId(), QString());
    }

    void tabLeavesTheTableAndArrowsMoveRows()
    {
        QTableView *table = t.table();
        table->setFocus();
        QVERIFY(t.select(t.app->model()->jobAt(0).id));
        const QString first = currentId();
        QTRY_COMPARE(t.window->detailPane()->currentId(), first);
        QTRY_VERIFY(QApplication::focusWidget() == table);

        QTest::keyClick(table, Qt::Key_Down);
        const QString second = currentId();
        QVERIFY(second != first);
        QCOMPARE(selectedIds(), QStringList{second});
        QTRY_COMPARE(t.window->detailPane()->currentId(), second);

        QTest::keyClick(table, Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus != table);
        QVERIFY2(t.window->detailPane()->isAncestorOf(focus), qPrintable(focus->objectName() + QLatin1Char('/') + (focus->parentWidget() ? focus->parentWidget()->objectName() : QString())));
        QCOMPARE(currentId(), second);
        QCOMPARE(selectedIds(), QStringList{second});

        // Shift+Tab comes back to the table, on the same row.
        QTest::keyClick(focus, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(currentId(), second);
    }

    void enterOnARowMovesToItsFirstAction()
    {
        const QString id = t.addExport({demo::DemoFile{QStringLiteral("a.csv"), GuiTestWindow::content(2000)}});
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(id) >= 0);
        QTableView *table = t.table();
        table->setFocus();
        QVERIFY(t.select(id));
        QTRY_VERIFY(t.window->detailPane()->hasDetails() && t.window->detailPane()->currentId() == id);
        QTest::keyClick(table, Qt::Key_Return);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), QStringLiteral("downloadAllButton"));
        QCOMPARE(currentId(), id); // the row stays chosen
    }

    void menuKeyOpensTheRowMenu()
    {
        QTableView *table = t.table();
        table->setFocus();
        QVERIFY(t.select(t.app->model()->jobAt(1).id));
        QTest::keyClick(table, Qt::Key_Menu);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = t.window->findChild<QMenu *>(QStringLiteral("tableMenu"))) && menu->isVisible());
        const QRect row = table->visualRect(table->currentIndex());
        const QPoint at = table->viewport()->mapFromGlobal(menu->pos());
        QVERIFY2(qAbs(at.y() - row.center().y()) < row.height() * 2, "the menu opens at the current row");
        menu->close();
    }

    void escapeClearsTheSearch()
    {
        search(QStringLiteral("no such export anywhere"));
        QTRY_COMPARE(t.app->filterModel()->rowCount(), 0);
        auto *field = t.find<QLineEdit>("searchField");
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
        QTRY_COMPARE(t.app->filterModel()->searchText(), QString());
        QVERIFY(t.app->filterModel()->rowCount() > 0);
    }
};

QTEST_MAIN(TestSelectionKeyboard)
#include "tst_selection_keyboard.moc"
