#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a keychain test binary in a sealed environment, never the user's keychain.
#   run-keychain-test.sh secret-service EXE [ARGS...]
#       a private D-Bus session with a real, unlocked gnome-keyring Secret Service
#   run-keychain-test.sh no-dbus EXE [ARGS...]
#       no D-Bus session at all (the address points at nothing)
# HOME and the XDG folders are the test's own (ctest sets PEAKA_TEST_HOME; else a temp dir).
# Exit 77 means "skipped" (a tool is missing); ctest maps it with SKIP_RETURN_CODE.
set -eu

mode=${1:?mode}
shift

home=${PEAKA_TEST_HOME:-}
temporary_home=
if [ -z "$home" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/peaka-keychain-test.XXXXXX")
    temporary_home=$home
fi

# Runs the command; a temporary HOME is removed afterwards.
launch() {
    if [ -z "$temporary_home" ]; then
        exec "$@"
    fi
    set +e
    "$@"
    rc=$?
    rm -rf "$temporary_home"
    exit $rc
}
mkdir -p "$home"
HOME=$home
XDG_CONFIG_HOME=$home/.config
XDG_CACHE_HOME=$home/.cache
XDG_DATA_HOME=$home/.local/share
XDG_RUNTIME_DIR=$home/runtime
# A fresh runtime folder: a control socket left by an earlier run would stop gnome-keyring.
rm -rf "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_HOME XDG_RUNTIME_DIR

# No desktop: QtKeychain then picks libsecret, never KWallet; GDBus cannot autolaunch a bus.
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
      KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID DBUS_SESSION_BUS_ADDRESS 2>/dev/null || true
PEAKA_KEYCHAIN_WRAPPED=$mode
export PEAKA_KEYCHAIN_WRAPPED

case "$mode" in
secret-service)
    for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$tool is not installed (apt install dbus gnome-keyring libsecret-tools)" >&2
            # On CI (CI=...) a missing tool is a failure, not a quiet skip.
            [ -n "${CI:-}" ] && exit 1
            echo "SKIP" >&2
            exit 77
        fi
    done
    # A fresh keyring each run, so nothing from an earlier run can answer.
    rm -rf "$XDG_DATA_HOME/keyrings"
    launch dbus-run-session -- sh -c '
        printf %s peaka-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        # The daemon may return before it owns its bus name: wait for the name (gdbus wait
        # is event-driven; else poll briefly), so no call falls into D-Bus activation,
        # which would start a second, locked keyring and time out.
        owned() {
            dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
                grep -q "boolean true"
        }
        if command -v gdbus >/dev/null 2>&1; then
            gdbus wait --session --timeout 20 org.freedesktop.secrets >/dev/null 2>&1 || true
        else
            n=0
            while ! owned && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
        fi
        if ! owned; then
            echo "gnome-keyring-daemon did not start the Secret Service" >&2
            exit 1
        fi
        exec "$@"' sh "$@"
    ;;
no-dbus)
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/peaka-no-bus
    export DBUS_SESSION_BUS_ADDRESS
    launch "$@"
    ;;
*)
    echo "usage: $0 secret-service|no-dbus EXE [ARGS...]" >&2
    exit 2
    ;;
esac
