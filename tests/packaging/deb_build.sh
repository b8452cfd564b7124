#!/usr/bin/env bash
# deb_build.sh CPACK BUILD_DIR OUT_DIR: fixture setup of the .deb tests. Runs `cpack -G DEB` on the
# build tree the tests run in (stripped, so a debug build packs quickly) into OUT_DIR.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cpack=$1 build=$2 out=$3
need dpkg-shlibdeps "apt-get install dpkg-dev"
need dpkg-deb
rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$out"/spendboard_*.deb)
[[ ${#debs[@]} -eq 1 ]] || fail "expected one spendboard_*.deb in $out, found ${#debs[@]}"
echo "built ${debs[0]} ($(stat -c %s "${debs[0]}") bytes)"
