#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic job-family page FACTOR times larger than a real one:
the page's roles are repeated with numbered titles, so the result is a
page of the same kind, only longer.

    make-large-page.py PAGE.md FACTOR > LARGE.md
"""

import re
import sys


def main():
    page_path, factor = sys.argv[1], int(sys.argv[2])
    with open(page_path, encoding="utf-8") as f:
        page = f.read()

    match = re.match(r"(---\n.*?\n---\n)(.*)", page, re.S)
    front, body = (match.group(1), match.group(2)) if match else ("", page)

    # Split the body at its level-3 headings (the roles of most pages).
    parts = re.split(r"(?m)^(?=### )", body)
    head, roles = parts[0], parts[1:]
    if not roles:
        roles = [body]
        head = ""

    out = [front, head]
    target = len(page) * factor
    copy = 0
    while sum(len(p) for p in out) < target:
        copy += 1
        for role in roles:
            out.append(re.sub(r"(?m)^(#+ )(.*)$", lambda m: f"{m.group(1)}{m.group(2)} {copy}", role, count=1))
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
