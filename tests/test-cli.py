#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of ladder-cli as handbook maintainers and CI scripts use it:
exit statuses, messages, standard input and output, batch conversion."""

import os
import re
import subprocess
import sys
import tempfile
import unittest

CLI = os.environ.get("LADDER_CLI", "ladder-cli")
SOURCE = os.environ.get("LADDER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), ".."))
EXAMPLE = os.path.join(SOURCE, "data", "examples", "product-marketing-management.jobfamily.json")
PAGE = os.path.join(SOURCE, "tests", "data", "product-marketing-management.md")
CORPUS = os.environ.get("LADDER_CORPUS_DIR", "")
SCHEMA = os.path.join(SOURCE, "data", "ladder-jobfamily.schema.json")
CHECK_SCHEMA = os.path.join(SOURCE, "tests", "check-schema.py")
ENV = dict(os.environ, LANG="C.UTF-8", LANGUAGE="", LC_ALL="")


def run(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, env=ENV, timeout=60)


def read(path):
    with open(path, "rb") as f:
        return f.read()


class Cli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_export_prints_the_page(self):
        result = run("export", EXAMPLE)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, read(PAGE))
        self.assertEqual(result.stderr, b"")

    def test_export_to_file_and_stdin(self):
        out = os.path.join(self.dir, "page.md")
        result = run("export", "-", "-o", out, stdin=read(EXAMPLE))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(read(out), read(PAGE))

    def test_import_then_export_round_trip(self):
        json_path = os.path.join(self.dir, "pmm.jobfamily.json")
        self.assertEqual(run("import", PAGE, "-o", json_path).returncode, 0)
        self.assertEqual(read(json_path), read(EXAMPLE))
        result = run("import", "-", stdin=read(PAGE))
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout, read(EXAMPLE))

    def test_batch(self):
        pages = [self.write("a.md", b"---\ntitle: A\n---\n\n## Levels\n\n### X\n\n#### Job Grade\n\nThe X is a grade 5.\n"),
                 self.write("b.md", b"Just text\n")]
        out = os.path.join(self.dir, "json")
        result = run("import", "--output-dir", out, *pages)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(os.listdir(out)), ["a.jobfamily.json", "b.jobfamily.json"])
        md = os.path.join(self.dir, "md")
        result = run("export", "--output-dir", md, *[os.path.join(out, n) for n in sorted(os.listdir(out))])
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(read(os.path.join(md, "a.md")), read(pages[0]))
        self.assertEqual(read(os.path.join(md, "b.md")), read(pages[1]))

    def test_batch_goes_on_after_a_bad_file(self):
        good = self.write("good.jobfamily.json", read(EXAMPLE))
        bad = self.write("bad.jobfamily.json", b"{\n  \"format\" : 1\n}\n")
        out = os.path.join(self.dir, "out")
        result = run("export", "--output-dir", out, bad, good)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(os.listdir(out), ["good.md"])
        self.assertRegex(result.stderr.decode(), r"bad\.jobfamily\.json:2:\d+: error: ")

    def test_validate(self):
        result = run("validate", EXAMPLE)
        self.assertEqual(result.returncode, 0)
        self.assertIn(b"valid", result.stdout)
        bad = self.write("bad.jobfamily.json",
                         b'{\n  "format" : "ladder-job-family",\n  "version" : 1,\n  "roles" : [ { "title" : 3 } ]\n}\n')
        result = run("validate", EXAMPLE, bad)
        self.assertEqual(result.returncode, 1)
        message = result.stderr.decode().strip()
        self.assertRegex(message, r"^" + re.escape(bad) + r":4:\d+: error: expected a string for .title., found a number$")

    def test_bad_input_messages(self):
        cases = {
            b"": ": error: the file is empty",
            b"{ not json": ":1:",
            b'{ "format" : "ladder-job-family", "version" : 99 }': "newer",
            b"\x00\x01binary": ":1:1: error:",
        }
        for data, expected in cases.items():
            path = self.write("case.jobfamily.json", data)
            result = run("export", path)
            self.assertEqual(result.returncode, 1, data)
            self.assertIn(expected, result.stderr.decode(), data)
            self.assertEqual(result.stdout, b"", data)

    def test_missing_file(self):
        result = run("export", os.path.join(self.dir, "nope.jobfamily.json"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("nope.jobfamily.json: error:", result.stderr.decode())

    def test_failed_export_keeps_old_file(self):
        out = self.write("page.md", b"old contents\n")
        bad = self.write("bad.jobfamily.json", b"{")
        result = run("export", bad, "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(read(out), b"old contents\n")

    def test_too_large(self):
        path = os.path.join(self.dir, "huge.md")
        with open(path, "wb") as f:
            f.truncate(17 * 1024 * 1024)
        result = run("import", path)
        self.assertEqual(result.returncode, 1)
        self.assertIn("too large", result.stderr.decode())

    def test_usage_errors(self):
        for args in [(), ("frobnicate",), ("export",), ("export", "a", "b"),
                     ("export", "--no-such-option", EXAMPLE), ("export", "-o", "x", "--output-dir", "y", EXAMPLE)]:
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertIn(b"ladder-cli --help", result.stderr, args)

    def test_help_and_version(self):
        result = run("--help")
        self.assertEqual(result.returncode, 0)
        for command in (b"export", b"import", b"validate"):
            self.assertIn(command, result.stdout)
        result = run("export", "--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn(b"--output-dir", result.stdout)
        self.assertIn(b"--canonical", result.stdout)
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout.decode(), r"^ladder-cli \d+\.\d+\.\d+\n$")

    def test_canonical(self):
        result = run("export", "--canonical", EXAMPLE)
        self.assertEqual(result.returncode, 0)
        page = read(PAGE).decode()
        self.assertEqual(result.stdout.decode().count("\n"), page.count("\n"))
        self.assertIn("reports to the Senior Director, Product & Solutions Marketing.\n", result.stdout.decode())

    def test_output_dir_refuses_two_inputs_of_one_name(self):
        """Two inputs of the same base name would be written to one file,
        the second over the first: refused, naming both, nothing written."""
        os.mkdir(os.path.join(self.dir, "x"))
        os.mkdir(os.path.join(self.dir, "y"))
        first = self.write(os.path.join("x", "a.md"), b"---\ntitle: First\n---\n")
        second = self.write(os.path.join("y", "a.md"), b"---\ntitle: Second\n---\n")
        out = os.path.join(self.dir, "out")
        result = run("import", "--output-dir", out, first, second)
        self.assertEqual(result.returncode, 2, result.stderr)
        message = result.stderr.decode()
        self.assertIn(first, message)
        self.assertIn(second, message)
        self.assertIn(os.path.join(out, "a.jobfamily.json"), message)
        self.assertFalse(os.path.exists(os.path.join(out, "a.jobfamily.json")))
        # The same for export, where "a.json" and "a.jobfamily.json" both make "a.md".
        json_a = self.write("a.jobfamily.json", read(EXAMPLE))
        json_b = self.write(os.path.join("x", "a.json"), read(EXAMPLE))
        result = run("export", "--output-dir", out, json_a, json_b)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn(json_a, result.stderr.decode())
        self.assertIn(json_b, result.stderr.decode())
        self.assertFalse(os.path.exists(os.path.join(out, "a.md")))

    def test_import_warns_about_unsafe_links(self):
        """Links with a dangerous scheme and script-running HTML in a page's
        Markdown are pointed out as FILE:LINE:COLUMN warnings; the page is
        still imported and written back byte for byte."""
        page = ("---\ntitle: T\n---\n\n"
                "Intro [x](javascript&colon;alert(document.domain)) and <javascript:alert(1)>.\n\n"
                "- [y](data&colon;text/html;base64,xx)\n\n"
                '<a href="java&#115;cript:x" onclick="y">t</a>\n\n'
                "<script>alert(1)</script>\n\n"
                '<iframe src="https://www.youtube.com/embed/x"></iframe> [ok](https://example.com) [h](/handbook/)\n')
        path = self.write("page.md", page.encode())
        out = os.path.join(self.dir, "page.jobfamily.json")
        result = run("import", path, "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stderr.decode().splitlines()
        prefix = re.escape(path)
        expected = [
            prefix + r":5:7: warning: the link to “javascript:alert\(document.domain\)” is not allowed",
            prefix + r":5:56: warning: the link to “javascript:alert\(1\)” is not allowed",
            prefix + r":7:3: warning: the link to “data:text/html;base64,xx” is not allowed",
            prefix + r":9:4: warning: the HTML attribute href=“java&#115;cript:x” is not allowed",
            prefix + r":9:29: warning: the HTML attribute “onclick” is not allowed",
            prefix + r":11:1: warning: the HTML element <script> is not allowed",
        ]
        self.assertEqual(len(lines), len(expected), lines)
        for line, pattern in zip(lines, expected):
            self.assertRegex(line, "^" + pattern)
        result = run("export", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, page.encode())

    def test_export_refuses_a_front_matter_that_is_not_yaml(self):
        """A Ladder file whose front matter would not be one YAML mapping of
        its keys is refused with the place of the fault; nothing is written."""
        family = (b'{ "format" : "ladder-job-family", "version" : 1,\n'
                  b'  "front_matter" : [ { "key" : "title", "yaml" : " x\\r---\\revil: 1" } ] }\n')
        path = self.write("bad.jobfamily.json", family)
        out = os.path.join(self.dir, "bad.md")
        result = run("export", path, "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stderr.decode(), "^" + re.escape(path) + r":2:\d+: error: front matter “title”: ")
        self.assertFalse(os.path.exists(out))

    def test_written_files_match_the_schema(self):
        """Every file ladder-cli writes validates against the schema, checked
        by an independent validator (python3-jsonschema)."""
        try:
            import jsonschema  # noqa: F401
        except ImportError:
            self.skipTest("python3-jsonschema is not installed")
        pages = [PAGE]
        if CORPUS and os.path.isdir(CORPUS):
            pages += sorted(os.path.join(CORPUS, n) for n in os.listdir(CORPUS) if n.endswith(".md"))
        out = os.path.join(self.dir, "json")
        result = run("import", "--output-dir", out, *pages)
        self.assertEqual(result.returncode, 0, result.stderr)
        written = sorted(os.path.join(out, n) for n in os.listdir(out))
        self.assertGreaterEqual(len(written), 1)
        check = subprocess.run([sys.executable, CHECK_SCHEMA, "--schema", SCHEMA, *written],
                               capture_output=True, timeout=300)
        self.assertEqual(check.returncode, 0, check.stdout.decode()[-2000:] + check.stderr.decode()[-2000:])


if __name__ == "__main__":
    unittest.main(verbosity=2)
