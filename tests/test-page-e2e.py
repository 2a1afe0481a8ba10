#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, a handbook page as the document (issue 9): the real `ladder`
binary under Xvfb, driven through the accessibility tree with dogtail, on
a handbook checkout made of corpus pages (tests/data) in a temporary git
repository. Opens a page, changes a role's grade and adds a requirement,
saves; `git diff` shows exactly those lines, and "Review Changes" lists
exactly those two changes.

Run inside a D-Bus session on a display (the README's test command does);
exits 77 (skipped) where dogtail, git or the accessibility bus is missing
(a failure under CI).
"""

import os
import shutil
import subprocess
import tempfile
import time

from ladder_a11y import SOURCE, find_app, launch, setup_dogtail, stop, text_of, wait_for
from ladder_skip import skip

NEW_REQUIREMENT = "Writes clearly for technical and business readers"
PAGES = {
    "content/job-description-library/marketing/product-marketing-management.md":
        "tests/data/product-marketing-management.md",
    "content/job-description-library/sales/partner-program-manager.md":
        "tests/data/partner-program-manager.md",
    "content/job-description-library/finance/tax.md": "tests/data/layout/finance__tax.md",
}
PAGE = "content/job-description-library/marketing/product-marketing-management.md"

if shutil.which("git") is None:
    skip("needs the git command to make the handbook checkout")

tree, rawinput, GenericPredicate = setup_dogtail()


def git(checkout, *args):
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=checkout, LANG="C.UTF-8", LANGUAGE="")
    return subprocess.run(["git", "-C", checkout, *args], env=env, capture_output=True, text=True,
                          check=True).stdout


def make_checkout(work):
    checkout = os.path.join(work, "handbook")
    for target, source in PAGES.items():
        os.makedirs(os.path.dirname(os.path.join(checkout, target)), exist_ok=True)
        shutil.copy(os.path.join(SOURCE, source), os.path.join(checkout, target))
    git(checkout, "init", "-q", "-b", "main")
    git(checkout, "config", "user.name", "Ladder Test")
    git(checkout, "config", "user.email", "ladder-test@example.com")
    git(checkout, "add", ".")
    git(checkout, "commit", "-q", "-m", "Handbook pages")
    return checkout


def changed_lines(checkout):
    """The lines `git diff` removes and adds, without its headers."""
    diff = git(checkout, "diff", "--no-ext-diff", "--unified=0")
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    files = [line[len("+++ b/"):] for line in diff.splitlines() if line.startswith("+++ ")]
    return files, removed, added


def main():
    work = tempfile.mkdtemp(prefix="ladder-page-e2e-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    checkout = make_checkout(work)
    page_path = os.path.join(checkout, PAGE)
    original = open(page_path, encoding="utf-8").read()

    app_process = launch([page_path], home)
    try:
        app = find_app(tree)
        frame = wait_for(lambda: next((w for w in app.children if w.roleName == "frame"
                                       and "product-marketing-management.md" in w.name), None),
                         "the page's window, titled by the page")

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

        # Its grade, 10 to 12, typed into the spin button.
        grade = app.findChild(GenericPredicate(roleName="spin button"))
        grade.click()
        rawinput.keyCombo("<Control>a")
        rawinput.typeText("12")
        rawinput.pressKey("Tab")

        # A requirement added at the end of its list; the new bullet takes the focus.
        add = app.findChild(GenericPredicate(name="Add Requirement", roleName="push button"))
        add.doActionNamed("click")
        time.sleep(0.5)
        rawinput.typeText(NEW_REQUIREMENT)
        time.sleep(0.5)
        wait_for(lambda: frame.name.startswith("•"), "the unsaved marker in the title")

        frame.doActionNamed("win.save")
        wait_for(lambda: NEW_REQUIREMENT in open(page_path, encoding="utf-8").read(), "the saved page")
        wait_for(lambda: not frame.name.startswith("•"), "the title without the unsaved marker")

        # git sees exactly the grade's line changed and the bullet's added.
        files, removed, added = changed_lines(checkout)
        assert files == [PAGE], files
        assert removed == [line for line in original.splitlines() if "[grade 10]" in line], removed
        assert len(added) == 2, added
        assert "The Director, Product Marketing is a [grade 12](" in added[0], added
        assert added[1] == f"- {NEW_REQUIREMENT}", added
        # No Ladder file beside the page.
        assert git(checkout, "status", "--porcelain", "--untracked-files=all").splitlines() == [f" M {PAGE}"]

        # Review Changes lists exactly the two changes, against the last commit.
        frame.doActionNamed("win.review-changes")
        review = wait_for(lambda: next((w for w in app.children if w.name == "Review Changes"), None),
                          "the Review Changes window")

        def change_rows():
            rows = review.findChildren(lambda node: node.roleName in ("list item", "row")
                                       and "Director, Product Marketing" in (node.name or ""))
            return rows if len(rows) >= 2 else None

        rows = wait_for(change_rows, "the changes in the review")
        names = [row.name for row in rows]
        assert names == ["Director, Product Marketing: grade 10 → 12",
                         f"Director, Product Marketing › Requirements: + “{NEW_REQUIREMENT}”"], names
        print("ok: grade and requirement saved to the page; git diff and Review Changes show exactly them")
    finally:
        stop(app_process)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
