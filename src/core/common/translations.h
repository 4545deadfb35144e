// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace peaka {

// Picks the user interface language and installs the translators: the app's
// own catalogue (embedded by qt_add_translations under :/i18n) and Qt's
// qtbase catalogue. Widget-free, shared by the app, the CLI and the tests.
//
// The language is, in this order: the override (--lang CODE), the setting
// "ui/language", the system locale. English is the source language and needs
// no catalogue. QLocale::setDefault follows the choice so that numbers, sizes
// and dates are formatted for the same language.
class Translations
{
public:
    // The QSettings key of the language chosen in the app ("" = the system's).
    static QString settingsKey();
    // The languages with a catalogue, plus English: "en", "de", "tr".
    static QStringList availableLanguages();
    // The value of "--lang CODE" or "--lang=CODE" in raw arguments (empty if
    // absent), so that translators can be installed before the command line
    // parser builds its --help text.
    static QString languageFromArguments(const QStringList &arguments);

    // The language stored in the settings ("" = follow the system).
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &code);

    // Removes translators installed by an earlier call, then installs the
    // ones for the chosen language. Returns the language in use ("en", "de",
    // "tr", ...). May be called again (tests switch languages).
    static QString install(QCoreApplication &app, const QString &langOverride = QString());
    // The language of the last install() ("en" before any).
    static QString currentLanguage();
    // Whether the last install() loaded Qt's own qtbase catalogue.
    static bool qtCatalogueLoaded();
    // `source` in language `code` ("" = the system's), whatever language is
    // installed: what a message about switching says in the language chosen.
    // The source text when that language has no catalogue or no translation.
    static QString translate(const QString &code, const char *context, const char *source,
                             const char *disambiguation = nullptr);
};

} // namespace peaka
