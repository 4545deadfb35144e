// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes, counts, durations and dates through the app's formatting helpers
// (ExportFormat, as the list and the detail pane use them) in de_DE and tr_TR.
#include "exports/exportformat.h"
#include "common/translations.h"

#include <QTest>
#include <QTimeZone>

using namespace peaka;

class TestLocaleFormat : public QObject
{
    Q_OBJECT

    // Tuesday, 9 June 2026, 14:02:11 local time.
    static QDateTime when() { return QDateTime(QDate(2026, 6, 9), QTime(14, 2, 11)); }

private Q_SLOTS:
    void cleanup()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void sizeAndCount_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("small");
        QTest::addColumn<QString>("count");
        QTest::newRow("de_DE") << "de_DE" << QStringLiteral("3,5 MB") << QStringLiteral("999 Bytes")
                               << QStringLiteral("1.234.567");
        QTest::newRow("tr_TR") << "tr_TR" << QStringLiteral("3,5 MB") << QStringLiteral("999 bayt")
                               << QStringLiteral("1.234.567");
        QTest::newRow("en_US") << "en_US" << QStringLiteral("3.5 MB") << QStringLiteral("999 bytes")
                               << QStringLiteral("1,234,567");
    }

    void sizeAndCount()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        QFETCH(QString, size);
        QCOMPARE(ExportFormat::size(3'500'000, l), size);
        QFETCH(QString, small);
        QCOMPARE(ExportFormat::size(999, l), small);
        QFETCH(QString, count);
        QCOMPARE(ExportFormat::count(1'234'567, l), count);
    }

    void exactDate_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("de_DE") << "de_DE" << QStringList{QStringLiteral("Dienstag"), QStringLiteral("9. Juni 2026"), QStringLiteral("14:02:11")};
        QTest::newRow("tr_TR") << "tr_TR" << QStringList{QStringLiteral("Salı"), QStringLiteral("9 Haziran 2026"), QStringLiteral("14:02:11")};
    }

    void exactDate()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, parts);
        const QString text = ExportFormat::exactTime(when(), QLocale(locale));
        for (const QString &part : parts)
            QVERIFY2(text.contains(part), qPrintable(text + QLatin1String(" lacks ") + part));
    }

    void shortDate_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        QTest::newRow("de_DE") << "de_DE" << QStringLiteral("09.06.26");
        QTest::newRow("tr_TR") << "tr_TR" << QStringLiteral("9.06.2026");
    }

    void shortDate()
    {
        // Older than a week: the list shows the locale's short date.
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QCOMPARE(ExportFormat::relativeTime(when(), when().addDays(30), QLocale(locale)), date);
    }

    // With the language installed (as --lang does), the default locale and
    // the catalogue apply together: no explicit QLocale needed.
    void installedLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<QString>("ago");
        QTest::addColumn<QString>("month");
        QTest::newRow("de") << "de" << QStringLiteral("1,2 GB") << QStringLiteral("1 min 12 s")
                            << QStringLiteral("4,2 s") << QStringLiteral("vor 3 Tagen") << QStringLiteral("Juni");
        QTest::newRow("tr") << "tr" << QStringLiteral("1,2 GB") << QStringLiteral("1 dk 12 sn")
                            << QStringLiteral("4,2 sn") << QStringLiteral("3 gün önce") << QStringLiteral("Haziran");
    }

    void installedLanguage()
    {
        QFETCH(QString, lang);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), lang), lang);
        QFETCH(QString, size);
        QCOMPARE(ExportFormat::size(1'234'567'890), size);
        QFETCH(QString, duration);
        QCOMPARE(ExportFormat::duration(72'000), duration);
        QFETCH(QString, seconds);
        QCOMPARE(ExportFormat::duration(4'200), seconds);
        QFETCH(QString, ago);
        QCOMPARE(ExportFormat::relativeTime(when(), when().addDays(3)), ago);
        QFETCH(QString, month);
        QVERIFY2(ExportFormat::exactTime(when()).contains(month), qPrintable(ExportFormat::exactTime(when())));
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
