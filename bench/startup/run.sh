#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up to the first mapped window: peaka-exports against a bare Qt window
# with a QTableView, alternating, ROUNDS runs each; prints every run and the
# medians. Without DISPLAY it runs itself under Xvfb.
#
#   bench/startup/run.sh [BUILD_DIR] [ROUNDS] [-- APP ARGS...]
#   PROFILE=1 bench/startup/run.sh build/release 5   # with a saved connection profile
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
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
export HOME="$HOME_DIR" XDG_CONFIG_HOME="$HOME_DIR/.config" XDG_CACHE_HOME="$HOME_DIR/.cache" \
    XDG_DATA_HOME="$HOME_DIR/.local/share"
if [ "${PROFILE:-0}" = 1 ]; then
    # A saved connection whose server refuses at once: its key read and first
    # list request must not hold up the window.
    echo "pk_bench_0123456789abcdef" | "$CLI" profiles add Bench --project p1 \
        --base-url http://127.0.0.1:9 --key-stdin >/dev/null 2>&1 || true
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
