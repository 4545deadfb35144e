// SPDX-License-Identifier: GPL-3.0-or-later
// "Manage connections…": the list shows masked keys only; Add and Edit open
// the profile dialog; Remove deletes the keychain entry and the profile.
#include "credentials/credentialstore.h"
#include "credentials/inmemorycredentialbackend.h"
#include "profiledialog.h"
#include "profilemanagerdialog.h"
#include "profiles/profilestore.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace peaka;
using namespace peaka::gui;

class TestProfileManagerDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void addEditRemove()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        auto *backend = new InMemoryCredentialBackend;
        CredentialStore credentials(backend);
        const QString key = QStringLiteral("hBWIQxjc.") + QUuid::createUuid().toString(QUuid::Id128);

        ProfileManagerDialog manager(&profiles, &credentials);
        manager.setRemoveConfirmer([](QWidget *, const QString &, std::function<void(bool)> yes) { yes(true); });
        manager.show();
        auto *list = manager.findChild<QListWidget *>(QStringLiteral("profilesList"));
        QCOMPARE(list->count(), 0);
        QVERIFY(!manager.findChild<QPushButton *>(QStringLiteral("removeButton"))->isEnabled());

        QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        auto *dialog = manager.findChild<ProfileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Finance"));
        dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(key);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("projectIdsEdit"))->setPlainText(QStringLiteral("p1"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("hBWIQxjc.\u2022\u2022\u2022\u2022")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(!list->item(0)->text().contains(key.section(QLatin1Char('.'), 1)));
        const QString id = manager.selectedProfileId();
        QCOMPARE(backend->key(id), key);

        ProfileDialog *edit = manager.editSelected();
        QVERIFY(edit);
        QCOMPARE(edit->mode(), ProfileDialog::Mode::Edit);
        QCOMPARE(edit->profileId(), id);
        edit->reject();

        QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_COMPARE(list->count(), 0);
        QVERIFY(!backend->contains(id));
        QVERIFY(profiles.isEmpty());
    }

    // The tooltip names each project the profile knows by name, with its id;
    // an id without a name stands alone.
    void toolTipNamesProjects()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("named.ini")));
        CredentialStore credentials(new InMemoryCredentialBackend);
        Profile p = Profile::create(QStringLiteral("Work"));
        p.keyKind = KeyKind::Partner;
        p.projectIds = {QStringLiteral("prj_1"), QStringLiteral("prj_2")};
        p.projectLabels.insert(QStringLiteral("prj_1"), {QStringLiteral("Sales"), QStringLiteral("Europe")});
        QVERIFY(profiles.add(p));

        ProfileManagerDialog manager(&profiles, &credentials);
        manager.show();
        auto *list = manager.findChild<QListWidget *>(QStringLiteral("profilesList"));
        QCOMPARE(list->count(), 1);
        const QString tip = list->item(0)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Projects: Sales (prj_1), prj_2")), qPrintable(tip));
    }
};

QTEST_MAIN(TestProfileManagerDialog)
#include "tst_profilemanagerdialog.moc"
