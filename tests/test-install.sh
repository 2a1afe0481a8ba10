#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-install.sh BUILD_DIR PREFIX [SOURCE_DIR [LIBDIR]]
#
# Installs the build into a temporary DESTDIR and checks that every file
# GNOME needs is in place: the binaries, the git module (LIBDIR/ladder/,
# LIBDIR relative to PREFIX, default lib), the desktop file, the metainfo,
# the icons, the GSettings schema, the MIME type, the D-Bus service and a
# translation catalog for every language in po/LINGUAS; and that only the
# git module links libgit2. Prints each problem and exits 1 if there is
# any.

set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR PREFIX [SOURCE_DIR]" >&2
  exit 2
fi

build_dir=$1
prefix=$2
source_dir=${3:-$(cd "$(dirname "$0")/.." && pwd)}
libdir=${4:-lib}
# meson may give an absolute libdir: under the prefix, as a relative one.
case $libdir in
  "$prefix"/*) libdir=${libdir#"$prefix"/} ;;
esac
app_id=io.gitlab.jobladder.Ladder
gettext_package=ladder

destdir=$(mktemp -d "${TMPDIR:-/tmp}/ladder-install.XXXXXX")
trap 'rm -rf "$destdir"' EXIT

# meson test has built what the tests need; meson install builds the rest
# (the translations) and installs. This test runs alone, so nothing else is
# building at the same time.
if ! meson install -C "$build_dir" --destdir "$destdir" --quiet > "$destdir.log" 2>&1; then
  cat "$destdir.log" >&2
  rm -f "$destdir.log"
  echo "meson install failed" >&2
  exit 1
fi
rm -f "$destdir.log"

root=$destdir$prefix

expected=(
  bin/ladder
  bin/ladder-cli
  "$libdir/ladder/ladder-git-module.so"
  "share/applications/$app_id.desktop"
  "share/metainfo/$app_id.metainfo.xml"
  "share/icons/hicolor/scalable/apps/$app_id.svg"
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
  "share/glib-2.0/schemas/$app_id.gschema.xml"
  "share/mime/packages/$app_id.mime.xml"
  "share/dbus-1/services/$app_id.service"
  share/ladder/ladder-config.schema.json
  share/ladder/lint/README.md
)

# The word lists of the handbook checks, as data/lint/ has them.
for list in "$source_dir"/data/lint/*.json; do
  expected+=("share/ladder/lint/$(basename "$list")")
done

# One catalog per language in po/LINGUAS (one or more per line, # comments).
languages=()
if [ -f "$source_dir/po/LINGUAS" ]; then
  while read -r line; do
    line=${line%%#*}
    for lang in $line; do
      languages+=("$lang")
    done
  done < "$source_dir/po/LINGUAS"
else
  echo "no po/LINGUAS in $source_dir" >&2
  exit 1
fi

for lang in "${languages[@]}"; do
  expected+=("share/locale/$lang/LC_MESSAGES/$gettext_package.mo")
done

missing=0
for file in "${expected[@]}"; do
  if [ -f "$root/$file" ]; then
    echo "ok: $prefix/$file"
  else
    echo "missing: $prefix/$file"
    missing=$((missing + 1))
  fi
done

for binary in bin/ladder bin/ladder-cli; do
  if [ -f "$root/$binary" ] && [ ! -x "$root/$binary" ]; then
    echo "not executable: $prefix/$binary"
    missing=$((missing + 1))
  fi
done

# Git is loaded when it is needed: the programs do not link libgit2, the
# module does (readelf, from binutils).
if command -v readelf >/dev/null 2>&1; then
  for binary in bin/ladder bin/ladder-cli; do
    if [ -f "$root/$binary" ] && readelf -d "$root/$binary" | grep -q 'NEEDED.*libgit2'; then
      echo "$prefix/$binary links libgit2: git must be loaded as a module"
      missing=$((missing + 1))
    fi
  done
  module=$root/$libdir/ladder/ladder-git-module.so
  if [ -f "$module" ] && ! readelf -d "$module" | grep -q 'NEEDED.*libgit2-glib'; then
    echo "$prefix/$libdir/ladder/ladder-git-module.so does not link libgit2-glib"
    missing=$((missing + 1))
  fi
else
  echo "readelf is missing (binutils): what the programs link is not checked"
  case "${CI:-}" in ""|0|false) ;; *) missing=$((missing + 1)) ;; esac
fi

# The D-Bus service must start the installed binary.
service=$root/share/dbus-1/services/$app_id.service
if [ -f "$service" ] && ! grep -qxF "Exec=$prefix/bin/ladder --gapplication-service" "$service"; then
  echo "wrong Exec in $prefix/share/dbus-1/services/$app_id.service:"
  grep '^Exec=' "$service" || true
  missing=$((missing + 1))
fi

# The installed ladder-cli checks a page with the installed word lists.
if [ -x "$root/bin/ladder-cli" ]; then
  lint_output=$(printf -- '---\ntitle: X\n---\n\n## Levels\n\n### X\n\n#### X Requirements\n\n- Experience\n' \
    | LADDER_LINT_DATA_DIR=$root/share/ladder/lint "$root/bin/ladder-cli" lint - 2>&1 || true)
  if [[ $lint_output != *ability-to-use-gitlab* ]]; then
    echo "the installed ladder-cli does not check a page with the installed word lists: $lint_output"
    missing=$((missing + 1))
  fi
fi

echo "${#languages[@]} language(s) in po/LINGUAS: ${languages[*]:-none}"

if [ "$missing" -gt 0 ]; then
  echo "$missing problem(s) in the installed tree"
  exit 1
fi

echo "all ${#expected[@]} files installed"
