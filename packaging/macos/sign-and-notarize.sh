#!/usr/bin/env bash
# Code-signs Spendboard.app or the .dmg and notarizes the .dmg. Every step is driven by environment
# variables and skipped (exit 0, with a message) when they are unset, so unsigned local and pull-request
# builds work unchanged.
#
#   sign-and-notarize.sh app PATH/Spendboard.app   sign the bundle (hardened runtime, timestamp)
#   sign-and-notarize.sh dmg PATH/Spendboard.dmg   sign the disk image, notarize it, staple the ticket
#
# Signing:       APPLE_CODESIGN_IDENTITY   e.g. "Developer ID Application: Example Ltd (TEAMID1234)",
#                                          a certificate already in the keychain (CI imports it first)
#                APPLE_CODESIGN_KEYCHAIN   optional keychain file to take the identity from
# Notarization:  APPLE_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile, or
#                APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD (app-specific password)
set -euo pipefail

usage() { sed -n '2,16p' "$0" >&2; exit 2; }
log() { printf 'sign-and-notarize: %s\n' "$*" >&2; }

[[ $# -eq 2 ]] || usage
kind=$1
target=$2
[[ -e "$target" ]] || { log "no such file: $target"; exit 2; }

identity=${APPLE_CODESIGN_IDENTITY:-}
if [[ -z "$identity" ]]; then
    log "APPLE_CODESIGN_IDENTITY is not set: not signing $target"
    exit 0
fi
if [[ "$(uname -s)" != Darwin ]]; then
    log "signing needs macOS (codesign, notarytool)"
    exit 1
fi

sign_args=(--force --timestamp --sign "$identity")
[[ -n "${APPLE_CODESIGN_KEYCHAIN:-}" ]] && sign_args+=(--keychain "$APPLE_CODESIGN_KEYCHAIN")

case "$kind" in
app)
    # Inside out: frameworks and plug-ins first, then the bundle with the hardened runtime that
    # notarization requires. (--deep is deprecated for signing.)
    while IFS= read -r -d '' item; do
        codesign "${sign_args[@]}" --options runtime "$item"
    done < <(find "$target/Contents/Frameworks" "$target/Contents/PlugIns" \
        \( -name '*.dylib' -o -name '*.framework' \) -print0 2>/dev/null | sort -rz)
    codesign "${sign_args[@]}" --options runtime "$target"
    codesign --verify --strict --verbose=2 "$target"
    log "signed $target"
    ;;
dmg)
    codesign "${sign_args[@]}" "$target"
    codesign --verify --verbose=2 "$target"
    log "signed $target"
    notary=()
    if [[ -n "${APPLE_NOTARY_PROFILE:-}" ]]; then
        notary=(--keychain-profile "$APPLE_NOTARY_PROFILE")
    elif [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
        notary=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
    else
        log "neither APPLE_NOTARY_PROFILE nor APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD is set: not notarizing"
        exit 0
    fi
    # `submit --wait` exits 0 for a finished submission even when Apple rejected it: check the status.
    result=$(xcrun notarytool submit "$target" "${notary[@]}" --wait --timeout 30m --output-format json)
    field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get(sys.argv[2], ""))' "$result" "$1"; }
    if [[ "$(field status)" != Accepted ]]; then
        log "notarization failed: $result"
        xcrun notarytool log "$(field id)" "${notary[@]}" >&2 || true
        exit 1
    fi
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$target"
    log "notarized and stapled $target"
    ;;
*)
    usage
    ;;
esac
