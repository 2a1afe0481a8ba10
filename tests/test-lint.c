/* test-lint.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The handbook checks: each rule fires on a small bad page, at the line
 * and column of what is wrong, and stays silent on the page put right;
 * quick fixes give exactly the page expected, through the model's
 * setters (so undo takes them back); the settings file turns rules off,
 * changes their severity, exempts pages and edits the word lists.
 */

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-history.h"
#include "ladder-json.h"
#include "ladder-lint.h"
#include "ladder-lint-private.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-section.h"

/* A page every rule is content with. */
static const char *good_page
    = "---\n"
      "title: \"Analyst\"\n"
      "---\n"
      "\n"
      "The Analyst family describes the work of analysts.\n"
      "\n"
      "## Levels\n"
      "\n"
      "### Analyst\n"
      "\n"
      "The Analyst reports to the [Manager, Analytics](/job-families/finance/manager-analytics/).\n"
      "\n"
      "#### Analyst Job Grade\n"
      "\n"
      "The Analyst is a [grade "
      "6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n"
      "\n"
      "#### Analyst Responsibilities\n"
      "\n"
      "- Build reports for the finance team\n"
      "- Review data quality\n"
      "\n"
      "#### Analyst Requirements\n"
      "\n"
      "- Experience with spreadsheets\n"
      "- Ability to use GitLab\n"
      "\n"
      "### Senior Analyst\n"
      "\n"
      "The Senior Analyst reports to the [Manager, "
      "Analytics](/job-families/finance/manager-analytics/).\n"
      "\n"
      "#### Senior Analyst Job Grade\n"
      "\n"
      "The Senior Analyst is a [grade "
      "7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n"
      "\n"
      "#### Senior Analyst Responsibilities\n"
      "\n"
      "- Extends that of the Analyst responsibilities\n"
      "- Coach other analysts\n"
      "\n"
      "#### Senior Analyst Requirements\n"
      "\n"
      "- Extends that of the Analyst requirements\n"
      "- Deep knowledge of data modelling\n"
      "\n"
      "## Performance Indicators\n"
      "\n"
      "- [Forecast accuracy](/handbook/finance/kpis/#forecast-accuracy)\n"
      "- [Report delivery](/handbook/finance/kpis/#report-delivery)\n"
      "- [Data quality](/handbook/finance/kpis/#data-quality)\n"
      "\n"
      "## Career Ladder\n"
      "\n"
      "The next step is the Manager, Analytics job family.\n"
      "\n"
      "## Hiring Process\n"
      "\n"
      "Candidates can expect the hiring process to follow the order below.\n"
      "\n"
      "- Selected candidates will be invited to schedule a 30 minute [screening "
      "call](/handbook/hiring/interviewing/#screening-call) with our Global Recruiters\n"
      "- Next, candidates will interview with the Hiring Manager\n"
      "\n"
      "Additional details about our process can be found on our [hiring "
      "page](/handbook/hiring/).\n";

static LadderLinter *linter;

static LadderFamily *
import_page (const char *page)
{
  g_autoptr (GError) error = NULL;
  LadderFamily *family = ladder_markdown_import (page, strlen (page), "page.md", &error);

  g_assert_no_error (error);
  return family;
}

static char *
export_page (LadderFamily *family)
{
  return g_string_free (ladder_markdown_export (family, LADDER_EXPORT_DEFAULT), FALSE);
}

static GPtrArray *
lint (LadderFamily *family, LadderLintConfig *config, const char *path)
{
  return ladder_linter_check (linter, family, config, path);
}

static LadderLintProblem *
find_problem (GPtrArray *problems, const char *rule)
{
  for (guint i = 0; i < problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (ladder_lint_problem_get_rule_id (problem), rule))
        return problem;
    }

  return NULL;
}

static guint
count_problems (GPtrArray *problems, const char *rule)
{
  guint count = 0;

  for (guint i = 0; i < problems->len; i++)
    count += g_str_equal (ladder_lint_problem_get_rule_id (g_ptr_array_index (problems, i)), rule);

  return count;
}

/* The page with the first @old replaced by @replacement. */
static char *
replace (const char *page, const char *old, const char *replacement)
{
  const char *at = strstr (page, old);
  GString    *out;

  g_assert_nonnull (at);
  out = g_string_new_len (page, at - page);
  g_string_append (out, replacement);
  g_string_append (out, at + strlen (old));

  return g_string_free (out, FALSE);
}

/* Line and column (from 1, in characters) of the @nth (from 0) @marker. */
static void
position_of (const char *page, const char *marker, guint nth, guint *line, guint *column)
{
  const char *at = strstr (page, marker);

  for (guint i = 0; at != NULL && i < nth; i++)
    at = strstr (at + 1, marker);
  g_assert_nonnull (at);

  *line = 1;
  *column = 1;
  for (const char *p = page; p < at; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        {
          (*column)++;
        }
    }
}

typedef struct
{
  const char *rule;
  /* The bad page: the good one with `old` replaced by `new`, or `page`. */
  const char *old;
  const char *new;
  const char *page;
  /* Where the problem is: the first `at` (its `nth`) in the bad page. */
  const char        *at;
  guint              nth;
  LadderLintSeverity severity;
  /* The model place: the role's position (-1 for none), the field. */
  int             role;
  LadderLintField field;
} RuleCase;

static const char *no_lists_page
    = "---\ntitle: \"Analyst\"\n---\n\nThe Analyst family.\n\n## Levels\n\n### Analyst\n\n"
      "#### Analyst Job Grade\n\nThe Analyst is a [grade "
      "6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n";

static const RuleCase rule_cases[] = {
  { "front-matter-title", "title: \"Analyst\"\n", "description: \"Analysts\"\n", NULL, "---", 0,
    LADDER_LINT_ERROR, -1, LADDER_LINT_FIELD_FRONT_MATTER },
  { "ability-to-use-gitlab", "- Ability to use GitLab\n", "", NULL,
    "- Experience with spreadsheets", 0, LADDER_LINT_ERROR, 0, LADDER_LINT_FIELD_REQUIREMENTS },
  { "missing-responsibilities", NULL, NULL, NULL, "The Analyst family.", 0, LADDER_LINT_ERROR, -1,
    LADDER_LINT_FIELD_PAGE },
  { "missing-requirements", NULL, NULL, NULL, "The Analyst family.", 0, LADDER_LINT_ERROR, -1,
    LADDER_LINT_FIELD_PAGE },
  { "missing-job-grade",
    "#### Senior Analyst Job Grade\n\nThe Senior Analyst is a [grade "
    "7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n",
    "", NULL, "### Senior Analyst", 0, LADDER_LINT_ERROR, 1, LADDER_LINT_FIELD_GRADE },
  { "missing-performance-indicators",
    "## Performance Indicators\n\n- [Forecast "
    "accuracy](/handbook/finance/kpis/#forecast-accuracy)\n- [Report "
    "delivery](/handbook/finance/kpis/#report-delivery)\n- [Data "
    "quality](/handbook/finance/kpis/#data-quality)\n\n",
    "", NULL, "The Analyst family", 0, LADDER_LINT_ERROR, -1, LADDER_LINT_FIELD_PAGE },
  { "missing-hiring-process", "## Hiring Process\n", "## Next steps\n", NULL, "The Analyst family",
    0, LADDER_LINT_ERROR, -1, LADDER_LINT_FIELD_PAGE },
  { "grade-order", "is a [grade 7]", "is a [grade 5]", NULL, "The Senior Analyst is a", 0,
    LADDER_LINT_WARNING, 1, LADDER_LINT_FIELD_GRADE },
  { "grade-link",
    "The Senior Analyst is a [grade "
    "7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).",
    "The Senior Analyst is a grade 7.", NULL, "The Senior Analyst is a", 0, LADDER_LINT_WARNING, 1,
    LADDER_LINT_FIELD_GRADE },
  { "extends-unknown-level", "- Extends that of the Analyst responsibilities",
    "- Extends that of the Staff Engineer responsibilities", NULL, "Staff Engineer", 0,
    LADDER_LINT_ERROR, 1, LADDER_LINT_FIELD_RESPONSIBILITIES },
  { "extends-missing", "- Extends that of the Analyst responsibilities\n", "", NULL,
    "- Coach other", 0, LADDER_LINT_WARNING, 1, LADDER_LINT_FIELD_RESPONSIBILITIES },
  { "reports-to-unknown",
    "The Analyst reports to the [Manager, Analytics](/job-families/finance/manager-analytics/).",
    "The Analyst reports to the Manager, Analytics.", NULL, "Manager, Analytics", 0,
    LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_REPORTS_TO },
  { "reports-to-twice",
    "The Analyst reports to the [Manager, Analytics](/job-families/finance/manager-analytics/).\n",
    "The Analyst reports to the [Manager, Analytics](/job-families/finance/manager-analytics/).\n\n"
    "The Analyst reports to the Director, Analytics and leads the analysts.\n",
    NULL, "reports to the Director", 0, LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_REPORTS_TO },
  { "location-requirement", "- Experience with spreadsheets\n",
    "- Experience with spreadsheets\n- Must reside in Canada\n", NULL, "Must reside", 0,
    LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_REQUIREMENTS },
  { "years-of-experience", "is a [grade 6]", "is a [grade 5]", NULL, NULL, 0, LADDER_LINT_ERROR, 0,
    LADDER_LINT_FIELD_REQUIREMENTS },
  { "years-of-experience-count", "- Deep knowledge of data modelling",
    "- Deep knowledge of data modelling\n- 5+ years of experience with SQL", NULL, "5+ years", 0,
    LADDER_LINT_WARNING, 1, LADDER_LINT_FIELD_REQUIREMENTS },
  { "vacancy-ad", "The Analyst family describes the work of analysts.",
    "In this role you will build reports.", NULL, "you will", 0, LADDER_LINT_WARNING, -1,
    LADDER_LINT_FIELD_INTRO },
  { "pi-count", "- [Data quality](/handbook/finance/kpis/#data-quality)\n", "", NULL,
    "## Performance Indicators", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "pi-unlinked", "- [Data quality](/handbook/finance/kpis/#data-quality)", "- Data quality", NULL,
    "- Data quality", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "pi-per-level-and-family", "- Ability to use GitLab\n",
    "- Ability to use GitLab\n\n#### Analyst Performance Indicators\n\n- [A](/handbook/a/)\n- "
    "[B](/handbook/b/)\n- [C](/handbook/c/)\n",
    NULL, "## Performance Indicators", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "empty-section", "## Performance Indicators\n", "## Specialties\n\n## Performance Indicators\n",
    NULL, "## Specialties", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "automatic-section", "## Hiring Process\n",
    "## Compensation\n\nSee the calculator.\n\n## Hiring Process\n", NULL, "## Compensation", 0,
    LADDER_LINT_ERROR, -1, LADDER_LINT_FIELD_SECTION },
  { "hiring-page-link", "[hiring page](/handbook/hiring/)", "hiring page", NULL,
    "## Hiring Process", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "screening-call", "[screening call](/handbook/hiring/interviewing/#screening-call)",
    "[call](/handbook/hiring/interviewing/)", NULL, "## Hiring Process", 0, LADDER_LINT_WARNING, -1,
    LADDER_LINT_FIELD_SECTION },
  { "heading-link", "## Career Ladder", "## [Career Ladder](/handbook/careers/)", NULL,
    "[Career Ladder]", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "reference-link", "The next step is", "[kpis]: /handbook/finance/kpis/\n\nThe next step is",
    NULL, "[kpis]:", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "absolute-handbook-link", "(/handbook/finance/kpis/#data-quality)",
    "(https://about.gitlab.com/handbook/finance/kpis/#data-quality)", NULL, "https://about", 0,
    LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "handbook-link-prefix", "(/handbook/hiring/)", "(handbook/hiring/)", NULL, "handbook/hiring/)",
    0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "heading-length", "## Career Ladder",
    "## Career Ladder for analysts who want to grow into managers, staff analysts and principal "
    "analysts in the finance team",
    NULL, "Career Ladder for", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "heading-punctuation", "## Career Ladder", "## Career Ladder:", NULL, ":\n\nThe next", 0,
    LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_SECTION },
  { "duplicate-bullet", "- Review data quality\n", "- Review data quality\n- Review data quality\n",
    NULL, "- Review data quality", 1, LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_RESPONSIBILITIES },
  { "empty-bullet", "- Review data quality\n", "- Review data quality\n-\n", NULL,
    "-\n\n#### Analyst Req", 0, LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_RESPONSIBILITIES },
  { "doubled-space", "Review data quality", "Review  data quality", NULL, "  data", 0,
    LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_RESPONSIBILITIES },
  { "trailing-space", "- Review data quality\n", "- Review data quality   \n", NULL, "   \n", 0,
    LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_RESPONSIBILITIES },
  { "gendered-pronoun", "- Coach other analysts", "- Coach other analysts in his team", NULL, "his",
    0, LADDER_LINT_WARNING, 1, LADDER_LINT_FIELD_RESPONSIBILITIES },
  { "gendered-address", "describes the work of analysts.", "describes the work of analysts, guys.",
    NULL, "guys", 0, LADDER_LINT_WARNING, -1, LADDER_LINT_FIELD_INTRO },
  { "misused-term", "- Review data quality", "- Do a sanity check of data quality", NULL,
    "sanity check", 0, LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_RESPONSIBILITIES },
  { "gender-coded", "- Review data quality",
    "- Review data quality\n- Lead decisive, competitive and independent work", NULL, "### Analyst",
    0, LADDER_LINT_WARNING, 0, LADDER_LINT_FIELD_TITLE },
};

static char *
bad_page (const RuleCase *rule_case)
{
  if (g_str_equal (rule_case->rule, "missing-responsibilities"))
    return g_strconcat (no_lists_page, "\n#### Analyst Requirements\n\n- Ability to use GitLab\n",
                        NULL);
  if (g_str_equal (rule_case->rule, "missing-requirements"))
    return g_strconcat (no_lists_page, "\n#### Analyst Responsibilities\n\n- Build reports\n",
                        NULL);
  if (g_str_equal (rule_case->rule, "extends-missing"))
    {
      /* A third level that begins its responsibilities with "Extends", as
       * the second no longer does. */
      g_autofree char *second = replace (good_page, rule_case->old, rule_case->new);

      return replace (
          second, "## Performance Indicators\n",
          "### Staff Analyst\n\n"
          "The Staff Analyst reports to the [Manager, "
          "Analytics](/job-families/finance/manager-analytics/).\n\n"
          "#### Staff Analyst Job Grade\n\n"
          "The Staff Analyst is a [grade "
          "8](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
          "#### Staff Analyst Responsibilities\n\n"
          "- Extends that of the Senior Analyst responsibilities\n"
          "- Plan the reports of the quarter\n\n"
          "#### Staff Analyst Requirements\n\n"
          "- Extends that of the Senior Analyst requirements\n"
          "- Experience leading projects\n\n"
          "## Performance Indicators\n");
    }
  if (g_str_equal (rule_case->rule, "years-of-experience"))
    {
      g_autofree char *graded = replace (good_page, rule_case->old, rule_case->new);

      return replace (graded, "- Experience with spreadsheets",
                      "- 3+ years of experience with spreadsheets");
    }

  return replace (good_page, rule_case->old, rule_case->new);
}

static void
test_good_page_is_clean (void)
{
  g_autoptr (LadderFamily) family = import_page (good_page);
  g_autoptr (GPtrArray) problems = lint (family, NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);

      g_test_message ("%u:%u: %s [%s]", ladder_lint_problem_get_line (problem),
                      ladder_lint_problem_get_column (problem),
                      ladder_lint_problem_get_message (problem),
                      ladder_lint_problem_get_rule_id (problem));
    }
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_rule (gconstpointer data)
{
  const RuleCase  *rule_case = data;
  g_autofree char *page = bad_page (rule_case);
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (GPtrArray) problems = lint (family, NULL, NULL);
  LadderLintProblem *problem = find_problem (problems, rule_case->rule);
  g_autoptr (LadderFamily) good = import_page (good_page);
  g_autoptr (GPtrArray) good_problems = lint (good, NULL, NULL);
  const char *at = rule_case->at != NULL ? rule_case->at : "3+ years";
  guint       line, column;

  g_assert_nonnull (problem);
  g_assert_cmpint (ladder_lint_problem_get_severity (problem), ==, rule_case->severity);
  g_assert_cmpstr (ladder_lint_problem_get_message (problem), !=, "");

  position_of (page, at, rule_case->nth, &line, &column);
  g_assert_cmpuint (ladder_lint_problem_get_line (problem), ==, line);
  g_assert_cmpuint (ladder_lint_problem_get_column (problem), ==, column);
  g_assert_cmpint (ladder_lint_problem_get_role (problem), ==, rule_case->role);
  g_assert_cmpint (ladder_lint_problem_get_field (problem), ==, rule_case->field);

  /* Put right, the page has no such problem. */
  g_assert_cmpuint (count_problems (good_problems, rule_case->rule), ==, 0);
}

/* Every rule has its case above. */
static void
test_every_rule_is_tested (void)
{
  guint                 n_rules;
  const LadderLintRule *rules = ladder_lint_get_rules (&n_rules);

  for (guint i = 0; i < n_rules; i++)
    {
      gboolean found = FALSE;

      /* A rule about text as typed in a field, which no page reads back
       * as such: /lint/heading-in-text edits the model. */
      found = g_str_equal (rules[i].id, "heading-in-text");
      for (guint k = 0; k < G_N_ELEMENTS (rule_cases) && !found; k++)
        found = g_str_equal (rule_cases[k].rule, rules[i].id);
      if (!found)
        g_test_message ("no test for %s", rules[i].id);
      g_assert_true (found);
    }
}

/* A heading typed in the introduction or in a section's text is kept on
 * the page as typed, but reopened it starts a section of its own: the
 * checks say so, at that line, and a deeper heading in a section is
 * content. No check saw it: the text after it left the field on
 * reopening. */
static void
test_heading_in_text (void)
{
  g_autoptr (LadderFamily) family = import_page (good_page);
  GListModel *sections = ladder_family_get_sections (family);
  g_autoptr (LadderSection) career = NULL;
  g_autoptr (GPtrArray) clean = NULL;
  g_autoptr (GPtrArray) in_intro = NULL;
  g_autoptr (GPtrArray) deeper = NULL;
  g_autoptr (GPtrArray) same = NULL;
  g_autoptr (GPtrArray) renamed = NULL;
  g_autoptr (GPtrArray) other = NULL;
  LadderLintProblem *problem;

  for (guint i = 0; i < g_list_model_get_n_items (sections) && career == NULL; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      if (g_str_equal (ladder_section_get_heading (section), "Career Ladder"))
        career = g_steal_pointer (&section);
    }
  g_assert_nonnull (career);

  clean = lint (family, NULL, NULL);
  g_assert_null (find_problem (clean, "heading-in-text"));

  ladder_family_set_intro (family, "The Analyst family.\n\n## Growth\n\nAnalysts grow.");
  in_intro = lint (family, NULL, NULL);
  problem = find_problem (in_intro, "heading-in-text");
  g_assert_nonnull (problem);
  g_assert_cmpint (ladder_lint_problem_get_field (problem), ==, LADDER_LINT_FIELD_INTRO);
  g_assert_nonnull (strstr (ladder_lint_problem_get_message (problem), "introduction"));
  ladder_family_set_intro (family, "The Analyst family.");

  ladder_section_set_body (career, "The next step.\n\n### Beyond\n\nThe Manager family.");
  deeper = lint (family, NULL, NULL);
  g_assert_null (find_problem (deeper, "heading-in-text"));

  ladder_section_set_body (career, "The next step.\n\nBeyond\n------\n\nThe Manager family.");
  same = lint (family, NULL, NULL);
  problem = find_problem (same, "heading-in-text");
  g_assert_nonnull (problem);
  g_assert_cmpint (ladder_lint_problem_get_field (problem), ==, LADDER_LINT_FIELD_SECTION);
  g_assert_nonnull (strstr (ladder_lint_problem_get_message (problem), "“###”"));
  ladder_section_set_body (career, "The next step.");

  /* A section renamed as a role's part is read back as part of the role
   * above it: said at its heading. Another name is not. */
  ladder_section_set_heading (career, "Requirements");
  renamed = lint (family, NULL, NULL);
  problem = find_problem (renamed, "heading-in-text");
  g_assert_nonnull (problem);
  g_assert_cmpint (ladder_lint_problem_get_field (problem), ==, LADDER_LINT_FIELD_SECTION);
  g_assert_nonnull (strstr (ladder_lint_problem_get_message (problem), "part of a role"));
  ladder_section_set_heading (career, "Career Path");
  other = lint (family, NULL, NULL);
  g_assert_null (find_problem (other, "heading-in-text"));
}

/* ------------------------------------------------------------------ */
/* Places in the model                                                  */

static void
test_bullet_place (void)
{
  g_autofree char *page = replace (good_page, "Review data quality", "Review  data quality");
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (GPtrArray) problems = lint (family, NULL, NULL);
  LadderLintProblem *problem = find_problem (problems, "doubled-space");

  g_assert_nonnull (problem);
  g_assert_cmpint (ladder_lint_problem_get_role (problem), ==, 0);
  g_assert_cmpint (ladder_lint_problem_get_field (problem), ==, LADDER_LINT_FIELD_RESPONSIBILITIES);
  g_assert_cmpint (ladder_lint_problem_get_index (problem), ==, 1);
  /* The two spaces in the bullet's own text "Review  data quality". */
  g_assert_cmpint (ladder_lint_problem_get_field_offset (problem), ==, 6);
  g_assert_cmpint (ladder_lint_problem_get_field_length (problem), ==, 2);
  g_assert_cmpuint (ladder_lint_problem_get_length (problem), ==, 2);
}

/* A Ladder file's problems are placed in the page it is written as. */
static void
test_ladder_file_positions (void)
{
  g_autofree char *page = replace (good_page, "Review data quality", "Review  data quality");
  g_autoptr (LadderFamily) imported = import_page (page);
  g_autoptr (GBytes) json = ladder_json_write (imported);
  g_autoptr (GError) error = NULL;
  gsize       length;
  const char *data = g_bytes_get_data (json, &length);
  g_autoptr (LadderFamily) family
      = ladder_json_read (data, length, "analyst.jobfamily.json", &error);
  g_autoptr (GPtrArray) problems = NULL;
  LadderLintProblem *problem;
  guint              line, column;

  g_assert_no_error (error);
  problems = lint (family, NULL, "analyst.jobfamily.json");
  problem = find_problem (problems, "doubled-space");
  g_assert_nonnull (problem);
  position_of (page, "  data", 0, &line, &column);
  g_assert_cmpuint (ladder_lint_problem_get_line (problem), ==, line);
  g_assert_cmpuint (ladder_lint_problem_get_column (problem), ==, column);
}

/* A family edited in the editor is checked as it stands now. */
static void
test_edited_family (void)
{
  g_autoptr (LadderFamily) family = import_page (good_page);
  g_autoptr (LadderRole) role = g_list_model_get_item (ladder_family_get_roles (family), 1);
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("Mentor his peers");
  g_autoptr (GPtrArray) problems = NULL;
  LadderLintProblem *problem;

  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, bullet);
  problems = lint (family, NULL, NULL);
  problem = find_problem (problems, "gendered-pronoun");
  g_assert_nonnull (problem);
  g_assert_cmpint (ladder_lint_problem_get_role (problem), ==, 1);
  /* After "Coach other analysts": "Extends that of the Analyst
   * responsibilities" is the role's extends, not a bullet. */
  g_assert_cmpstr (ladder_role_get_extends (role), ==, "Analyst");
  g_assert_cmpint (ladder_lint_problem_get_index (problem), ==, 1);
  g_assert_cmpint (ladder_lint_problem_get_field_offset (problem), ==, strlen ("Mentor "));
}

/* ------------------------------------------------------------------ */
/* Quick fixes                                                          */

typedef struct
{
  const char *rule;
  const char *old;
  const char *new;
  /* The page the fix gives: the good page, or the bad one with `fixed_old`
   * replaced by `fixed_new`. */
  const char *fixed_old;
  const char *fixed_new;
} FixCase;

static const FixCase fix_cases[] = {
  { "ability-to-use-gitlab", "- Ability to use GitLab\n", "", NULL, NULL },
  { "grade-link",
    "The Senior Analyst is a [grade "
    "7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).",
    "The Senior Analyst is a grade 7.", NULL, NULL },
  { "absolute-handbook-link", "(/handbook/finance/kpis/#data-quality)",
    "(https://about.gitlab.com/handbook/finance/kpis/#data-quality)", NULL, NULL },
  { "absolute-handbook-link",
    "(/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n#### "
    "Senior Analyst Resp",
    "(https://handbook.gitlab.com/handbook/total-rewards/compensation/compensation-calculator/"
    "#gitlab-job-grades).\n\n#### Senior Analyst Resp",
    NULL, NULL },
  { "handbook-link-prefix", "(/handbook/hiring/)", "(handbook/hiring/)", NULL, NULL },
  { "heading-punctuation", "## Career Ladder", "## Career Ladder:", NULL, NULL },
  { "duplicate-bullet", "- Review data quality\n", "- Review data quality\n- Review data quality\n",
    NULL, NULL },
  { "empty-bullet", "- Review data quality\n", "- Review data quality\n-\n", NULL, NULL },
  { "doubled-space", "Review data quality", "Review  data quality", NULL, NULL },
  { "doubled-space", "The next step is", "The next  step is", NULL, NULL },
  { "trailing-space", "- Review data quality\n", "- Review data quality   \n", NULL, NULL },
  { "misused-term", "- Review data quality", "- Do a sanity check of data quality", "sanity check",
    "quick check" },
  { "misused-term", "The Analyst family describes", "Blacklist: the Analyst family describes",
    "Blacklist", "Denylist" },
};

/* The lines of @a that differ from those of @b; the pages have as many. */
static guint
lines_changed (const char *a, const char *b)
{
  g_auto (GStrv) first = g_strsplit (a, "\n", -1);
  g_auto (GStrv) second = g_strsplit (b, "\n", -1);
  guint changed = 0;

  g_assert_cmpuint (g_strv_length (first), ==, g_strv_length (second));
  for (guint i = 0; first[i] != NULL; i++)
    changed += !g_str_equal (first[i], second[i]);

  return changed;
}

static void
test_fix (gconstpointer data)
{
  const FixCase   *fix_case = data;
  g_autofree char *page = replace (good_page, fix_case->old, fix_case->new);
  g_autofree char *expected = fix_case->fixed_old != NULL
                                  ? replace (page, fix_case->fixed_old, fix_case->fixed_new)
                                  : g_strdup (good_page);
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderHistory) history = ladder_history_new (family);
  g_autoptr (GPtrArray) problems = lint (family, NULL, NULL);
  LadderLintProblem *problem = find_problem (problems, fix_case->rule);
  g_autoptr (GError) error = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *undone = NULL;
  g_autoptr (GPtrArray) after = NULL;

  g_assert_nonnull (problem);
  g_assert_nonnull (ladder_lint_problem_get_fix_label (problem));
  g_assert_true (ladder_lint_problem_apply_fix (problem, family, &error));
  g_assert_no_error (error);

  fixed = export_page (family);
  g_assert_cmpstr (fixed, ==, expected);
  if (fix_case->fixed_old != NULL)
    g_assert_cmpuint (lines_changed (fixed, page), ==, 1);

  after = lint (family, NULL, NULL);
  g_assert_cmpuint (count_problems (after, fix_case->rule), <,
                    count_problems (problems, fix_case->rule));

  /* Made once: the model no longer has what the fix was made for. */
  g_assert_false (ladder_lint_problem_apply_fix (problem, family, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  /* A fix is an edit like any other: undo takes it back. */
  ladder_history_seal (history);
  g_assert_true (ladder_history_get_can_undo (history));
  ladder_history_undo (history);
  undone = export_page (family);
  g_assert_cmpstr (undone, ==, page);
}

static void
test_no_fix (void)
{
  g_autofree char *page = replace (good_page, "- Coach other analysts", "- Coach his peers");
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (GPtrArray) problems = lint (family, NULL, NULL);
  LadderLintProblem *problem = find_problem (problems, "gendered-pronoun");
  g_autoptr (GError) error = NULL;

  /* Which pronoun fits is not certain: no quick fix. */
  g_assert_nonnull (problem);
  g_assert_null (ladder_lint_problem_get_fix_label (problem));
  g_assert_false (ladder_lint_problem_apply_fix (problem, family, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
}

/* "Ability to use GitLab" added by the quick fix goes among the role's own
 * requirements, not under the "Nice-to-have Requirements" heading that ends
 * the list (which the editor does not show), and undoes as it was. Before,
 * it was added last: under "### Nice-to-have Requirements"
 * (engineering__engineering-management-quality.md), "#### EMEA Specific
 * Requirements" (marketing__field-marketing-manager.md) or a role's
 * "##### … Performance Indicators" (sales__customer-success-leadership.md). */
static void
test_fix_ability_before_nice_to_have (void)
{
  g_autofree char *page
      = replace (good_page, "- Experience with spreadsheets\n- Ability to use GitLab\n",
                 "- Experience with spreadsheets\n\n##### Nice to have\n\n"
                 "- Experience with SQL\n");
  g_autofree char *expected
      = replace (page, "- Experience with spreadsheets\n\n",
                 "- Experience with spreadsheets\n- Ability to use GitLab\n\n");
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderHistory) history = ladder_history_new (family);
  g_autoptr (GPtrArray) problems = lint (family, NULL, NULL);
  LadderLintProblem *problem = find_problem (problems, "ability-to-use-gitlab");
  g_autoptr (GError) error = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *undone = NULL;

  g_assert_nonnull (problem);
  g_assert_true (ladder_lint_problem_apply_fix (problem, family, &error));
  g_assert_no_error (error);
  fixed = export_page (family);
  g_assert_cmpstr (fixed, ==, expected);

  ladder_history_seal (history);
  ladder_history_undo (history);
  undone = export_page (family);
  g_assert_cmpstr (undone, ==, page);
}

/* A handbook URL that is no link's destination, written relative, would be
 * no link at all: the problem is reported, with no quick fix. Before, the
 * fix turned "<https://about.gitlab.com/job-families/…/>" into the text
 * "</job-families/…/>" (marketing__field-marketing-manager.md), and
 * "Effective Tax Rate](<https://about.gitlab.com/handbook/…>)", whose
 * autolink was the page's link, into such a text too
 * (finance__vice-president-of-tax.md). */
static void
test_no_fix_outside_links (void)
{
  static const char *const lines[] = {
    "- Coach other analysts, as <https://about.gitlab.com/handbook/people-group/> says",
    "- Coach other analysts](<https://about.gitlab.com/handbook/people-group/>)",
    "- Coach other analysts, as https://about.gitlab.com/handbook/people-group/ says",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *page = replace (good_page, "- Coach other analysts", lines[i]);
      g_autoptr (LadderFamily) family = import_page (page);
      g_autoptr (GPtrArray) problems = lint (family, NULL, NULL);
      LadderLintProblem *problem = find_problem (problems, "absolute-handbook-link");
      g_autoptr (GError) error = NULL;

      g_assert_nonnull (problem);
      g_assert_null (ladder_lint_problem_get_fix_label (problem));
      g_assert_false (ladder_lint_problem_apply_fix (problem, family, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
    }
}

/* ------------------------------------------------------------------ */
/* Settings                                                             */

static LadderLintConfig *
config_from (const char *json, const char *path)
{
  g_autoptr (GError) error = NULL;
  LadderLintConfig *config = ladder_lint_config_load_data (json, strlen (json), path, &error);

  g_assert_no_error (error);
  return config;
}

static void
test_config_severity (void)
{
  g_autofree char *page = replace (good_page, "Review data quality", "Review  data quality");
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderLintConfig) error_config
      = config_from ("{\"rules\": {\"doubled-space\": \"error\"}}", "/p/.ladder.json");
  g_autoptr (LadderLintConfig) off_config
      = config_from ("{\"rules\": {\"doubled-space\": \"off\"}}", "/p/.ladder.json");
  g_autoptr (GPtrArray) as_error = lint (family, error_config, "/p/analyst.md");
  g_autoptr (GPtrArray) as_off = lint (family, off_config, "/p/analyst.md");

  g_assert_cmpint (ladder_lint_problem_get_severity (find_problem (as_error, "doubled-space")), ==,
                   LADDER_LINT_ERROR);
  g_assert_null (find_problem (as_off, "doubled-space"));
}

static void
test_config_exemptions (void)
{
  g_autofree char *page = replace (good_page, "- Coach other analysts", "- Coach his peers");
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderLintConfig) config
      = config_from ("{\"exemptions\": [{\"files\": [\"job-families/legal/*.md\"], \"rules\": "
                     "[\"gendered-pronoun\"],"
                     " \"reason\": \"quotes a statute\"}]}",
                     "/checkout/.ladder.json");
  g_autoptr (GPtrArray) exempt = lint (family, config, "/checkout/job-families/legal/analyst.md");
  g_autoptr (GPtrArray) not_exempt
      = lint (family, config, "/checkout/job-families/finance/analyst.md");
  g_autoptr (LadderLintConfig) all
      = config_from ("{\"exemptions\": [{\"files\": [\"analyst.md\"], \"rules\": [\"*\"]}]}",
                     "/checkout/.ladder.json");
  g_autoptr (GPtrArray) none = lint (family, all, "/checkout/job-families/finance/analyst.md");

  g_assert_null (find_problem (exempt, "gendered-pronoun"));
  g_assert_nonnull (find_problem (not_exempt, "gendered-pronoun"));
  /* A pattern without a slash names the file in any folder. */
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_config_words (void)
{
  g_autofree char *page
      = replace (good_page, "- Review data quality", "- Do a sanity check of data synergy");
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderLintConfig) config
      = config_from ("{\"words\": {\"misused-terms\": {\"add\": [{\"match\": \"synergy\", \"use\": "
                     "[\"cooperation\"],"
                     " \"reason\": \"it says nothing\"}], \"remove\": [\"Sanity check\"]}}}",
                     "/p/.ladder.json");
  g_autoptr (GPtrArray) plain = lint (family, NULL, NULL);
  g_autoptr (GPtrArray) edited = lint (family, config, "/p/analyst.md");
  LadderLintProblem *problem;

  g_assert_cmpuint (count_problems (plain, "misused-term"), ==, 1);
  g_assert_cmpuint (count_problems (edited, "misused-term"), ==, 1);
  problem = find_problem (edited, "misused-term");
  g_assert_nonnull (strstr (ladder_lint_problem_get_message (problem), "cooperation"));
  /* The linter's own lists are left as they were. */
  g_assert_nonnull (
      strstr (ladder_lint_problem_get_message (find_problem (plain, "misused-term")), "sanity"));
}

static void
test_config_errors (void)
{
  static const struct
  {
    const char *json;
    int         line;
  } cases[] = {
    { "{\n  \"rules\": {\n    \"no-such-rule\": \"off\"\n  }\n}\n", 3 },
    { "{\n  \"rules\": {\n    \"doubled-space\": \"loud\"\n  }\n}\n", 3 },
    { "{\n  \"colour\": true\n}\n", 2 },
    { "{\n  \"exemptions\": [\n    {\"files\": [\"*.md\"]}\n  ]\n}\n", 3 },
    { "{\n  \"exemptions\": [\n    {\"files\": [\"*.md\"], \"rules\": [\"nope\"]}\n  ]\n}\n", 3 },
    { "{\n  \"words\": {\n    \"nonsense\": {}\n  }\n}\n", 3 },
    { "{\n  \"words\": {\n    \"misused-terms\": {\"add\": [{\"use\": \"x\"}]}\n  }\n}\n", 3 },
    { "{\n  \"rules\": {\n", 2 },
    { "[]\n", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderLintConfig) config = ladder_lint_config_load_data (
          cases[i].json, strlen (cases[i].json), "proj/.ladder.json", &error);
      g_autofree char *prefix = g_strdup_printf ("proj/.ladder.json:%d:", cases[i].line);

      g_assert_null (config);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, prefix));
    }
}

static void
write_file (const char *path, const char *contents)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}

/* The root of the checkout and the page's folder both have settings: the
 * nearer wins. */
static void
test_config_find (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("ladder-lint-XXXXXX", &error);
  g_autofree char *git = g_build_filename (root, ".git", NULL);
  g_autofree char *folder = g_build_filename (root, "job-families", "finance", NULL);
  g_autofree char *root_config = g_build_filename (root, ".ladder.json", NULL);
  g_autofree char *near_config = g_build_filename (folder, ".ladder.json", NULL);
  g_autofree char *page_path = g_build_filename (folder, "analyst.md", NULL);
  g_autofree char *families = g_path_get_dirname (folder);
  g_autofree char *page = replace (good_page, "Review data quality", "Review  data quality");
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderLintConfig) config = NULL;
  g_autoptr (GPtrArray) problems = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (git, 0755), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  write_file (root_config,
              "{\"rules\": {\"doubled-space\": \"off\", \"trailing-space\": \"error\"}}");
  write_file (near_config, "{\"rules\": {\"doubled-space\": \"error\"}}");
  write_file (page_path, page);

  config = ladder_lint_config_find (page_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) ladder_lint_config_get_sources (config)), ==, 2);
  problems = lint (family, config, page_path);
  g_assert_cmpint (ladder_lint_problem_get_severity (find_problem (problems, "doubled-space")), ==,
                   LADDER_LINT_ERROR);

  /* A bad file is an error, not a setting ignored. */
  write_file (near_config, "{\"rules\": 3}");
  g_clear_object (&config);
  config = ladder_lint_config_find (page_path, &error);
  g_assert_null (config);
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_INVALID);

  g_remove (page_path);
  g_remove (near_config);
  g_remove (root_config);
  g_rmdir (folder);
  g_rmdir (families);
  g_rmdir (git);
  g_rmdir (root);
}

/* The example settings of tests/data/lint: Ladder reads those the schema
 * accepts (schema-lint-config-valid) and refuses those it rejects. */
static void
test_config_examples (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "lint", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = g_dir_open (folder, 0, &error);
  const char *name;
  guint       n_files = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr (LadderLintConfig) config = NULL;
      g_autoptr (GError) load_error = NULL;

      if (!g_str_has_prefix (name, "config-"))
        continue;

      config = ladder_lint_config_load (path, &load_error);
      if (g_str_has_prefix (name, "config-valid-"))
        g_assert_no_error (load_error);
      else
        g_assert_nonnull (load_error);
      n_files++;
    }
  g_assert_cmpuint (n_files, >=, 10);
}

/* The schema knows the rules Ladder has, and no other. */
static void
test_config_schema_rules (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "..", "data", "ladder-config.schema.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonArray            *names;
  guint                 n_rules;
  const LadderLintRule *rules = ladder_lint_get_rules (&n_rules);

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  names = json_object_get_array_member (
      json_object_get_object_member (
          json_object_get_object_member (
              json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                             "properties"),
              "rules"),
          "propertyNames"),
      "enum");

  g_assert_cmpuint (json_array_get_length (names), ==, n_rules);
  for (guint i = 0; i < n_rules; i++)
    g_assert_cmpstr (json_array_get_string_element (names, i), ==, rules[i].id);
}

/* A page of as many levels as a family may have (LADDER_MAX_ROLES), each
 * extending the one before and none asking for "Ability to use GitLab":
 * each level's chain is followed once, not again for every level above it
 * (cubic: 3,000 levels took minutes). Run in a child under a time limit
 * that only a hang would reach. */
static void
test_long_extends_chain (void)
{
  if (g_test_subprocess ())
    {
      GString *page = g_string_new ("---\ntitle: Chain\n---\n\n## Levels\n\n");
      g_autoptr (LadderFamily) family = NULL;
      g_autoptr (GPtrArray) problems = NULL;

      for (guint i = 0; i < LADDER_MAX_ROLES; i++)
        {
          g_string_append_printf (page, "### Level %u\n\n#### Level %u Requirements\n\n", i, i);
          if (i > 0)
            g_string_append_printf (page, "- Extends that of the Level %u requirements\n", i - 1);
          g_string_append (page, "- Something\n\n");
        }

      family = import_page (page->str);
      problems = lint (family, NULL, NULL);
      g_assert_cmpuint (count_problems (problems, "ability-to-use-gitlab"), ==, LADDER_MAX_ROLES);
      g_string_free (page, TRUE);
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* One long line with many problems (a pasted paragraph of doubled
 * spaces): each problem used to walk the line from its start, and to hold
 * two copies of the whole section body for its fix, which took a 300 kB
 * line to 4 GB and a minute. Now the problems of one value share one copy
 * of it, and the line is walked once. */
static void
test_long_line_many_problems (void)
{
  if (g_test_subprocess ())
    {
#ifdef __SANITIZE_ADDRESS__
      /* Under AddressSanitizer each of the many allocations costs far more
       * (minutes on a loaded machine): the plain build checks the bound on
       * time, this one looks for memory errors on a shorter line. */
      enum
      {
        N_RUNS = 4000
      };
#else
      enum
      {
        N_RUNS = 40000
      };
#endif
      GString         *line = g_string_new (NULL);
      g_autofree char *page = NULL;
      g_autoptr (LadderFamily) family = NULL;
      g_autoptr (GPtrArray) problems = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderHistory) history = NULL;
      g_autofree char   *before = NULL;
      g_autofree char   *after = NULL;
      const char        *shared = NULL;
      LadderLintProblem *last = NULL;
      guint              n_doubled = 0, expected_line, expected_column;

      for (guint i = 0; i < N_RUNS; i++)
        g_string_append (line, "é  ");
      g_string_append (line, "end.");
      page = replace (good_page, "The next step is the Manager, Analytics job family.", line->str);
      g_string_free (line, TRUE);

      family = import_page (page);
      history = ladder_history_new (family);
      problems = lint (family, NULL, NULL);

      for (guint i = 0; i < problems->len; i++)
        {
          LadderLintProblem *problem = g_ptr_array_index (problems, i);
          LintFixKind        kind;
          const char        *property, *old_value;
          g_autofree char   *new_value = NULL;

          if (!g_str_equal (ladder_lint_problem_get_rule_id (problem), "doubled-space"))
            continue;

          n_doubled++;
          last = problem;
          ladder_lint_problem_get_fix (problem, &kind, &property, &old_value, &new_value);
          g_assert_cmpint (kind, ==, LINT_FIX_SET_TEXT);
          if (shared == NULL)
            shared = old_value;
          g_assert_true (old_value == shared);
        }
      g_assert_cmpuint (n_doubled, ==, N_RUNS);

      /* The last one is where it is, in characters; its fix makes that one
       * space and nothing else. */
      position_of (page, "  end.", 0, &expected_line, &expected_column);
      g_assert_cmpuint (ladder_lint_problem_get_line (last), ==, expected_line);
      g_assert_cmpuint (ladder_lint_problem_get_column (last), ==, expected_column);

      before = export_page (family);
      g_assert_true (ladder_lint_problem_apply_fix (last, family, &error));
      g_assert_no_error (error);
      after = export_page (family);
      {
        g_autofree char *expected = replace (before, "é  end.", "é end.");

        g_assert_cmpstr (after, ==, expected);
      }
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Every shipped word list reads, and is used. */
static void
test_word_lists (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ladder-words-XXXXXX", &error);
  g_autofree char *list = g_build_filename (dir, "masculine-coded.json", NULL);
  g_autoptr (LadderLinter) broken = NULL;

  g_assert_no_error (error);
  /* A folder without the lists: a clear error, naming the file. */
  broken = ladder_linter_new (dir, &error);
  g_assert_null (broken);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "masculine-coded.json"));
  g_clear_error (&error);

  write_file (list, "{\"entries\": [\"lead*\", 3]}");
  broken = ladder_linter_new (dir, &error);
  g_assert_null (broken);
  g_assert_nonnull (strstr (error->message, "masculine-coded.json:1:"));

  g_remove (list);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  linter = ladder_linter_new (NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/lint/good-page", test_good_page_is_clean);
  g_test_add_func ("/lint/every-rule-is-tested", test_every_rule_is_tested);
  g_test_add_func ("/lint/heading-in-text", test_heading_in_text);
  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/lint/rule/%s", rule_cases[i].rule);

      g_test_add_data_func (name, &rule_cases[i], test_rule);
    }
  g_test_add_func ("/lint/place/bullet", test_bullet_place);
  g_test_add_func ("/lint/place/ladder-file", test_ladder_file_positions);
  g_test_add_func ("/lint/place/edited", test_edited_family);
  for (guint i = 0; i < G_N_ELEMENTS (fix_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/lint/fix/%s/%u", fix_cases[i].rule, i);

      g_test_add_data_func (name, &fix_cases[i], test_fix);
    }
  g_test_add_func ("/lint/fix/ability-before-nice-to-have", test_fix_ability_before_nice_to_have);
  g_test_add_func ("/lint/fix/none", test_no_fix);
  g_test_add_func ("/lint/fix/none-outside-links", test_no_fix_outside_links);
  g_test_add_func ("/lint/config/severity", test_config_severity);
  g_test_add_func ("/lint/config/exemptions", test_config_exemptions);
  g_test_add_func ("/lint/config/words", test_config_words);
  g_test_add_func ("/lint/config/errors", test_config_errors);
  g_test_add_func ("/lint/config/find", test_config_find);
  g_test_add_func ("/lint/config/examples", test_config_examples);
  g_test_add_func ("/lint/config/schema-rules", test_config_schema_rules);
  g_test_add_func ("/lint/word-lists", test_word_lists);
  g_test_add_func ("/lint/hostile/long-extends-chain", test_long_extends_chain);
  g_test_add_func ("/lint/hostile/long-line-many-problems", test_long_line_many_problems);

  status = g_test_run ();
  g_clear_object (&linter);
  return status;
}
