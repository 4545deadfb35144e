// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane of the real window: a Cancel button for running exports that
// asks the toolbar's question and sends its request; the source by the name the
// API gives (ids kept, id alone when it is not listed), also for Open by ID;
// and rows that keep their height (the pane scrolls) with the Downloads panel open.
#include "askonce.h"
#include "cancelexportaction.h"
#include "guitestwindow.h"

#include <QAction>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>

using namespace peaka;
using namespace peaka::gui;
using peaka::demo::DemoExport;

class TestDetailPane : public QObject
{
    Q_OBJECT

    test::GuiTestWindow t;

    QString firstWith(const QString &status, bool queryExport) const
    {
        for (const DemoExport &e : t.server->exports(t.server->projectId()))
            if (e.status == status && queryExport == !e.queryId.isEmpty())
                return e.id;
        return {};
    }
    void select(const QString &id)
    {
        QVERIFY2(t.select(id), qPrintable(id));
        QTRY_COMPARE(t.window->detailPane()->currentId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(t.window->detailPane()->hasDetails(), 10000);
    }
    QLabel *label(const char *name) const { return t.find<QLabel>(name); }
    // The visible parts of the pane that stick out of it or cannot shrink to it.
    static QString wideParts(QScrollArea *scroll, int paneWidth)
    {
        QStringList wide;
        for (QWidget *w : scroll->widget()->findChildren<QWidget *>()) {
            if (w->isVisible()
                && (w->mapTo(scroll->widget(), QPoint(w->width(), 0)).x() > scroll->viewport()->width()
                    || w->minimumSizeHint().width() > paneWidth))
                wide << QStringLiteral("%1 (%2 px, at least %3)").arg(w->objectName()).arg(w->width()).arg(w->minimumSizeHint().width());
        }
        return wide.isEmpty() ? QString()
                              : QStringLiteral("at %1 px: %2").arg(paneWidth).arg(wide.join(QLatin1String(", ")));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(t.startServer(), qPrintable(t.server->errorString()));
        t.server->scenario().runningMs = 600000; // running exports stay running
        t.openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(t.app->model()->rowCount() > 10, 15000);
    }
    void cleanup() { t.reset(); }

    void cancelButtonAsksTheToolbarQuestion()
    {
        const QString id = firstWith(QStringLiteral("RUNNING"), false);
        QVERIFY(!id.isEmpty());
        select(id);
        auto *button = t.find<QPushButton>("cancelExportButton");
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QVERIFY(!t.find<QPushButton>("runAgainButton")->isVisible());
        t.server->clearRequests();
        QTest::mouseClick(button, Qt::LeftButton);
        // The same confirmation as the toolbar's, naming the export.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = t.window->findChild<QMessageBox *>(QStringLiteral("cancelExportQuestion"))) && box->isVisible());
        const ExportJob job = t.window->detailPane()->job();
        QVERIFY2(box->text().contains(job.displaySource()), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(id), qPrintable(box->informativeText()));
        for (const auto &r : t.server->requests())
            QVERIFY2(r.method != "DELETE", "nothing is sent before the answer");
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelExportConfirm")), Qt::LeftButton);
        QTRY_COMPARE(t.server->exportById(id).status, QStringLiteral("CANCELLED"));
        int deletes = 0;
        for (const auto &r : t.server->requests())
            deletes += r.method == "DELETE" && r.url.path().endsWith(id);
        QCOMPARE(deletes, 1);
        QTRY_COMPARE_WITH_TIMEOUT(t.window->detailPane()->job().status.code(), ExportStatus::Cancelled, 10000);
        QTRY_VERIFY(!button->isVisible());
    }

    void cancelButtonOnlyForRunningExports()
    {
        const QString done = firstWith(QStringLiteral("SUCCEEDED"), true);
        select(done);
        QVERIFY(!t.find<QPushButton>("cancelExportButton")->isVisible());
        const QString pending = firstWith(QStringLiteral("PENDING"), true);
        if (!pending.isEmpty()) {
            select(pending);
            QVERIFY(t.find<QPushButton>("cancelExportButton")->isVisible());
        }
        // "No" sends nothing.
        const QString running = firstWith(QStringLiteral("RUNNING"), false);
        select(running);
        t.app->cancelExport()->setConfirmer(AskOnce::fixed<ExportJob, bool>(false));
        t.server->clearRequests();
        QTest::mouseClick(t.find<QPushButton>("cancelExportButton"), Qt::LeftButton);
        QTest::qWait(200);
        for (const auto &r : t.server->requests())
            QVERIFY(r.method != "DELETE");
    }

    void queryExportIsNamed()
    {
        const QString id = firstWith(QStringLiteral("SUCCEEDED"), true);
        select(id);
        const ExportJob job = t.window->detailPane()->job();
        // The saved query's display name, from List Queries; the id keeps its row.
        QTRY_VERIFY_WITH_TIMEOUT(!t.window->detailPane()->sourceName().isEmpty(), 10000);
        const QString name = t.window->detailPane()->sourceName();
        QVERIFY2(name != job.queryId && !name.contains(QLatin1Char('"')), qPrintable(name));
        QCOMPARE(label("sourceValue")->text(), name);
        QCOMPARE(label("titleLabel")->text(), name);
        QVERIFY(label("sourceValue")->toolTip().contains(job.queryId));
        QCOMPARE(label("queryIdValue")->text(), job.queryId);
        QVERIFY(label("queryIdValue")->isVisible());
    }

    void tableExportIsNamed()
    {
        QString id;
        for (const DemoExport &e : t.server->exports(t.server->projectId()))
            if (e.catalogId == QLatin1String("367189801096446904") && e.status == QLatin1String("SUCCEEDED"))
                id = e.id;
        QVERIFY(!id.isEmpty());
        select(id);
        const ExportJob job = t.window->detailPane()->job();
        const QString expected = QStringLiteral("Stripe \u203a %1 \u203a %2").arg(job.schemaName, job.tableName);
        QTRY_COMPARE(label("sourceValue")->text(), expected);
        QVERIFY(label("tableValue")->text().startsWith(job.catalogId));
    }

    void unlistedSourceShowsTheIdAlone()
    {
        demo::DemoExport e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.projectId = t.server->projectId();
        e.status = QStringLiteral("FAILED");
        e.createdAt = t.server->now();
        e.queryId = QStringLiteral("1234567890"); // no saved query has it
        e.ownerKey = t.server->partnerKey().key;
        t.server->addExport(e);
        const QString id = e.id;
        t.window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(t.app->model()->rowOfId(id) >= 0, 10000);
        t.server->clearRequests();
        select(id);
        // The lookup is made and finds nothing: the id alone, no error.
        QTRY_VERIFY(std::any_of(t.server->requests().cbegin(), t.server->requests().cend(), [](const auto &r) {
            return r.url.path().endsWith(QLatin1String("/queries"));
        }) || t.window->detailPane()->sourceName().isEmpty());
        QTest::qWait(300);
        QCOMPARE(label("sourceValue")->text(), QStringLiteral("1234567890"));
        QCOMPARE(label("titleLabel")->text(), QStringLiteral("1234567890"));
        QVERIFY(label("sourceValue")->toolTip().isEmpty());
        QVERIFY(!label("loadingLabel")->isVisible());
    }

    void openByIdNamesTheSource()
    {
        const QString id = firstWith(QStringLiteral("FAILED"), true);
        t.window->openExportById(id);
        QTRY_VERIFY_WITH_TIMEOUT(t.window->detailPane()->hasDetails(), 10000);
        const ExportJob job = t.window->detailPane()->job();
        QCOMPARE(job.id, id);
        QTRY_VERIFY_WITH_TIMEOUT(!t.window->detailPane()->sourceName().isEmpty(), 10000);
        QCOMPARE(label("sourceValue")->text(), t.window->detailPane()->sourceName());
    }

    // Issue 13 item 10: with the Downloads panel open the rows keep their
    // height and the pane scrolls.
    void rowsKeepTheirHeightWithTheDownloadsPanel_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("succeeded") << QStringLiteral("SUCCEEDED");
        QTest::newRow("failed") << QStringLiteral("FAILED");
    }
    void rowsKeepTheirHeightWithTheDownloadsPanel()
    {
        t.window->resize(1280, 800);
        t.app->downloads()->panel()->show();
        QTRY_VERIFY(t.app->downloads()->panel()->isVisible());
        t.window->resizeDocks({t.app->downloads()->panel()}, {640}, Qt::Vertical);
        QFETCH(QString, status);
        const QString id = firstWith(status, true);
        select(id);
        auto *scroll = t.find<QScrollArea>("detailsPage");
        for (const QSize size : {QSize(1280, 800), QSize(1000, 620), QSize(900, 560)}) {
            t.window->resize(size);
            QTest::qWait(100);
            QWidget *content = scroll->widget();
            auto *form = content->findChild<QFormLayout *>(QStringLiteral("form"));
            QVERIFY(form);
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
                auto *value = field ? qobject_cast<QLabel *>(field->widget()) : nullptr;
                if (!value || !value->isVisible() || value->text().isEmpty())
                    continue;
                const int need = value->wordWrap() ? value->heightForWidth(value->width()) : value->sizeHint().height();
                QVERIFY2(value->height() >= need,
                         qPrintable(QStringLiteral("%1 at %2x%3: %4 px, needs %5").arg(value->objectName())
                                        .arg(size.width()).arg(size.height()).arg(value->height()).arg(need)));
            }
            if (content->height() > scroll->viewport()->height())
                QVERIFY(scroll->verticalScrollBar()->isVisible());
        }
    }

    // At the pane's narrowest (320 px, MainWindow's minimum) every kind of
    // export fits: labels wrap, buttons and the file list shrink; the pane
    // scrolls up and down, never sideways.
    void narrowPaneNeedsNoHorizontalScrollBar_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("query");
        QTest::newRow("succeeded query") << QStringLiteral("SUCCEEDED") << true;
        QTest::newRow("succeeded table") << QStringLiteral("SUCCEEDED") << false;
        QTest::newRow("failed") << QStringLiteral("FAILED") << true;
        QTest::newRow("running") << QStringLiteral("RUNNING") << false;
        QTest::newRow("expired") << QStringLiteral("EXPIRED") << true;
    }
    void narrowPaneNeedsNoHorizontalScrollBar()
    {
        QFETCH(QString, status);
        QFETCH(bool, query);
        QString id = firstWith(status, query);
        if (id.isEmpty())
            id = firstWith(status, !query);
        QVERIFY2(!id.isEmpty(), qPrintable(status));
        t.window->resize(1000, 700);
        auto *splitter = t.find<QSplitter>("splitter");
        QVERIFY(splitter);
        ExportDetailPane *pane = t.window->detailPane();
        select(id);
        for (const int width : {445, 380, 320}) {
            splitter->setSizes({splitter->width() - width - splitter->handleWidth(), width});
            QTRY_COMPARE(pane->width(), width);
            auto *scroll = t.find<QScrollArea>("detailsPage");
            // Scroll bars follow the layout a moment later: wait for them.
            QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(wideParts(scroll, width)));
            QVERIFY2(wideParts(scroll, width).isEmpty(), qPrintable(wideParts(scroll, width)));
        }
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
