#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads every page of List Exports with curl, as a script would: limit=200,
# createdBefore = the last createdAt of the previous page, until a short page.
# Prints "first_ms all_ms pages rows". Needs curl and grep only.
#   curl_pages.sh BASE_URL PROJECT   (key in $PEAKA_API_KEY)
set -eu
base=$1
project=$2
now_ms() { date +%s%3N; }
start=$(now_ms)
first=
cursor=
pages=0
rows=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
while :; do
    if [ -z "$cursor" ]; then
        url="$base/data/projects/$project/exports?limit=200"
    else
        url="$base/data/projects/$project/exports?limit=200&createdBefore=$cursor"
    fi
    curl -sS --fail -H "Authorization: Bearer $PEAKA_API_KEY" -o "$tmp" "$url"
    pages=$((pages + 1))
    [ -n "$first" ] || first=$(($(now_ms) - start))
    n=$(grep -o '"id":' "$tmp" | wc -l)
    rows=$((rows + n))
    [ "$n" -ge 200 ] || break
    # The server's own string, microseconds included (the demo writes '"createdAt": "..."').
    cursor=$(grep -o '"createdAt": *"[^"]*"' "$tmp" | tail -n 1 | sed 's/.*: *"\(.*\)"/\1/')
    [ -n "$cursor" ] || break
done
echo "$first $(($(now_ms) - start)) $pages $rows"
