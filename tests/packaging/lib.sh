# shellcheck shell=bash disable=SC2034
# Shared helpers of the packaging test scripts (sourced). Exit code 77 = skipped (SKIP_RETURN_CODE).
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_ID=ai.spendboard.Spendboard

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skip() { printf 'SKIP: %s\n' "$*"; exit 77; }
need() { command -v "$1" >/dev/null || skip "$1 not installed${2:+ ($2)}"; }

# The Qt version the installed libraries have (upstream part of libqt6core6's Debian version).
qt_runtime_version() {
    dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null | sed -E 's/^([0-9]+:)?([0-9]+\.[0-9]+\.[0-9]+).*/\2/'
}

# check_version BINARY VERSION: `BINARY --version` exits 0 and prints VERSION as its version and the
# Qt version it runs on ("Spendboard 0.1.0 (Qt 6.4.2)" and similar layouts).
check_version() {
    local bin=$1 version=$2 out first qt want_qt
    out=$(timeout 20 "$bin" --version 2>&1) || fail "$bin --version exited $?: $out"
    printf '%s --version: %s\n' "$bin" "$out"
    first=$(grep -oE '[0-9]+\.[0-9]+\.[0-9]+' <<<"$out" | head -n1 || true)
    [[ "$first" == "$version" ]] || fail "$bin --version reports version '${first}', the project version is $version"
    qt=$(grep -oiE 'Qt[^0-9]{0,12}[0-9]+\.[0-9]+\.[0-9]+' <<<"$out" | head -n1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' || true)
    [[ -n "$qt" ]] || fail "$bin --version does not name the Qt version: $out"
    want_qt=$(qt_runtime_version)
    if [[ -n "$want_qt" && "$qt" != "$want_qt" ]]; then
        fail "$bin --version says Qt $qt, the installed Qt is $want_qt"
    fi
}

# check_screenshot BINARY DIR: `BINARY --demo --screenshot DIR/demo.png` writes a real PNG.
check_screenshot() {
    local bin=$1 dir=$2 rc=0
    QT_QPA_PLATFORM=offscreen timeout 40 "$bin" --demo --screenshot "$dir/demo.png" >"$dir/demo.log" 2>&1 || rc=$?
    [[ $rc -eq 0 ]] || { cat "$dir/demo.log" >&2; fail "$bin --demo --screenshot exited $rc"; }
    [[ -s "$dir/demo.png" ]] || fail "$bin --demo --screenshot wrote no file"
    python3 "$here/check_png.py" "$dir/demo.png" 400 300 || fail "the demo screenshot is not a usable PNG"
}
