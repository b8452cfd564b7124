#!/usr/bin/env bash
# Runs "$@" inside a private D-Bus session with a throwaway, unlocked gnome-keyring (Secret Service).
# HOME/XDG dirs come from the test's environment (a private tree per test), so no real keyring is touched.
set -euo pipefail
mkdir -p "${XDG_DATA_HOME:-$HOME/.local/share}/keyrings" "${XDG_RUNTIME_DIR:-/tmp}"
exec dbus-run-session -- bash -c '
  echo "spendboard-test-throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  "$@"' inner "$@"
