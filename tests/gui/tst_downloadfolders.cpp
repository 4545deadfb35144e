// SPDX-License-Identifier: GPL-3.0-or-later
// Download folders are remembered per connection id: a rename keeps them, and
// a folder remembered by name (older versions) moves to the id.
#include "downloadfolders.h"
#include "settingskeys.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka::gui;

class TestDownloadFolders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }

    void rememberedPerIdAcrossRenames()
    {
        QTemporaryDir dir;
        DownloadFolders folders(nullptr);
        QStringList askedFor;
        folders.setAsker([&](const QString &name, DownloadFolders::Done done) {
            askedFor << name;
            done(dir.path());
        });
        QString used;
        folders.withFolder(QStringLiteral("id-1"), QStringLiteral("Production"), {},
                           [&](const QString &f) { used = f; });
        QCOMPARE(askedFor, QStringList{QStringLiteral("Production")}); // the question names the connection
        QCOMPARE(used, QDir::cleanPath(dir.path()));
        // Renamed: same id, same folder, no question.
        used.clear();
        folders.withFolder(QStringLiteral("id-1"), QStringLiteral("Renamed"), {}, [&](const QString &f) { used = f; });
        QCOMPARE(used, QDir::cleanPath(dir.path()));
        QCOMPARE(folders.askCount(), 1);
        // Another connection with the old name is another connection.
        QCOMPARE(folders.known(QStringLiteral("id-2"), QStringLiteral("Production")), QString());
        // The connection's own folder wins.
        QCOMPARE(folders.known(QStringLiteral("id-1"), {}, QStringLiteral("/preset")), QStringLiteral("/preset"));
        folders.forget(QStringLiteral("id-1"));
        QCOMPARE(folders.known(QStringLiteral("id-1"), QStringLiteral("Renamed")), QString());
    }

    void folderRememberedByNameMovesToTheId()
    {
        const QString oldKey = SettingsKeys::downloadFolderGroup() + QStringLiteral("My%20Data%2FProd");
        QSettings().setValue(oldKey, QStringLiteral("/data/exports"));
        DownloadFolders folders(nullptr);
        QCOMPARE(folders.known(QStringLiteral("id-9"), QStringLiteral("My Data/Prod")), QStringLiteral("/data/exports"));
        QVERIFY(!QSettings().contains(oldKey));
        QCOMPARE(folders.known(QStringLiteral("id-9"), QStringLiteral("After a rename")), QStringLiteral("/data/exports"));
    }
};

QTEST_MAIN(TestDownloadFolders)
#include "tst_downloadfolders.moc"
