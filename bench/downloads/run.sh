#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Download benchmark: a 2 GiB file from nginx on loopback, fetched by
# DownloadTask (bench_download) and by `curl -o`, alternating, in one run.
# Usage: [OUT_DIR=/dev/shm/x] bench/downloads/run.sh [BUILD_DIR] [SIZE_MIB] [ROUNDS]
#   OUT_DIR: where both clients write (default: a temp folder on disk; /dev/shm takes the disk out)
#   BUILD_DIR defaults to build/release (cmake --preset release && cmake --build --preset release --target bench_download)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build/release}
SIZE_MIB=${2:-2048}
ROUNDS=${3:-3}
BENCH=$BUILD/bench/downloads/bench_download
command -v nginx >/dev/null || { echo "nginx is needed: apt-get install nginx-light" >&2; exit 1; }
[ -x "$BENCH" ] || { echo "build $BENCH first" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/peaka-bench.XXXXXX")
NGINX_PID=
cleanup() {
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
    [ -n "${OUT_DIR:-}" ] && rm -f "$OUT_DIR"/curl.bin "$OUT_DIR"/bench.bin "$OUT_DIR"/bench.bin.part || true
}
trap cleanup EXIT

OUT=${OUT_DIR:-$WORK/out}
mkdir -p "$WORK/www" "$WORK/logs" "$OUT"
echo "Creating a ${SIZE_MIB} MiB file of random data ..." >&2
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom > "$WORK/www/bench.bin"
chmod 755 "$WORK" "$WORK/www"; chmod 644 "$WORK/www/bench.bin"   # nginx workers may run as another user
SIZE=$(stat -c %s "$WORK/www/bench.bin")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $WORK/logs;
    proxy_temp_path $WORK/logs;
    fastcgi_temp_path $WORK/logs;
    uwsgi_temp_path $WORK/logs;
    scgi_temp_path $WORK/logs;
    server {
        listen 127.0.0.1:$PORT;
        root $WORK/www;
    }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
for _ in $(seq 50); do curl -sf -o /dev/null -r 0-0 "http://127.0.0.1:$PORT/bench.bin" && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/bench.bin"
cat "$WORK/www/bench.bin" > /dev/null   # warm the page cache for both clients

ours=(); theirs=(); growth=()
for round in $(seq "$ROUNDS"); do
    rm -f "$OUT/curl.bin" "$OUT/bench.bin" "$OUT/bench.bin.part"
    t0=$(date +%s.%N)
    curl -s -o "$OUT/curl.bin" "$URL"
    t1=$(date +%s.%N)
    [ "$(stat -c %s "$OUT/curl.bin")" = "$SIZE" ] || { echo "curl size mismatch" >&2; exit 1; }
    curl_mibs=$(python3 -c "print(f'{$SIZE/($t1-$t0)/1048576:.1f}')")
    rm -f "$OUT/curl.bin" "$OUT/bench.bin" "$OUT/bench.bin.part"
    line=$("$BENCH" "$URL" "$SIZE" "$OUT")
    cmp -s "$OUT/bench.bin" "$WORK/www/bench.bin" || { echo "download differs" >&2; exit 1; }
    our_mibs=$(sed -n 's/.*mib_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
    g=$(sed -n 's/.*rss_growth_kib=\([0-9]*\).*/\1/p' <<<"$line")
    echo "round $round: curl ${curl_mibs} MiB/s, DownloadTask ${our_mibs} MiB/s, RSS growth $((g / 1024)) MiB" >&2
    theirs+=("$curl_mibs"); ours+=("$our_mibs"); growth+=("$g")
done
python3 - "${ours[*]}" "${theirs[*]}" "${growth[*]}" "$SIZE" <<'PY'
import statistics, sys
ours = [float(x) for x in sys.argv[1].split()]
theirs = [float(x) for x in sys.argv[2].split()]
growth = [int(x) for x in sys.argv[3].split()]
mo, mt = statistics.median(ours), statistics.median(theirs)
print(f"file: {int(sys.argv[4])} bytes; rounds: {len(ours)}")
print(f"curl -o median:       {mt:.1f} MiB/s")
print(f"DownloadTask median:  {mo:.1f} MiB/s")
print(f"ratio:                {mo / mt:.2f} (target >= 0.90)")
print(f"peak RSS growth max:  {max(growth) / 1024:.1f} MiB (target <= 64 MiB)")
PY
