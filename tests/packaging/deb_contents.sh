#!/usr/bin/env bash
# deb_contents.sh OUT_DIR VERSION: the .deb from deb_build.sh, unpacked with dpkg-deb -x into a temp
# root, holds exactly the expected files; its control data has the version and a dependency on the
# package of every shared library the binary needs, plus the plugin packages; the unpacked binary is
# stripped and reports the project version.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out=$1 version=$2
need dpkg-deb
need readelf "apt-get install binutils"
shopt -s nullglob
debs=("$out"/spendboard_*.deb)
[[ ${#debs[@]} -eq 1 ]] || fail "no .deb in $out (did packaging_deb_build run?)"
deb=${debs[0]}

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

# --- files ---------------------------------------------------------------------------------------
expected=(
    usr/bin/spendboard
    "usr/share/applications/$APP_ID.desktop"
    "usr/share/metainfo/$APP_ID.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    usr/share/doc/spendboard/copyright
)
for size in 16 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for f in "${expected[@]}"; do
    [[ -f "$root/$f" ]] || fail "$f is not in the package"
done
[[ -x "$root/usr/bin/spendboard" ]] || fail "usr/bin/spendboard is not executable"
# Nothing else: no headers, static libraries, test programs or /usr/local paths.
unexpected=$(find "$root" -type f -printf '%P\n' | sort | grep -vxF -f <(printf '%s\n' "${expected[@]}") || true)
[[ -z "$unexpected" ]] || fail "unexpected files in the package:"$'\n'"$unexpected"

for size in 16 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")
    [[ "$dims" == "${size}x${size}" ]] || fail "hicolor ${size}x${size} icon is $dims"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop" || fail "installed desktop entry is invalid"
fi
grep -qx "Icon=$APP_ID" "$root/usr/share/applications/$APP_ID.desktop" || fail "desktop entry Icon is not $APP_ID"

# --- control data --------------------------------------------------------------------------------
[[ "$(dpkg-deb -f "$deb" Package)" == spendboard ]] || fail "Package is not spendboard"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "Version is $(dpkg-deb -f "$deb" Version), expected $version"
[[ "$(dpkg-deb -f "$deb" Architecture)" == "$(dpkg --print-architecture)" ]] || fail "Architecture mismatch"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
dep_names=$(tr ',|' '\n' <<<"$depends" | sed -E 's/\(.*\)//; s/:any//; s/^ +| +$//g' | sort -u)
has_dep() { grep -qxF "$1" <<<"$dep_names"; }
# Loaded as plugins, invisible to dpkg-shlibdeps: must be listed by hand.
for p in qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6; do
    has_dep "$p" || fail "Depends lacks $p"
done
# Every library the binary links: its package must be a dependency (what dpkg-shlibdeps is for).
while read -r lib; do
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|AArch64|64bit/ { print $NF; exit }')
    [[ -n "$path" ]] || path=$(ldconfig -p | awk -v l="$lib" '$1 == l { print $NF; exit }')
    [[ -n "$path" ]] || fail "cannot find $lib on this system"
    real=$(readlink -f "$path")
    pkg=""
    # usrmerge: dpkg may know the file under /lib or under /usr/lib.
    for candidate in "$real" "$path" "${real#/usr}" "/usr${path#/usr}"; do
        pkg=$(dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1) && [[ -n "$pkg" ]] && break
    done
    [[ -n "$pkg" ]] || fail "no package owns $path ($lib)"
    has_dep "$pkg" || fail "the binary needs $lib from $pkg, which Depends does not list"
done < <(readelf -d "$root/usr/bin/spendboard" | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p')
for p in libqt6core6 libqt6widgets6 libqt6charts6 libqt6network6; do
    has_dep "$p" || fail "Depends lacks $p"
done

# --- the binary ----------------------------------------------------------------------------------
if readelf -S "$root/usr/bin/spendboard" | grep -q '\.debug_info'; then
    fail "usr/bin/spendboard is not stripped"
fi
check_version "$root/usr/bin/spendboard" "$version"
echo "OK: $(basename "$deb"): ${#expected[@]} files, dependencies complete, version $version"
