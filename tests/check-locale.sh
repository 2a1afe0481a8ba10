#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ladder-cli speaks the languages in po/LINGUAS, and handbook exports stay in
# English whatever the interface language.
#
#   check-locale.sh SOURCE_DIR LADDER_CLI
#
# The translations are compiled from po/*.po with msgfmt into a temporary
# locale tree (<tmp>/de/LC_MESSAGES/ladder.mo) that the program is pointed at
# with LADDER_LOCALEDIR, so the test needs no installation. Runs under
# LANG=C.UTF-8, which every glibc has, with LANGUAGE choosing the catalog.
# Exits 77 (skipped) when msgfmt is missing.

set -u

source_dir=${1:?usage: check-locale.sh SOURCE_DIR LADDER_CLI}
cli=${2:?usage: check-locale.sh SOURCE_DIR LADDER_CLI}
domain=ladder

. "$(dirname "$0")/ladder-skip.sh"

if ! command -v msgfmt >/dev/null; then
    ladder_skip "msgfmt is not installed (Debian: gettext)"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ladder-locale-XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

languages=$(sed -e "s/#.*//" "$source_dir/po/LINGUAS" | xargs)
if [ -z "${languages// /}" ]; then
    fail "po/LINGUAS lists no language"
    exit 1
fi

for lang in $languages; do
    mkdir -p "$work/locale/$lang/LC_MESSAGES"
    if ! msgfmt --check -o "$work/locale/$lang/LC_MESSAGES/$domain.mo" "$source_dir/po/$lang.po"; then
        fail "po/$lang.po does not compile"
    fi
done

# A message in LANGUAGE=$1, as the compiled catalog has it; the msgid when the
# catalog has no translation (or gettext(1) is missing, which the caller sees).
translation() {
    LANG=C.UTF-8 LC_ALL= LANGUAGE=$1 TEXTDOMAINDIR="$work/locale" gettext -d "$domain" -- "$2"
}

# Runs ladder-cli in a language: stdout into $work/out, stderr into
# $work/err, exit status into $status.
run_cli() {
    local lang=$1
    shift
    env LANG=C.UTF-8 LC_ALL= LC_MESSAGES= LANGUAGE="$lang" LADDER_LOCALEDIR="$work/locale" \
        "$cli" "$@" >"$work/out" 2>"$work/err"
    status=$?
}

contains() {
    grep -qF -- "$2" "$1"
}

have_gettext=yes
command -v gettext >/dev/null || have_gettext=no

for lang in $languages; do
    # The words to look for, from the catalog (German as a fallback when
    # gettext(1) is missing, so the test still means something).
    if [ "$have_gettext" = yes ]; then
        commands=$(translation "$lang" "Commands:")
        error_word=$(translation "$lang" "error")
        unknown=$(translation "$lang" "unknown command “%s”")
    elif [ "$lang" = de ]; then
        commands="Befehle:" error_word="Fehler" unknown="unbekannter Befehl „%s“"
    else
        continue
    fi

    if [ "$commands" = "Commands:" ]; then
        fail "$lang: the catalog has no translation of “Commands:”"
        continue
    fi

    # --help: the translated heading, and no English one.
    run_cli "$lang" --help
    if [ "$status" -ne 0 ]; then
        fail "$lang: ladder-cli --help exited with $status"
    fi
    if ! contains "$work/out" "$commands"; then
        fail "$lang: ladder-cli --help does not say “$commands”:"
        sed 's/^/    /' "$work/out"
    fi
    if contains "$work/out" "Commands:"; then
        fail "$lang: ladder-cli --help still says “Commands:”"
    fi

    # A file that cannot be read: exit status 1 and the FILE: error: prefix
    # with the translated word (an untranslated "error" is fine where the
    # language writes it the same way, as Spanish does).
    run_cli "$lang" export /nonexistent.jobfamily.json
    if [ "$status" -ne 1 ]; then
        fail "$lang: export of a missing file exited with $status, not 1"
    fi
    if ! contains "$work/err" "/nonexistent.jobfamily.json: $error_word: "; then
        fail "$lang: export of a missing file does not say “/nonexistent.jobfamily.json: $error_word: …”:"
        sed 's/^/    /' "$work/err"
    fi
    if [ "$error_word" != error ] && contains "$work/err" ": error: "; then
        fail "$lang: export of a missing file still says “error”"
    fi

    # A usage error, with a format argument.
    run_cli "$lang" frobnicate
    expected=${unknown//%s/frobnicate}
    if [ "$status" -ne 2 ]; then
        fail "$lang: an unknown command exited with $status, not 2"
    fi
    if ! contains "$work/err" "$expected"; then
        fail "$lang: an unknown command does not say “$expected”:"
        sed 's/^/    /' "$work/err"
    fi
done

# German must be there in any case: the issue asks for it.
case " $languages " in
    *" de "*) ;;
    *) fail "po/LINGUAS has no German (de)" ;;
esac
if [ -f "$source_dir/po/de.po" ]; then
    run_cli de --help
    contains "$work/out" "Befehle:" || fail "de: ladder-cli --help does not say “Befehle:”"
    run_cli de export /nonexistent.jobfamily.json
    contains "$work/err" ": Fehler: " || fail "de: a missing file is not reported with “Fehler”"
fi

# Handbook pages are written in English whatever the interface language: the
# words the exporter writes come from the document, not from the catalog.
example="$source_dir/data/examples/product-marketing-management.jobfamily.json"
if [ -f "$example" ]; then
    run_cli "" export "$example"
    if [ "$status" -ne 0 ]; then
        fail "export of the example exited with $status"
    fi
    mv "$work/out" "$work/english.md"
    for lang in $languages; do
        run_cli "$lang" export "$example"
        if [ "$status" -ne 0 ] || ! cmp -s "$work/english.md" "$work/out"; then
            fail "$lang: the exported page differs from the one written without LANGUAGE"
            diff -u "$work/english.md" "$work/out" | head -20 | sed 's/^/    /'
        fi
        run_cli "$lang" export --canonical "$example"
        cp "$work/out" "$work/$lang-canonical.md"
    done
    run_cli "" export --canonical "$example"
    for lang in $languages; do
        if ! cmp -s "$work/out" "$work/$lang-canonical.md"; then
            fail "$lang: the canonical export differs from the one written without LANGUAGE"
        fi
    done
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "ladder-cli speaks: $languages; exports stay in English"
exit 0
