#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation template is complete and current.

    check-potfiles.py SOURCE_DIR [BUILD_DIR]

1. Every file under src/ and data/ that holds a translatable string is
   listed in po/POTFILES.in, and every file listed there exists.
2. po/ladder.pot is what a fresh extraction gives: xgettext is run into a
   temporary directory exactly as meson's `ladder-pot` target runs it (the
   arguments are read from BUILD_DIR/build.ninja when there is one, else
   meson's `glib` preset is used), and its entries are compared with the
   committed template, leaving out the header (POT-Creation-Date) and the
   `#:` source references, which change whenever a line moves.

Exits 77 (skipped) only when xgettext is not installed.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

from ladder_skip import skip_status

PACKAGE = "ladder"

# The arguments of meson's i18n.gettext(preset: 'glib'), as meson 1.0 passes
# them to xgettext. Only used when the build directory does not say.
GLIB_PRESET = [
    "--from-code=UTF-8",
    "--add-comments",
    "--keyword=_",
    "--keyword=N_",
    "--keyword=C_:1c,2",
    "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2",
    "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format",
    "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format",
    "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]

# A call of a gettext function or macro: _("…"), N_("…"), C_("ctx", "…"),
# g_dgettext (GETTEXT_PACKAGE, "…"), ngettext ("…", "…", n), …
C_CALL = re.compile(
    r"(?<![A-Za-z0-9_])"
    r"(?:_|N_|C_|NC_|Q_|gettext|dgettext|dcgettext|ngettext|dngettext|pgettext|"
    r"g_dgettext|g_dcgettext|g_dngettext|g_dpgettext|g_dpgettext2)"
    r"\s*\(")

# Keys a desktop entry translates.
DESKTOP_KEY = re.compile(r"^(?:Name|GenericName|Comment|Keywords|X-GNOME-FullName)\s*=", re.M)

# Folders that are never sources: build trees, VCS data, subprojects.
SKIP_DIRS = {".git", "subprojects", "node_modules", "__pycache__", ".flatpak-builder"}


def is_build_dir(path, name):
    if name in SKIP_DIRS or name.startswith("build") or name.startswith("_build"):
        return True
    return os.path.exists(os.path.join(path, "meson-private")) or \
        os.path.exists(os.path.join(path, "CMakeCache.txt"))


def strip_c_comments(text):
    """The C source without its comments, string and character literals kept."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        elif c == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def translatable(path):
    """Whether the file holds a string xgettext would extract."""
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (UnicodeDecodeError, OSError):
        return False

    if name.endswith((".c", ".h")):
        return C_CALL.search(strip_c_comments(text)) is not None
    if name.endswith((".ui", ".ui.in")):
        return re.search(r"""translatable\s*=\s*["'](?:yes|true|1)["']""", text) is not None
    if name.endswith(".desktop.in"):
        return DESKTOP_KEY.search(text) is not None
    if name.endswith((".metainfo.xml.in", ".appdata.xml.in")):
        return re.search(r"<(?:name|summary|description|caption|developer_name)\b", text) is not None
    if name.endswith((".gschema.xml", ".gschema.xml.in")):
        return re.search(r"<(?:summary|description)\b", text) is not None
    if name.endswith((".xml", ".xml.in")) and "<mime-info" in text:
        return re.search(r"<comment\b", text) is not None
    if name.endswith(".policy.in"):
        return re.search(r"<(?:description|message)\b", text) is not None
    return False


def scan(source):
    found = set()
    for top in ("src", "data"):
        root = os.path.join(source, top)
        for path, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not is_build_dir(os.path.join(path, d), d))
            for name in files:
                full = os.path.join(path, name)
                if translatable(full):
                    found.add(os.path.relpath(full, source).replace(os.sep, "/"))
    return found


def read_potfiles(source):
    listed = []
    with open(os.path.join(source, "po", "POTFILES.in"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                listed.append(line)
    return listed


def check_potfiles(source):
    problems = []
    listed = read_potfiles(source)
    found = scan(source)

    for path in sorted(found - set(listed)):
        problems.append(f"po/POTFILES.in: {path} has translatable strings but is not listed")
    for path in listed:
        if not os.path.isfile(os.path.join(source, path)):
            problems.append(f"po/POTFILES.in: {path} does not exist")
    duplicates = sorted({p for p in listed if listed.count(p) > 1})
    for path in duplicates:
        problems.append(f"po/POTFILES.in: {path} is listed more than once")
    if listed != sorted(listed):
        problems.append("po/POTFILES.in: the list is not sorted")
    return problems


def meson_xgettext_args(build):
    """The xgettext and its arguments from the build's ladder-pot target."""
    ninja = os.path.join(build, "build.ninja") if build else None
    if ninja and os.path.isfile(ninja):
        with open(ninja, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for i, line in enumerate(lines):
            if line.startswith(f"build meson-internal__{PACKAGE}-pot:"):
                command = lines[i + 1].strip()
                if not command.startswith("COMMAND = "):
                    break
                words = shlex.split(command[len("COMMAND = "):])
                xgettext, extra = "xgettext", None
                for word in words:
                    if word.startswith("--extra-args="):
                        extra = word[len("--extra-args="):].split("@@")
                    elif word.startswith("--xgettext="):
                        xgettext = word[len("--xgettext="):]
                if extra is not None:
                    return xgettext, extra, "build.ninja"
    return "xgettext", GLIB_PRESET, "the glib preset"


def read_po(path):
    """The entries of a PO file: {(msgctxt, msgid): (msgid_plural, flags, comments)}.
    Leaves out the header, source references and obsolete entries."""
    entries = {}
    entry = {}
    field = None

    def unquote(s):
        s = s.strip()
        assert s.startswith('"') and s.endswith('"'), s
        return s[1:-1]

    def flush():
        nonlocal entry
        if "msgid" in entry and entry["msgid"] != "":
            key = (entry.get("msgctxt"), entry["msgid"])
            entries[key] = (entry.get("msgid_plural"),
                            tuple(sorted(entry.get("flags", set()))),
                            tuple(entry.get("comments", [])))
        entry = {}

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip():
                flush()
                field = None
                continue
            if line.startswith("#~"):
                continue
            if line.startswith("#,"):
                if "msgid" in entry:
                    flush()
                entry.setdefault("flags", set()).update(
                    flag.strip() for flag in line[2:].split(",") if flag.strip() and flag.strip() != "fuzzy")
                continue
            if line.startswith("#."):
                if "msgid" in entry:
                    flush()
                entry.setdefault("comments", []).append(line[2:].strip())
                continue
            if line.startswith("#"):
                continue
            for keyword in ("msgctxt", "msgid_plural", "msgid", "msgstr"):
                if line.startswith(keyword + " ") or line.startswith(keyword + "["):
                    if keyword in ("msgctxt", "msgid") and "msgstr" in entry:
                        flush()
                    field = keyword
                    value = line[line.index('"'):]
                    entry[field] = entry.get(field, "") + unquote(value) if field == "msgstr" else unquote(value)
                    break
            else:
                if line.startswith('"') and field is not None:
                    entry[field] = entry.get(field, "") + unquote(line)
    flush()
    return entries


def describe(key):
    context, msgid = key
    text = msgid if len(msgid) <= 70 else msgid[:67] + "…"
    return f"{text!r}" + (f" (context {context!r})" if context else "")


def check_template(source, build):
    committed = os.path.join(source, "po", f"{PACKAGE}.pot")
    if not os.path.isfile(committed):
        return [f"po/{PACKAGE}.pot is missing: run `meson compile -C build {PACKAGE}-pot`"]

    xgettext, args, origin = meson_xgettext_args(build)
    if shutil.which(xgettext) is None:
        sys.exit(skip_status(f"{xgettext} is not installed"))

    with tempfile.TemporaryDirectory(prefix="ladder-pot-") as tmp:
        command = [xgettext, f"--package-name={PACKAGE}", "-p", tmp,
                   "-f", os.path.join(source, "po", "POTFILES.in"),
                   "-D", source, "-k_", "-o", f"{PACKAGE}.pot"] + args
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            return [f"xgettext failed ({origin}): {result.stderr.strip()}"]
        if result.stderr.strip():
            print(result.stderr.strip(), file=sys.stderr)
        fresh = read_po(os.path.join(tmp, f"{PACKAGE}.pot"))

    old = read_po(committed)
    problems = []
    for key in sorted(fresh.keys() - old.keys(), key=str):
        problems.append(f"new string not in po/{PACKAGE}.pot: {describe(key)}")
    for key in sorted(old.keys() - fresh.keys(), key=str):
        problems.append(f"po/{PACKAGE}.pot has a string the sources no longer have: {describe(key)}")
    for key in sorted(fresh.keys() & old.keys(), key=str):
        if fresh[key] != old[key]:
            problems.append(f"changed plural, flags or translator comment: {describe(key)}")
    if problems:
        problems.append(f"the .pot would differ from one freshly extracted: run `meson compile -C build {PACKAGE}-pot`"
                        f" (and `meson compile -C build {PACKAGE}-update-po`)")
    return problems


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    source = os.path.abspath(sys.argv[1])
    build = os.path.abspath(sys.argv[2]) if len(sys.argv) == 3 else None

    problems = check_potfiles(source)
    problems += check_template(source, build)

    for problem in problems:
        print(f"FAIL: {problem}")
    if problems:
        return 1
    print(f"po/POTFILES.in lists all {len(read_potfiles(source))} files with translatable strings;"
          f" po/{PACKAGE}.pot is current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
