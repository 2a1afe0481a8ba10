#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes PNG screenshots of the real window: with the example family, the
# main view, the role editor and the preview; the preview of a real page
# scrolled to its seventh role; at 360 px (a phone), the
# sidebar and a role in English and in German; a large real page, its roles
# grouped under the page's headings; a new window's start; the dialog of a
# file that cannot be opened; and a handbook checkout made from corpus pages
# (workspace.png). Runs headless (Xvfb). Look at each one.
#
#   data/screenshots/take.sh [BUILD-DIR [CORPUS-DIR]]
#
# The large page and the checkout come from the handbook corpus beside the
# source tree (../shared/corpus/handbook, or LADDER_CORPUS, or CORPUS-DIR);
# without it those screenshots are left out.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${1:-$source_dir/build}
corpus=${2:-${LADDER_CORPUS:-$source_dir/../shared/corpus/handbook}}
example="$source_dir/data/examples/product-marketing-management.jobfamily.json"
page="$source_dir/tests/data/partner-program-manager.md"
large="$corpus/engineering__backend-engineer.md"

meson compile -C "$build" ladder-screenshooter >/dev/null

# A home of its own, so the screenshots show no one's recent files; the
# German catalog compiled from po/de.po.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/locale/de/LC_MESSAGES"
msgfmt -o "$home/locale/de/LC_MESSAGES/ladder.mo" "$source_dir/po/de.po"
printf '{ "format" : "ladder-job-family", "version" : 1, "roles" : [ { "title" : ' \
  > "$home/senior-analyst.jobfamily.json"

shoot () {
  HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" \
  GSETTINGS_BACKEND=memory GTK_A11Y=none GDK_BACKEND=x11 LANG=C.UTF-8 LADDER_LOCALEDIR="$home/locale" \
    xvfb-run -a -s "-screen 0 1400x1000x24 -nolisten tcp" dbus-run-session -- \
    "$build/data/screenshots/ladder-screenshooter" "$here" "$@" 2>/dev/null
}

LANGUAGE=en shoot main "$example"
LANGUAGE=en shoot late-role "$page"
LANGUAGE=en shoot narrow "$page" en
LANGUAGE=de shoot narrow "$page" de
LANGUAGE=en shoot new
LANGUAGE=en shoot open-error "$home/senior-analyst.jobfamily.json"
if [ -f "$large" ]; then
  LANGUAGE=en shoot grouped "$large"
else
  echo "no corpus at $corpus: grouped.png left as it was" >&2
fi

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
  LANGUAGE=en shoot workspace "$handbook" content/job-description-library/product/technical-writer.md
else
  echo "No corpus at $corpus: workspace.png not taken" >&2
fi
