// SPDX-License-Identifier: GPL-3.0-or-later
// The New Export source browser against the demo server: its models under
// QAbstractItemModelTester, and the dialog driven by objectName — pick a
// saved query from a folder, pick a table and two of its columns, create, and
// check what the server received.
#include "catalogtreemodel.h"
#include "columnchoicemodel.h"
#include "connections/connectionregistry.h"
#include "demoserver.h"
#include "namedchild.h"
#include "newexportdialog.h"
#include "savedquerymodel.h"
#include "sourcebrowser.h"
#include "api/peakaclient.h"
#include "sources/sourcesession.h"

#include <QApplication>
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace peaka;
using namespace peaka::gui;
using peaka::test::child;
using peaka::demo::DemoServer;
using peaka::demo::RecordedRequest;

namespace {

// The row under `parent` whose display text in column 0 is `text`.
QModelIndex rowNamed(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data().toString() == text)
            return i;
    }
    return {};
}

SavedQuery query(const char *id, const char *display, const char *path, bool materialized = false)
{
    SavedQuery q;
    q.id = QString::fromUtf8(id);
    q.name = q.id + QStringLiteral("_sql");
    q.displayName = QString::fromUtf8(display);
    q.path = path ? QString::fromUtf8(path) : QString();
    q.queryType = materialized ? QStringLiteral("MATERIALIZED") : QStringLiteral("PLAIN");
    return q;
}

} // namespace

class TestSourceBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void savedQueryModelTree();
    void catalogModelLoadsLazily();
    void columnChoiceModel();
    void pickSavedQueryFromFolderAndCreate();
    void pickTableAndTwoColumnsAndCreate();
    void pickByKeyboardFromTheFilter();
    void filterAsksSearchForUnloadedTables();
    void hundredsOfTablesLoadInOneInsert();

private:
    NewExportDialog *makeDialog();
    QList<RecordedRequest> posts() const;

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ConnectionRegistry> m_registry;
    PeakaClient *m_client = nullptr;
    std::unique_ptr<NewExportDialog> m_dialog;
};

void TestSourceBrowser::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_registry = std::make_unique<ConnectionRegistry>();
    const ConnectionKey key = ConnectionKey::demo(m_server->projectId());
    QVERIFY(m_registry->open(key.profileId, m_server->baseUrl(), m_server->partnerKey().key));
    m_client = m_registry->client(key);
    m_server->clearRequests();
}

void TestSourceBrowser::cleanup()
{
    m_dialog.reset();
    m_client = nullptr;
    m_registry.reset();
    m_server.reset();
}

NewExportDialog *TestSourceBrowser::makeDialog()
{
    m_dialog = std::make_unique<NewExportDialog>(m_client, m_server->projectId());
    m_dialog->resize(900, 800);
    m_dialog->show();
    return m_dialog.get();
}

QList<RecordedRequest> TestSourceBrowser::posts() const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_server->requests())
        if (r.method == "POST" && r.url.path().endsWith(QLatin1String("/exports")))
            out << r;
    return out;
}

void TestSourceBrowser::savedQueryModelTree()
{
    SavedQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQueries({query("1", "Loose", nullptr), query("2", "Monthly", "/reports/monthly", true),
                      query("3", "EU", "/reports/eu"), query("4", "Charges", "/finance")},
                     {QStringLiteral("/archive")});
    // Folders first (archive, reports, finance in first-seen order), then the query in no folder.
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.index(0, 0).data(SavedQueryModel::IsFolderRole).toBool());
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Loose"));
    const QModelIndex reports = rowNamed(&model, QStringLiteral("reports"));
    QCOMPARE(model.rowCount(reports), 2);
    const QModelIndex monthly = model.index(0, 0, rowNamed(&model, QStringLiteral("monthly"), reports));
    QCOMPARE(monthly.data(SavedQueryModel::QueryIdRole).toString(), QStringLiteral("2"));
    QCOMPARE(monthly.siblingAtColumn(SavedQueryModel::SqlNameColumn).data().toString(), QStringLiteral("2_sql"));
    QCOMPARE(monthly.siblingAtColumn(SavedQueryModel::IdColumn).data().toString(), QStringLiteral("2"));
    QVERIFY(!monthly.siblingAtColumn(SavedQueryModel::TypeColumn).data().toString().isEmpty());
    QCOMPARE(model.rowCount(rowNamed(&model, QStringLiteral("archive"))), 0);
    QCOMPARE(model.indexOfQuery(QStringLiteral("3")).parent().data().toString(), QStringLiteral("eu"));
    model.setQueries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSourceBrowser::catalogModelLoadsLazily()
{
    SourceSession session(m_client);
    CatalogTreeModel model(&session, m_server->projectId());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 6, 15000);
    // The two catalogs named peaka are told apart by their type.
    QVERIFY(rowNamed(&model, QStringLiteral("peaka (internal)")).isValid());
    QVERIFY(rowNamed(&model, QStringLiteral("peaka (query)")).isValid());
    QVERIFY(rowNamed(&model, QStringLiteral("postgres")).isValid()); // no display name: its name
    const QModelIndex stripe = rowNamed(&model, QStringLiteral("Stripe"));
    QVERIFY(model.hasChildren(stripe));
    model.fetchMore(stripe); // (the tester may have asked already: fetching twice is a no-op)
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(stripe) == 1, 15000);
    const QModelIndex pub = model.index(0, 0, stripe);
    model.fetchMore(pub);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(pub) >= 4, 15000);
    const QModelIndex dynamic = rowNamed(&model, QStringLiteral("balance_transactions"), pub);
    QVERIFY(dynamic.data(CatalogTreeModel::IsDynamicRole).toBool());
    QVERIFY(!dynamic.siblingAtColumn(CatalogTreeModel::DetailColumn).data().toString().isEmpty());
    QVERIFY(!model.hasChildren(dynamic));
    QCOMPARE(model.tableAt(dynamic)->catalogId, QStringLiteral("367189801096446904"));
}

void TestSourceBrowser::columnChoiceModel()
{
    ColumnChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Column> cols;
    for (const char *n : {"_q_from", "id", "amount", "_cache_at", "currency"}) {
        Column c;
        c.name = QString::fromLatin1(n);
        c.dataType = QStringLiteral("varchar");
        cols << c;
    }
    QSignalSpy changed(&model, &ColumnChoiceModel::choiceChanged);
    model.setColumns(cols);
    QCOMPARE(model.rowCount(), 3); // plumbing is not offered
    QCOMPARE(model.parameters(), QStringList{QStringLiteral("_q_from")});
    QVERIFY(model.allChecked());
    model.checkAll(false);
    QVERIFY(model.checkedNames().isEmpty());
    QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("amount")});
    model.invert();
    QCOMPARE(model.checkedNames(), (QStringList{QStringLiteral("id"), QStringLiteral("currency")}));
    QVERIFY(changed.count() >= 4);
}

void TestSourceBrowser::pickSavedQueryFromFolderAndCreate()
{
    NewExportDialog *d = makeDialog();
    auto *tree = child<QTreeView>(d, "queryTree");
    QAbstractItemModel *model = tree->model();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("reports")).isValid(), 15000);
    const QModelIndex reports = rowNamed(model, QStringLiteral("reports"));
    tree->expand(reports);
    const QModelIndex eu = rowNamed(model, QStringLiteral("eu"), reports);
    tree->expand(eu);
    const QModelIndex q = rowNamed(model, QStringLiteral("Monthly revenue"), eu);
    QVERIFY(q.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(q).center());
    QCOMPARE(child<QLineEdit>(d, "queryIdEdit")->text(), QStringLiteral("709922802836177356"));
    QVERIFY(child<QRadioButton>(d, "queryRadio")->isChecked());

    QSignalSpy created(d, &NewExportDialog::exportCreated);
    QTest::mouseClick(child<QPushButton>(d, "createButton"), Qt::LeftButton);
    QVERIFY(created.wait(15000));
    const QList<RecordedRequest> sent = posts();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].url.path(), QStringLiteral("/api/v1/data/projects/%1/queries/709922802836177356/exports")
                                     .arg(m_server->projectId()));
}

void TestSourceBrowser::pickByKeyboardFromTheFilter()
{
    // The dialog opens with the cursor in the filter; type, Down, Enter: created.
    NewExportDialog *d = makeDialog();
    auto *filter = child<QLineEdit>(d, "queryFilterEdit");
    auto *tree = child<QTreeView>(d, "queryTree");
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(tree->model(), QStringLiteral("reports")).isValid(), 15000);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("top 100"));
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Top 100 customers")); // not its folder
    QCOMPARE(child<QLineEdit>(d, "queryIdEdit")->text(), QStringLiteral("709922802836177388"));
    QSignalSpy created(d, &NewExportDialog::exportCreated);
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(created.wait(15000));
    QCOMPARE(posts().size(), 1);
}

void TestSourceBrowser::pickTableAndTwoColumnsAndCreate()
{
    NewExportDialog *d = makeDialog();
    child<QTabWidget>(d, "sourceTabs")->setCurrentWidget(child<QWidget>(d, "tablesTab"));
    auto *tree = child<QTreeView>(d, "tableTree");
    QAbstractItemModel *model = tree->model();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Stripe")).isValid(), 15000);
    const QModelIndex stripe = rowNamed(model, QStringLiteral("Stripe"));
    tree->expand(stripe);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("public"), stripe).isValid(), 15000);
    const QModelIndex pub = rowNamed(model, QStringLiteral("public"), stripe);
    tree->expand(pub);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("invoices"), pub).isValid(), 15000);
    const QModelIndex invoices = rowNamed(model, QStringLiteral("invoices"), pub);
    tree->scrollTo(invoices);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(invoices).center());
    QVERIFY(child<QRadioButton>(d, "tableRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(d, "catalogIdEdit")->text(), QStringLiteral("367189801096446904"));
    QCOMPARE(child<QLineEdit>(d, "schemaEdit")->text(), QStringLiteral("public"));
    QCOMPARE(child<QLineEdit>(d, "tableEdit")->text(), QStringLiteral("invoices"));

    auto *list = child<QListView>(d, "columnList");
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() == 8, 15000);
    QTest::mouseClick(child<QPushButton>(d, "noColumnsButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(d, "columnNoteLabel")->isVisible()); // "check at least one"
    for (const QString &name : {QStringLiteral("invoice_id"), QStringLiteral("amount_due")}) {
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            const QModelIndex i = list->model()->index(r, 0);
            if (i.data(ColumnChoiceModel::NameRole).toString() == name)
                list->model()->setData(i, Qt::Checked, Qt::CheckStateRole);
        }
    }
    QCOMPARE(child<QLineEdit>(d, "columnsEdit")->text(), QStringLiteral("invoice_id, amount_due"));

    QSignalSpy created(d, &NewExportDialog::exportCreated);
    QTest::mouseClick(child<QPushButton>(d, "createButton"), Qt::LeftButton);
    QVERIFY(created.wait(15000));
    const QList<RecordedRequest> sent = posts();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].url.path(), QStringLiteral("/api/v1/data/projects/%1/catalogs/367189801096446904/schemas/public/"
                                                "tables/invoices/exports")
                                     .arg(m_server->projectId()));
    const QJsonObject body = QJsonDocument::fromJson(sent[0].body).object();
    QCOMPARE(body.value(QLatin1String("columns")).toArray(),
             (QJsonArray{QStringLiteral("invoice_id"), QStringLiteral("amount_due")}));
}

void TestSourceBrowser::filterAsksSearchForUnloadedTables()
{
    NewExportDialog *d = makeDialog();
    child<QTabWidget>(d, "sourceTabs")->setCurrentWidget(child<QWidget>(d, "tablesTab"));
    auto *tree = child<QTreeView>(d, "tableTree");
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 6, 15000);
    // (QTest::keyClicks takes ASCII only; setText emits the same textChanged.)
    child<QLineEdit>(d, "tableFilterEdit")->setText(QStringLiteral("bütçe"));
    // Nothing of google_sheets is loaded: the search endpoint finds it, the tree loads that path.
    const auto found = [tree] {
        const QModelIndex sheets = rowNamed(tree->model(), QStringLiteral("Bütçe Tabloları"));
        const QModelIndex schema = rowNamed(tree->model(), QStringLiteral("Finans Raporları"), sheets);
        return rowNamed(tree->model(), QStringLiteral("Bütçe 2026"), schema).isValid();
    };
    QTRY_VERIFY_WITH_TIMEOUT(found(), 15000);
    bool searched = false;
    for (const RecordedRequest &r : m_server->requests())
        searched = searched || (r.method == "POST" && r.url.path().endsWith(QLatin1String("/search")));
    QVERIFY(searched);
    // Catalogs that do not match are filtered out.
    QVERIFY(!rowNamed(tree->model(), QStringLiteral("Stripe")).isValid());
}

void TestSourceBrowser::hundredsOfTablesLoadInOneInsert()
{
    SourceSession session(m_client);
    CatalogTreeModel model(&session, m_server->projectId());
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 6, 15000);
    const QModelIndex pg = rowNamed(&model, QStringLiteral("postgres"));
    model.fetchMore(pg);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(pg) == 2, 15000);
    const QModelIndex analytics = rowNamed(&model, QStringLiteral("analytics"), pg);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(analytics);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(analytics) >= 400, 15000);
    QCOMPARE(inserted.count(), 1); // one insert, not one per row
}

QTEST_MAIN(TestSourceBrowser)
#include "tst_sourcebrowser.moc"
