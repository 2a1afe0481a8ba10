#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader is told, walked page by page through the real
`ladder` binary's accessibility tree (dogtail): a new window's start, the
family's page, every role of the example and of a real handbook page, the
preview, the close dialog and the dialog of a file that cannot be opened;
and that the role's Title and Manager's link fields report the focus.

Fails on any element a person can operate (button, field, list row, …)
without a name, with a doubled name ("Save Save"), or with a mnemonic
underscore in its name ("_Export") or Markdown (a bullet's link), and on a
role row without an activate action. Run inside a D-Bus session on a display (the README's test command
does); exits 77 (skipped) where dogtail or the accessibility bus is missing.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from ladder_a11y import EXAMPLE, SOURCE, find_app, launch, setup_dogtail, stop, wait_for

tree, rawinput, GenericPredicate = setup_dogtail()
import pyatspi  # noqa: E402 - only importable once dogtail is set up

GROUPED_PAGE = os.path.join(SOURCE, "tests", "data", "partner-territory-manager.md")
REAL_PAGE = os.path.join(SOURCE, "tests", "data", "partner-program-manager.md")
LINKED_MARKDOWN = ("Recruit, coach and manage [product marketing managers]"
                   "(https://about.gitlab.com/job-families/marketing/) that live our values")
LINKED_TEXT = "Recruit, coach and manage product marketing managers that live our values"

# What a person operates; labels, panels and fillers only say or hold.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "text", "entry", "password text",
    "spin button", "combo box", "list item", "menu item", "check menu item", "radio menu item", "link",
    "slider", "switch", "page tab", "toggle", "tree item",
}

# GTK 4.8 names an element that has no name after its type.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Ladder)[A-Z][A-Za-z]*$")
MNEMONIC = re.compile(r"(^|[\s(])_[^\W_]")
# A link's Markdown in a name: a bullet is named by its text as shown.
MARKDOWN_LINK = re.compile(r"\]\(")


def doubled(name):
    words = name.split()
    half = len(words) // 2
    return len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


# What holds nothing a person operates: not walked into (each question
# asked of the tree is a round trip over D-Bus).
LEAVES = {"label", "image", "separator", "scroll bar", "icon", "static", "heading"}


def problems_in(node, where, found):
    try:
        role = node.roleName
        if role in LEAVES and role not in INTERACTIVE:
            return
        states = node.getState()
        # The application itself is never "visible".
        if role != "application" and not states.contains(pyatspi.STATE_VISIBLE):
            return
        operable = role in INTERACTIVE and (states.contains(pyatspi.STATE_FOCUSABLE) or role == "list item")
        name = (node.name or "") if operable else ""
        children = list(node.children)
    except Exception:  # noqa: BLE001 - the tree changes while we look
        return

    if operable:
        if name.strip() == "" or TYPE_NAME.match(name):
            found.setdefault(f"{role} without a name ({name!r})", where)
        elif doubled(name):
            found.setdefault(f"{role} named twice: {name!r}", where)
        elif role not in ("text", "entry") and MNEMONIC.search(name):
            found.setdefault(f"{role} with a mnemonic underscore: {name!r}", where)
        elif role not in ("text", "entry") and MARKDOWN_LINK.search(name):
            found.setdefault(f"{role} named with Markdown: {name!r}", where)

    for child in children:
        problems_in(child, where, found)


def check(app, where, found):
    problems_in(app, where, found)


def frames(app):
    return [child for child in app.children if child.roleName == "frame"]


def main():
    work = tempfile.mkdtemp(prefix="ladder-a11y-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    family_path = os.path.join(work, "pmm.jobfamily.json")
    page_path = os.path.join(work, "partner-program-manager.md")
    broken_path = os.path.join(work, "senior-analyst.jobfamily.json")
    # The example, with a link in its first role's first responsibility.
    with open(EXAMPLE, encoding="utf-8") as example:
        family = json.load(example)
    family["roles"][0]["responsibilities"][0] = LINKED_MARKDOWN
    with open(family_path, "w", encoding="utf-8") as copy:
        json.dump(family, copy, ensure_ascii=False, indent=2)
    shutil.copy(REAL_PAGE, page_path)
    with open(broken_path, "w", encoding="utf-8") as broken:
        broken.write('{ "format" : "ladder-job-family", "version" : 1, "roles" : [ { "title" : ')

    found = {}  # problem: the first page it was seen on
    processes = [launch([], home)]
    try:
        app = find_app(tree)

        # A new window: its start.
        wait_for(lambda: app.findChild(GenericPredicate(name="Empty Family", roleName="push button"),
                                       retry=False, requireResult=False), "the new window's start")
        check(app, "new window", found)

        for path, name in ((family_path, "Director, Product Marketing"),
                           (page_path, "Senior Partner Program Manager")):
            processes.append(launch([path], home))
            wait_for(lambda: app.findChild(lambda node: node.roleName == "list item" and node.name.startswith(name),
                                           retry=False, requireResult=False),
                     f"{os.path.basename(path)} in a window")
            check(app, f"{os.path.basename(path)}: family page", found)

            # Every role, as activated from its row in the sidebar.
            stem = os.path.basename(path).split(".")[0]
            frame = wait_for(lambda: next((f for f in frames(app) if f.name.startswith(stem)), None),
                             f"the window of {stem}")
            roles = frame.findChild(GenericPredicate(name="Roles", roleName="list"))
            # The list's items: the page's headings ("Levels"), and the
            # roles, each named by its title and grade. GTK 4.8's list
            # items offer assistive technologies no action: the role's row
            # inside each offers "activate".
            rows = [row for row in roles.children
                    if row.roleName == "list item" and row.children and row.children[0].roleName != "label"]
            assert rows, "no role rows in the sidebar"
            for row in rows:
                assert row.name, "a role's item in the sidebar has no name"
                assert "activate" in row.children[0].actions, f"role row {row.name!r} has no activate action"
            # Each role of the example; of the long page, its first and its
            # last (the same form, and each walk takes a while).
            for row in rows if len(rows) <= 3 else (rows[0], rows[-1]):
                row.children[0].doActionNamed("activate")
                time.sleep(0.3)
                check(app, f"{os.path.basename(path)}: role {row.name!r}", found)

            # A bullet with a link is named by its words, as they are shown.
            if path == family_path:
                first = next(row for row in rows if row.name.startswith("Senior Manager, Product Marketing"))
                first.children[0].doActionNamed("activate")
                wait_for(lambda: frame.findChild(GenericPredicate(name=LINKED_TEXT, roleName="list item"),
                                                 retry=False, requireResult=False),
                         "the linked bullet's row, named by its text")

        # Focus moving into the role's fields is told: clicked, each
        # field says it has the focus.
        editor = frame.findChild(GenericPredicate(name="LadderRoleEditor"))
        for field_name in ("Title", "Manager’s link"):
            field = editor.findChild(GenericPredicate(roleName="text", name=field_name))
            field.click()
            try:
                wait_for(lambda: field.getState().contains(pyatspi.STATE_FOCUSED),
                         f"the {field_name} field to report the focus", seconds=10)
            except AssertionError as error:
                found.setdefault(f"text {field_name!r} reports no focus", "role form")
                print(error, file=sys.stderr)

        # The preview beside the form.
        frame.doActionNamed("win.toggle-preview")
        time.sleep(1)
        check(app, "preview", found)

        # The close dialog of a window with a change in it.
        frame.doActionNamed("win.add-role")
        time.sleep(0.3)
        frame.doActionNamed("win.close")
        cancel = wait_for(lambda: app.findChild(GenericPredicate(name="Cancel", roleName="push button"),
                                                retry=False, requireResult=False), "the close dialog")
        check(app, "close dialog", found)
        cancel.doActionNamed("click")
        time.sleep(0.5)

        # A bullet under a group's text ("**Partner Management**") is said
        # with its group: moving from bullet to bullet, a screen reader
        # passes no header.
        groups_path = os.path.join(work, "partner-territory-manager.md")
        shutil.copy(GROUPED_PAGE, groups_path)
        processes.append(launch([groups_path], home))
        grouped = wait_for(lambda: next((f for f in frames(app) if f.name.startswith("partner-territory-manager")),
                                        None), "the window of partner-territory-manager")
        grouped_roles = wait_for(lambda: grouped.findChild(GenericPredicate(name="Roles", roleName="list"),
                                                           retry=False, requireResult=False), "its roles")
        associate = next(row for row in grouped_roles.children
                         if row.roleName == "list item" and row.name.startswith("Associate Partner Territory"))
        associate.children[0].doActionNamed("activate")
        for start, group in (("Experience driving partner sales", "Partner Sales and Services"),
                             ("Basic experience in partner management", "Partner Management"),
                             ("Knowledge and/or experience with different partner", "Partner Management")):
            row = wait_for(lambda: grouped.findChild(lambda node: node.roleName == "list item"
                                                     and node.name.startswith(start),
                                                     retry=False, requireResult=False), f"the bullet {start!r}")
            if row.description != group:
                found.setdefault(f"bullet {start!r} says group {row.description!r}, not {group!r}",
                                 "grouped requirements")

        # A file that cannot be opened.
        processes.append(launch([broken_path], home))
        close = wait_for(lambda: app.findChild(GenericPredicate(name="Close", roleName="push button"),
                                               retry=False, requireResult=False)
                         and app.findChild(GenericPredicate(name="Details"), retry=False, requireResult=False),
                         "the open-error dialog")
        check(app, "open-error dialog", found)
    finally:
        for process in reversed(processes):
            stop(process)
        shutil.rmtree(work, ignore_errors=True)

    if found:
        for problem, where in sorted(found.items()):
            print(f"{where}: {problem}", file=sys.stderr)
        sys.exit(f"{len(found)} accessibility problems")
    print("ok: every page named, no doubled names, no mnemonic underscores")


if __name__ == "__main__":
    main()
