# SPDX-License-Identifier: GPL-3.0-or-later
"""Driving the real `ladder` binary through the accessibility tree with
dogtail, for the end-to-end tests: setting up, waiting, reading text."""

import os
import subprocess
import sys
import time

LADDER = os.environ.get("LADDER_APP", "ladder")
SOURCE = os.environ.get("LADDER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), ".."))
EXAMPLE = os.path.join(SOURCE, "data", "examples", "product-marketing-management.jobfamily.json")


from ladder_skip import skip  # noqa: E402 - a skip is a failure under CI


def setup_dogtail():
    """Returns dogtail's (tree, rawinput, GenericPredicate), or skips."""
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
    return tree, rawinput, GenericPredicate


def text_of(node):
    # GTK 4.8 answers GetText(0, -1) with "": ask for the whole length.
    text = node.queryText()
    return text.getText(0, text.characterCount)


def wait_for(predicate, what, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            result = predicate()
        except Exception:  # noqa: BLE001 - the tree changes while we look
            result = None
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def launch(args, home):
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(home, "data"), XDG_STATE_HOME=os.path.join(home, "state"),
               XDG_CONFIG_HOME=os.path.join(home, "config"), GDK_BACKEND="x11", LANGUAGE="", LANG="C.UTF-8")
    return subprocess.Popen([LADDER, *args], env=env)


def find_app(tree):
    # Slow under sanitizers: give it time.
    return wait_for(lambda: next((a for a in tree.root.applications() if a.name == "ladder"), None),
                    "the application on the accessibility bus", seconds=90)


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
