#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash recovery, end to end with the real binary: edit a family, let the
autosave run, kill the application with SIGKILL, start it again, restore
the draft it offers, save, and find every edit in the file. Done with a
Ladder file, then with a handbook page, which the restored draft saves
as the page again (no Ladder file written beside it). Runs in the display
and D-Bus session of the README's test command; exits 77 (skipped)
without them.
"""

import glob
import json
import os
import shutil
import signal
import tempfile
import time

from ladder_a11y import EXAMPLE, SOURCE, find_app, launch, setup_dogtail, stop, text_of, wait_for

PAGE = os.path.join(SOURCE, "tests", "data", "product-marketing-management.md")

tree, rawinput, GenericPredicate = setup_dogtail()


def drafts(home):
    return glob.glob(os.path.join(home, "state", "ladder", "drafts", "*.jobfamily.json"))


def json_grade(path):
    family = json.load(open(path, encoding="utf-8"))
    role = next(r for r in family["roles"] if r["title"] == "Director, Product Marketing")
    return role.get("job_grade")


def page_grade(path):
    text = open(path, encoding="utf-8").read()
    return 13 if "The Director, Product Marketing is a [grade 13](" in text else None


def crash_and_restore(source, name, grade_of, reopen_with_file=False):
    work = tempfile.mkdtemp(prefix="ladder-crash-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    family_path = os.path.join(work, name)
    shutil.copy(source, family_path)
    original = open(family_path, encoding="utf-8").read()

    first = launch([family_path], home)
    second = None
    try:
        app = find_app(tree)
        director = wait_for(lambda: app.findChild(GenericPredicate(name="Director, Product Marketing",
                                                                   roleName="label"),
                                                  retry=False, requireResult=False),
                            "the Director role in the sidebar")
        director.click()

        def director_shown():
            editor = app.findChild(GenericPredicate(name="LadderRoleEditor"), retry=False, requireResult=False)
            field = editor and editor.findChild(GenericPredicate(roleName="text", name="Title"),
                                                retry=False, requireResult=False)
            return field and text_of(field) == "Director, Product Marketing"

        wait_for(director_shown, "the Director role's form")

        grade = app.findChild(GenericPredicate(roleName="spin button"))
        grade.click()
        rawinput.keyCombo("<Control>a")
        rawinput.typeText("13")
        rawinput.pressKey("Tab")

        # Within three seconds of the last edit, the draft is on disk.
        edited = time.monotonic()
        draft = wait_for(lambda: [d for d in drafts(home) if '"job_grade" : 13' in open(d, encoding="utf-8").read()],
                         "the draft with the edit", seconds=10)
        print(f"draft written {time.monotonic() - edited:.1f} s after the edit: {os.path.basename(draft[0])}")
        assert time.monotonic() - edited < 3.5

        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        assert open(family_path, encoding="utf-8").read() == original, "the file was written without saving"

        # Start again: the draft is offered back. Started on the same
        # file, the window showing the file takes the draft: one window.
        second = launch([family_path] if reopen_with_file else [], home)
        app = find_app(tree)
        restore = wait_for(lambda: app.findChild(lambda node: node.roleName == "push button"
                                                 and "Restore" in node.name,
                                                 retry=False, requireResult=False),
                           "the offer to restore the draft")
        restore.doActionNamed("click")

        frame = wait_for(lambda: next((w for w in app.children if w.roleName == "frame" and "pmm" in w.name), None),
                         "the restored document's window")
        assert frame.name.startswith("•"), f"the restored document should show unsaved changes: {frame.name!r}"
        time.sleep(1)
        frames = [w.name for w in app.children if w.roleName == "frame" and "pmm" in w.name]
        assert len(frames) == 1, f"one window for the file, not {frames}"
        frame.doActionNamed("win.save")

        wait_for(lambda: grade_of(family_path) == 13, "the restored edit in the saved file")
        wait_for(lambda: not drafts(home), "the draft to go once saved")
        assert sorted(os.listdir(work)) == ["home", name], os.listdir(work)
        print(f"ok: the edit to {name} survived SIGKILL, was restored, saved, and its draft removed")
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                stop(process)
        shutil.rmtree(work, ignore_errors=True)


def main():
    crash_and_restore(EXAMPLE, "pmm.jobfamily.json", json_grade)
    crash_and_restore(PAGE, "pmm.md", page_grade)
    crash_and_restore(PAGE, "pmm.md", page_grade, reopen_with_file=True)


if __name__ == "__main__":
    main()
