// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace peaka {
namespace {

// Warnings only by default: the CLI prints to the terminal before it sets its log rules.
Q_LOGGING_CATEGORY(lcI18n, "peaka.i18n", QtWarningMsg)

struct Installed
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

bool isEnglish(const QString &name)
{
    return name == QLatin1String("C") || name == QLatin1String("en")
        || name.startsWith(QLatin1String("en_"));
}

// Loads the app's catalogue of the first of the locale's languages that has
// one and returns that language ("de"); "" when none has one. English, the
// source language, has a catalogue of plural forms only ("1 export").
QString loadCatalogue(QTranslator &translator, const QLocale &locale)
{
    for (QString name : locale.uiLanguages()) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (isEnglish(name))
            return translator.load(QStringLiteral(":/i18n/peaka-exports_en")) ? QStringLiteral("en") : QString();
        const QString base = name.section(QLatin1Char('_'), 0, 0);
        const QString prefix = QStringLiteral(":/i18n/peaka-exports_");
        if (translator.load(prefix + name) || translator.load(prefix + base)) {
            const QString language = translator.language().isEmpty() ? base : translator.language();
            return language.section(QLatin1Char('_'), 0, 0);
        }
    }
    return {};
}

} // namespace

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("tr")};
}

QString Translations::languageFromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") || a == QLatin1String("-lang"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        for (const QLatin1String prefix : {QLatin1String("--lang="), QLatin1String("-lang=")}) {
            if (a.startsWith(prefix))
                return a.mid(prefix.size());
        }
    }
    return {};
}

QString Translations::configuredLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void Translations::setConfiguredLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
}

QString Translations::install(QCoreApplication &app, const QString &langOverride)
{
    Installed &state = installed();
    removeTranslator(state.app);
    removeTranslator(state.qt);

    QString code = langOverride.trimmed();
    if (code.isEmpty())
        code = configuredLanguage().trimmed();
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty() && locale.language() == QLocale::C && code != QLatin1String("C")) {
        qCWarning(lcI18n, "Unknown language \"%s\"; following the system", qPrintable(code));
        locale = QLocale::system();
    }
    QLocale::setDefault(locale);

    // The first language in the user's preference order that we have, or
    // English (the source language) if that comes first.
    auto *translator = new QTranslator(&app);
    QString language = loadCatalogue(*translator, locale);
    if (language.isEmpty()) {
        language = QStringLiteral("en");
        delete translator;
    } else {
        QCoreApplication::installTranslator(translator);
        state.app = translator;
    }
    if (language != QLatin1String("en")) {
        // Qt's own texts (standard buttons, dialogs); fine if missing.
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            state.qt = qt;
        } else {
            qCInfo(lcI18n, "No Qt translations for %s in %s", qPrintable(language),
                   qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
            delete qt;
        }
    }
    state.language = language;
    return language;
}

QString Translations::currentLanguage()
{
    return installed().language;
}

bool Translations::qtCatalogueLoaded()
{
    return !installed().qt.isNull();
}

QString Translations::translate(const QString &code, const char *context, const char *source,
                                const char *disambiguation)
{
    QTranslator translator;
    if (!loadCatalogue(translator, code.isEmpty() ? QLocale::system() : QLocale(code)).isEmpty()) {
        const QString text = translator.translate(context, source, disambiguation);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace peaka
