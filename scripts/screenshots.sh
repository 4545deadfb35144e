#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes PNGs of the main window in demo mode to docs/screenshots/.
# --scene NAME (hidden app option, src/app/screenshotscene.cpp) sets up a
# scene first: "downloads" downloads into a temporary folder.
# Builds nothing: build first (cmake --build --preset debug), or point
# PEAKA_BUILD_DIR at another build folder. Needs xvfb-run and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${PEAKA_BUILD_DIR:-build/${PEAKA_PRESET:-debug}}
APP=$BUILD/src/app/peaka-exports
OUT=docs/screenshots
[ -x "$APP" ] || { echo "no $APP: build the app first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt install xvfb xauth)" >&2; exit 1; }
mkdir -p "$OUT"

# A private HOME: no remembered geometry or filters, nothing written to yours.
TMP_HOME=$(mktemp -d)
trap 'rm -rf "$TMP_HOME"' EXIT

# The demo data set's ids are stable (UUIDv5 of "seed-N", see src/demoserver/demodata.cpp).
seed_id() {
    python3 -c "import uuid,sys; print(uuid.uuid5(uuid.UUID('3f9d3a52-7c1e-4b8e-9a55-2d4f6b7c8e90'), 'seed-' + sys.argv[1]))" "$1"
}

shot() {
    local name=$1; shift
    local home=$TMP_HOME/$name   # one per shot: no downloads or dock state carried over
    mkdir -p "$home"
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share LANG=en_US.UTF-8 \
        xvfb-run -a -s "-screen 0 1400x900x24" "$APP" "$@" --screenshot "$OUT/$name.png"
}

shot main-window --demo --select "$(seed_id 8)"         # SUCCEEDED, three files
shot failed-export --demo --select "$(seed_id 14)"      # FAILED with a long error
shot running-export --demo --select "$(seed_id 2)"      # RUNNING, updates live
shot welcome                                            # first start, no connection
shot downloads --demo --scene downloads                 # Downloads panel: one done, one running
shot new-export --demo --scene new-export               # New Export dialog, filled by Run again
ls -l "$OUT"
