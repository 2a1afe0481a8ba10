#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of `ladder-cli lint` as CI runs it: the text, JSON and GitLab Code
Quality reports, exit statuses, folders, Ladder files and .ladder.json."""

import json
import os
import re
import subprocess
import tempfile
import unittest

CLI = os.environ.get("LADDER_CLI", "ladder-cli")
SOURCE = os.environ.get("LADDER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), ".."))
CORPUS = os.environ.get("LADDER_CORPUS_DIR", "")
ENV = dict(os.environ, LANG="C.UTF-8", LANGUAGE="", LC_ALL="")
# The program finds its word lists itself from the build tree: the tests
# check that it does.
ENV.pop("LADDER_LINT_DATA_DIR", None)

GOOD = """---
title: "Analyst"
---

The Analyst family describes the work of analysts.

## Levels

### Analyst

The Analyst reports to the [Manager, Analytics](/job-families/finance/manager-analytics/).

#### Analyst Job Grade

The Analyst is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Analyst Responsibilities

- Build reports for the finance team
- Review data quality

#### Analyst Requirements

- Experience with spreadsheets
- Ability to use GitLab

## Performance Indicators

- [Forecast accuracy](/handbook/finance/kpis/#forecast-accuracy)
- [Report delivery](/handbook/finance/kpis/#report-delivery)
- [Data quality](/handbook/finance/kpis/#data-quality)

## Hiring Process

- Selected candidates will be invited to a [screening call](/handbook/hiring/interviewing/#screening-call)

Additional details about our process can be found on our [hiring page](/handbook/hiring/).
"""

# One warning (line 20, column 7) and one error (the GitLab requirement,
# placed at the last requirement, line 24).
BAD = GOOD.replace("Review data quality", "Review  data quality").replace("- Ability to use GitLab\n", "")

TEXT_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): .+ \[(?P<rule>[a-z-]+)\]$")


def run(*args, cwd=None, stdin=None):
    return subprocess.run([CLI, "lint", *args], capture_output=True, env=ENV, timeout=120, cwd=cwd, input=stdin)


class Lint(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_clean_page_exits_0(self):
        page = self.write("analyst.md", GOOD)
        result = run(page)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertEqual(result.stdout, b"")

    def test_text_format(self):
        page = self.write("analyst.md", BAD)
        result = run("analyst.md", cwd=self.dir)
        self.assertEqual(result.returncode, 1, result.stderr)
        lines = result.stdout.decode().splitlines()
        self.assertEqual(len(lines), 2, lines)
        for line in lines:
            self.assertRegex(line, TEXT_LINE)
        first = TEXT_LINE.match(lines[0]).groupdict()
        self.assertEqual((first["file"], first["line"], first["column"], first["severity"], first["rule"]),
                         ("analyst.md", "20", "9", "warning", "doubled-space"))
        second = TEXT_LINE.match(lines[1]).groupdict()
        self.assertEqual((second["line"], second["column"], second["severity"], second["rule"]),
                         ("24", "1", "error", "ability-to-use-gitlab"))
        self.assertIn(b"1 error and 1 warning in 1 file", result.stderr)
        self.assertTrue(os.path.exists(page))

    def test_warnings_only_exit_0(self):
        page = self.write("analyst.md", GOOD.replace("Review data quality", "Review  data quality"))
        result = run(page)
        self.assertEqual(result.returncode, 0)
        self.assertIn(b"[doubled-space]", result.stdout)

    def test_json_format(self):
        self.write("analyst.md", BAD)
        result = run("--format=json", "analyst.md", cwd=self.dir)
        self.assertEqual(result.returncode, 1)
        problems = json.loads(result.stdout)
        self.assertEqual([p["rule"] for p in problems], ["doubled-space", "ability-to-use-gitlab"])
        first = problems[0]
        self.assertEqual(first["path"], "analyst.md")
        self.assertEqual((first["line"], first["column"], first["length"]), (20, 9, 2))
        self.assertEqual(first["severity"], "warning")
        self.assertEqual((first["role"], first["role_title"], first["field"], first["index"]),
                         (0, "Analyst", "responsibilities", 1))
        self.assertEqual(first["fix"], "Use one space")
        self.assertEqual(problems[1]["fix"], "Add “Ability to use GitLab”")

    def test_gitlab_format(self):
        self.write("pages/analyst.md", BAD)
        result = run("--format=gitlab", "./pages/analyst.md", cwd=self.dir)
        self.assertEqual(result.returncode, 1)
        report = json.loads(result.stdout)
        self.assertEqual(len(report), 2)
        for entry in report:
            self.assertEqual(set(entry) >= {"description", "check_name", "fingerprint", "severity", "location"}, True)
            self.assertIn(entry["severity"], ("info", "minor", "major", "critical", "blocker"))
            self.assertEqual(entry["location"]["path"], "pages/analyst.md")
            self.assertIsInstance(entry["location"]["lines"]["begin"], int)
            self.assertRegex(entry["fingerprint"], r"^[0-9a-f]{32}$")
        self.assertEqual([e["check_name"] for e in report], ["doubled-space", "ability-to-use-gitlab"])
        self.assertEqual([e["severity"] for e in report], ["minor", "major"])
        self.assertEqual(report[0]["location"]["lines"]["begin"], 20)
        # Stable: the same problem has the same fingerprint run after run;
        # another problem has another.
        again = json.loads(run("--format=gitlab", "./pages/analyst.md", cwd=self.dir).stdout)
        self.assertEqual([e["fingerprint"] for e in again], [e["fingerprint"] for e in report])
        self.assertNotEqual(report[0]["fingerprint"], report[1]["fingerprint"])

    def test_folder_finds_job_families_only(self):
        self.write("job-families/finance/analyst.md", BAD)
        self.write("job-families/_index.md", "---\ntitle: Job families\n---\n\nAll the families.\n")
        self.write("job-families/.hidden/analyst.md", BAD)
        self.write("job-families/notes.txt", "not a page")
        result = run("job-families", cwd=self.dir)
        self.assertEqual(result.returncode, 1)
        files = {TEXT_LINE.match(line).group("file") for line in result.stdout.decode().splitlines()}
        self.assertEqual(files, {"job-families/finance/analyst.md"})

    def make_family_folder(self):
        """GOOD kept as a family folder: `_index.md` without its levels, and
        a page per level (front matter with a title and a weight), the
        first with BAD's doubled space, the second without "Ability to use
        GitLab"."""
        levels = GOOD[GOOD.index("## Levels"):GOOD.index("## Performance Indicators")]
        self.write("job-families/finance/analyst/_index.md", GOOD.replace(levels, ""))
        body = levels[levels.index("The Analyst reports"):].replace("#### ", "### ")
        first = "---\ntitle: \"Analyst\"\nweight: 10\n---\n\n" + body.replace(
            "Review data quality", "Review  data quality")
        second = "---\ntitle: \"Senior Analyst\"\nweight: 20\n---\n\n" + body.replace(
            "Analyst", "Senior Analyst").replace("grade 6", "grade 7").replace("- Ability to use GitLab\n", "")
        self.write("job-families/finance/analyst/analyst.md", first)
        self.write("job-families/finance/analyst/senior-analyst.md", second)
        return first, second

    def test_family_folder_is_one_family(self):
        first, second = self.make_family_folder()
        doubled = first.split("\n").index("- Review  data quality") + 1
        last_requirement = second.split("\n").index("- Experience with spreadsheets") + 1
        expected = [
            f"job-families/finance/analyst/analyst.md:{doubled}:9: warning:",
            f"job-families/finance/analyst/senior-analyst.md:{last_requirement}:1: error:",
        ]
        # The folder, any of its pages, or several of them: the family, once.
        for args in (["job-families"], ["job-families/finance/analyst"],
                     ["job-families/finance/analyst/senior-analyst.md"],
                     ["job-families/finance/analyst/_index.md", "job-families/finance/analyst/analyst.md"]):
            result = run(*args, cwd=self.dir)
            lines = result.stdout.decode().splitlines()
            # The sections a family must have are in `_index.md`: no level
            # page is a family that lacks them.
            self.assertEqual([line[:len(prefix)] for line, prefix in zip(lines, expected)], expected, (args, lines))
            self.assertEqual(len(lines), 2, (args, lines))
            self.assertIn("[doubled-space]", lines[0])
            self.assertIn("[ability-to-use-gitlab]", lines[1])
            self.assertEqual(result.returncode, 1, args)
            self.assertIn(b"in 3 files", result.stderr, args)
        result = run("--format=json", "job-families", cwd=self.dir)
        problems = json.loads(result.stdout)
        self.assertEqual([(p["path"], p["role_title"]) for p in problems],
                         [("job-families/finance/analyst/analyst.md", "Analyst"),
                          ("job-families/finance/analyst/senior-analyst.md", "Senior Analyst")])
        # An exemption names the page the problem is in.
        self.write("job-families/finance/analyst/.ladder.json", json.dumps(
            {"exemptions": [{"files": ["senior-analyst.md"], "rules": ["*"], "reason": "a test"}]}))
        result = run("job-families", cwd=self.dir)
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertEqual([line[:len(expected[0])] for line in result.stdout.decode().splitlines()], expected[:1])

    def test_ladder_file(self):
        page = self.write("analyst.md", BAD)
        family = os.path.join(self.dir, "analyst.jobfamily.json")
        subprocess.run([CLI, "import", page, "-o", family], check=True, env=ENV)
        result = run(family)
        self.assertEqual(result.returncode, 1)
        # Placed in the page the file is written as.
        self.assertIn(f"{family}:20:9: warning:".encode(), result.stdout)

    def test_stdin(self):
        result = run("-", stdin=BAD.encode())
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"<stdin>:20:9: warning:", result.stdout)

    def test_usage_and_unreadable(self):
        page = self.write("analyst.md", BAD)
        for args in [(), ("--format=xml", page), ("--no-such-option", page), ("--config", "x", "--no-config", page)]:
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertIn(b"ladder-cli --help", result.stderr, args)
        result = run(os.path.join(self.dir, "missing.md"))
        self.assertEqual(result.returncode, 2)
        result = run(self.write("broken.jobfamily.json", "{"), page)
        self.assertEqual(result.returncode, 2)
        self.assertRegex(result.stderr.decode(), r"broken\.jobfamily\.json:\d+:\d+: error:")
        # The page after the bad file is still checked.
        self.assertIn(b"[ability-to-use-gitlab]", result.stdout)

    def test_problems_and_errors_keep_their_order(self):
        # The problems go out in blocks, not a line at a time: an error
        # between two pages still comes between their problems when both
        # streams go to one place, and the summary still comes last.
        first = self.write("a/analyst.md", BAD)
        broken = self.write("broken.jobfamily.json", "{")
        second = self.write("b/analyst.md", BAD)
        result = subprocess.run([CLI, "lint", first, broken, second], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, env=ENV, timeout=120)
        self.assertEqual(result.returncode, 2, result.stdout)
        lines = result.stdout.decode().splitlines()
        self.assertEqual(len(lines), 6, lines)
        self.assertTrue(all(line.startswith(first + ":") for line in lines[0:2]), lines)
        self.assertRegex(lines[2], r"broken\.jobfamily\.json:\d+:\d+: error:")
        self.assertTrue(all(line.startswith(second + ":") for line in lines[3:5]), lines)
        self.assertEqual(lines[5], "2 errors and 2 warnings in 2 files")

    def test_config_beside_the_page_and_at_the_root(self):
        os.makedirs(os.path.join(self.dir, ".git"))
        self.write(".ladder.json", json.dumps({"rules": {"ability-to-use-gitlab": "warning", "doubled-space": "off"}}))
        self.write("job-families/legal/.ladder.json",
                   json.dumps({"exemptions": [{"files": ["analyst.md"], "rules": ["*"], "reason": "a test"}]}))
        self.write("job-families/finance/analyst.md", BAD)
        self.write("job-families/legal/analyst.md", BAD)
        result = run("job-families", cwd=self.dir)
        self.assertEqual(result.returncode, 0, result.stdout)
        lines = result.stdout.decode().splitlines()
        self.assertEqual(len(lines), 1, lines)
        self.assertRegex(lines[0], r"^job-families/finance/analyst\.md:24:1: warning: .*\[ability-to-use-gitlab\]$")
        # --no-config: every rule at its own severity.
        result = run("--no-config", "job-families", cwd=self.dir)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout.decode().count("\n"), 4)
        # --config: that file alone.
        config = self.write("strict.json", json.dumps({"rules": {"doubled-space": "error"}}))
        result = run("--config", config, "job-families/legal/analyst.md", cwd=self.dir)
        self.assertIn(b"error: Doubled space", result.stdout)

    def test_bad_config(self):
        self.write(".ladder.json", '{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}\n')
        self.write("analyst.md", BAD)
        result = run("analyst.md", cwd=self.dir)
        self.assertEqual(result.returncode, 2)
        self.assertRegex(result.stderr.decode(), r"\.ladder\.json:3:\d+: error: unknown rule")

    def test_list_rules(self):
        result = run("--list-rules")
        self.assertEqual(result.returncode, 0)
        names = [line.split()[0] for line in result.stdout.decode().splitlines()]
        self.assertIn("ability-to-use-gitlab", names)
        self.assertIn("gender-coded", names)
        self.assertEqual(len(names), len(set(names)))

    def test_help_lists_lint(self):
        result = subprocess.run([CLI, "--help"], capture_output=True, env=ENV)
        self.assertIn(b"lint", result.stdout)

    def test_corpus_locations_are_in_their_pages(self):
        if not CORPUS or not os.path.isdir(CORPUS):
            if os.environ.get("CI"):
                self.fail(f"no corpus at {CORPUS!r} under CI")
            self.skipTest("no corpus of handbook pages")
        result = run("--format=json", CORPUS)
        self.assertIn(result.returncode, (0, 1), result.stderr)
        problems = json.loads(result.stdout)
        self.assertGreater(len(problems), 0)
        lines = {}
        for problem in problems:
            if problem["path"] not in lines:
                with open(problem["path"], encoding="utf-8") as f:
                    lines[problem["path"]] = f.read().split("\n")
            page = lines[problem["path"]]
            self.assertLessEqual(problem["line"], len(page), problem)
            self.assertLessEqual(problem["column"], len(page[problem["line"] - 1]) + 1, problem)


if __name__ == "__main__":
    unittest.main(verbosity=2)
