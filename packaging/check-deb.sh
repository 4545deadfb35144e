#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Linux packages from a configured and built tree and checks them:
#   packaging/check-deb.sh BUILD_DIR
# 1. cpack -G DEB: expected paths (dpkg -c), version, lintian --fail-on error,
#    desktop-file-validate, appstreamcli validate --no-net, man pages.
# 2. cpack -G RPM and -G TGZ: expected files (rpm -qpl, tar tzf).
# 3. As root: apt-get install ./peaka-exports_*.deb, then the installed
#    peaka-exports-cli --version and peaka-exports --version print the version,
#    and xvfb-run peaka-exports --demo --quit-after 3 runs and exits 0.
#    Not root: everything else is checked, then exit 77 (ctest SKIP).
# The package is removed again afterwards unless it was installed before or
# PEAKA_KEEP_INSTALLED=1.
#
# The tree's CMAKE_INSTALL_PREFIX does not matter: every install() destination
# is relative, and the DEB and RPM are built with CPACK_PACKAGING_INSTALL_PREFIX
# /usr (checked below with dpkg -c and rpm -qpl).
set -euo pipefail

BUILD=${1:?usage: check-deb.sh BUILD_DIR}
BUILD=$(cd "$BUILD" && pwd)
WORK=$BUILD/package-check
APP_ID=com.peaka.Exports
PKG=peaka-exports

failures=0
step() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || die "$1 is missing (Debian package $2; ./dev test installs it)"; }

need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need lintian lintian
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need rpmbuild rpm
need xvfb-run xvfb

[ -f "$BUILD/CPackConfig.cmake" ] || die "$BUILD/CPackConfig.cmake not found: configure the tree first"
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")
[ -n "$VERSION" ] || die "no CPACK_PACKAGE_VERSION in $BUILD/CPackConfig.cmake"
DEB_VERSION=$VERSION-1
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$BUILD/CMakeCache.txt")
echo "build tree: $BUILD (install prefix ${prefix:-?}), project version $VERSION"

rm -rf "$WORK"
mkdir -p "$WORK"

# Files every package must hold, relative to the packaging prefix.
EXPECTED=(
    bin/peaka-exports
    bin/peaka-exports-cli
    share/applications/$APP_ID.desktop
    share/metainfo/$APP_ID.metainfo.xml
    share/icons/hicolor/scalable/apps/$APP_ID.svg
    share/icons/hicolor/16x16/apps/$APP_ID.png
    share/icons/hicolor/32x32/apps/$APP_ID.png
    share/icons/hicolor/48x48/apps/$APP_ID.png
    share/icons/hicolor/64x64/apps/$APP_ID.png
    share/icons/hicolor/128x128/apps/$APP_ID.png
    share/icons/hicolor/256x256/apps/$APP_ID.png
    share/man/man1/peaka-exports.1.gz
    share/man/man1/peaka-exports-cli.1.gz
    share/doc/$PKG/copyright
    share/doc/$PKG/changelog.Debian.gz
)
# Files no package may hold.
FORBIDDEN_RE='peaka-demo-server|/tst_|\.a$|/include/'

expect_listing() { # $1 label, $2 prefix, $3 file with one path per line
    local p missing=0
    for p in "${EXPECTED[@]}"; do
        grep -qxF "$2$p" "$3" || { fail "$1: $2$p missing"; missing=1; }
    done
    if grep -E "$FORBIDDEN_RE" "$3"; then fail "$1: holds files it must not (above)"; missing=1; fi
    [ $missing = 1 ] || ok "$1: all ${#EXPECTED[@]} expected files, nothing forbidden"
}

# --- DEB -------------------------------------------------------------------
step "cpack -G DEB"
(cd "$BUILD" && cpack -G DEB -B "$WORK" -D CPACK_PACKAGING_INSTALL_PREFIX=/usr) > "$WORK/cpack-deb.log" 2>&1 ||
    { cat "$WORK/cpack-deb.log"; die "cpack -G DEB failed"; }
DEB=$(ls "$WORK"/${PKG}_"$DEB_VERSION"_*.deb 2>/dev/null | head -n1)
[ -n "$DEB" ] || { cat "$WORK/cpack-deb.log"; die "no ${PKG}_${DEB_VERSION}_*.deb in $WORK"; }
ok "built $(basename "$DEB")"

step "dpkg -c / dpkg-deb -f"
dpkg -c "$DEB" | awk '{print $6}' | sed 's|^\./||; s|/$||' > "$WORK/deb.list"
expect_listing "deb" "usr/" "$WORK/deb.list"
dpkg -c "$DEB" | awk '$1 !~ /^(drwxr-xr-x|-rw-r--r--|-rwxr-xr-x|lrwxrwxrwx)$/ || $2 != "root/root"' > "$WORK/deb.perms"
if [ -s "$WORK/deb.perms" ]; then cat "$WORK/deb.perms"; fail "deb: entries not 0644/0755 root/root (above)"; else ok "deb: modes 0644/0755, owner root"; fi
dpkg-deb -f "$DEB" Package Version Section Priority Maintainer Depends Recommends
[ "$(dpkg-deb -f "$DEB" Version)" = "$DEB_VERSION" ] && ok "deb version $DEB_VERSION" || fail "deb version is not $DEB_VERSION"
for dep in qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite libc6 libqt6widgets6; do
    dpkg-deb -f "$DEB" Depends | grep -q "$dep" || fail "deb Depends lacks $dep"
done

step "lintian --fail-on error"
lintian_rc=0
lintian --fail-on error --display-info "$DEB" > "$WORK/lintian.log" 2>&1 || lintian_rc=$?
grep -v 'running with root privileges' "$WORK/lintian.log" || true
if [ $lintian_rc = 0 ]; then
    ok "lintian: no errors ($(grep -c '^W:' "$WORK/lintian.log" || true) warnings, $(grep -c '^I:' "$WORK/lintian.log" || true) infos)"
else
    fail "lintian reports errors (exit $lintian_rc)"
fi

step "validators on the packaged files"
ROOT=$WORK/deb-root
dpkg-deb -x "$DEB" "$ROOT"
desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop" && ok "desktop-file-validate" || fail "desktop-file-validate"
grep -qx "Icon=$APP_ID" "$ROOT/usr/share/applications/$APP_ID.desktop" || fail "desktop file: Icon is not $APP_ID"
appstreamcli validate --no-net "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" && ok "appstreamcli validate --no-net" || fail "appstreamcli validate --no-net"
grep -q "<release version=\"$VERSION\"" "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" ||
    fail "metainfo has no <release version=\"$VERSION\">: add the release"
top=$(zcat "$ROOT/usr/share/doc/$PKG/changelog.Debian.gz" | head -n1)
[[ "$top" == "$PKG ($DEB_VERSION) "* ]] && ok "changelog.Debian: $top" || fail "changelog.Debian top entry is '$top', not $DEB_VERSION"
for page in peaka-exports peaka-exports-cli; do
    f=$ROOT/usr/share/man/man1/$page.1.gz
    warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$f" 2>&1 >/dev/null || true)
    if [ -n "$warn" ]; then echo "$warn"; fail "man page $page.1 has warnings"; fi
    zcat "$f" | grep -q "Peaka Exports $VERSION" || fail "man page $page.1 does not carry version $VERSION"
done
ok "man pages"

# --- RPM and TGZ -----------------------------------------------------------
step "cpack -G RPM"
(cd "$BUILD" && cpack -G RPM -B "$WORK" -D CPACK_PACKAGING_INSTALL_PREFIX=/usr) > "$WORK/cpack-rpm.log" 2>&1 ||
    { cat "$WORK/cpack-rpm.log"; die "cpack -G RPM failed"; }
RPM=$(ls "$WORK"/$PKG-"$VERSION"-1.*.rpm | head -n1)
rpm -qpl "$RPM" 2>/dev/null | sed 's|^/||' > "$WORK/rpm.list"
expect_listing "rpm" "usr/" "$WORK/rpm.list"
[ "$(rpm -qp --queryformat '%{VERSION}' "$RPM" 2>/dev/null)" = "$VERSION" ] && ok "rpm version $VERSION" || fail "rpm version"
rpm -qp --queryformat '%{LICENSE}\n' "$RPM" 2>/dev/null | grep -qx 'GPL-3.0-or-later' || fail "rpm license"
rpm -qpR "$RPM" 2>/dev/null | grep -q 'libQt6Widgets' && ok "rpm autoreq found the Qt libraries" || fail "rpm autoreq"

step "cpack -G TGZ"
(cd "$BUILD" && cpack -G TGZ -B "$WORK") > "$WORK/cpack-tgz.log" 2>&1 ||
    { cat "$WORK/cpack-tgz.log"; die "cpack -G TGZ failed"; }
TGZ=$WORK/$PKG-$VERSION-Linux.tar.gz
[ -f "$TGZ" ] || die "$TGZ not built"
tar tzf "$TGZ" | sed 's|/$||' > "$WORK/tgz.list"
expect_listing "tgz" "$PKG-$VERSION-Linux/" "$WORK/tgz.list"

# --- install and run -------------------------------------------------------
if [ "$(id -u)" != 0 ]; then
    [ $failures = 0 ] || die "$failures check(s) failed"
    echo
    echo "SKIP: not root, so the package was built and checked but not installed"
    echo "      (run as root, as CI does, for apt-get install and the smoke tests)."
    exit 77
fi

step "apt-get install ./$(basename "$DEB")"
was_installed=no
dpkg-query -W -f='${Status}' $PKG 2>/dev/null | grep -q "install ok installed" && was_installed=yes
cleanup() {
    if [ "$was_installed" = no ] && [ "${PEAKA_KEEP_INSTALLED:-0}" != 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq $PKG >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "$DEB" > "$WORK/apt.log" 2>&1 ||
    { cat "$WORK/apt.log"; die "apt-get install failed"; }
[ "$(dpkg-query -W -f='${Version}' $PKG)" = "$DEB_VERSION" ] && ok "installed $PKG $DEB_VERSION" || fail "installed version"

step "installed binaries"
HOME_DIR=$WORK/home
mkdir -p "$HOME_DIR/runtime"
chmod 700 "$HOME_DIR/runtime"
run_env=(env -u QT_QPA_PLATFORM HOME="$HOME_DIR" XDG_RUNTIME_DIR="$HOME_DIR/runtime" XDG_CONFIG_HOME="$HOME_DIR/.config"
    XDG_DATA_HOME="$HOME_DIR/.local/share" XDG_CACHE_HOME="$HOME_DIR/.cache")

out=$("${run_env[@]}" timeout 30 /usr/bin/peaka-exports-cli --version 2>&1) || true
echo "peaka-exports-cli --version: $out"
grep -qF "$VERSION" <<<"$out" && ok "peaka-exports-cli --version prints $VERSION" ||
    fail "peaka-exports-cli --version does not print $VERSION"

out=$("${run_env[@]}" QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/peaka-exports --version 2>&1) || true
echo "peaka-exports --version: $out"
grep -qF "$VERSION" <<<"$out" && ok "peaka-exports --version prints $VERSION" ||
    fail "peaka-exports --version does not print $VERSION"

step "xvfb-run -a /usr/bin/peaka-exports --demo --quit-after 3"
start=$(date +%s)
rc=0
"${run_env[@]}" timeout 90 xvfb-run -a /usr/bin/peaka-exports --demo --quit-after 3 > "$WORK/gui.log" 2>&1 || rc=$?
elapsed=$(($(date +%s) - start))
sed 's/^/  | /' "$WORK/gui.log" | tail -n 30
if [ $rc != 0 ]; then
    fail "the installed GUI exited with $rc (124: it did not quit by itself)"
elif [ $elapsed -lt 2 ]; then
    fail "the installed GUI exited 0 after ${elapsed}s, before --quit-after 3: it did not run"
else
    ok "the installed GUI ran in demo mode for ${elapsed}s and exited 0"
fi

echo
[ $failures = 0 ] || die "$failures check(s) failed"
echo "all package checks passed"
