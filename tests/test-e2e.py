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
import sys
import tempfile
import time

LADDER = os.environ.get("LADDER_APP", "ladder")
SOURCE = os.environ.get("LADDER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), ".."))
EXAMPLE = os.path.join(SOURCE, "data", "examples", "product-marketing-management.jobfamily.json")
NEW_REQUIREMENT = "Writes clearly for technical and business readers"


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(77)


if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    skip("needs a display and a D-Bus session (run under xvfb-run dbus-run-session)")

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
config.typingDelay = 0.02
config.defaultDelay = 0.3


def text_of(node):
    # GTK 4.8 answers GetText(0, -1) with "": ask for the whole length.
    text = node.queryText()
    return text.getText(0, text.characterCount)


def wait_for(predicate, what, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def main():
    work = tempfile.mkdtemp(prefix="ladder-e2e-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    family_path = os.path.join(work, "pmm.jobfamily.json")
    page_path = os.path.join(work, "pmm.md")
    shutil.copy(EXAMPLE, family_path)

    env = dict(os.environ, XDG_DATA_HOME=home, XDG_STATE_HOME=home, XDG_CONFIG_HOME=home,
               GDK_BACKEND="x11", LANGUAGE="", LANG="C.UTF-8")
    app_process = subprocess.Popen([LADDER, family_path], env=env)

    try:
        app = wait_for(lambda: next((a for a in tree.root.applications() if a.name == "ladder"), None),
                       "the application on the accessibility bus")

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
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
