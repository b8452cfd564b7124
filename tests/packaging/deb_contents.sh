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
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ printf "%dx%d", (($1*256+$2)*256+$3)*256+$4, (($5*256+$6)*256+$7)*256+$8 }')
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
# One ldconfig and one dpkg -S call (both slow-ish); usrmerge means dpkg may know a library under
# /lib or under /usr/lib, so every spelling of each path is asked for.
libs=$(ldconfig -p)
mapfile -t needed < <(readelf -d "$root/usr/bin/spendboard" | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p')
[[ ${#needed[@]} -gt 0 ]] || fail "readelf finds no NEEDED entries in usr/bin/spendboard"
declare -A lib_path
candidates=()
for lib in "${needed[@]}"; do
    path=$(awk -v l="$lib" '$1 == l && /x86-64|AArch64|64bit/ { print $NF }' <<<"$libs" | head -n1)
    [[ -n "$path" ]] || path=$(awk -v l="$lib" '$1 == l { print $NF }' <<<"$libs" | head -n1)
    [[ -n "$path" ]] || fail "cannot find $lib on this system"
    lib_path[$lib]=$path
    real=$(readlink -f "$path")
    candidates+=("$real" "$path" "${real#/usr}" "${path#/usr}" "/usr${real#/usr}" "/usr${path#/usr}")
done
owners=$(dpkg -S "${candidates[@]}" 2>/dev/null || true)
for lib in "${needed[@]}"; do
    path=${lib_path[$lib]}
    real=$(readlink -f "$path")
    pkg=$(awk -v a="$path" -v b="$real" -v c="${path#/usr}" -v d="${real#/usr}" -v e="/usr${path#/usr}" -v f="/usr${real#/usr}" \
        '{ p = $NF } p == a || p == b || p == c || p == d || p == e || p == f { sub(/:.*/, "", $1); print $1 }' \
        <<<"$owners" | head -n1)
    [[ -n "$pkg" ]] || fail "no package owns $path ($lib)"
    has_dep "$pkg" || fail "the binary needs $lib from $pkg, which Depends does not list"
done
for p in libqt6core6 libqt6widgets6 libqt6charts6 libqt6network6; do
    has_dep "$p" || fail "Depends lacks $p"
done

# --- the binary ----------------------------------------------------------------------------------
if readelf -S "$root/usr/bin/spendboard" | grep -q '\.debug_info'; then
    fail "usr/bin/spendboard is not stripped"
fi
check_version "$root/usr/bin/spendboard" "$version"
echo "OK: $(basename "$deb"): ${#expected[@]} files, dependencies complete, version $version"
