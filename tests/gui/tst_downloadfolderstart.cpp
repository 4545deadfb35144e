// SPDX-License-Identifier: GPL-3.0-or-later
// The download folder dialog starts in the last folder used, else the
// Downloads folder when it exists, else home; never the working directory.
#include "downloadfolders.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace peaka::gui;

class TestDownloadFolderStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }

    void startsAtHomeWithoutDownloadsThenAtTheLastFolder()
    {
        const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        QVERIFY(downloads.startsWith(QDir::homePath())); // the test's own HOME
        QDir(downloads).removeRecursively();
        QCOMPARE(DownloadFolders::startFolder(), QDir::homePath());

        QTemporaryDir chosen;
        DownloadFolders folders(nullptr);
        folders.remember(QStringLiteral("conn-a"), chosen.path());
        QCOMPARE(DownloadFolders::startFolder(), QDir::cleanPath(chosen.path()));

        // The real dialog, for another connection, opens there.
        QString answer;
        folders.withFolder(QStringLiteral("conn-b"), QStringLiteral("B"), {}, [&answer](const QString &f) { answer = f; });
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qApp->findChild<QFileDialog *>(QStringLiteral("downloadFolderDialog")))
                    || [&] {
                           for (QWidget *w : QApplication::topLevelWidgets())
                               if (auto *d = qobject_cast<QFileDialog *>(w))
                                   dialog = d;
                           return dialog != nullptr;
                       }());
        QCOMPARE(QDir::cleanPath(dialog->directory().absolutePath()), QDir::cleanPath(chosen.path()));
        dialog->reject();
    }
};

QTEST_MAIN(TestDownloadFolderStart)
#include "tst_downloadfolderstart.moc"
