# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by shell tests: how a test that cannot do its real check ends,
# a skip (exit 77) with the reason outside CI, a failure under CI (`CI` set).
ladder_skip () {
  case "${CI:-}" in
    ""|0|false) echo "SKIP: $*"; exit 77 ;;
    *) echo "FAIL: cannot run under CI: $*" >&2; exit 1 ;;
  esac
}

# Run as a program (`sh ladder-skip.sh WHY`): skips, or fails under CI.
case "$0" in
  *ladder-skip.sh) ladder_skip "$*" ;;
esac
