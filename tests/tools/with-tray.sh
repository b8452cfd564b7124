#!/usr/bin/env bash
# Runs "$@" on a private Xvfb display with a window manager and a system-tray host (trayer), then
# stops them. Picks a free display with -displayfd. Also starts a private D-Bus session.
set -euo pipefail
exec dbus-run-session -- bash -c '
  set -euo pipefail
  fdfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fdfile" >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do [[ -s "$fdfile" ]] && break; sleep 0.05; done
  export DISPLAY=":$(cat "$fdfile")"; rm -f "$fdfile"
  openbox >/dev/null 2>&1 & wm=$!
  trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 & tray=$!
  unset QT_QPA_PLATFORM
  export QT_QPA_PLATFORM=xcb
  set +e; "$@"; rc=$?; set -e
  kill $tray $wm $xvfb 2>/dev/null || true
  wait 2>/dev/null || true
  exit $rc' inner "$@"
