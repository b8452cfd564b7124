#!/usr/bin/env bash
# nsis_compile.sh CPACK BUILD_DIR OUT_DIR: the Windows installer script compiles. Runs `cpack -G NSIS`
# with makensis (Debian package nsis) on this build tree: the payload is the Linux install tree, but
# the script is packaging/windows/NSIS.template.in as CI configures it on Windows, compiled with
# warnings as errors. Checks our template (per-user/per-machine, upgrade in place) was the one used.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cpack=$1 build=$2 out=$3
need makensis "apt-get install nsis"
rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" -G NSIS --config "$build/CPackConfig.cmake" -B "$out" -D CPACK_STRIP_FILES=ON \
    -D "CPACK_NSIS_COMPRESSOR=zlib" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    find "$out" -name NSISOutput.log -exec cat {} + >&2 || true
    fail "cpack -G NSIS failed"
fi
nsi=$(find "$out/_CPack_Packages" -name project.nsi | head -n1)
[[ -f "$nsi" ]] || fail "no project.nsi generated"
# shellcheck disable=SC2016 # literal NSIS text
for marker in 'MultiUser.nsh' 'MULTIUSER_PAGE_INSTALLMODE' 'Function RemovePreviousVersion' \
    'CreateShortCut "$SMPROGRAMS' 'WriteUninstaller'; do
    grep -qF "$marker" "$nsi" || fail "project.nsi lacks '$marker': was packaging/windows/NSIS.template.in used?"
done
! grep -nE '@CPACK_[A-Z0-9_]+@' "$nsi" || fail "project.nsi has unsubstituted CPack variables"
# Warnings are errors: recompile the generated script with -WX.
makensis -V2 -WX "$nsi" >"$out/makensis.log" 2>&1 || { cat "$out/makensis.log" >&2; fail "makensis -WX failed"; }
shopt -s nullglob
exes=("$out"/Spendboard-*.exe)
[[ ${#exes[@]} -eq 1 ]] || fail "no installer .exe in $out"
[[ "$(head -c 2 "${exes[0]}")" == MZ ]] || fail "${exes[0]} is not a Windows executable"
echo "OK: $(basename "${exes[0]}") compiled from packaging/windows/NSIS.template.in"
