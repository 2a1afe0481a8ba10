#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Looking changes nothing, end to end, with real keys: the real `ladder`
binary opens a real handbook page (tests/data/partner-program-manager.md),
and a person goes down through every role with the Down key, types in the
roles' filter, presses Ctrl+Z in fields with nothing to undo, deletes a
role and takes the deletion back with the toast's Undo.
The page exported afterwards must be byte for byte the page that was read.

Run inside a D-Bus session on a display (the README's test command does);
exits 77 (skipped) where dogtail or the accessibility bus is missing.
"""

import difflib
import os
import shutil
import tempfile
import time

from ladder_a11y import SOURCE, find_app, launch, setup_dogtail, stop, text_of, wait_for

PAGE = os.path.join(SOURCE, "tests", "data", "partner-program-manager.md")
FILTER = "Senior"

tree, rawinput, GenericPredicate = setup_dogtail()


def main():
    work = tempfile.mkdtemp(prefix="ladder-untouched-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    page_path = os.path.join(work, "partner-program-manager.md")
    shutil.copy(PAGE, page_path)
    original = open(PAGE, "rb").read()

    app_process = launch([page_path], home)
    try:
        app = find_app(tree)
        frame = wait_for(lambda: app.findChild(GenericPredicate(roleName="frame"), retry=False,
                                               requireResult=False), "the window")
        roles = wait_for(lambda: app.findChild(GenericPredicate(roleName="list", name="Roles"), retry=False,
                                               requireResult=False), "the list of roles")
        # The roles' rows; the sidebar's group headings ("Levels") are
        # items holding a label among them.
        def role_rows():
            return [row for row in roles.children
                    if row.roleName == "list item" and row.children and row.children[0].roleName != "label"]

        wait_for(lambda: len(role_rows()) == 8, "the page's eight roles")

        def editor_field(name):
            editor = app.findChild(GenericPredicate(name="LadderRoleEditor"), retry=False, requireResult=False)
            return editor and editor.findChild(lambda node: node.roleName == "text" and node.name.startswith(name),
                                               retry=False, requireResult=False)

        def shown_title():
            field = editor_field("Title")
            return field and text_of(field)

        # Every role, with the Down key.
        role_rows()[0].click()
        wait_for(lambda: shown_title() == "Associate Partner Program Manager", "the first role's form")
        for _ in range(7):
            rawinput.pressKey("Down")
            time.sleep(0.4)
        wait_for(lambda: shown_title() == "Senior Director, Partner Programs and Enablement", "the last role")
        rawinput.pressKey("Home")
        wait_for(lambda: shown_title() == "Associate Partner Program Manager", "the first role again")
        time.sleep(1)

        # Ctrl+Z in fields, with nothing to undo.
        for name in ("Title", "Reports to", "Manager’s link"):
            editor_field(name).click()
            time.sleep(0.3)
            for _ in range(3):
                rawinput.keyCombo("<Control>z")
                time.sleep(0.2)
        assert shown_title() == "Associate Partner Program Manager", shown_title()

        # F6 from a field of the form goes to the sidebar, Shift+F6 back to
        # the form (the panes' GtkPaned took F6 for its own and kept the
        # focus in the form).
        def focus_within(container):
            node = app.findChild(lambda n: n.focused, retry=False, requireResult=False)
            while node is not None:
                if node == container:
                    return True
                node = node.parent
            return False

        rawinput.pressKey("F6")
        wait_for(lambda: focus_within(roles), "the focus in the sidebar after F6")
        rawinput.keyCombo("<Shift>F6")
        wait_for(lambda: focus_within(app.findChild(GenericPredicate(name="LadderRoleEditor"))),
                 "the focus in the form after Shift+F6")

        # The roles' filter takes every letter typed.
        rawinput.keyCombo("<Control>f")
        time.sleep(0.5)
        rawinput.typeText(FILTER)
        time.sleep(0.5)
        search = app.findChild(GenericPredicate(roleName="entry", name="Filter roles"))
        assert text_of(search) == FILTER, text_of(search)
        assert search.focused
        rawinput.keyCombo("<Control>a")
        rawinput.pressKey("BackSpace")
        time.sleep(0.5)

        # Delete the fourth role and take the deletion back (after other
        # changes too: the window test /window/toast-undo-restores-the-deleted-role).
        def toast_undo():
            # The toast's button, not the header bar's Undo.
            toast = app.findChild(GenericPredicate(name="AdwToastWidget"), retry=False, requireResult=False)
            return toast and toast.findChild(lambda node: node.roleName == "push button" and "Undo" in node.name,
                                             retry=False, requireResult=False)

        role_rows()[3].click()
        wait_for(lambda: shown_title() == "Lead Partner Program Manager", "the fourth role's form")
        rawinput.pressKey("Delete")
        undo = wait_for(toast_undo, "the toast of the deletion")
        # A toast stays while the pointer is on it.
        x, y = undo.position
        width, height = undo.size
        rawinput.absoluteMotion(x + width // 2, y + height // 2)
        wait_for(lambda: shown_title() == "Manager, Partner Programs", "the next role's form")
        undo.doActionNamed("click")
        wait_for(lambda: shown_title() == "Lead Partner Program Manager", "the restored role's form")

        # Export (for a page, Save) writes the page only if what the
        # exporter writes differs from what the file holds: a page that
        # comes back different is written, and the checks below see it.
        assert not frame.name.startswith("•"), f"nothing should be unsaved: {frame.name!r}"
        frame.doActionNamed("win.export")
        time.sleep(3)
        exported = open(page_path, "rb").read()
        if exported != original:
            print("".join(difflib.unified_diff(original.decode().splitlines(True), exported.decode().splitlines(True),
                                               "read", "exported")))
        assert exported == original, "the exported page differs from the page read"
        print("ok: every role shown, filter typed, Ctrl+Z pressed, a deletion undone; the page is unchanged")
    finally:
        stop(app_process)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
