#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes PNG screenshots of the real window with the example family: the main
# view, the role editor and the preview; and of a handbook checkout made
# from corpus pages (workspace.png). Runs headless (Xvfb).
#
#   data/screenshots/take.sh [BUILD-DIR [CORPUS-DIR]]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${1:-$source_dir/build}
corpus=${2:-/work/shared/corpus/handbook}

meson compile -C "$build" ladder-screenshooter >/dev/null

# A home of its own, so the screenshots show no one's recent files.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

shoot () {
  HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
  GSETTINGS_BACKEND=memory GTK_A11Y=none GDK_BACKEND=x11 \
    xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" dbus-run-session -- \
    "$build/data/screenshots/ladder-screenshooter" "$@"
}

shoot "$source_dir/data/examples/product-marketing-management.jobfamily.json" "$here"

# A handbook checkout of a few departments' corpus pages (DEPARTMENT__NAME.md),
# committed; then one page edited and one added, so that the list shows
# every git state.
if [ -d "$corpus" ]; then
  handbook="$home/handbook"
  library="$handbook/content/job-description-library"
  for page in "$corpus"/{people-group,product,security}__*.md; do
    name=$(basename "$page")
    mkdir -p "$library/${name%%__*}"
    cp "$page" "$library/${name%%__*}/${name#*__}"
  done
  git -C "$handbook" init -q -b main
  git -C "$handbook" add -A
  git -C "$handbook" -c user.name=Ladder -c user.email=ladder@example.com commit -q -m "Handbook"
  sed -i '0,/^- Collaborate with GitLab engineers/s//- Work with GitLab engineers/' \
    "$library/product/technical-writer.md"
  printf '\nOne more line.\n' >> "$library/people-group/candidate-experience.md"
  cp "$library/people-group/people-strategy.md" "$library/people-group/people-analytics.md"
  sed -i '0,/^title: .*/s//title: "People Analytics"/' "$library/people-group/people-analytics.md"
  shoot --handbook "$handbook" content/job-description-library/product/technical-writer.md "$here"
else
  echo "No corpus at $corpus: workspace.png not taken" >&2
fi
