// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for the start-up bench: the least a Qt Widgets app with a
// table can do before its window is mapped (an application, a main window
// with an empty QTableView, show, exec).
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableView(&window);
    auto *model = new QStandardItemModel(0, 11, table);
    table->setModel(model);
    window.setCentralWidget(table);
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
