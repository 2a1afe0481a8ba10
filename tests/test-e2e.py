#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a person would: the real `ladder` binary under Xvfb,
driven through the accessibility tree with dogtail. Opens the example,
selects the Director role, changes its grade, adds a requirement, saves,
exports, and checks both files.

Run inside a D-Bus session on a display (the README's test command does);
exits 77 (skipped) where dogtail or the accessibility bus is missing.
"""

import json
import os
import shutil
import subprocess
import tempfile
import time

from ladder_a11y import EXAMPLE, find_app, launch, setup_dogtail, stop, text_of, wait_for

NEW_REQUIREMENT = "Writes clearly for technical and business readers"

tree, rawinput, GenericPredicate = setup_dogtail()


def main():
    work = tempfile.mkdtemp(prefix="ladder-e2e-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    family_path = os.path.join(work, "pmm.jobfamily.json")
    page_path = os.path.join(work, "pmm.md")
    shutil.copy(EXAMPLE, family_path)

    app_process = launch([family_path], home)

    try:
        app = find_app(tree)

        frame = wait_for(lambda: app.findChild(GenericPredicate(roleName="frame"), retry=False,
                                               requireResult=False), "the window")

        # The Director role, in the roles list: a click on its row.
        director = wait_for(lambda: app.findChild(GenericPredicate(name="Director, Product Marketing",
                                                                   roleName="label"),
                                                  retry=False, requireResult=False),
                            "the Director role in the sidebar")
        director.click()

        def role_title():
            editor = app.findChild(GenericPredicate(name="LadderRoleEditor"), retry=False, requireResult=False)
            field = editor and editor.findChild(GenericPredicate(roleName="text", name="Title"),
                                                retry=False, requireResult=False)
            return field and text_of(field) == "Director, Product Marketing"

        wait_for(role_title, "the Director role's form")

        # Its grade: 10 to 12, typed into the spin button.
        grade = app.findChild(GenericPredicate(roleName="spin button"))
        grade.click()
        rawinput.keyCombo("<Control>a")
        rawinput.typeText("12")
        rawinput.pressKey("Tab")

        # A new requirement at the end of the list; the new bullet takes the focus.
        add = app.findChild(GenericPredicate(name="Add Requirement", roleName="push button"))
        add.doActionNamed("click")
        time.sleep(0.5)
        rawinput.typeText(NEW_REQUIREMENT)
        time.sleep(0.5)

        frame.doActionNamed("win.save")
        wait_for(lambda: NEW_REQUIREMENT in open(family_path, encoding="utf-8").read(), "the saved file")

        # Export: the first time, the file chooser asks where, and offers
        # the family's folder and name.
        frame.doActionNamed("win.export")
        def export_button():
            dialogs = [window for window in app.children if window != frame]
            for dialog in dialogs:
                found = dialog.findChild(lambda node: node.roleName == "push button" and "Export" in node.name,
                                         retry=False, requireResult=False)
                if found:
                    return found
            return None

        button = wait_for(export_button, "the export dialog")
        time.sleep(0.5)
        button.doActionNamed("click")
        wait_for(lambda: os.path.exists(page_path), "the exported page")

        family = json.load(open(family_path, encoding="utf-8"))
        director_role = next(r for r in family["roles"] if r["title"] == "Director, Product Marketing")
        assert director_role["job_grade"] == 12, director_role["job_grade"]
        assert director_role["requirements"][-1] == NEW_REQUIREMENT, director_role["requirements"][-1]

        page = open(page_path, encoding="utf-8").read()
        assert "The Director, Product Marketing is a [grade 12](" in page
        assert f"\n- {NEW_REQUIREMENT}\n" in page
        # Nothing else changed: the page is the original with two lines edited or added.
        original = subprocess.run([os.environ.get("LADDER_CLI", "ladder-cli"), "export", EXAMPLE],
                                  capture_output=True, text=True, check=True).stdout
        assert len(page.splitlines()) == len(original.splitlines()) + 1
        print("ok: grade changed, requirement added, saved and exported")
    finally:
        stop(app_process)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
