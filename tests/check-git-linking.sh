#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-git-linking.sh GIT_MODULE PROGRAM...
#
# Git is loaded when it must be asked (src/git/): no PROGRAM may link
# libgit2 or libgit2-glib, whose twenty libraries cost every new process
# more than `git status`; the git module must link them. Exits 77 (skipped)
# without readelf (binutils), except under CI.
set -euo pipefail

if ! command -v readelf >/dev/null 2>&1; then
  case "${CI:-}" in
    ""|0|false) echo "SKIP: readelf is not installed (binutils)"; exit 77 ;;
    *) echo "FAIL: readelf is not installed (binutils), and CI is set"; exit 1 ;;
  esac
fi

module=$1
shift
status=0

if ! readelf -d "$module" | grep -q 'NEEDED.*libgit2-glib'; then
  echo "FAIL: $module does not link libgit2-glib"
  status=1
fi

for program in "$@"; do
  if readelf -d "$program" | grep -E 'NEEDED.*libgit2'; then
    echo "FAIL: $program links libgit2 (above): git must be opened through the module"
    status=1
  else
    echo "ok: $program does not link libgit2"
  fi
done

exit $status
