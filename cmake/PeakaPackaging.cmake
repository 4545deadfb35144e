# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration, installers and CPack. Included last by the top-level
# CMakeLists.txt, after add_subdirectory(src), so the targets exist here.
# packaging/README.md has the commands per platform.

include(GNUInstallDirs)

set(PEAKA_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(PEAKA_PACKAGING_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging)
set(PEAKA_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
set(PEAKA_PACKAGE_NAME peaka-exports)
set(PEAKA_DISPLAY_NAME "Peaka Exports")
set(PEAKA_VENDOR "Peaka")
set(PEAKA_MAINTAINER "Peaka Exports maintainers <support@peaka.com>")
set(PEAKA_SUMMARY "Browse, download and create Peaka data exports")
set(PEAKA_COPYRIGHT "Copyright (C) 2026 Peaka. Licensed under GPL-3.0-or-later.")
if(NOT PEAKA_APP_ID)
    set(PEAKA_APP_ID "com.peaka.Exports")
endif()
# Files and directories in packages: 0644 and 0755 whatever the umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# ---------------------------------------------------------------------------
# Linux and other freedesktop systems: desktop entry, AppStream, icons, man
# pages and the Debian doc files (copyright, changelog.Debian.gz).
# ---------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    set(linux ${PEAKA_PACKAGING_DIR}/linux)
    install(FILES ${linux}/${PEAKA_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${linux}/${PEAKA_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PEAKA_ICON_DIR}/${PEAKA_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${PEAKA_ICON_DIR}/hicolor/${size}x${size}/apps/${PEAKA_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # Man pages carry the project version; Debian wants them (and the
    # changelog) compressed with gzip -9n: no name, no timestamp, reproducible.
    find_program(PEAKA_GZIP gzip)
    set(man_dir ${PEAKA_PACKAGING_BINARY_DIR}/man)
    set(doc_dir ${PEAKA_PACKAGING_BINARY_DIR}/doc)
    set(compressed)
    foreach(page peaka-exports peaka-exports-cli)
        configure_file(${linux}/${page}.1 ${man_dir}/src/${page}.1 @ONLY)
        if(PEAKA_GZIP)
            add_custom_command(OUTPUT ${man_dir}/${page}.1.gz
                COMMAND ${CMAKE_COMMAND} -E copy ${man_dir}/src/${page}.1 ${man_dir}/${page}.1
                COMMAND ${PEAKA_GZIP} -9nf ${man_dir}/${page}.1
                DEPENDS ${man_dir}/src/${page}.1
                COMMENT "Compressing man page ${page}.1"
                VERBATIM)
            list(APPEND compressed ${man_dir}/${page}.1.gz)
            install(FILES ${man_dir}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        else()
            install(FILES ${man_dir}/src/${page}.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        endif()
    endforeach()

    set(pkg_doc ${CMAKE_INSTALL_DATADIR}/doc/${PEAKA_PACKAGE_NAME})
    install(FILES ${linux}/copyright DESTINATION ${pkg_doc})
    install(FILES ${linux}/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${PEAKA_PACKAGE_NAME})
    if(PEAKA_GZIP)
        add_custom_command(OUTPUT ${doc_dir}/changelog.Debian.gz
            COMMAND ${CMAKE_COMMAND} -E copy ${linux}/changelog.Debian ${doc_dir}/changelog.Debian
            COMMAND ${PEAKA_GZIP} -9nf ${doc_dir}/changelog.Debian
            DEPENDS ${linux}/changelog.Debian
            COMMENT "Compressing changelog.Debian"
            VERBATIM)
        list(APPEND compressed ${doc_dir}/changelog.Debian.gz)
        install(FILES ${doc_dir}/changelog.Debian.gz DESTINATION ${pkg_doc})
    else()
        install(FILES ${linux}/changelog.Debian DESTINATION ${pkg_doc})
    endif()
    add_custom_target(peaka_packaging_files ALL DEPENDS ${compressed})
endif()

# ---------------------------------------------------------------------------
# Windows: version resource and icon in peaka-exports.exe; the DLLs next to it.
# ---------------------------------------------------------------------------
if(WIN32 AND TARGET peaka-exports)
    set(PEAKA_WINDOWS_ICON ${PEAKA_PACKAGING_DIR}/windows/peaka-exports.ico)
    configure_file(${PEAKA_PACKAGING_DIR}/windows/peaka-exports.rc.in
        ${PEAKA_PACKAGING_BINARY_DIR}/peaka-exports.rc @ONLY)
    target_sources(peaka-exports PRIVATE ${PEAKA_PACKAGING_BINARY_DIR}/peaka-exports.rc)
    # Non-Qt DLLs (QtKeychain, zlib when shared): windeployqt does not copy them.
    install(FILES $<TARGET_RUNTIME_DLLS:peaka-exports> $<TARGET_RUNTIME_DLLS:peaka-exports-cli>
        DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# ---------------------------------------------------------------------------
# macOS: bundle metadata and icon.
# ---------------------------------------------------------------------------
if(APPLE AND TARGET peaka-exports)
    set(icns ${PEAKA_PACKAGING_DIR}/macos/peaka-exports.icns)
    target_sources(peaka-exports PRIVATE ${icns})
    set_source_files_properties(${icns} TARGET_DIRECTORY peaka-exports
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(peaka-exports PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${PEAKA_PACKAGING_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME "${PEAKA_DISPLAY_NAME}"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${PEAKA_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE peaka-exports.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_INFO_STRING "${PEAKA_DISPLAY_NAME} ${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "${PEAKA_COPYRIGHT}")
endif()

# ---------------------------------------------------------------------------
# Qt deployment (Qt 6.4 supports it on Windows and macOS only). Elsewhere, or
# with an older Qt, run windeployqt / macdeployqt by hand: packaging/README.md.
# ---------------------------------------------------------------------------
if((WIN32 OR APPLE) AND TARGET peaka-exports)
    if(COMMAND qt_generate_deploy_app_script)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET peaka-exports
                OUTPUT_SCRIPT peaka_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET peaka-exports
                FILENAME_VARIABLE peaka_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT ${peaka_deploy_script})
    else()
        message(STATUS "qt_generate_deploy_app_script is not available: "
            "run windeployqt / macdeployqt on the installed tree (packaging/README.md)")
    endif()
endif()

# ---------------------------------------------------------------------------
# CPack
# ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME ${PEAKA_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR ${PEAKA_VENDOR})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${PEAKA_MAINTAINER})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PEAKA_SUMMARY})
set(PEAKA_DESCRIPTION_BODY
"Peaka Exports is a desktop application and a command-line tool for the
data-export API of Peaka, the zero-ETL data integration platform.

It lists the export jobs of a project with live updates, shows everything
about one export, downloads the result files with resumable transfers that
are verified against the sizes the API reports, and creates new exports from
a saved query or a catalog table. API keys are kept in the system keychain
through the Secret Service. A demo mode explores the application without a
Peaka account.")
set(CPACK_PACKAGE_DESCRIPTION ${PEAKA_DESCRIPTION_BODY})
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${PEAKA_DISPLAY_NAME})
set(CPACK_PACKAGE_EXECUTABLES peaka-exports ${PEAKA_DISPLAY_NAME})
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# Installer license pages: the full licence text once the repository has one,
# otherwise the short GPL notice from the Debian copyright file (never CMake's).
foreach(candidate LICENSE LICENSE.txt COPYING)
    if(EXISTS ${PROJECT_SOURCE_DIR}/${candidate})
        set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/${candidate})
        break()
    endif()
endforeach()
if(NOT CPACK_RESOURCE_FILE_LICENSE)
    configure_file(${PEAKA_PACKAGING_DIR}/linux/copyright
        ${PEAKA_PACKAGING_BINARY_DIR}/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${PEAKA_PACKAGING_BINARY_DIR}/LICENSE.txt)
endif()
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/build-.*/" "/\\.git/" "/node_modules/" "/bench/out/")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB RPM TGZ)
endif()

# Debian: cpack -G DEB -> peaka-exports_<version>-1_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_NAME ${PEAKA_PACKAGE_NAME})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${PEAKA_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Synopsis from CPACK_PACKAGE_DESCRIPTION_SUMMARY, extended text from here.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION ${PEAKA_DESCRIPTION_BODY})
# Libraries come from dpkg-shlibdeps; plugins Qt loads at run time do not, so
# name them: the platform plugins (xcb, wayland), the SVG icon/image plugins and
# the SQLite driver of the export list cache.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
# A Secret Service provider for the keychain.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# RPM (Fedora names): cpack -G RPM -> peaka-exports-<version>-1.<arch>.rpm
set(CPACK_RPM_PACKAGE_NAME ${PEAKA_PACKAGE_NAME})
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_SUMMARY ${PEAKA_SUMMARY})
set(CPACK_RPM_PACKAGE_DESCRIPTION ${PEAKA_DESCRIPTION_BODY})
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_VENDOR ${PEAKA_VENDOR})
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
# Directories owned by the filesystem / hicolor-icon-theme packages.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/man
    /usr/share/man/man1
    /usr/share/doc
    /usr/share/lintian
    /usr/share/lintian/overrides)
foreach(size scalable 16x16 32x32 48x48 64x64 128x128 256x256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()

# Windows: NSIS installer with Start menu entry and uninstaller.
set(CPACK_NSIS_PACKAGE_NAME ${PEAKA_DISPLAY_NAME})
set(CPACK_NSIS_DISPLAY_NAME ${PEAKA_DISPLAY_NAME})
set(CPACK_NSIS_MUI_ICON ${PEAKA_PACKAGING_DIR}/windows/peaka-exports.ico)
set(CPACK_NSIS_MUI_UNIICON ${PEAKA_PACKAGING_DIR}/windows/peaka-exports.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\peaka-exports.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN peaka-exports.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK "https://docs.peaka.com")
set(CPACK_NSIS_CONTACT ${PEAKA_MAINTAINER})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put peaka-exports-cli on PATH
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY ${PEAKA_DISPLAY_NAME})

# macOS: a disk image with the bundle.
set(CPACK_DMG_VOLUME_NAME ${PEAKA_DISPLAY_NAME})
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_ICON ${PEAKA_PACKAGING_DIR}/macos/peaka-exports.icns)
endif()

include(CPack)
