#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Looks for the shapes of Markdown that the installed libcmark reads in
more than linear time: times the `cmark` program (CPU time) on repetitions
of short patterns at 100, 200 and 400 KB, and flags those whose time grows
faster than the size. Then tries random short patterns of Markdown's
special characters. src/core/ladder-markdown-cost.c bounds what it finds.

    bench/cmark-shapes.py [--random N] [--seed S]

The time of a linear shape doubles from one size to the next; a quadratic
one's quadruples.
"""

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile

SIZES = (100_000, 200_000, 400_000)
LIMIT = 30


def rep(unit):
    return lambda n: unit * (n // len(unit)) + "\n"


def then(first, second):
    return lambda n: first * (n // 2 // len(first)) + second * (n // 2 // len(second)) + "\n"


def nested(opening, middle, closing):
    return lambda n: opening * (n // (len(opening) + len(closing))) + middle + closing * (n // (len(opening) + len(closing))) + "\n"


def backtick_runs(n):
    out, i = [], 1
    while sum(map(len, out)) < n:
        out.append("`" * i + "x")
        i += 1
    return "".join(out) + "\n"


SHAPES = {
    "![[]()": rep("![[]()"),
    "![ then []()": then("![", "[]()"),
    "![ then [a](b)": then("![", "[a](b)"),
    "![[a] with [a]: /u": lambda n: "[a]: /u\n\n" + rep("![[a]")(n),
    "![[]() over lines": rep("![[]()\n"),
    "[": rep("["),
    "[a](": rep("[a]("),
    "[a](<b": rep("[a](<b"),
    "[ (](": rep("[ (]("),
    "[](": rep("[]("),
    "![": rep("!["),
    "]([ over lines": rep("]([\n"),
    "[a]: u (definitions)": rep("[a]: u\n"),
    "[[[a]]]": nested("[", "a", "]"),
    "[a[a[a](b)](b)](b)": nested("[a", "", "](b)"),
    "![![a](x)](x)": nested("![", "a", "](x)"),
    "***a***": nested("*", "a", "*"),
    "___a___": nested("_", "a", "_"),
    "*": rep("*"),
    "*a ": rep("*a "),
    "a**b c* ": lambda n: "a**b" + rep("c* ")(n),
    "*_": rep("*_"),
    "_a*": rep("_a*"),
    "backtick runs": backtick_runs,
    "`a": rep("`a"),
    "a<!--": lambda n: "a" + rep("<!--")(n),
    "a<?": lambda n: "a" + rep("<?")(n),
    "a<!D ": lambda n: "a" + rep("<!D ")(n),
    "a<![CDATA[": lambda n: "a" + rep("<![CDATA[")(n),
    "a<a ": lambda n: "a" + rep("<a ")(n),
    "<http:": rep("<http:"),
    "&#": rep("&#"),
    "\\": rep("\\"),
    "> > > a": lambda n: "> " * (n // 2) + "a\n",
    "- - - a": lambda n: "- " * (n // 2) + "a\n",
    "1. 1. 1. a": lambda n: "1. " * (n // 3) + "a\n",
    "| table": lambda n: "| a | b |\n| - | - |\n" + rep("| x ")(n),
    "a lines": rep("a\n"),
    "- a blank": rep("- a\n\n"),
    "```": rep("```\n"),
}


def cpu_time(path, text):
    with open(path, "w") as f:
        f.write(text)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        subprocess.run(["cmark", path], stdout=subprocess.DEVNULL, timeout=LIMIT, check=True)
    except subprocess.TimeoutExpired:
        return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime


def measure(path, name, make):
    times = []
    for size in SIZES:
        t = cpu_time(path, make(size))
        times.append(t)
        if t is None or t > 10:
            break
    growth = times[-1] / times[-2] if len(times) >= 2 and times[-1] and times[-2] and times[-2] > 0.02 else None
    superlinear = None in times or (growth is not None and growth > 3) or (times[-1] or 0) > 2
    shown = " ".join("timeout" if t is None else f"{t:.3f}" for t in times)
    print(f"{name:24} {shown:24} {'x%.1f' % growth if growth else '':6} {'SUPERLINEAR' if superlinear else ''}",
          flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--random", type=int, default=0, help="random patterns to try as well")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if shutil.which("cmark") is None:
        sys.exit("cmark is needed: apt-get install cmark")

    with tempfile.TemporaryDirectory() as folder:
        path = folder + "/shape.md"
        print(f"{'shape':24} {'CPU s at 100/200/400 KB':24} growth")
        for name, make in SHAPES.items():
            measure(path, name, make)

        alphabet = list("[]()!*_`<>&#\\-: a\n\"'=|~+.1/") + ["![", "<!--", "-->", "](", "\n\n", "<a ", "http://"]
        rand = random.Random(args.seed)
        for _ in range(args.random):
            unit = "".join(rand.choice(alphabet) for _ in range(rand.randint(1, 6)))
            measure(path, repr(unit), rep(unit))


if __name__ == "__main__":
    main()
