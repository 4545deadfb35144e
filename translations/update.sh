#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Updates translations/*.ts from the strings in src/ and ui/: new strings are
# added as unfinished, existing translations are kept, strings that no longer
# exist are dropped (-no-obsolete). See translations/README.md.
#   translations/update.sh            all languages
#   LUPDATE=/path/to/lupdate translations/update.sh
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            lupdate=$candidate
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "lupdate not found (Debian: qt6-l10n-tools); set LUPDATE=/path/to/lupdate" >&2
    exit 1
fi

ts_files=()
for f in translations/peaka-exports_*.ts; do
    [ "$f" = translations/peaka-exports_en.ts ] || ts_files+=("$f")
done
"$lupdate" -no-obsolete -locations relative src ui -ts "${ts_files[@]}"
# English is the source language: its catalogue holds only the plural forms
# ("%n exports" -> "1 export" / "2 exports").
"$lupdate" -pluralonly -no-obsolete -locations relative src ui -ts translations/peaka-exports_en.ts
