# SPDX-License-Identifier: GPL-3.0-or-later
# Warning flags for every target of ours, through one interface library.
add_library(peaka_warnings INTERFACE)
if(MSVC)
    target_compile_options(peaka_warnings INTERFACE /W4 /permissive-)
else()
    target_compile_options(peaka_warnings INTERFACE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # qCDebug(cat) << … is Qt's documented use; clang's pedantic mode flags every one.
        target_compile_options(peaka_warnings INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(PEAKA_WERROR)
        target_compile_options(peaka_warnings INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(peaka_warnings INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PEAKA_VERSION="${PROJECT_VERSION}")

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

# Hardening for release packages (lintian checks for BIND_NOW and fortify).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_link_options(LINKER:-z,relro LINKER:-z,now)
    add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()
