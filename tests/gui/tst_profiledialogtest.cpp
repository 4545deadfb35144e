// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog's "Test connection": what each answer of the server says.
#include "profiledialogfixture.h"

#include <QLabel>
#include <QTcpServer>

using namespace peaka;
using namespace peaka::gui;
using namespace peaka::test;
using Status = CredentialResult::Status;

class TestProfileDialogTest : public QObject, private ProfileDialogFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServer(&error), qPrintable(error));
    }

    void init() { openStores(); }
    void cleanup() { closeStores(); }

    void testConnectionProjectKeyOnOtherProject()
    {
        auto d = newDialog();
        d->show();
        const QString other = m_server->otherProjectId();
        fill(d.get(), QStringLiteral("Demo"), m_server->baseUrl().toString(), m_server->projectKey().key,
             m_server->projectId() + QStringLiteral("\n") + other);
        const QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 2);
        QVERIFY2(s.at(0).startsWith(QLatin1String("OK ")), qPrintable(s.at(0)));
        QVERIFY2(s.at(1).startsWith(QLatin1String("ERR ")), qPrintable(s.at(1)));
        QVERIFY2(s.at(1).contains(QStringLiteral("this key has no access to project %1 (a Project key sees only its own project)")
                                      .arg(other)),
                 qPrintable(s.at(1)));
        QVERIFY(child<QPushButton>(d.get(), "testButton")->isEnabled());
    }

    void testConnectionWrongKeyAndUnknownProject()
    {
        auto d = newDialog();
        d->show();
        fill(d.get(), QStringLiteral("Demo"), m_server->baseUrl().toString(),
             QStringLiteral("WrOnGkey.notarealsecret000000000"), m_server->projectId());
        QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).contains(QLatin1String("ERR ")) && s.at(0).contains(QLatin1String("the key was rejected")),
                 qPrintable(s.at(0)));

        child<QLineEdit>(d.get(), "apiKeyEdit")->setText(m_server->partnerKey().key);
        child<QPlainTextEdit>(d.get(), "projectIdsEdit")->setPlainText(QStringLiteral("no-such-project"));
        s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).contains(QLatin1String("no such project")), qPrintable(s.at(0)));
    }

    void testConnectionClosedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        auto d = newDialog();
        d->show();
        fill(d.get(), QStringLiteral("Demo"), QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port),
             QStringLiteral("abc.def"), QStringLiteral("p1"));
        const QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).contains(QLatin1String("Could not reach 127.0.0.1")), qPrintable(s.at(0)));
        QVERIFY(child<QLabel>(d.get(), "testStatusLabel")->text().contains(QLatin1String("could not be listed")));
    }

    void testConnectionInEditModeUsesTheStoredKey()
    {
        Profile p = Profile::create(QStringLiteral("Demo"));
        p.baseUrl = m_server->baseUrl();
        p.projectIds = {m_server->projectId()};
        p.setKeyPrefixFromKey(m_server->partnerKey().key);
        QVERIFY(m_profiles->add(p));
        m_backend->setKey(p.id, m_server->partnerKey().key);
        auto d = newDialog();
        QVERIFY(d->editProfile(p.id));
        d->show();
        const QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).startsWith(QLatin1String("OK ")), qPrintable(s.at(0)));
    }

    void testTellsTheKeyKindApart()
    {
        auto d = newDialog();
        d->show();
        auto *warning = child<QLabel>(d.get(), "keyKindWarningLabel");
        // A Project key marked as a Partner key: the projects list answers 403.
        fill(d.get(), QStringLiteral("Demo"), m_server->baseUrl().toString(), m_server->projectKey().key,
             m_server->projectId());
        chooseKind(d.get(), KeyKind::Partner);
        QVERIFY(!warning->isVisible());
        QStringList s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY2(s.at(0).startsWith(QLatin1String("OK ")), qPrintable(s.at(0)));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("so it is a Project key")), qPrintable(warning->text()));
        QCOMPARE(d->keyKindWarning(), warning->text());
        QVERIFY(saveButton(d.get())->isEnabled()); // it still works for its project: a warning, not a refusal
        // Choosing the kind the server showed clears it.
        chooseKind(d.get(), KeyKind::Project);
        QVERIFY(!warning->isVisible());

        // A Partner key marked as a Project key.
        child<QLineEdit>(d.get(), "apiKeyEdit")->setText(m_server->partnerKey().key);
        s = testSentences(d.get());
        QCOMPARE(s.size(), 1);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("so it is a Partner key")), qPrintable(warning->text()));
        QTRY_VERIFY(warning->height() >= warning->heightForWidth(warning->width()));
        // Another key is untested: no warning about it.
        child<QLineEdit>(d.get(), "apiKeyEdit")->setText(kKey);
        QVERIFY(!warning->isVisible());
    }

    void testSummaryWrapsUnderItsButton()
    {
        auto d = newDialog();
        d->resize(420, d->height());
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        auto *button = child<QPushButton>(d.get(), "testButton");
        auto *summary = child<QLabel>(d.get(), "testStatusLabel");
        auto *list = child<QListWidget>(d.get(), "testResultsList");
        QVERIFY(summary->wordWrap());
        // A long sentence (the keychain's, a URL error) is not cut: below the button, as wide as the list.
        QTest::mouseClick(button, Qt::LeftButton); // no project id yet
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(QLatin1String("project id")));
        const QPoint summaryTop = summary->mapTo(d.get(), QPoint(0, 0));
        const QPoint buttonTop = button->mapTo(d.get(), QPoint(0, 0));
        QVERIFY(summaryTop.y() >= buttonTop.y() + button->height());
        QCOMPARE(summary->width(), list->width());
        QTRY_VERIFY(summary->height() >= summary->heightForWidth(summary->width()));
    }
};

QTEST_MAIN(TestProfileDialogTest)
#include "tst_profiledialogtest.moc"
