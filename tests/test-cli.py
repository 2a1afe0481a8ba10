#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of ladder-cli as handbook maintainers and CI scripts use it:
exit statuses, messages, standard input and output, batch conversion."""

import os
import re
import select
import subprocess
import sys
import tempfile
import time
import unittest

from ladder_skip import under_ci

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

    def test_parallel_batch_reports_in_input_order(self):
        # Good and bad files mixed, more of them than workers: the messages
        # come in the order of the inputs, as from one worker, and every
        # good file is written.
        inputs, expected = [], []
        for i in range(24):
            if i % 3 == 1:
                path = self.write(f"f{i:02}.jobfamily.json", b"{\n  \"format\" : %d\n}\n" % i)
                expected.append(path)
            else:
                path = self.write(f"f{i:02}.jobfamily.json", read(EXAMPLE))
            inputs.append(path)
        out = os.path.join(self.dir, "out")
        for jobs in ("1", "4"):
            result = run("export", "--jobs", jobs, "--output-dir", out, *inputs)
            self.assertEqual(result.returncode, 1)
            named = [line.split(":")[0] for line in result.stderr.decode().splitlines()]
            self.assertEqual(named, expected, jobs)
            self.assertEqual(sorted(os.listdir(out)), [f"f{i:02}.md" for i in range(24) if i % 3 != 1])
            for name in os.listdir(out):
                self.assertEqual(read(os.path.join(out, name)), read(PAGE))
        self.assertEqual(run("export", "--jobs", "0", "--output-dir", out, *inputs).returncode, 2)

    def test_interrupted_batch_leaves_only_pages(self):
        # A batch passes each old output on as the next one's temporary
        # file: interrupted (SIGTERM, as Ctrl+C's SIGINT), it ends after the
        # pages being written, deletes what it kept, and ends as the signal
        # says. Every page is whole, old or new, and nothing else is left.
        import signal
        inputs = os.path.join(self.dir, "in")
        out = os.path.join(self.dir, "out")
        os.mkdir(inputs)
        example = read(EXAMPLE)
        names = []
        for i in range(3000):
            path = os.path.join(inputs, f"f{i:04}.jobfamily.json")
            with open(path, "wb") as f:
                f.write(example)
            names.append(path)
        self.assertEqual(run("export", "--output-dir", out, *names).returncode, 0)
        page = read(os.path.join(out, "f0000.md"))

        interrupted = False
        for attempt in range(5):
            process = subprocess.Popen([CLI, "export", "--jobs", "2", "--output-dir", out, *names],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Signalled once it is writing: a file beside the pages is its
            # temporary or kept file.
            deadline = time.monotonic() + 30
            while process.poll() is None and time.monotonic() < deadline:
                if any(not name.endswith(".md") for name in os.listdir(out)):
                    process.send_signal(signal.SIGTERM)
                    break
                time.sleep(0.001)
            returncode = process.wait(timeout=60)
            self.assertEqual(sorted(n for n in os.listdir(out) if not n.endswith(".md")), [])
            self.assertEqual(len(os.listdir(out)), 3000)
            for name in os.listdir(out):
                self.assertEqual(read(os.path.join(out, name)), page, name)
            if returncode == -signal.SIGTERM:
                interrupted = True
                break
            self.assertEqual(returncode, 0)
        self.assertTrue(interrupted, "no batch was still running when signalled")

    def test_batch_whose_output_is_a_later_input(self):
        # The first page's output is the second input: it is read after it
        # was written, as one file after the other would, however many
        # workers there are.
        out = os.path.join(self.dir, "out")
        os.mkdir(out)
        page = self.write("a.md", read(PAGE))
        later = os.path.join(out, "a.jobfamily.json")
        with open(later, "wb") as f:
            f.write(b"Old text\n")
        result = run("import", "--jobs", "4", "--output-dir", out, page, later)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(read(later), read(EXAMPLE))
        # The second output is the first output, read as a page.
        again = read(os.path.join(out, "a.jobfamily.json.jobfamily.json"))
        self.assertNotIn(b"Old text", again)
        self.assertIn(b"ladder-job-family", again)

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

    def test_output_keeps_mode_and_links(self):
        # Writing over a file keeps its permissions; through a symbolic
        # link, the link stays and its target is written.
        out = self.write("page.md", b"old\n")
        os.chmod(out, 0o640)
        self.assertEqual(run("export", EXAMPLE, "-o", out).returncode, 0)
        self.assertEqual(read(out), read(PAGE))
        self.assertEqual(os.stat(out).st_mode & 0o777, 0o640)

        target = self.write("target.md", b"old\n")
        link = os.path.join(self.dir, "link.md")
        os.symlink("target.md", link)
        self.assertEqual(run("export", EXAMPLE, "-o", link).returncode, 0)
        self.assertTrue(os.path.islink(link))
        self.assertEqual(read(target), read(PAGE))

    def test_read_only_and_hard_linked_outputs_need_force(self):
        for kind in ("read-only", "hard link"):
            with self.subTest(kind=kind):
                out = self.write(kind + ".md", b"old\n")
                other = None
                if kind == "read-only":
                    os.chmod(out, 0o444)
                else:
                    other = os.path.join(self.dir, "other-name.md")
                    os.link(out, other)
                result = run("export", EXAMPLE, "-o", out)
                self.assertEqual(result.returncode, 1)
                self.assertIn(kind, result.stderr.decode())
                self.assertEqual(read(out), b"old\n")

                result = run("export", "--force", EXAMPLE, "-o", out)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(read(out), read(PAGE))
                if other is not None:
                    self.assertEqual(read(other), b"old\n")
                else:
                    self.assertEqual(os.stat(out).st_mode & 0o777, 0o444)

    def test_import_never_overwrites_a_newer_format(self):
        newer = read(EXAMPLE).replace(b'"version" : 1', b'"version" : 2')
        out = self.write("newer.jobfamily.json", newer)
        for extra in ([], ["--force"]):
            result = run("import", *extra, PAGE, "-o", out)
            self.assertEqual(result.returncode, 1)
            self.assertIn("format version 2", result.stderr.decode())
            self.assertEqual(read(out), newer)

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

    def test_output_into_a_device_or_pipe(self):
        """`-o /dev/null` or a FIFO is written into, never replaced by a
        file (a rename over /dev/null once turned it into a regular file)."""
        import stat
        import threading
        fifo = os.path.join(self.dir, "pipe")
        os.mkfifo(fifo)
        received = []
        reader = threading.Thread(target=lambda: received.append(read(fifo)))
        reader.start()
        result = run("export", EXAMPLE, "-o", fifo)
        reader.join(timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(received, [read(PAGE)])
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))
        self.assertEqual(os.listdir(self.dir), ["pipe"])
        result = run("export", EXAMPLE, "-o", os.devnull)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(stat.S_ISCHR(os.stat(os.devnull).st_mode))

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
            if under_ci():
                self.fail("python3-jsonschema is not installed, and under CI every check must run")
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

    # ladder-cli diff

    def edited_page(self, name, *replacements):
        """PAGE with each (old, new) replaced once, written to NAME."""
        text = read(PAGE).decode()
        for old, new in replacements:
            self.assertIn(old, text)
            text = text.replace(old, new, 1)
        return self.write(name, text.encode())

    GRADE_AND_BULLET = (("[grade 9]", "[grade 10]"),
                        ("- Ability to use GitLab\n", "- Ability to master GitLab\n"))
    GRADE_AND_BULLET_LINES = [
        "Senior Manager, Product Marketing: grade 9 → 10",
        "Senior Manager, Product Marketing › Requirements: ~ Ability to [-use-]{+master+} GitLab",
    ]

    def test_diff_equal(self):
        result = run("diff", PAGE, PAGE)
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, b"", b""))
        # A page and the Ladder file made from it say the same, in either order.
        for args in ((EXAMPLE, PAGE), (PAGE, EXAMPLE)):
            result = run("diff", *args)
            self.assertEqual((result.returncode, result.stdout, result.stderr), (0, b"", b""), args)

    def test_diff_by_role_and_bullet(self):
        new = self.edited_page("new.md", *self.GRADE_AND_BULLET)
        result = run("diff", PAGE, new)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(result.stderr, b"")
        self.assertEqual(result.stdout.decode().splitlines(), self.GRADE_AND_BULLET_LINES)
        # A Ladder file on one side, from standard input on the other.
        result = run("diff", EXAMPLE, "-", stdin=read(new))
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(result.stdout.decode().splitlines(), self.GRADE_AND_BULLET_LINES)

    def test_diff_reorder_is_a_move(self):
        first = "- Recruit, coach and manage product marketing managers that live our values\n"
        last = "- Make sure the success metrics such as quarterly OKRs are identified, met, and communicated across key stakeholders.\n"
        new = self.edited_page("moved.md", (first, ""), (last, last + first))
        result = run("diff", PAGE, new)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout.decode().splitlines(), [
            "Senior Manager, Product Marketing › Responsibilities: moved "
            "“Recruit, coach and manage product marketing managers that live our values” (1 → 8)"])

    def test_diff_json(self):
        import json
        new = self.edited_page("new.md", *self.GRADE_AND_BULLET)
        result = run("diff", "--format=json", PAGE, new)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(result.stdout.count(b"\n"), 1)
        report = json.loads(result.stdout)
        self.assertEqual((report["old"], report["new"], report["job_family"], report["equal"]),
                         (PAGE, new, True, False))
        grade, bullet = report["changes"]
        self.assertEqual(grade, {"kind": "grade",
                                 "role": {"old": {"index": 0, "title": "Senior Manager, Product Marketing"},
                                          "new": {"index": 0, "title": "Senior Manager, Product Marketing"}},
                                 "old": 9, "new": 10})
        self.assertEqual(bullet["kind"], "bullet-edited")
        self.assertEqual(bullet["list"], {"old": "requirements", "new": "requirements"})
        self.assertEqual(bullet["bullet"], {"old": 10, "new": 10})
        self.assertEqual((bullet["old"], bullet["new"]), ("Ability to use GitLab", "Ability to master GitLab"))
        self.assertEqual(bullet["words"], [{"op": "equal", "text": "Ability to "},
                                           {"op": "delete", "text": "use"},
                                           {"op": "insert", "text": "master"},
                                           {"op": "equal", "text": " GitLab"}])
        result = run("diff", "--format=json", PAGE, PAGE)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(json.loads(result.stdout)["changes"], [])
        self.assertTrue(json.loads(result.stdout)["equal"])

    def test_diff_color(self):
        new = self.edited_page("new.md", *self.GRADE_AND_BULLET)
        always = run("diff", "--color=always", PAGE, new)
        self.assertEqual(always.returncode, 1)
        self.assertIn(b"\x1b[31muse\x1b[m\x1b[32mmaster\x1b[m", always.stdout)
        # Not a terminal: no colour unless asked for.
        for args in ((), ("--color=never",), ("--color=auto",)):
            result = run("diff", *args, PAGE, new)
            self.assertEqual(result.returncode, 1, args)
            self.assertNotIn(b"\x1b", result.stdout, args)
        # On a terminal: colour by default, not with --color=never or NO_COLOR.
        for args, env, coloured in (((), {}, True), (("--color=never",), {}, False), ((), {"NO_COLOR": "1"}, False)):
            master, slave = os.openpty()
            with subprocess.Popen([CLI, "diff", *args, PAGE, new], stdout=slave, stderr=subprocess.PIPE,
                                  env=dict(ENV, TERM="xterm", **env)) as process:
                # The terminal stays open here until everything is read: the
                # kernel may drop what is still buffered when its last writer
                # closes it (the test once saw only the first line).
                output = b""
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline:
                    if select.select([master], [], [], 0.1)[0]:
                        output += os.read(master, 4096)
                    elif process.poll() is not None:
                        break
                self.assertEqual(process.wait(timeout=60), 1, args)
            os.close(slave)
            os.close(master)
            self.assertIn(b"Ability to", output, args)
            self.assertEqual(b"\x1b[31muse\x1b[m" in output, coloured, (args, env))

    def test_diff_control_characters_are_not_sent_to_the_terminal(self):
        new = self.edited_page("new.md", ("- Ability to use GitLab\n", "- Ability to use \x1b[2JGitLab\n"))
        result = run("diff", "--color=always", PAGE, new)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertNotIn(b"\x1b[2J", result.stdout)
        self.assertIn("\ufffd".encode(), result.stdout)

    def test_diff_help(self):
        self.assertIn(b"  diff ", run("--help").stdout)
        result = run("diff", "--help")
        self.assertEqual(result.returncode, 0)
        for option in (b"--format", b"--color", b"Exit status"):
            self.assertIn(option, result.stdout)

    def test_diff_trouble(self):
        bad = self.write("bad.jobfamily.json", b"{")
        missing = os.path.join(self.dir, "missing.md")
        for args in [("diff", PAGE, missing), ("diff", bad, PAGE), ("diff", PAGE), ("diff",),
                     ("diff", PAGE, PAGE, PAGE), ("diff", "--format=xml", PAGE, PAGE),
                     ("diff", "--color=sometimes", PAGE, PAGE), ("diff", "-", "-")]:
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertEqual(result.stdout, b"", args)
            self.assertNotEqual(result.stderr, b"", args)
        self.assertIn(b"missing.md: error:", run("diff", PAGE, missing).stderr)
        self.assertRegex(run("diff", bad, PAGE).stderr.decode(), r"bad\.jobfamily\.json:1:\d+: error: ")

    def test_diff_not_a_job_family(self):
        old = self.write("old.md", b"# Notes\n\nOne\nTwo\nThree\n")
        new = self.write("new.md", b"# Notes\n\nOne\n2\nThree\n")
        result = run("diff", old, new)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout.decode(), f"--- {old}\n+++ {new}\n@@ -1,5 +1,5 @@\n"
                         " # Notes\n \n One\n-Two\n+2\n Three\n")
        self.assertEqual(run("diff", old, old).returncode, 0)

    def family_folder(self, name, grades=(5, 6), extra=""):
        """A family kept as a folder: `_index.md` with the shared text, and
        a page per level, ordered by the `weight:` of its front matter."""
        folder = os.path.join(self.dir, name)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "_index.md"), "w") as f:
            f.write("---\ntitle: \"Widget Maker\"\n---\n\nWidgets.\n\n## Hiring Process\n\n- A call\n")
        for k, grade in enumerate(grades):
            with open(os.path.join(folder, f"level-{k}.md"), "w") as f:
                f.write(f"---\ntitle: \"Widget Maker {k}\"\nweight: {(k + 1) * 10}\n---\n\n"
                        f"The Widget Maker {k} reports to the Widget Manager.\n\n"
                        f"## Job Grade\n\nThe Widget Maker {k} is a grade {grade}.\n\n"
                        "## Responsibilities\n\n- Make widgets\n" + (extra if k == 1 else "") +
                        "\n## Requirements\n\n- Ability to use GitLab\n")
        return folder

    def test_diff_family_folders(self):
        """A family kept as a folder is compared as the one family the
        editor opens, with a folder, a page or a Ladder file."""
        old = self.family_folder("old")
        new = self.family_folder("new", grades=(5, 7), extra="- Mend widgets\n")
        result = run("diff", old, new)
        self.assertEqual((result.returncode, result.stderr), (1, b""))
        self.assertEqual(result.stdout.decode().splitlines(), [
            "Widget Maker 1: grade 6 → 7",
            "Widget Maker 1 › Responsibilities: + “Mend widgets”"])
        result = run("diff", old, old + os.sep)
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, b"", b""))
        import json
        report = json.loads(run("diff", "--format=json", old, new).stdout)
        self.assertEqual((report["old"], report["new"], report["job_family"]), (old, new, True))
        self.assertEqual([c["kind"] for c in report["changes"]], ["grade", "bullet-added"])
        # Against the Ladder file imported from it, on either side.
        imported = os.path.join(self.dir, "old.jobfamily.json")
        self.assertEqual(run("import", old, "-o", imported).returncode, 0)
        for args in ((old, imported), (imported, old)):
            result = run("diff", *args)
            self.assertEqual((result.returncode, result.stdout, result.stderr), (0, b"", b""), args)
        self.assertEqual(run("diff", imported, new).returncode, 1)

    def test_diff_folder_that_is_no_family(self):
        pages = os.path.join(self.dir, "pages")
        os.makedirs(pages)
        self.write("pages/a.md", b"# A\n")
        result = run("diff", pages, PAGE)
        self.assertEqual((result.returncode, result.stdout), (2, b""))
        self.assertEqual(result.stderr.decode(),
                         pages + ": error: a folder is read as a job family kept as a folder, "
                         "and this one has no _index.md\n")
        # `_index.md` and no level page.
        self.write("pages/_index.md", b"# Pages\n")
        result = run("diff", PAGE, pages)
        self.assertEqual((result.returncode, result.stdout), (2, b""))
        self.assertIn(b"error:", result.stderr)

    def test_import_family_folder(self):
        """A family kept as a folder is imported into one Ladder file: the
        family the editor's "Save as Ladder File" writes, all its levels."""
        folder = self.family_folder("widget-maker", extra="- [Bad](javascript:alert(1))\n")
        out = os.path.join(self.dir, "family.jobfamily.json")
        result = run("import", folder, "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        # A level page's warning, at its own line.
        self.assertEqual(result.stderr.decode().splitlines(), [
            os.path.join(folder, "level-1.md") + ":15:3: warning: the link to “javascript:alert(1)” "
            "is not allowed: use an http, https or mailto link, a handbook path or a Hugo ref"])
        self.assertEqual(run("validate", "--quiet", out).returncode, 0)
        import json
        family = json.loads(read(out))
        self.assertEqual([role["title"] for role in family["roles"]], ["Widget Maker 0", "Widget Maker 1"])
        self.assertEqual([role["job_grade"] for role in family["roles"]], [5, 6])
        page = run("export", out).stdout.decode()
        self.assertIn("Widgets.", page)
        self.assertIn("The Widget Maker 1 is a grade 6.", page)
        # Named after the folder in a batch, also given as "." or with a
        # trailing slash.
        batch = os.path.join(self.dir, "batch")
        result = run("import", "--output-dir", batch, folder + os.sep, PAGE)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(os.listdir(batch)),
                         ["product-marketing-management.jobfamily.json", "widget-maker.jobfamily.json"])
        self.assertEqual(read(os.path.join(batch, "widget-maker.jobfamily.json")), read(out))
        result = subprocess.run([CLI, "import", "--output-dir", "../here", "."], cwd=folder,
                                capture_output=True, env=ENV, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(os.listdir(os.path.join(self.dir, "here")), ["widget-maker.jobfamily.json"])
        # A folder that is no family folder is bad input.
        result = run("import", self.dir, "-o", os.path.join(self.dir, "none.jobfamily.json"))
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"has no _index.md", result.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "none.jobfamily.json")))

    def test_diff_as_git_external_diff_driver(self):
        """git diff on a handbook checkout shows job-family changes by role
        and bullet, with the README's setup."""
        import shlex
        import shutil
        if shutil.which("git") is None:
            if under_ci():
                self.fail("git is not installed, and under CI every check must run")
            self.skipTest("git is not installed")
        repo = os.path.join(self.dir, "handbook")
        os.makedirs(repo)
        env = dict(ENV, HOME=self.dir, GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="Test",
                   GIT_AUTHOR_EMAIL="test@example.com", GIT_COMMITTER_NAME="Test",
                   GIT_COMMITTER_EMAIL="test@example.com")
        env.pop("GIT_PAGER_IN_USE", None)

        def git(*args):
            return subprocess.run(["git", "-C", repo, *args], env=env, capture_output=True, timeout=60)

        def put(name, data):
            with open(os.path.join(repo, name), "wb") as f:
                f.write(data)

        self.assertEqual(git("init", "-q").returncode, 0)
        put(".gitattributes", b"*.md diff=ladder\n")
        put("product-marketing-management.md", read(PAGE))
        put("notes.md", b"Notes\none\n")
        self.assertEqual(git("add", ".").returncode, 0)
        self.assertEqual(git("commit", "-q", "-m", "Pages").returncode, 0)

        put("product-marketing-management.md", read(self.edited_page("new.md", *self.GRADE_AND_BULLET)))
        put("notes.md", b"Notes\ntwo\n")
        put("widgets.md", b"### Widget Maker\n\n#### Widget Maker Job Grade\n\nThe Widget Maker is a grade 6.\n")
        self.assertEqual(git("add", "widgets.md").returncode, 0)

        result = git("-c", "diff.ladder.command=" + shlex.quote(CLI) + " diff", "diff", "--ext-diff", "HEAD")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.decode().splitlines(), [
            "diff --ladder a/notes.md b/notes.md",
            "--- a/notes.md",
            "+++ b/notes.md",
            "@@ -1,2 +1,2 @@",
            " Notes",
            "-one",
            "+two",
            "diff --ladder a/product-marketing-management.md b/product-marketing-management.md",
            *self.GRADE_AND_BULLET_LINES,
            "diff --ladder /dev/null b/widgets.md",
            "Widget Maker: role added",
        ])

        # Tools get one JSON object per file.
        import json
        result = git("-c", "diff.ladder.command=" + shlex.quote(CLI) + " diff --format=json",
                     "diff", "--ext-diff", "HEAD", "--", "product-marketing-management.md")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        self.assertEqual([c["kind"] for c in report["changes"]], ["grade", "bullet-edited"])
        self.assertEqual(report["old"], "a/product-marketing-management.md")


    # Bounded work on any input (issue 11)

    def test_import_warns_when_kept_as_text(self):
        """A page libcmark 0.30 would read in quadratic time is kept as
        Markdown text, round-trips, and the CLI says so, with the place, on
        standard error; the exit status stays 0."""
        page = self.write("quadratic.md", b"### Analyst\n\n#### Analyst Responsibilities\n\n- " + b"![[]()" * 40000 + b"\n")
        out = os.path.join(self.dir, "quadratic.jobfamily.json")
        result = run("import", page, "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stderr.decode(),
                         r"^" + re.escape(page) + r":5:1: warning: [^\n]*kept as Markdown text[^\n]*\n$")
        back = run("export", out)
        self.assertEqual(back.returncode, 0, back.stderr)
        self.assertEqual(back.stdout, read(page))

    def test_import_no_warning_for_real_pages(self):
        result = run("import", PAGE, "-o", os.path.join(self.dir, "pmm.jobfamily.json"))
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stderr, b"")

    def test_import_refuses_to_write_what_ladder_would_not_read(self):
        """A page whose Ladder file would pass 16 MiB is refused before
        anything is written: the old file stays, and no file is made."""
        # A control character takes six bytes in JSON ("\\u0001"): 3 MB of
        # them make an 18 MB file.
        page = self.write("quotes.md", (b"\x01" * 999 + b"\n") * 3000)
        self.assertLess(os.path.getsize(page), 16 * 1024 * 1024)
        out = self.write("quotes.jobfamily.json", b"old\n")
        result = run("import", page, "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stderr.decode(),
                         r"^" + re.escape(out) + r": error: the file would be [^\n]*larger than the 16 MiB "
                         r"Ladder reads; nothing was written\n$")
        self.assertEqual(read(out), b"old\n")
        self.assertEqual(sorted(os.listdir(self.dir)), ["quotes.jobfamily.json", "quotes.md"])

        result = run("import", page)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, b"")
        self.assertRegex(result.stderr.decode(), r"^<stdout>: error: the file would be ")

        batch = os.path.join(self.dir, "batch")
        result = run("import", "--output-dir", batch, page, PAGE)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(os.listdir(batch), ["product-marketing-management.jobfamily.json"])

    def test_export_refuses_to_write_what_ladder_would_not_read(self):
        """A Ladder file within 16 MiB can make a larger page (continuation
        lines are indented): refused before anything is written."""
        family = self.write("long.jobfamily.json",
                            b'{"format":"ladder-job-family","version":1,"roles":[{"title":"A","responsibilities":["'
                            + b"a\\n" * (5 * 1024 * 1024) + b'a"]}]}\n')
        self.assertLess(os.path.getsize(family), 16 * 1024 * 1024)
        out = self.write("long.md", b"old\n")
        result = run("export", family, "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stderr.decode(), r"^" + re.escape(out) + r": error: the file would be ")
        self.assertEqual(read(out), b"old\n")

    def test_validate_refuses_beyond_the_bounds(self):
        """A million bullets: refused at the first bullet beyond the bound,
        without building the rest."""
        family = self.write("million.jobfamily.json",
                            b'{"format":"ladder-job-family","version":1,"roles":[{"title":"A","responsibilities":[\n'
                            + b'"b",\n' * 999999 + b'"b"]}]}\n')
        result = run("validate", family)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.decode(),
                         family + ":1002:1: error: too many bullets in one list: Ladder reads at most 1000\n")

if __name__ == "__main__":
    unittest.main(verbosity=2)
