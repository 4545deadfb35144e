#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates every raster app icon from resources/icons/com.peaka.Exports.svg.
# The results are committed, so a normal build never needs these tools.
# Needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
#   apt-get install librsvg2-bin icoutils icnsutils && packaging/render-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SVG=resources/icons/com.peaka.Exports.svg
HICOLOR=resources/icons/hicolor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 64 128 256; do
    mkdir -p "$HICOLOR/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$SVG" -o "$HICOLOR/${size}x${size}/apps/com.peaka.Exports.png"
done
rsvg-convert -w 512 -h 512 "$SVG" -o "$tmp/512.png"

# Windows: one .ico with the usual sizes (256 stored as PNG).
icotool -c -o packaging/windows/peaka-exports.ico \
    $HICOLOR/{16x16,32x32,48x48,64x64}/apps/com.peaka.Exports.png \
    -r $HICOLOR/128x128/apps/com.peaka.Exports.png \
    -r $HICOLOR/256x256/apps/com.peaka.Exports.png

# macOS: .icns from the sizes png2icns understands.
png2icns packaging/macos/peaka-exports.icns \
    $HICOLOR/{16x16,32x32,48x48,128x128,256x256}/apps/com.peaka.Exports.png "$tmp/512.png" >/dev/null

echo "icons written under $HICOLOR, packaging/windows and packaging/macos"
