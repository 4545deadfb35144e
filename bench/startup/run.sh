#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up to the first mapped window: peaka-exports against a bare Qt window
# with a QTableView, alternating, ROUNDS runs each; prints every run and the
# medians. Without DISPLAY it runs itself under Xvfb.
#
#   bench/startup/run.sh [BUILD_DIR] [ROUNDS]
#   PROFILE=1 bench/startup/run.sh build/release 5   # with a saved connection profile
#
# PROFILE=1 runs in a private D-Bus session with its own unlocked
# gnome-keyring (never the user's): a saved profile needs a keychain to hold
# its key, and the app then reads that key at start, as it does for a user.
set -eu
BUILD=${1:-build/release}
ROUNDS=${2:-5}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$BUILD" "$ROUNDS"
fi
LAUNCH=$BUILD/bench/startup/bench_startup_launch
BARE=$BUILD/bench/startup/bench_startup_bare
APP=$BUILD/src/app/peaka-exports
CLI=$BUILD/src/cli/peaka-exports-cli
if [ -z "${PEAKA_BENCH_HOME:-}" ]; then
    PEAKA_BENCH_HOME=$(mktemp -d)
    trap 'rm -rf "$PEAKA_BENCH_HOME"' EXIT
    export PEAKA_BENCH_HOME
    export HOME="$PEAKA_BENCH_HOME" XDG_CONFIG_HOME="$PEAKA_BENCH_HOME/.config" \
        XDG_CACHE_HOME="$PEAKA_BENCH_HOME/.cache" XDG_DATA_HOME="$PEAKA_BENCH_HOME/.local/share" \
        XDG_RUNTIME_DIR="$PEAKA_BENCH_HOME/runtime"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    if [ "${PROFILE:-0}" = 1 ]; then
        for tool in dbus-run-session gnome-keyring-daemon gdbus; do
            command -v "$tool" >/dev/null || { echo "PROFILE=1 needs $tool (apt install dbus gnome-keyring)" >&2; exit 1; }
        done
        # No desktop variables: QtKeychain then asks the Secret Service (libsecret).
        unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION DBUS_SESSION_BUS_ADDRESS 2>/dev/null || true
        dbus-run-session -- sh -c '
            printf %s peaka-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            gdbus wait --session --timeout 20 org.freedesktop.secrets >/dev/null 2>&1 || exit 1
            exec "$0" "$@"' "$0" "$BUILD" "$ROUNDS"
        exit $?
    fi
fi
if [ "${PROFILE:-0}" = 1 ]; then
    # A saved connection whose server refuses at once: its key read and first
    # list request must not hold up the window.
    if ! echo "pk_bench_0123456789abcdef" | "$CLI" profiles add Bench --project p1 \
        --base-url http://127.0.0.1:9 --key-stdin >/dev/null; then
        echo "could not save the bench profile (no keychain?)" >&2
        exit 1
    fi
fi
# One unmeasured run of each, so both start from a warm page cache.
"$LAUNCH" "$BARE" >/dev/null
"$LAUNCH" "$APP" >/dev/null
bare=""; app=""
i=0
while [ "$i" -lt "$ROUNDS" ]; do
    bare="$bare $("$LAUNCH" "$BARE")"
    app="$app $("$LAUNCH" "$APP")"
    i=$((i + 1))
done
median() { printf '%s\n' $1 | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
mb=$(median "$bare"); ma=$(median "$app")
echo "bare Qt window + QTableView (ms):$bare"
echo "peaka-exports (ms):$app"
echo "median: bare $mb ms, peaka-exports $ma ms, ratio $(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a / b}')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
