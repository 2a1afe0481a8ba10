#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every front matter Ladder writes is YAML, as a real YAML parser reads it
(python3-yaml, the libyaml family that Hugo's parsers belong to), with
exactly the keys and values Ladder shows: after importing each handbook
page, after setting every value to hostile text, and for random front
matters, which Ladder must either refuse or write back byte for byte. A
Ladder file whose front matter would not be YAML is refused (issue 11).

Exits 77 (skipped) without python3-yaml, except under CI."""

import json
import os
import random
import subprocess
import sys
import tempfile
import unittest

try:
    import yaml
except ImportError:
    if os.environ.get("CI"):
        print("python3-yaml is missing, and CI needs this test to run")
        sys.exit(1)
    print("python3-yaml is not installed: skipped")
    sys.exit(77)

CLI = os.environ.get("LADDER_CLI", "ladder-cli")
SOURCE = os.environ.get("LADDER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), ".."))
CORPUS = os.environ.get("LADDER_CORPUS_DIR", "")
ENV = dict(os.environ, LANG="C.UTF-8", LANGUAGE="", LC_ALL="")
N_RANDOM = 600

# Pages shaped as real ones are, with values over several lines.
PAGES = {
    "multi-line-description.md":
        '---\ntitle: "Corporate Development"\n'
        'description: "Corporate Development team members prospect, pursue and\n'
        'integrate acquisitions to accelerate the roadmap."\n---\n\nIntro.\n',
    "indented-continuation.md":
        "---\ntitle: Director, IT Audit\ndescription: Responsible for the global\n"
        "  risk-based audit strategy.\n\n---\n\nIntro.\n",
    "single-quoted.md":
        "---\ntitle: 'It''s a title\n  over two lines'\nsummary: >\n  Folded\n  summary\n---\n",
    "block-list.md":
        "---\ntitle: Senior Engineering Manager\nextra_js:\n# scripts\n- libs/mermaid.min.js\n---\n\nText.\n",
    "literal.md":
        "---\ntitle: Literal\ndescription: |\n  Line one\n\n  Line three\ncanonical_path: /x/\n---\n",
}

HOSTILE = [
    "", " ", "plain", "a: b", "a:b", "- a", "-", "[", "[a, b]", "{a: b}", "*x", "&a", "!x", "!!str",
    "---", "...", "--- a", "a\n---\nb: c", "x\r---\revil: 1", "x\nevil: 1", "#", "a #b", "a# b",
    "'", "''", '"', '\\"', "\\", "\\n", "\t", "tab\there", "a\nb", "a\n\nb", "\n", "\r\n",
    "\x01\x1f\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\ufffe", "\u00a0nbsp", "é ☺ 😀",
    "true", "False", "yes", "NO", "on", "null", "~", "y", "n", "0", "007", "0x1F", "1e3",
    "-1", "+1", ".5", ".inf", ".NaN", "2026-01-01", "12:30", "<<", "=", "%YAML", "@x", "`x",
    "|", "|-", ">", "?", "? a", ":", ": a", ",", "{{< ref \"x.md\" >}}", "  lead", "trail  ",
    "It's a \"test\": # really \\ \n ---",
]


def run(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, env=ENV, timeout=300)


def front_matter(page):
    """The YAML between the delimiter lines, as Hugo splits it off."""
    lines = page.split("\n")
    assert lines[0].startswith("---"), page[:200]
    for i in range(1, len(lines)):
        if lines[i].startswith("---"):
            return "\n".join(lines[1:i]) + "\n"
    raise AssertionError("the front matter does not end")


# libyaml's own parser where python3-yaml has it (Hugo's YAML parsers are
# ports of it), and PyYAML's: a front matter must be read alike by both.
LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if getattr(yaml, "__with_libyaml__", False) else [])


def load(text):
    """What the YAML parsers make of a front matter: {} for an empty one."""
    results = [yaml.load(text, Loader=loader) for loader in LOADERS]
    for other in results[1:]:
        assert other == results[0], (text, results)
    return {} if results[0] is None else results[0]


class FrontMatter(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def pages(self):
        pages = []
        for name, text in PAGES.items():
            path = os.path.join(self.dir, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            pages.append(path)
        pages.append(os.path.join(SOURCE, "tests", "data", "product-marketing-management.md"))
        if CORPUS and os.path.isdir(CORPUS):
            pages += sorted(os.path.join(CORPUS, n) for n in os.listdir(CORPUS) if n.endswith(".md"))
        elif os.environ.get("CI"):
            self.fail("no corpus under CI")
        return pages

    def import_all(self, pages, out):
        result = run("import", "--output-dir", out, *pages)
        return result

    def check_page(self, page, family, where):
        """The page's front matter is one mapping with the family's keys, and
        the family's values as PyYAML reads them."""
        data = load(front_matter(page))
        self.assertIsInstance(data, dict, where)
        keys = [e["key"] for e in family.get("front_matter", []) if "key" in e]
        self.assertEqual(list(data.keys()), keys, where)
        for entry in family.get("front_matter", []):
            if "key" in entry and "value" in entry and isinstance(data[entry["key"]], str):
                self.assertEqual(data[entry["key"]], entry["value"], where)
        return data

    def test_imported_pages(self):
        """Each page imports, exports byte for byte, and its front matter is
        what Ladder says it is."""
        pages = self.pages()
        out = os.path.join(self.dir, "json")
        result = self.import_all(pages, out)
        self.assertEqual(result.returncode, 0, result.stderr.decode()[-2000:])
        for page in pages:
            name = os.path.basename(page)[:-3] + ".jobfamily.json"
            with open(os.path.join(out, name), encoding="utf-8") as f:
                family = json.load(f)
            with open(page, encoding="utf-8") as f:
                text = f.read()
            data = self.check_page(text, family, page)
            # Ladder reads every text value of these pages (so that the
            # editor shows it), over however many lines it goes.
            if os.path.basename(page) in PAGES:
                for entry in family["front_matter"]:
                    if "key" in entry and isinstance(data[entry["key"]], str):
                        self.assertEqual(entry.get("value"), data[entry["key"]], page)
        # The multi-line values are read, not left empty.
        with open(os.path.join(out, "multi-line-description.jobfamily.json"), encoding="utf-8") as f:
            family = json.load(f)
        values = {e["key"]: e.get("value") for e in family["front_matter"] if "key" in e}
        self.assertEqual(values["description"], "Corporate Development team members prospect, pursue and "
                                                "integrate acquisitions to accelerate the roadmap.")

    def test_edited_values(self):
        """Every value set to hostile text is written as YAML that reads back
        as that text, with no key gained or lost."""
        pages = self.pages()
        out = os.path.join(self.dir, "json")
        self.assertEqual(self.import_all(pages, out).returncode, 0)
        families = {}
        for name in sorted(os.listdir(out)):
            with open(os.path.join(out, name), encoding="utf-8") as f:
                families[name] = json.load(f)
        corpus = sorted(name for name in families if name[:-len(".jobfamily.json")] + ".md" not in PAGES
                        and name != "product-marketing-management.jobfamily.json")
        for n, text in enumerate(HOSTILE):
            edited_dir = os.path.join(self.dir, "edited-%d" % n)
            md_dir = os.path.join(self.dir, "md-%d" % n)
            os.mkdir(edited_dir)
            edited = {}
            # Every hostile text in the pages of every shape, and in a tenth
            # of the corpus pages, a different tenth each time.
            chosen = [name for name in families if name not in corpus] + corpus[n % 10::10]
            for name in chosen:
                family = families[name]
                family = json.loads(json.dumps(family))
                for entry in family.get("front_matter", []):
                    if "key" in entry and "value" in entry:
                        entry["value"] = text
                edited[name] = family
                with open(os.path.join(edited_dir, name), "w", encoding="utf-8") as f:
                    json.dump(family, f, ensure_ascii=False)
            files = [os.path.join(edited_dir, name) for name in sorted(edited)]
            result = run("export", "--output-dir", md_dir, *files)
            self.assertEqual(result.returncode, 0, (text, result.stderr.decode()[-2000:]))
            for name, family in edited.items():
                with open(os.path.join(md_dir, name[:-len(".jobfamily.json")] + ".md"), encoding="utf-8",
                          newline="") as f:
                    page = f.read()
                where = "%s with %r" % (name, text)
                data = self.check_page(page, family, where)
                for entry, before in zip(family.get("front_matter", []), families[name].get("front_matter", [])):
                    # A value set to what it was stays as the page wrote
                    # it (a plain "true" stays a YAML boolean).
                    if "key" in entry and "value" in entry and before["value"] != text:
                        self.assertEqual(data[entry["key"]], text, where)

    def test_hostile_files_refused(self):
        """Ladder files whose front matter would not be YAML, or would gain
        keys, are refused; nothing is written."""
        cases = [
            [{"key": "[", "value": "x"}],
            [{"key": "- a", "value": "x"}],
            [{"key": "*x", "value": "x"}],
            [{"key": "title", "yaml": " [unclosed"}],
            [{"key": "title", "yaml": " x\r---\revil: 1"}],
            [{"key": "title", "yaml": " x\nevil: 1"}],
            [{"yaml": "evil: 1"}],
            [{"key": "title", "yaml": ' "x'}, {"key": "summary", "yaml": ' y"'}],
        ]
        for entries in cases:
            family = {"format": "ladder-job-family", "version": 1, "front_matter": entries}
            path = os.path.join(self.dir, "hostile.jobfamily.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(family, f)
            out = os.path.join(self.dir, "hostile.md")
            result = run("export", path, "-o", out)
            self.assertEqual(result.returncode, 1, entries)
            self.assertIn("hostile.jobfamily.json:", result.stderr.decode(), entries)
            self.assertFalse(os.path.exists(out), entries)

    def test_random_front_matters(self):
        """Random front matters: each is refused, or imported and written back
        byte for byte with the keys and values PyYAML reads."""
        rng = random.Random(11)
        pages = []
        for i in range(N_RANDOM):
            path = os.path.join(self.dir, "r%04d.md" % i)
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write("---\n" + random_front_matter(rng) + "\n---\n\nText.\n")
            pages.append(path)
        out = os.path.join(self.dir, "json")
        self.import_all(pages, out)
        accepted = 0
        for path in pages:
            name = os.path.basename(path)[:-3] + ".jobfamily.json"
            json_path = os.path.join(out, name)
            with open(path, encoding="utf-8", newline="") as f:
                text = f.read()
            if not os.path.exists(json_path):
                continue
            accepted += 1
            with open(json_path, encoding="utf-8") as f:
                family = json.load(f)
            try:
                self.check_page(text, family, "%s: %r" % (path, text))
            except yaml.YAMLError as error:
                self.fail("%r was imported, but PyYAML says: %s" % (text, error))
            result = run("export", json_path)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout.decode("utf-8"), text)
        # The generator makes both kinds.
        self.assertGreater(accepted, N_RANDOM // 20)
        self.assertLess(accepted, N_RANDOM)


WORDS = ["a", "b c", "x:y", "http://x.y/z", "-d", "é", "1", "yes", "null", "~", "'q'", '"d"', "a#b",
         "a #b", "[x]", "{y}", "*an", "&an", "!!str z", "|", "> ", "%p", "@", "`", "?x", ":x"]


def random_scalar(rng, indent):
    word = rng.choice(WORDS)
    kind = rng.randrange(7)
    if kind == 0:
        more = rng.choice(["", "\n" + " " * rng.randint(0, indent + 2) + "more", "\\\n  x"])
        return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + more + '"'
    if kind == 1:
        more = rng.choice(["", "\n" + " " * rng.randint(0, indent + 2) + "more"])
        return "'" + word.replace("'", "''") + more + "'"
    if kind == 2:
        lines = [" " * (indent + rng.randint(1, 3)) + rng.choice(WORDS) for _ in range(rng.randint(0, 3))]
        return rng.choice(["|", ">", "|-", ">+", "|2"]) + "\n" + "\n".join(lines)
    if kind == 3:
        return word + rng.choice(["", "\n" + " " * (indent + rng.randint(0, 3)) + rng.choice(WORDS)])
    if kind == 4:
        items = ", ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3)))
        return "[" + items + rng.choice(["]", ",]", "\n" + " " * rng.randint(0, 3) + "]"])
    if kind == 5:
        pairs = ", ".join(rng.choice(["a", "b", '"c"']) + ": " + rng.choice(WORDS)
                          for _ in range(rng.randint(0, 3)))
        return "{" + pairs + "}"
    return rng.choice(["&an ", "!!str ", "*an", ""]) + word


def random_node(rng, indent, depth):
    if depth > 3 or rng.random() < 0.5:
        return " " + random_scalar(rng, indent)
    if rng.random() < 0.5:
        i = indent + rng.choice([0, 2, 3])
        return "\n" + "\n".join(" " * i + "-" + random_node(rng, i, depth + 1) for _ in range(rng.randint(1, 3)))
    i = indent + rng.choice([1, 2, 4])
    return "\n" + "\n".join(" " * i + rng.choice(["a", "b", "c", '"q"', "- x", "x y"]) + ":"
                            + random_node(rng, i, depth + 1) for _ in range(rng.randint(1, 3)))


def random_front_matter(rng):
    lines = []
    for _ in range(rng.randint(1, 4)):
        lines.append(rng.choice(["title", "summary", "description", "a", "on", "b.c", "_x", "1x"]) + ":"
                     + random_node(rng, 0, 0))
        if rng.random() < 0.2:
            lines.append(rng.choice(["", "# c", "  # c", "\t"]))
    text = "\n".join(lines)
    for _ in range(rng.choice([0, 0, 1, 2])):
        position = rng.randint(0, len(text))
        if rng.random() < 0.5:
            text = text[:position] + rng.choice([" ", "\n", "\t", ":", "#", "-", '"', "'", "\n ", "&", "*", "\r"]) \
                + text[position:]
        else:
            text = text[:position] + text[position + 1:]
    return text


if __name__ == "__main__":
    unittest.main(verbosity=2)
