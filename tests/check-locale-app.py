#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The editor's window speaks each language, with no English left.

    check-locale-app.py [LANGUAGE…]       (default: every language in po/LINGUAS)

Starts the real `ladder` binary (LADDER_APP) on the example job family with
LANG=C.UTF-8 and LANGUAGE set, and walks its accessibility tree with dogtail:
the window as it opens, a role's form, the preview, the main menu, the role
menu and the keyboard shortcuts window. Every accessible name and
description is compared with the catalog (po/LANGUAGE.po): a name that is
still the English source of a string the catalog translates differently is a
failure. Text that comes from the document (role titles, section headings)
is not UI text and is left out.

The catalogs are compiled from po/*.po with msgfmt into a temporary locale
tree that the program finds through LADDER_LOCALEDIR (or LADDER_LOCALEDIR as
given, e.g. BUILD/po).

Run inside a D-Bus session on a display (the README's test command does);
exits 77 (skipped) where dogtail, msgfmt or the accessibility bus is missing.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

LADDER = os.environ.get("LADDER_APP", "ladder")
SOURCE = os.environ.get("LADDER_SOURCE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
EXAMPLE = os.path.join(SOURCE, "data", "examples", "product-marketing-management.jobfamily.json")
DOMAIN = "ladder"
SHORTCUTS_CONTEXT = "shortcut window"


from ladder_skip import skip  # noqa: E402 - a skip is a failure under CI


if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    skip("needs a display and a D-Bus session (run under xvfb-run dbus-run-session)")

if shutil.which("msgfmt") is None and not os.environ.get("LADDER_LOCALEDIR"):
    skip("msgfmt is not installed (Debian: gettext)")

# dogtail refuses to start unless accessibility is switched on.
os.environ["GSETTINGS_BACKEND"] = "memory"
os.environ.pop("GTK_A11Y", None)
os.environ.pop("NO_AT_BRIDGE", None)

try:
    from dogtail import utils
    utils.enableA11y(True)
    from dogtail import config, rawinput, tree
    from dogtail.predicate import GenericPredicate
except Exception as error:  # noqa: BLE001 - any failure to set up dogtail is a skip
    skip(f"dogtail is not usable here: {error}")

config.searchCutoffCount = 20
config.actionDelay = 0.2
config.defaultDelay = 0.3
config.logDebugToFile = False


# --- The catalog -------------------------------------------------------------

def unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def read_po(path):
    """{(msgctxt, msgid): msgstr} of the translated, non-fuzzy entries."""
    entries = {}
    entry = {}
    field = None

    def flush():
        nonlocal entry
        if entry.get("msgid") and entry.get("msgstr") and not entry.get("fuzzy"):
            entries[(entry.get("msgctxt"), entry["msgid"])] = entry["msgstr"]
        entry = {}

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#~"):
                if not line:
                    flush()
                continue
            if line.startswith("#,"):
                entry["fuzzy"] = "fuzzy" in line
                continue
            if line.startswith("#"):
                continue
            match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[0\])?|msgstr\[\d+\])\s+"(.*)"$', line)
            if match:
                field = match.group(1)
                if field == "msgstr[0]":
                    field = "msgstr"
                if field in ("msgctxt", "msgid") and "msgstr" in entry:
                    flush()
                entry[field] = unescape(match.group(2))
            elif line.startswith('"') and field:
                entry[field] = entry.get(field, "") + unescape(line[1:-1])
    flush()
    return entries


def without_mnemonic(text):
    return re.sub(r"_(.)", r"\1", text)


def pattern(text):
    """A regular expression matching the text as shown, with its printf
    directives standing for any value."""
    parts = re.split(r"(%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:l|ll|h|z)?[sdiuxc%])", without_mnemonic(text))
    out = []
    for part in parts:
        if part.startswith("%") and len(part) > 1:
            out.append("%" if part == "%%" else ".+")
        else:
            out.append(re.escape(part))
    return re.compile("^" + "".join(out) + "$", re.S)


class Catalog:
    def __init__(self, po_path):
        self.entries = read_po(po_path)
        # English source texts that the catalog shows differently, by context.
        self.english = []
        for (context, msgid), msgstr in self.entries.items():
            if without_mnemonic(msgid) == without_mnemonic(msgstr) or msgid == "translator-credits":
                continue
            self.english.append((context, msgid, pattern(msgid), pattern(msgstr)))
        # A text matching several msgids ("Undo", "_Undo") is reported as the
        # plainest: without a mnemonic, without printf directives.
        self.english.sort(key=lambda entry: ("_" in entry[1], "%" in entry[1], entry[1]))

    def get(self, msgid, context=None):
        return self.entries.get((context, msgid), msgid)

    def shown(self, msgid, context=None):
        return without_mnemonic(self.get(msgid, context))

    def untranslated(self, text, contexts):
        """The msgid that this shown text is the English of, or None."""
        for context, msgid, english, translated in self.english:
            if context not in contexts:
                continue
            if english.match(text) and not translated.match(text):
                return msgid
        return None


def compile_catalogs(languages, work):
    for lang in languages:
        target = os.path.join(work, lang, "LC_MESSAGES")
        os.makedirs(target)
        subprocess.run(["msgfmt", "--check", "-o", os.path.join(target, f"{DOMAIN}.mo"),
                        os.path.join(SOURCE, "po", f"{lang}.po")], check=True)


def linguas():
    with open(os.path.join(SOURCE, "po", "LINGUAS"), encoding="utf-8") as f:
        return [word for line in f for word in line.split("#")[0].split()]


def document_texts():
    """Every string in the example family: text that is not the UI's."""
    texts = set()

    def collect(value):
        if isinstance(value, str):
            texts.add(value.strip())
            texts.update(line.strip() for line in value.splitlines())
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    with open(EXAMPLE, encoding="utf-8") as f:
        collect(json.load(f))
    return texts


# --- The window ----------------------------------------------------------------

def wait_for(predicate, what, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            result = predicate()
        except Exception:  # noqa: BLE001 - nodes come and go while the UI settles
            result = None
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def texts_of(node):
    """The name and description of a node as a person would see them. GTK 4.8
    names a button with a mnemonic label "_Save Save": both halves count."""
    out = []
    for text in (node.name or "", node.description or ""):
        text = text.strip()
        if not text:
            continue
        out.append(text)
        halves = re.match(r"^(.+) (.+)$", text)
        if halves and without_mnemonic(halves.group(1)) == halves.group(2):
            out.append(halves.group(2))
        elif "_" in text:
            out.append(without_mnemonic(text))
    return out


def walk(node, seen, depth=0):
    if depth > 60:
        return
    try:
        role = node.roleName
        texts = texts_of(node)
        children = list(node.children)
    except Exception:  # noqa: BLE001 - a node that went away meanwhile
        return
    for text in texts:
        seen.setdefault(text, role)
    for child in children:
        walk(child, seen, depth + 1)


def clickable(node):
    try:
        return "click" in node.actions
    except Exception:  # noqa: BLE001
        return False


def find(root, names, role=None, seconds=10, action=False):
    """The node named any of names (the translation first, then the English,
    so that a missing translation is reported as such, not as a timeout)."""
    names = [names] if isinstance(names, str) else names

    def search():
        return root.findChild(lambda node: (role is None or node.roleName == role)
                              and any(name in texts_of(node) for name in names)
                              and (not action or clickable(node)),
                              retry=False, requireResult=False)
    return wait_for(search, " or ".join(f"“{name}”" for name in names) + (f" ({role})" if role else ""),
                    seconds)


def check_language(lang, locale_dir):
    catalog = Catalog(os.path.join(SOURCE, "po", f"{lang}.po"))
    document = document_texts()
    with open(EXAMPLE, encoding="utf-8") as f:
        first_role = json.load(f)["roles"][0]["title"]

    work = tempfile.mkdtemp(prefix=f"ladder-locale-{lang}-")
    family_path = os.path.join(work, "family.jobfamily.json")
    shutil.copy(EXAMPLE, family_path)
    home = os.path.join(work, "home")
    os.makedirs(home)
    env = dict(os.environ, XDG_DATA_HOME=home, XDG_STATE_HOME=home, XDG_CONFIG_HOME=home,
               GDK_BACKEND="x11", LANG="C.UTF-8", LANGUAGE=lang, LADDER_LOCALEDIR=locale_dir)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    process = subprocess.Popen([LADDER, family_path], env=env)

    # text → role, for the main window and for the shortcuts window apart:
    # strings with the "shortcut window" context only count in the latter.
    main_seen = {}
    shortcuts_seen = {}

    def ui(msgid):
        return [catalog.shown(msgid), without_mnemonic(msgid)]

    steps = []
    try:
        app = wait_for(lambda: next((a for a in tree.root.applications()
                                     if a.name == "ladder" and any(c.roleName == "frame" for c in a.children)),
                                    None), "the application on the accessibility bus")
        frame = wait_for(lambda: app.findChild(GenericPredicate(roleName="frame"), retry=False,
                                               requireResult=False), "the window")
        time.sleep(1)

        # 1. The window as it opens: the family's form.
        walk(app, main_seen)
        steps.append("the family form")

        # 2. A role's form.
        find(app, first_role, "label").click()
        find(app, ui("_Title"), "text")
        find(app, ui("Responsibilities"))
        walk(app, main_seen)
        steps.append("a role's form")

        # 3. The preview, both its tabs.
        find(app, ui("Preview"), "push button", action=True).doActionNamed("click")
        time.sleep(1)
        walk(app, main_seen)
        steps.append("the preview")

        # 4. The main menu, then 5. the role menu.
        for menu in ("Main Menu", "Role Menu"):
            button = find(app, ui(menu), "push button", action=True)
            button.doActionNamed("click")
            time.sleep(1)
            walk(app, main_seen)
            rawinput.pressKey("Escape")
            time.sleep(0.5)
            steps.append(f"the {menu.lower()}")

        # 6. The keyboard shortcuts window.
        try:
            frame.doActionNamed("win.show-help-overlay")
        except Exception:  # noqa: BLE001 - older GTK: the shortcut instead
            rawinput.keyCombo("<Control>question")
        shortcuts = wait_for(lambda: next((window for window in app.children if window != frame), None),
                             "the keyboard shortcuts window")
        time.sleep(1)
        walk(shortcuts, shortcuts_seen)
        steps.append("the keyboard shortcuts")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(work, ignore_errors=True)

    if os.environ.get("LADDER_TEST_VERBOSE"):
        for seen in (main_seen, shortcuts_seen):
            for text, role in sorted(seen.items()):
                print(f"  {lang}: [{role}] {text!r}")

    problems = []
    translated_seen = 0
    for seen, contexts in ((main_seen, {None}), (shortcuts_seen, {None, SHORTCUTS_CONTEXT})):
        for text, role in sorted(seen.items()):
            if text in document:
                continue
            msgid = catalog.untranslated(text, contexts)
            if msgid is not None:
                problems.append(f"{lang}: [{role}] “{text}” is English; the catalog says "
                                f"“{catalog.get(msgid)}”")
            elif any(translated.match(text) for _, _, _, translated in catalog.english):
                translated_seen += 1

    if translated_seen < 20:
        problems.append(f"{lang}: only {translated_seen} translated texts in the window; is the catalog loaded?")
    return problems, translated_seen, steps


def main():
    languages = sys.argv[1:] or linguas()
    locale_dir = os.environ.get("LADDER_LOCALEDIR")
    work = None
    if not locale_dir:
        work = tempfile.mkdtemp(prefix="ladder-locale-")
        locale_dir = os.path.join(work, "locale")
        compile_catalogs(languages, locale_dir)

    failures = []
    try:
        for lang in languages:
            problems, count, steps = check_language(lang, locale_dir)
            failures += problems
            if not problems:
                print(f"ok: {lang}: {count} translated texts, no English, in {', '.join(steps)}")
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)

    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
