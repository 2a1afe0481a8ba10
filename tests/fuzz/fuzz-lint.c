/* fuzz-lint.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the handbook checks: whatever page imports is
 * checked without a crash, every problem lies inside the page and names a
 * role the family has, and each quick fix either applies or says the
 * family has changed. See README.md. */

#include "fuzz-common.h"

#include "ladder-lint.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"

static LadderLinter *linter;

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GString) page = NULL;
  g_auto (GStrv) lines = NULL;
  guint n_lines, n_roles;

  if (linter == NULL)
    {
      linter = ladder_linter_new (NULL, &error);
      if (linter == NULL)
        {
          fprintf (stderr, "no word lists: %s\n", error->message);
          abort ();
        }
    }

  family = ladder_markdown_import ((const char *) data, size, "fuzz.md", &error);
  if (family == NULL)
    return 0;

  problems = ladder_linter_check (linter, family, NULL, "fuzz.md");
  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  lines = g_strsplit (page->str, "\n", -1);
  n_lines = MAX (1, g_strv_length (lines));
  n_roles = g_list_model_get_n_items (ladder_family_get_roles (family));

  for (guint i = 0; i < problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);
      guint line = ladder_lint_problem_get_line (problem);
      guint column = ladder_lint_problem_get_column (problem);
      /* An empty page has one empty line. */
      const char *text = line >= 1 && line <= g_strv_length (lines) ? lines[line - 1] : "";

      if (line < 1 || line > n_lines || column < 1 || column > (guint) g_utf8_strlen (text, -1) + 1
          || ladder_lint_problem_get_role (problem) >= (int) n_roles)
        {
          fprintf (stderr, "%s at %u:%u (role %d) outside the page (%u lines, %u roles)\n",
                   ladder_lint_problem_get_rule_id (problem), line, column,
                   ladder_lint_problem_get_role (problem), n_lines, n_roles);
          abort ();
        }
    }

  /* The fixes, one after another: each applies, or finds the family
   * changed by one before it. */
  for (guint i = 0; i < problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);
      g_autoptr (GError) fix_error = NULL;

      if (ladder_lint_problem_get_fix_label (problem) != NULL
          && !ladder_lint_problem_apply_fix (problem, family, &fix_error))
        g_assert_nonnull (fix_error);
    }

  g_string_free (ladder_markdown_export (family, LADDER_EXPORT_DEFAULT), TRUE);
  return 0;
}
