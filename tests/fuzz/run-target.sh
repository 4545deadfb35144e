#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-target.sh BINARY FUZZDIR WORKDIR SECONDS: runs one libFuzzer target
# SECONDS long, starting from (and first replaying) its committed corpus in
# FUZZDIR/corpus/<name>. New inputs and findings go to WORKDIR only, so a run
# never writes into the repository. Exit 0 when the target ran clean.
set -uo pipefail
binary=$1 fuzzdir=$2 work=$3 seconds=$4
name=$(basename "$binary")
name=${name#fuzz_}
corpus=$fuzzdir/corpus/$name
mkdir -p "$work/new" "$work/findings"

# One dictionary per input language.
case $name in
    exportlist|exportpages|readexport|createresponse) dict=exportjob ;;
    apierror|s3error) dict=markup ;;
    retryafter|contentrange) dict=http ;;
    profilestore) dict=profiles ;;
    baseurl) dict=url ;;
    *) dict=$name ;;
esac
args=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=16384
      -artifact_prefix="$work/findings/" -print_final_stats=1)
[ -f "$fuzzdir/dict/$dict.dict" ] && args+=(-dict="$fuzzdir/dict/$dict.dict")
[ -d "$corpus" ] || { echo "fuzz_$name: no seed corpus in $corpus" >&2; exit 1; }

if "$binary" "${args[@]}" "$work/new" "$corpus" >"$work/log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -n1)
    printf 'fuzz_%-16s %10s runs in %s s, clean\n' "$name" "${runs:-?}" "$seconds"
    exit 0
fi
echo "fuzz_$name: FINDING. The last lines of its log ($work/log):" >&2
grep -v '^#[0-9]' "$work/log" | tail -n 40 >&2
echo "Add the input from $work/findings/ to $corpus/ and a unit test for it." >&2
exit 1
