#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Preview benchmark: a 1 GiB .csv.gz (generated here, in $TMPDIR or /tmp), previewed
# by `peaka-exports-cli preview --rows 50` (wall time and peak RSS from /usr/bin/time)
# and by the app's PreviewDialog (bench_preview: time until the first 1,000 rows show).
# Usage: bench/preview/run.sh [BUILD_DIR] [SIZE_MIB] [ROUNDS]
#   BUILD_DIR defaults to build/release
#   (cmake --preset release && cmake --build --preset release --target peaka-exports-cli bench_preview)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build/release}
SIZE_MIB=${2:-1024}
ROUNDS=${3:-3}
CLI=$BUILD/src/cli/peaka-exports-cli
BENCH=$BUILD/bench/preview/bench_preview
for exe in "$CLI" "$BENCH"; do [ -x "$exe" ] || { echo "build $exe first" >&2; exit 1; }; done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/peaka-preview-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FILE=$WORK/big.csv.gz
echo "Creating a ${SIZE_MIB} MiB .csv.gz ..." >&2
# Rows with random base64 text barely compress, so the .gz is about as big as the CSV.
# One compressed block of rows is repeated as further gzip members (valid gzip,
# what `cat a.gz b.gz` gives) to reach the size quickly.
python3 - "$WORK/rows.csv" <<'PY'
import base64, os, sys
with open(sys.argv[1], "wb") as f:
    for i in range(400000):
        f.write(b"%d,%s,%d.%02d,2026-12-01T08:%02d:00Z,%s\n" % (
            i, base64.b64encode(os.urandom(96)), i % 9973, i % 100, i % 60, b"true" if i % 3 else b"false"))
PY
{ printf 'id,payload,amount,created_at,ok\n'; cat "$WORK/rows.csv"; } | gzip -1 > "$FILE"
gzip -1 < "$WORK/rows.csv" > "$WORK/member.gz"
while [ "$(stat -c %s "$FILE")" -lt $((SIZE_MIB * 1024 * 1024)) ]; do cat "$WORK/member.gz" >> "$FILE"; done
rm -f "$WORK/rows.csv" "$WORK/member.gz"
echo "File: $(stat -c %s "$FILE") bytes" >&2
cat "$FILE" > /dev/null   # warm the page cache: the figure is the reader, not the disk

for round in $(seq "$ROUNDS"); do
    /usr/bin/time -f "cli: preview --rows 50: %e s wall, peak RSS %M KiB" \
        "$CLI" preview "$FILE" --rows 50 > "$WORK/out.txt" 2> "$WORK/err.txt" || true
    tail -1 "$WORK/err.txt"
    [ "$(wc -l < "$WORK/out.txt")" -eq 52 ] || { echo "unexpected output:" >&2; head -3 "$WORK/out.txt" >&2; exit 1; }
    QT_QPA_PLATFORM=offscreen "$BENCH" "$FILE" 1000 | tr '\n' ' '; echo
done
