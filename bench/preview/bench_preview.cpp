// SPDX-License-Identifier: GPL-3.0-or-later
// bench_preview FILE [ROWS]: opens the real PreviewDialog (offscreen) on FILE and
// prints the time until the first ROWS rows (default 1000) are in its table,
// then the process's peak RSS. The reader runs on the thread pool as in the app.
#include "previewdialog.h"
#include "previewtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_preview FILE [ROWS]\n");
        return 1;
    }
    const QString path = args[1];
    const int rows = args.size() > 2 ? args[2].toInt() : peaka::gui::PreviewDialog::batchRows;
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    peaka::gui::PreviewDialog dialog(path, [](const QUrl &) { return true; });
    dialog.show();
    peaka::gui::PreviewTableModel *model = dialog.model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, [&] {
        if (model->rowCount() >= qMin(rows, int(peaka::gui::PreviewDialog::batchRows))) {
            out << "rows " << model->rowCount() << " shown after " << timer.elapsed() << " ms\n";
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        }
    });
    QTimer::singleShot(60000, &app, [&] {
        out << "timed out with " << model->rowCount() << " rows\n";
        QCoreApplication::exit(2);
    });
    const int rc = QApplication::exec();
    out << "peak RSS " << peakRssKiB() / 1024 << " MiB\n";
    return rc;
}
