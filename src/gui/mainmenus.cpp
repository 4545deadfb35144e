// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainmenus.h"

#include "aboutbox.h"
#include "languagemenu.h"

#include "exporttoolbar.h"
#include "statusicons.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

namespace peaka::gui {
namespace {

// Inserted before `before` (menus the window may have added itself stay last).
QMenu *addMenu(QMainWindow *window, QAction *before, const char *name, const QString &title)
{
    auto *menu = new QMenu(title, window->menuBar());
    window->menuBar()->insertMenu(before, menu);
    menu->setObjectName(QLatin1String(name));
    menu->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    return menu;
}

void nameButton(QToolBar *bar, QAction *action)
{
    if (QWidget *w = bar->widgetForAction(action)) {
        w->setObjectName(action->objectName() + QStringLiteral("Button"));
        w->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
}

} // namespace

void MainMenus::install(QMainWindow *window, const Commands &commands)
{
    const auto action = [window](const char *name) { return window->findChild<QAction *>(QLatin1String(name)); };
    QAction *newExport = commands.newExport;
    QAction *runAgain = commands.runAgain;
    QAction *downloads = commands.showDownloads;
    QAction *before = window->menuBar()->actions().value(0);
    window->menuBar()->setObjectName(QStringLiteral("menuBar"));
    window->menuBar()->setAccessibleName(tr("Menu bar"));

    QMenu *file = addMenu(window, before, "menuFile", tr("&File"));
    file->addAction(newExport);
    file->addAction(runAgain);
    if (commands.cancelExport)
        file->addAction(commands.cancelExport);
    if (commands.downloadFiles)
        file->addAction(commands.downloadFiles);
    file->addSeparator();
    if (QAction *a = action("actionOpenById"))
        file->addAction(a);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = addMenu(window, before, "menuEdit", tr("&Edit"));
    for (const char *name : {"actionCopyId", "actionFind"}) {
        if (QAction *a = action(name))
            edit->addAction(a);
    }

    QMenu *view = addMenu(window, before, "menuView", tr("&View"));
    if (QAction *a = action("actionRefresh"))
        view->addAction(a);
    if (QAction *a = action("actionMine"))
        view->addAction(a);
    if (commands.clearCache)
        view->addAction(commands.clearCache);
    view->addSeparator();
    view->addAction(downloads);
    view->addSeparator();
    view->addMenu(new LanguageMenu(window));

    QMenu *connection = addMenu(window, before, "connectionMenu", tr("&Connection", "menu"));
    for (const char *name : {"actionAddConnection", "actionManageConnections"}) {
        if (QAction *a = action(name))
            connection->addAction(a);
    }

    QMenu *help = addMenu(window, before, "menuHelp", tr("&Help"));
    QAction *about = help->addAction(tr("&About Peaka Exports"), window, [window] { AboutBox::open(window); });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    auto *bar = window->findChild<ExportToolBar *>(QStringLiteral("mainToolBar"));
    if (!bar)
        return;
    bar->setConnectionMenu(connection);
    QAction *refresh = action("actionRefresh");
    bar->insertAction(refresh, newExport);
    bar->insertAction(refresh, runAgain);
    if (commands.cancelExport) {
        bar->insertAction(refresh, commands.cancelExport);
        nameButton(bar, commands.cancelExport);
    }
    bar->insertSeparator(refresh);
    downloads->setIcon(uiIcon("download"));
    bar->addAction(downloads);
    for (QAction *a : {newExport, runAgain, downloads})
        nameButton(bar, a);
    // The bar is full at 1280 px: the less used commands show their icon only.
    for (QAction *a : {runAgain, commands.cancelExport, downloads}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

} // namespace peaka::gui
