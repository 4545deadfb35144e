// SPDX-License-Identifier: GPL-3.0-or-later
// Deferred icons: made once, on first use, and then the same as the icon they
// stand for. Under the app's style (deferToolBarExtensionIcons, as main.cpp
// installs it) the toolbar's extension button has its icon made only when the
// bar overflows and the button is drawn: the start-up window makes none. The
// window icon comes in the first pass of the event loop.
#include "guitestwindow.h"
#include "lazyicons.h"
#include "statusicons.h"

#include <QApplication>
#include <QMainWindow>
#include <QPixmap>
#include <QProxyStyle>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace peaka;
using namespace peaka::gui;
using peaka::test::GuiTestWindow;

namespace {

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16), 1.0).toImage();
}

QIcon baseExtensionIcon(QStyle::StandardPixmap which)
{
    auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    return proxy ? proxy->baseStyle()->standardIcon(which) : QIcon();
}

QToolButton *extensionButton(QToolBar *bar)
{
    return bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
}

} // namespace

class TestLazyIcons : public QObject
{
    Q_OBJECT
    GuiTestWindow t;

private Q_SLOTS:
    void initTestCase()
    {
        deferToolBarExtensionIcons();
        QVERIFY(qobject_cast<QProxyStyle *>(QApplication::style()));
    }

    void cleanup() { t.reset(); }

    void windowIconComesInTheFirstPassOfTheEventLoop()
    {
        QApplication::setWindowIcon(QIcon());
        initResources();
        setWindowIconSoon({QStringLiteral(":/no/such.svg"), QStringLiteral(":/icons/com.peaka.Exports.svg")});
        QWidget window;
        window.show();
        QVERIFY(window.windowIcon().isNull()); // not while the window is created
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(QSize(64, 64)).isNull());
        QCOMPARE(QApplication::windowIcon().cacheKey(), window.windowIcon().cacheKey());
    }

    void deferredIconIsMadeOnceOnFirstUse()
    {
        QPixmap red(16, 16);
        red.fill(Qt::red);
        int makes = 0;
        const int before = deferredIconsMade();
        const QIcon icon = deferredIcon([&makes, red] {
            ++makes;
            return QIcon(red);
        });
        QIcon copy = icon; // copies share the icon made
        QVERIFY(!icon.isNull()); // a button lays out with it as with the real one
        QCOMPARE(makes, 0);
        QCOMPARE(imageOf(copy), red.toImage());
        QCOMPARE(makes, 1);
        QCOMPARE(imageOf(icon), red.toImage());
        QCOMPARE(icon.actualSize(QSize(32, 32)), QSize(16, 16));
        QCOMPARE(icon.availableSizes(), QList<QSize>({QSize(16, 16)}));
        copy.addPixmap(red); // a detached copy still uses what was made
        QCOMPARE(makes, 1);
        QCOMPARE(deferredIconsMade(), before + 1);
    }

    void startUpWindowMakesNoExtensionIcon()
    {
        // The window of a first start (the welcome page) at its 1280 px width
        // (the offscreen screen is smaller than a desktop's).
        QVERIFY(t.startServer());
        MainWindowAssembly app;
        app.notifier()->setSystemTrayEnabled(false);
        app.window()->resize(1280, 800);
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        auto *bar = app.window()->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QToolButton *extension = extensionButton(bar);
        QVERIFY(extension);
        QVERIFY(!extension->isVisible()); // everything fits
        app.window()->grab();             // the whole first frame is drawn
        QVERIFY(!extension->icon().isNull());
        // Deferred, not missing: made only now that it is asked for (the first
        // frame did not), and the style's own.
        const int before = deferredIconsMade();
        QCOMPARE(imageOf(extension->icon()), imageOf(baseExtensionIcon(QStyle::SP_ToolBarHorizontalExtensionButton)));
        QCOMPARE(deferredIconsMade(), before + 1);
    }

    void overflowingBarShowsTheStylesExtensionIcon()
    {
        const int before = deferredIconsMade();
        QMainWindow window;
        auto *bar = window.addToolBar(QStringLiteral("bar"));
        for (int i = 0; i < 30; ++i)
            bar->addAction(QStringLiteral("Command %1").arg(i));
        QCOMPARE(deferredIconsMade(), before); // not while the bar is built
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton *extension = extensionButton(bar);
        QVERIFY(extension);
        QTRY_VERIFY(extension->isVisible());
        extension->grab(); // drawn as the user sees it
        QVERIFY(deferredIconsMade() > before);
        const QImage expected = imageOf(baseExtensionIcon(QStyle::SP_ToolBarHorizontalExtensionButton));
        QVERIFY(!expected.isNull());
        QCOMPARE(imageOf(extension->icon()), expected);
    }

    void verticalBarGetsTheVerticalIcon()
    {
        QMainWindow window;
        auto *bar = new QToolBar(&window);
        window.addToolBar(Qt::LeftToolBarArea, bar);
        for (int i = 0; i < 30; ++i)
            bar->addAction(QStringLiteral("Command %1").arg(i));
        window.resize(400, 150);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton *extension = extensionButton(bar);
        QTRY_VERIFY(extension->isVisible());
        QCOMPARE(imageOf(extension->icon()),
                 imageOf(baseExtensionIcon(QStyle::SP_ToolBarVerticalExtensionButton)));
    }
};

QTEST_MAIN(TestLazyIcons)
#include "tst_lazyicons.moc"
