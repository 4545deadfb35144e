# SPDX-License-Identifier: GPL-3.0-or-later
# The German and Turkish catalogues (translations/*.ts). One catalogue per
# language covers src/ and ui/; lrelease turns it into a .qm that is embedded
# in peaka_core under :/i18n, so the app, the CLI and the tests all carry it
# and Translations::install() (src/core/common/translations.h) loads it.
#
# Update the .ts files after changing strings: translations/update.sh
# (or the build target update_translations).
# English is the source language; its catalogue holds only the plural forms
# ("1 export", "2 exports"), made with lupdate -pluralonly (translations/update.sh).
set(PEAKA_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/peaka-exports_en.ts
    ${PROJECT_SOURCE_DIR}/translations/peaka-exports_de.ts
    ${PROJECT_SOURCE_DIR}/translations/peaka-exports_tr.ts)

file(GLOB_RECURSE PEAKA_I18N_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui)

qt_add_translations(peaka_core
    TS_FILES ${PEAKA_TS_FILES}
    SOURCES ${PEAKA_I18N_SOURCES}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations relative
    LRELEASE_OPTIONS -silent)

# Used by tests/i18n (translations_complete) to run lupdate on copies.
get_target_property(PEAKA_LUPDATE_EXECUTABLE Qt6::lupdate IMPORTED_LOCATION)
if(NOT PEAKA_LUPDATE_EXECUTABLE)
    get_target_property(PEAKA_LUPDATE_EXECUTABLE Qt6::lupdate LOCATION)
endif()
