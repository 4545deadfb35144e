// SPDX-License-Identifier: GPL-3.0-or-later
// Narrow windows and long translations: Ctrl+F always reaches the search (it
// is never in the toolbar's overflow), the toolbar's commands fit (with their
// text at 1280 px, as icons at 800 px) in German and Turkish, and the window
// has a minimum size at which the Downloads panel stays clear of the status bar.
#include "guitestwindow.h"
#include "common/translations.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace peaka;
using namespace peaka::gui;
using peaka::test::GuiTestWindow;

class TestNarrowWindow : public QObject
{
    Q_OBJECT
    GuiTestWindow t;

    void open(const QString &lang, const QSize &size)
    {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), lang), lang);
        QVERIFY(t.startServer());
        t.openWindow();
        t.window->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(t.window));
        QTRY_VERIFY(t.app->model()->rowCount() > 3);
    }

private Q_SLOTS:
    void cleanup()
    {
        t.reset();
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void ctrlFReachesTheSearch_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        for (const char *lang : {"en", "de", "tr"}) {
            QTest::addRow("%s 1280", lang) << QString::fromLatin1(lang) << QSize(1280, 800);
            QTest::addRow("%s 800", lang) << QString::fromLatin1(lang) << QSize(800, 600);
            QTest::addRow("%s minimum", lang) << QString::fromLatin1(lang) << QSize(100, 100);
        }
    }

    void ctrlFReachesTheSearch()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        open(lang, size);
        t.table()->setFocus();
        QTRY_VERIFY(t.table()->hasFocus());
        auto *field = t.find<QLineEdit>("searchField");
        QVERIFY(field->isVisible());
        QTest::keyClick(t.window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        // What is typed goes to the search, not to the table's type-ahead.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("zz"));
        QCOMPARE(field->text(), QStringLiteral("zz"));
    }

    void toolbarCommandsFit_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        for (const char *lang : {"en", "de", "tr"}) {
            QTest::addRow("%s 1280", lang) << QString::fromLatin1(lang) << QSize(1280, 800);
            QTest::addRow("%s 800", lang) << QString::fromLatin1(lang) << QSize(800, 600);
        }
    }

    void toolbarCommandsFit()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        open(lang, size);
        auto *bar = t.find<QToolBar>("mainToolBar");
        for (const char *name : {"actionNewExport", "actionRefresh", "actionOpenById", "actionShowDownloads"}) {
            QAction *action = t.action(name);
            QVERIFY(action);
            QWidget *button = bar->widgetForAction(action);
            QTRY_VERIFY2(button && button->isVisible(), name); // not in the overflow menu
            QVERIFY2(button->geometry().right() <= bar->width(), name);
        }
        // At 1280 px the main commands keep their text (they show icons only when it does not
        // fit), the commands on the selected export show their icon; none is text among icons.
        const bool wide = size.width() >= 1280;
        for (const char *name : {"actionNewExport", "actionRunAgain", "actionCancelExport", "actionRefresh"}) {
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(t.action(name)));
            QVERIFY2(button, name);
            QVERIFY2(!button->icon().isNull(), name);
            const bool mainCommand = qstrcmp(name, "actionNewExport") == 0 || qstrcmp(name, "actionRefresh") == 0;
            QCOMPARE(button->toolButtonStyle(), wide && mainCommand ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        }
    }

    void minimumSizeKeepsThePanelClearOfTheStatusBar()
    {
        open(QStringLiteral("de"), QSize(100, 100));
        const QSize min = t.window->size();
        QVERIFY2(min.width() >= 700 && min.height() >= 480,
                 qPrintable(QStringLiteral("%1×%2").arg(min.width()).arg(min.height())));
        t.action("actionShowDownloads")->trigger();
        auto *dock = t.find<QDockWidget>("downloadsDock");
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY(dock->geometry().bottom() < t.window->statusBar()->geometry().top());
        auto *options = t.find<QWidget>("downloadOptions");
        QVERIFY(options);
        if (options->isVisible()) {
            const QRect box(options->mapTo(t.window, QPoint(0, 0)), options->size());
            QVERIFY(box.bottom() < t.window->statusBar()->geometry().top());
        }
        // The table keeps rows to show.
        QVERIFY(t.table()->viewport()->height() >= 3 * t.table()->verticalHeader()->defaultSectionSize());
    }
};

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
