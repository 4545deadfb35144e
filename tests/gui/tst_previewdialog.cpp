// SPDX-License-Identifier: GPL-3.0-or-later
// Previewing downloaded demo exports: from the Downloads panel and from the
// detail pane, with more rows on scroll, the type per column and a damaged file.
#include "democontent.h"
#include "downloadspanel.h"
#include "downloads/downloadtask.h"
#include "guitestwindow.h"
#include "previewdialog.h"
#include "previewtablemodel.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoFile;

class TestPreviewDialog : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t;

    DownloadManager *manager() const { return t.app->downloads()->manager(); }
    DownloadsPanel *panel() const { return t.app->downloads()->panel(); }

    // Adds an export with `files`, clicks its first file link and waits until it is downloaded.
    DownloadTask *download(const QList<DemoFile> &files, QString *exportId = nullptr)
    {
        const QString id = t.addExport(files);
        if (exportId)
            *exportId = id;
        t.window->refresh();
        [&] { QTRY_VERIFY(t.app->model()->rowOfId(id) >= 0); }();
        if (!t.select(id))
            return nullptr;
        [&] { QTRY_VERIFY(t.window->detailPane()->hasDetails() && t.window->detailPane()->currentId() == id); }();
        QLabel *link = t.fileLink(0);
        if (!link)
            return nullptr;
        const qsizetype before = manager()->tasks().size();
        Q_EMIT link->linkActivated(QStringLiteral("0"));
        [&] { QTRY_COMPARE(manager()->tasks().size(), before + 1); }();
        DownloadTask *task = manager()->tasks().constLast();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(task->state(), DownloadState::Done, 20000); }();
        return task;
    }

    PreviewDialog *openFromPanel(DownloadTask *task)
    {
        panel()->selectTask(task);
        QAction *preview = t.find<QAction>("actionPreviewDownload");
        if (!preview || !preview->isEnabled())
            return nullptr;
        preview->trigger();
        return panel()->findChild<PreviewDialog *>(QStringLiteral("previewDialog"));
    }

    static QString status(PreviewDialog *d)
    {
        return d->findChild<QLabel *>(QStringLiteral("previewStatusLabel"))->text();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(t.startServer());
        t.openWindow();
        QTRY_VERIFY(t.app->model()->rowCount() > 0);
    }
    void cleanup() { t.reset(); }

    void previewFromPanelShowsRowsTypesAndMoreOnScroll()
    {
        // A demo export as the server renders it: 2,500 rows of CSV, gzipped.
        const demo::DemoSource &source = demo::demoSources().constFirst();
        const QByteArray csv = demo::renderRows(source, {}, false, 0, 2500);
        DownloadTask *task = download({DemoFile{QStringLiteral("charges.csv.gz"), demo::gzipCompress(csv)}});
        QVERIFY(task);

        PreviewDialog *dialog = openFromPanel(task);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        PreviewTableModel *model = dialog->model();
        QTRY_COMPARE(model->rowCount(), PreviewDialog::batchRows);
        const QStringList names = demo::columnNames(source, true);
        QCOMPARE(model->columnCount(), names.size());
        for (int c = 0; c < names.size(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            QVERIFY2(header.startsWith(names[c] + QLatin1Char('\n')), qPrintable(header));
        }
        // Each demo column kind has a type the guess must find.
        for (int c = 0; c < source.columns.size(); ++c) {
            const auto kind = source.columns[c].kind;
            const ColumnType type = model->columnType(c);
            if (kind == demo::DemoColumn::Kind::Amount || kind == demo::DemoColumn::Kind::Count)
                QCOMPARE(type, ColumnType::Number);
            else if (kind == demo::DemoColumn::Kind::Timestamp || kind == demo::DemoColumn::Kind::Date)
                QCOMPARE(type, ColumnType::DateTime);
            else if (kind == demo::DemoColumn::Kind::Email || kind == demo::DemoColumn::Kind::Person)
                QCOMPARE(type, ColumnType::Text);
        }
        // The first row is the file's first data row.
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(model->index(0, 0).data(PreviewTableModel::ValueRole).toString(),
                 QString::fromUtf8(lines[1].split(',').first()).remove(QLatin1Char('"')));
        QVERIFY2(status(dialog).contains(QLatin1String("1,000 rows so far")), qPrintable(status(dialog)));
        QVERIFY(status(dialog).contains(QLatin1String("gzip")));

        // Scrolling to the end reads the next batches, until the whole file is shown.
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("previewTable"));
        QVERIFY(table);
        while (model->rowCount() < 2500) {
            const int before = model->rowCount();
            // Scrolled again on each try: the scroll range grows only after the view's layout.
            QTRY_VERIFY_WITH_TIMEOUT((table->scrollToBottom(), model->rowCount() > before), 10000);
        }
        QCOMPARE(model->rowCount(), 2500);
        QVERIFY(!model->canFetchMore({}));
        QTRY_VERIFY2(status(dialog).contains(QLatin1String("2,500 rows, the whole file")), qPrintable(status(dialog)));

        // Open File and Show in Folder go through the panel's opener.
        QList<QUrl> opened;
        panel()->setUrlOpener([&opened](const QUrl &u) { opened << u; return true; });
        dialog->findChild<QPushButton *>(QStringLiteral("previewOpenButton"))->click();
        dialog->findChild<QPushButton *>(QStringLiteral("previewShowInFolderButton"))->click();
        QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(task->finalPath()), QUrl::fromLocalFile(t.folder->path())}));

        // Without a program to open it, the dialog says so (the preview stays).
        panel()->setUrlOpener([](const QUrl &) { return false; });
        dialog->findChild<QPushButton *>(QStringLiteral("previewOpenButton"))->click();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("previewErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("No program")));
        dialog->close();
        QTRY_VERIFY(!panel()->findChild<PreviewDialog *>());
    }

    void previewFromDetailPane()
    {
        const QByteArray jsonl = demo::renderRows(demo::demoSources().constFirst(), {}, true, 0, 30);
        QString id;
        DownloadTask *task = download({DemoFile{QStringLiteral("rows.jsonl"), jsonl},
                                       DemoFile{QStringLiteral("rows-2.jsonl"), jsonl}}, &id);
        QVERIFY(task);
        auto *button = t.window->detailPane()->findChild<QPushButton *>(QStringLiteral("previewButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisibleTo(t.window));
        QVERIFY(!button->menu());   // one file downloaded so far
        button->click();
        auto *dialog = t.window->detailPane()->findChild<PreviewDialog *>(QStringLiteral("previewDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->path(), task->finalPath());
        QTRY_COMPARE(dialog->model()->rowCount(), 30);
        QTRY_VERIFY(status(dialog).contains(QLatin1String("30 rows, the whole file")));
        QVERIFY(status(dialog).contains(QLatin1String("JSONL")));
        dialog->close();

        // Another export shows no Preview; back on this one it is there again.
        const QString other = t.addExport({DemoFile{QStringLiteral("x.csv"), QByteArray("a\n1\n")}});
        t.window->refresh();
        QTRY_VERIFY(t.app->model()->rowOfId(other) >= 0);
        QVERIFY(t.select(other));
        QTRY_VERIFY(t.window->detailPane()->currentId() == other && t.window->detailPane()->hasDetails());
        QVERIFY(!button->isVisibleTo(t.window));
        QVERIFY(t.select(id));
        QTRY_VERIFY(t.window->detailPane()->currentId() == id && t.window->detailPane()->hasDetails());
        QTRY_VERIFY(button->isVisibleTo(t.window));
    }

    void damagedFileShowsTheSentenceAndRowsSoFar()
    {
        QByteArray csv("n\n");
        for (int i = 0; i < 60000; ++i)
            csv += QByteArray::number(i) + '\n';
        QByteArray packed = demo::gzipCompress(csv);
        packed.chop(packed.size() / 3);
        DownloadTask *task = download({DemoFile{QStringLiteral("cut.csv.gz"), packed}});
        QVERIFY(task);
        PreviewDialog *dialog = openFromPanel(task);
        QVERIFY(dialog);
        PreviewTableModel *model = dialog->model();
        QTRY_COMPARE(model->rowCount(), PreviewDialog::batchRows);
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("previewTable"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("previewErrorLabel"));
        while (!error->isVisible()) {
            const int before = model->rowCount();
            QTRY_VERIFY_WITH_TIMEOUT((table->scrollToBottom(), model->rowCount() > before || error->isVisible()), 10000);
        }
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("ends early")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QDir::toNativeSeparators(task->finalPath())));
        QVERIFY(model->rowCount() > 1000);
        QVERIFY(status(dialog).contains(QLatin1String("before the problem")));
    }
};

QTEST_MAIN(TestPreviewDialog)
#include "tst_previewdialog.moc"
