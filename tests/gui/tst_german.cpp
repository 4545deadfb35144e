// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real MainWindow in German and in Turkish (Translations::install
// with an override, as --lang does) and finds translated labels.
#include "exportfiltermodel.h"
#include "exports/exportlistmodel.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "mainwindowassembly.h"
#include "statusfilterbutton.h"
#include "common/translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace peaka;
using namespace peaka::gui;

class TestGerman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QSettings().remove(Translations::settingsKey());
    }

    void mainWindowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("refresh");
        QTest::addColumn<QString>("sizeHeader");
        QTest::addColumn<QString>("createdHeader");
        QTest::addColumn<QString>("addConnection");
        QTest::addColumn<QString>("welcome");
        QTest::addColumn<QString>("viewMenu");
        QTest::addColumn<QString>("allStatuses");
        QTest::addColumn<QString>("cancel");

        QTest::newRow("de") << QStringLiteral("de") << QLocale::German << QStringLiteral("Aktualisieren")
                            << QStringLiteral("Größe") << QStringLiteral("Erstellt")
                            << QStringLiteral("Verbindung hinzufügen…") << QStringLiteral("Willkommen bei Peaka Exports")
                            << QStringLiteral("&Ansicht") << QStringLiteral("Alle Status")
                            << QStringLiteral("Abbrechen");
        QTest::newRow("tr") << QStringLiteral("tr") << QLocale::Turkish << QStringLiteral("Yenile")
                            << QStringLiteral("Boyut") << QStringLiteral("Oluşturulma")
                            << QStringLiteral("Bağlantı ekle…") << QStringLiteral("Peaka Exports'a hoş geldiniz")
                            << QStringLiteral("&Görünüm") << QStringLiteral("Tüm durumlar")
                            << QStringLiteral("İptal");
    }

    void mainWindowSpeaksTheLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QLocale::Language, language);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), lang), lang);
        QCOMPARE(Translations::currentLanguage(), lang);
        QCOMPARE(QLocale().language(), language); // numbers and dates follow

        MainWindowAssembly app;
        MainWindow &window = *app.window();
        window.show();

        auto *refreshAction = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
        QVERIFY(refreshAction);
        QFETCH(QString, refresh);
        QCOMPARE(refreshAction->text(), refresh);

        QFETCH(QString, sizeHeader);
        QFETCH(QString, createdHeader);
        QAbstractItemModel *model = app.filterModel();
        QCOMPARE(model->headerData(ExportListModel::Size, Qt::Horizontal).toString(), sizeHeader);
        QCOMPARE(model->headerData(ExportListModel::Created, Qt::Horizontal).toString(), createdHeader);

        auto *add = window.findChild<QPushButton *>(QStringLiteral("addConnectionButton"));
        QVERIFY(add);
        QVERIFY(add->isVisible()); // the welcome page is what the user sees
        QFETCH(QString, addConnection);
        QCOMPARE(add->text(), addConnection);
        auto *title = window.findChild<QLabel *>(QStringLiteral("welcomeTitle"));
        QVERIFY(title);
        QFETCH(QString, welcome);
        QCOMPARE(title->text(), welcome);

        auto *view = window.findChild<QMenu *>(QStringLiteral("menuView"));
        QVERIFY(view);
        QFETCH(QString, viewMenu);
        QCOMPARE(view->title(), viewMenu);

        // The search, now above the table, keeps its translation.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        QVERIFY2(search->placeholderText() != QStringLiteral("Search source, ID, user, error…"),
                 qPrintable(search->placeholderText()));

        auto *filter = window.findChild<StatusFilterButton *>();
        QVERIFY(filter);
        QFETCH(QString, allStatuses);
        QCOMPARE(filter->text(), allStatuses);

        // Qt's own texts come from qtbase_<lang>.qm when it is installed.
        if (Translations::qtCatalogueLoaded()) {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QFETCH(QString, cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
        }
    }

    void columnsFitTheTranslatedHeaders_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("tr") << QStringLiteral("tr");
    }

    void columnsFitTheTranslatedHeaders()
    {
        QFETCH(QString, lang);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), lang), lang);
        MainWindowAssembly app;
        MainWindow &window = *app.window();
        window.show();
        const auto check = [](QHeaderView *header) {
            const QFontMetrics metrics(header->font());
            for (int c = 0; c < header->count() - 1; ++c) { // the last one stretches
                if (header->isSectionHidden(c))
                    continue;
                const QString text = header->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(c) >= metrics.horizontalAdvance(text) + 16,
                         qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(header->sectionSize(c))));
            }
        };
        auto *table = window.findChild<QTableView *>(QStringLiteral("exportTable"));
        QVERIFY(table);
        check(table->horizontalHeader());
        auto *downloads = window.findChild<QTreeView *>(QStringLiteral("downloadsView"));
        QVERIFY(downloads);
        check(downloads->header());
        // Every status name fits its column (bold, after its icon).
        QFont bold = table->font();
        bold.setBold(true);
        for (ExportStatus::Code code : ExportStatus::knownCodes())
            QVERIFY(table->horizontalHeader()->sectionSize(ExportListModel::Status)
                    >= QFontMetrics(bold).horizontalAdvance(ExportStatus(code).displayName()) + 20);
    }

    void englishNeedsNoCatalogue()
    {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        MainWindowAssembly app;
        MainWindow &window = *app.window();
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionRefresh"))->text(), QStringLiteral("Refresh"));
    }

    void englishPluralsReadWell()
    {
        // The English catalogue has only plural forms: "1 export", never "1 exports".
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("peaka::gui::MainWindow", "%n exports", "", 1), QStringLiteral("1 export"));
        QCOMPARE(QCoreApplication::translate("peaka::gui::MainWindow", "%n exports", "", 2), QStringLiteral("2 exports"));
        QCOMPARE(QCoreApplication::translate("peaka::ExportFormat", "%n days ago", "relative time", 1),
                 QStringLiteral("1 day ago"));
        // Not a plural: the source text.
        QCOMPARE(QCoreApplication::translate("peaka::gui::MainWindow", "Peaka Exports"), QStringLiteral("Peaka Exports"));
    }

    void settingChoosesTheLanguage()
    {
        QSettings().setValue(Translations::settingsKey(), QStringLiteral("de"));
        QCOMPARE(Translations::install(*QCoreApplication::instance()), QStringLiteral("de"));
        // --lang wins over the setting.
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("tr")), QStringLiteral("tr"));
    }

    void languageFromArguments()
    {
        const QString app = QStringLiteral("peaka-exports");
        QCOMPARE(Translations::languageFromArguments({app, QStringLiteral("--lang"), QStringLiteral("de")}),
                 QStringLiteral("de"));
        QCOMPARE(Translations::languageFromArguments({app, QStringLiteral("--demo"), QStringLiteral("--lang=tr")}),
                 QStringLiteral("tr"));
        QCOMPARE(Translations::languageFromArguments({app, QStringLiteral("list")}), QString());
        QCOMPARE(Translations::languageFromArguments({app, QStringLiteral("--"), QStringLiteral("--lang=tr")}), QString());
    }

    void languageMenuStoresTheChoice()
    {
        MainWindowAssembly app;
        MainWindow &window = *app.window();
        auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->choice(), QString());
        auto *german = menu->findChild<QAction *>(QStringLiteral("language_de"));
        QVERIFY(german);
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        german->trigger();
        QCOMPARE(Translations::configuredLanguage(), QStringLiteral("de"));
        QCOMPARE(menu->choice(), QStringLiteral("de"));
        // Says that the change needs a restart, without blocking, in the language
        // chosen (the window is still English), and offers to restart now.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("languageRestartBox"))));
        QCOMPARE(box->windowTitle(), QStringLiteral("Sprache"));
        auto *restart = box->findChild<QPushButton *>(QStringLiteral("restartNowButton"));
        QVERIFY(restart);
        QVERIFY(box->findChild<QPushButton *>(QStringLiteral("restartLaterButton")));
        QSignalSpy restarts(menu, &LanguageMenu::restartRequested);
        restart->click();
        QCOMPARE(restarts.count(), 1);
        menu->findChild<QAction *>(QStringLiteral("language_tr"))->trigger();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("languageRestartBox")))
                    && box->windowTitle() == QStringLiteral("Dil"));
        box->findChild<QPushButton *>(QStringLiteral("restartLaterButton"))->click();
        QCOMPARE(restarts.count(), 1);
        menu->findChild<QAction *>(QStringLiteral("language_system"))->trigger();
        QCOMPARE(Translations::configuredLanguage(), QString());
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
