// SPDX-License-Identifier: GPL-3.0-or-later
// "Choose projects…" in the profile dialog against the demo server: a Partner
// key lists organization › workspace › project by name, two checked projects
// become the profile's ids; a Project key gets a sentence and no request to
// /organizations. The tree model under QAbstractItemModelTester.
#include "credentials/credentialstore.h"
#include "credentials/inmemorycredentialbackend.h"
#include "api/peakaclient.h"
#include "namedchild.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "projectchooserdialog.h"
#include "projecttreemodel.h"

#include "demoserver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace peaka;
using namespace peaka::gui;
using peaka::test::child;

namespace {

// Every display text and check state of a tree, depth first: "  name [x]".
void collect(const QAbstractItemModel *m, const QModelIndex &parent, int depth, QStringList *out)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        QString line = QString(depth * 2, QLatin1Char(' ')) + i.data().toString();
        const QVariant check = i.data(Qt::CheckStateRole);
        if (check.isValid())
            line += check.toInt() == Qt::Checked ? QStringLiteral(" [x]") : QStringLiteral(" [ ]");
        *out << line;
        collect(m, i, depth + 1, out);
    }
}

QStringList treeLines(QTreeView *tree)
{
    QStringList out;
    collect(tree->model(), {}, 0, &out);
    return out;
}

QModelIndex findProject(QTreeView *tree, const QString &name, const QModelIndex &parent = {})
{
    const QAbstractItemModel *m = tree->model();
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(ProjectTreeModel::KindRole).toString() == QLatin1String("project") && i.data().toString() == name)
            return i;
        if (const QModelIndex found = findProject(tree, name, i); found.isValid())
            return found;
    }
    return {};
}

void clickCheckbox(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    // The check box sits at the start of the item; a click there toggles it.
    QStyleOptionViewItem opt;
    opt.initFrom(tree);
    opt.rect = rect;
    opt.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, tree);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, box.center());
}

} // namespace

class TestProjectChooser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    demo::DemoServer *m_server = nullptr;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;

    std::unique_ptr<ProfileDialog> newDialog(KeyKind kind, const QString &key, const QString &ids)
    {
        auto d = std::make_unique<ProfileDialog>(m_profiles, m_credentials);
        d->setClientFactory([](QObject *parent) {
            auto *c = new PeakaClient(parent);
            c->setRetryPolicy(RetryPolicy{0, 0, 0});
            c->setTimeoutMs(10000);
            return c;
        });
        d->show();
        QTest::keyClicks(child<QLineEdit>(d.get(), "nameEdit"), QStringLiteral("Partner"));
        child<QComboBox>(d.get(), "zoneCombo")->setCurrentIndex(2); // Other URL…
        auto *url = child<QLineEdit>(d.get(), "baseUrlEdit");
        url->clear();
        QTest::keyClicks(url, m_server->baseUrl().toString());
        auto *combo = child<QComboBox>(d.get(), "keyKindCombo");
        combo->setCurrentIndex(combo->findData(QVariant::fromValue(kind)));
        QTest::keyClicks(child<QLineEdit>(d.get(), "apiKeyEdit"), key);
        child<QPlainTextEdit>(d.get(), "projectIdsEdit")->setPlainText(ids);
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = new demo::DemoServer(this);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void init()
    {
        m_profiles = new ProfileStore(m_dir.filePath(QStringLiteral("profiles.ini")), this);
        m_credentials = new CredentialStore(new InMemoryCredentialBackend, this);
        m_server->clearRequests();
    }

    void cleanup()
    {
        delete m_profiles;
        delete m_credentials;
    }

    void partnerKeyListsNamesAndOkFillsTheIds()
    {
        auto d = newDialog(KeyKind::Partner, m_server->partnerKey().key, QStringLiteral("prj_unlisted"));
        auto *button = child<QPushButton>(d.get(), "chooseProjectsButton");
        QVERIFY(button->isVisible());
        QVERIFY(!child<QLabel>(d.get(), "projectsHintLabel")->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);

        auto *chooser = child<ProjectChooserDialog>(d.get(), "projectChooserDialog");
        QVERIFY(chooser);
        QAbstractItemModelTester tester(chooser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *tree = child<QTreeView>(chooser, "projectTree");
        auto *status = child<QLabel>(chooser, "projectChooserStatus");
        QVERIFY(chooser->isVisible());
        QVERIFY2(status->text().contains(QLatin1String("Loading")), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!chooser->isLoading(), 10000);

        const QStringList lines = treeLines(tree);
        QVERIFY2(lines.size() == 8, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.at(0), QStringLiteral("Acme Analytics (0 of 2 chosen)"));
        QCOMPARE(lines.at(1), QStringLiteral("  Default (0 of 1 chosen)"));
        QCOMPARE(lines.at(2), QStringLiteral("    Analytics [ ]"));
        QVERIFY(lines.contains(QStringLiteral("    Spielwiese [ ]")));
        QVERIFY(lines.contains(QStringLiteral("Ayşe's sandbox (0 of 1 chosen)")));
        QCOMPARE(findProject(tree, QStringLiteral("Analytics")).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Revenue and product analytics\nProject id: prj_analytics"));

        clickCheckbox(tree, findProject(tree, QStringLiteral("Analytics")));
        QCOMPARE(findProject(tree, QStringLiteral("Analytics")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // The filter narrows the tree, by name or id; the other project is checked from there.
        auto *filter = child<QLineEdit>(chooser, "projectFilterEdit");
        QTest::keyClicks(filter, QStringLiteral("spiel"));
        QCOMPARE(treeLines(tree), (QStringList{QStringLiteral("Ayşe's sandbox (0 of 1 chosen)"),
                                               QStringLiteral("  Default (0 of 1 chosen)"),
                                               QStringLiteral("    Spielwiese [ ]")}));
        clickCheckbox(tree, findProject(tree, QStringLiteral("Spielwiese")));
        QCOMPARE(treeLines(tree).constFirst(), QStringLiteral("Ayşe's sandbox (1 of 1 chosen)"));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("nothing-like-this"));
        QVERIFY2(status->text().contains(QLatin1String("No project matches")), qPrintable(status->text()));
        filter->clear();
        QCOMPARE(treeLines(tree).size(), 8);

        QTest::mouseClick(child<QPushButton>(chooser, "projectChooserOk"), Qt::LeftButton);
        // The unlisted id the profile had is kept after the chosen ones.
        QCOMPARE(child<QPlainTextEdit>(d.get(), "projectIdsEdit")->toPlainText(),
                 QStringLiteral("prj_analytics\nprj_sandbox\nprj_unlisted"));
        QCOMPARE(d->profileFromForm().projectIds,
                 (QStringList{QStringLiteral("prj_analytics"), QStringLiteral("prj_sandbox"),
                              QStringLiteral("prj_unlisted")}));
        QTRY_VERIFY(!d->findChild<ProjectChooserDialog *>());
        // The chooser's names go with the ids; the unlisted id has none.
        const ProjectLabels labels = d->profileFromForm().projectLabels;
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.value(QStringLiteral("prj_analytics")), (ProjectLabel{QStringLiteral("Analytics"), QStringLiteral("Default")}));
        QCOMPARE(labels.value(QStringLiteral("prj_sandbox")).name, QStringLiteral("Spielwiese"));
        QCOMPARE(child<QLabel>(d.get(), "projectsHintLabel")->text(), QStringLiteral("Chosen: Analytics, Spielwiese"));
        // Saved next to the ids, and read back so.
        QSignalSpy saved(d.get(), &ProfileDialog::profileSaved);
        d->save();
        QTRY_COMPARE(saved.count(), 1);
        const auto stored = m_profiles->profile(saved.at(0).at(0).toString());
        QVERIFY(stored);
        QCOMPARE(stored->projectLabels, labels);
        // An id removed from the list takes its name with it.
        auto e = newDialog(KeyKind::Partner, m_server->partnerKey().key, QString());
        QVERIFY(e->editProfile(stored->id));
        child<QPlainTextEdit>(e.get(), "projectIdsEdit")->setPlainText(QStringLiteral("prj_sandbox"));
        QCOMPARE(e->profileFromForm().projectLabels.keys(), QStringList{QStringLiteral("prj_sandbox")});
    }

    void reopenedChooserShowsTheProfileProjectsChecked()
    {
        auto d = newDialog(KeyKind::Partner, m_server->partnerKey().key, QStringLiteral("prj_marketing"));
        QTest::mouseClick(child<QPushButton>(d.get(), "chooseProjectsButton"), Qt::LeftButton);
        auto *chooser = child<ProjectChooserDialog>(d.get(), "projectChooserDialog");
        QVERIFY(chooser);
        QTRY_VERIFY_WITH_TIMEOUT(!chooser->isLoading(), 10000);
        auto *tree = child<QTreeView>(chooser, "projectTree");
        QVERIFY(treeLines(tree).contains(QStringLiteral("    Marketing site [x]")));
        QVERIFY(treeLines(tree).contains(QStringLiteral("Acme Analytics (1 of 2 chosen)")));
        // Cancel leaves the ids alone.
        QTest::mouseClick(child<QPushButton>(chooser, "projectChooserCancel"), Qt::LeftButton);
        QCOMPARE(child<QPlainTextEdit>(d.get(), "projectIdsEdit")->toPlainText(), QStringLiteral("prj_marketing"));
    }

    void projectKeyGetsTheSentenceAndNoRequest()
    {
        auto d = newDialog(KeyKind::Project, m_server->projectKey().key, m_server->projectId());
        QVERIFY(!child<QPushButton>(d.get(), "chooseProjectsButton")->isVisible());
        auto *hint = child<QLabel>(d.get(), "projectsHintLabel");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QLatin1String("Only a Partner key can list projects. Type or paste")),
                 qPrintable(hint->text()));
        QVERIFY(!d->findChild<ProjectChooserDialog *>());
        for (const demo::RecordedRequest &r : m_server->requests())
            QVERIFY2(!r.url.path().contains(QLatin1String("/organizations")), qPrintable(r.url.toString()));
    }

    void projectKeyMarkedAsPartnerGetsTheSentenceInTheChooser()
    {
        // The kind says Partner but the key is a Project key: the server's 403 becomes a sentence.
        auto d = newDialog(KeyKind::Partner, m_server->projectKey().key, QString());
        QTest::mouseClick(child<QPushButton>(d.get(), "chooseProjectsButton"), Qt::LeftButton);
        auto *chooser = child<ProjectChooserDialog>(d.get(), "projectChooserDialog");
        QVERIFY(chooser);
        QTRY_VERIFY_WITH_TIMEOUT(!chooser->isLoading(), 10000);
        const QString text = child<QLabel>(chooser, "projectChooserStatus")->text();
        QVERIFY2(text.contains(QLatin1String("only a Partner key can")), qPrintable(text));
        QVERIFY(!child<QPushButton>(chooser, "projectChooserOk")->isEnabled());
    }

    void modelPassesTheTester()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProjectEntry a;
        a.organization.id = QStringLiteral("o1");
        a.organization.name = QStringLiteral("Org");
        a.workspace.id = QStringLiteral("w1");
        a.project.id = QStringLiteral("p1");
        ProjectEntry b = a;
        b.project.id = QStringLiteral("p2");
        b.project.name = QStringLiteral("Second");
        model.setEntries({a, b}, {QStringLiteral("p2")});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex ws = model.index(0, 0, model.index(0, 0));
        QCOMPARE(ws.data().toString(), QStringLiteral("w1 (1 of 2 chosen)")); // no name: the id
        QCOMPARE(model.index(0, 0, ws).data().toString(), QStringLiteral("p1"));
        QVERIFY(model.setData(model.index(0, 0, ws), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedIds(), (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));
        QVERIFY(!model.setData(ws, Qt::Checked, Qt::CheckStateRole));
        model.setEntries({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestProjectChooser)
#include "tst_projectchooser.moc"
