#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes PNG screenshots of the real window with the example family: the main
# view, the role editor and the preview. Runs headless (Xvfb).
#
#   data/screenshots/take.sh [BUILD-DIR]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${1:-$source_dir/build}

meson compile -C "$build" ladder-screenshooter >/dev/null

# A home of its own, so the screenshots show no one's recent files.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
GSETTINGS_BACKEND=memory GTK_A11Y=none GDK_BACKEND=x11 \
  xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" dbus-run-session -- \
  "$build/data/screenshots/ladder-screenshooter" \
  "$source_dir/data/examples/product-marketing-management.jobfamily.json" "$here"
