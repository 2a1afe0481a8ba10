#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a window test (the command given) on an X server of its own.
#
# Windows of tests sharing a display take the keyboard focus from each
# other: GTK then clears the window's chain of focused containers, and a
# Tab moved by a test starts over from the window's first widget, as it
# would after the window lost and regained the focus. A display per test
# keeps each test's window the active one, whatever runs beside it.
#
# Xvfb picks a free display itself (-displayfd), so tests started together
# do not race for a number. Without Xvfb the test runs on the display it
# was given, if any (it skips, or fails under CI, without one).
set -u

if ! command -v Xvfb >/dev/null 2>&1; then
  exec "$@"
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/ladder-display-XXXXXX") || exit 1
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp \
  3>"$dir/display" 2>"$dir/server.log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$dir"' EXIT
trap 'exit 143' TERM INT

# The server writes its display's number once it takes connections.
tries=0
while ! grep -q '^[0-9]' "$dir/display" 2>/dev/null; do
  if ! kill -0 "$server" 2>/dev/null || [ "$tries" -ge 200 ]; then
    echo "ladder-own-display: Xvfb did not start:" >&2
    cat "$dir/server.log" >&2
    exit 1
  fi
  tries=$((tries + 1))
  sleep 0.05
done

DISPLAY=":$(head -n 1 "$dir/display")"
export DISPLAY
"$@"
status=$?
exit "$status"
