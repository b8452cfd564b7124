#!/usr/bin/env bash
# deb_install.sh OUT_DIR VERSION: installs the .deb from deb_build.sh on this machine for real
# (`dpkg -i`, then `apt-get -f install` if dependencies are missing), runs the installed
# /usr/bin/spendboard (--version; --demo --screenshot under the offscreen platform), then removes the
# package with `dpkg -r`. Needs root (CI runs as root): skipped otherwise, and skipped when a
# spendboard package is already installed, so the machine is left as it was found (dependencies that
# apt-get had to add stay installed).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out=$1 version=$2
[[ $(id -u) -eq 0 ]] || skip "installing a .deb needs root (CI runs as root)"
need dpkg
need apt-get
shopt -s nullglob
debs=("$out"/spendboard_*.deb)
[[ ${#debs[@]} -eq 1 ]] || fail "no .deb in $out (did packaging_deb_build run?)"
deb=$(readlink -f "${debs[0]}")

installed() { dpkg-query -W -f='${Status}' spendboard 2>/dev/null | grep -q 'install ok installed'; }
# Another build tree's test run may install its own copy: take turns.
if command -v flock >/dev/null; then
    exec 9>/tmp/spendboard-deb-install-test.lock
    flock -w 30 9 || fail "another packaging test holds /tmp/spendboard-deb-install-test.lock"
fi
installed && skip "a spendboard package is already installed; not replacing it"

work=$(mktemp -d)
cleanup() {
    if dpkg-query -W spendboard >/dev/null 2>&1; then dpkg -r spendboard >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if ! dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
    # Unmet dependencies leave the package unconfigured; apt-get brings them in and finishes it.
    grep -q 'dependency problems' "$work/dpkg.log" || { cat "$work/dpkg.log" >&2; fail "dpkg -i $deb failed"; }
    echo "dpkg -i: missing dependencies; apt-get -f install"
    DEBIAN_FRONTEND=noninteractive apt-get -y -q --no-install-recommends -o DPkg::Lock::Timeout=20 -f install \
        >"$work/apt.log" 2>&1 || { cat "$work/dpkg.log" "$work/apt.log" >&2; fail "apt-get -f install failed"; }
fi
installed || fail "spendboard is not installed after dpkg -i"
[[ "$(dpkg-query -W -f='${Version}' spendboard)" == "$version" ]] || fail "installed version is not $version"
[[ "$(command -v spendboard)" == /usr/bin/spendboard ]] || fail "spendboard is not on PATH as /usr/bin/spendboard"
for f in "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"; do
    [[ -f "$f" ]] || fail "$f missing after install"
done

check_version /usr/bin/spendboard "$version"
check_screenshot /usr/bin/spendboard "$work"

dpkg -r spendboard >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -r spendboard failed"; }
! installed || fail "spendboard still installed after dpkg -r"
[[ ! -e /usr/bin/spendboard ]] || fail "/usr/bin/spendboard left behind by removal"
echo "OK: installed, ran and removed $(basename "$deb")"
