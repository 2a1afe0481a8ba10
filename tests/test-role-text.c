/* test-role-text.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A role's text that is none of its fields (a paragraph about the role,
 * criteria under its grade, a note after its requirements) is shown and
 * edited through ladder_role_get_texts (): each block says where it stands,
 * an edit changes only its lines of the page, reads back in the same place,
 * is kept in a Ladder file, is undone in one step and is reported by the
 * comparison. Over the corpus: every text of every role, a paragraph added
 * to it and the text erased.
 *
 * The pages are read from LADDER_CORPUS_DIR; without them the test is
 * skipped, or fails under CI.
 */

#include <string.h>

#include "ladder-diff.h"
#include "ladder-history.h"
#include "ladder-json.h"
#include "ladder-lint.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-role-text.h"
#include "ladder-test-corpus.h"

#define ADDED_PARAGRAPH "Added by the role text test."

static const char page_with_texts[]
    = "---\n"
      "title: Widget Engineer\n"
      "---\n"
      "\n"
      "Widget Engineers make widgets.\n"
      "\n"
      "## Levels\n"
      "\n"
      "### Senior Widget Engineer\n"
      "\n"
      "Senior Widget Engineers lead the widget work.\n"
      "\n"
      "#### Job Grade\n"
      "\n"
      "The Senior Widget Engineer is a [grade "
      "7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n"
      "\n"
      "##### Technical\n"
      "\n"
      "1. Knows widgets\n"
      "1. Knows gadgets\n"
      "\n"
      "#### Responsibilities\n"
      "\n"
      "- Make widgets\n"
      "- Review widgets\n"
      "\n"
      "#### Requirements\n"
      "\n"
      "- Widget experience\n"
      "\n"
      "See the widget handbook for more.\n"
      "\n"
      "## Performance Indicators\n"
      "\n"
      "- Widgets made\n";

static LadderFamily *
import_page (const char *page)
{
  g_autoptr (GError) error = NULL;
  LadderFamily *family = ladder_markdown_import (page, strlen (page), "widget.md", &error);

  g_assert_no_error (error);
  return family;
}

static LadderRoleText *
text_of (LadderFamily *family, guint role_index, guint text_index)
{
  g_autoptr (LadderRole) role
      = g_list_model_get_item (ladder_family_get_roles (family), role_index);

  return g_list_model_get_item (ladder_role_get_texts (role), text_index);
}

static char *
page_of (LadderFamily *family)
{
  return g_string_free (ladder_markdown_export (family, LADDER_EXPORT_DEFAULT), FALSE);
}

/* Each text says where it stands, in page order. */
static void
test_places (void)
{
  g_autoptr (LadderFamily) family = import_page (page_with_texts);
  g_autoptr (LadderRole) role = g_list_model_get_item (ladder_family_get_roles (family), 0);
  GListModel *texts = ladder_role_get_texts (role);
  g_autoptr (LadderRoleText) start = NULL;
  g_autoptr (LadderRoleText) after_grade = NULL;
  g_autoptr (LadderRoleText) after_requirements = NULL;

  g_assert_cmpstr (ladder_role_get_title (role), ==, "Senior Widget Engineer");
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (texts), ==, 3);
  g_assert_true (g_list_model_get_item_type (texts) == LADDER_TYPE_ROLE_TEXT);

  start = g_list_model_get_item (texts, 0);
  after_grade = g_list_model_get_item (texts, 1);
  after_requirements = g_list_model_get_item (texts, 2);

  g_assert_cmpint (ladder_role_text_get_place (start), ==, LADDER_ROLE_TEXT_AT_START);
  g_assert_cmpstr (ladder_role_text_get_markdown (start), ==,
                   "Senior Widget Engineers lead the widget work.");
  g_assert_cmpint (ladder_role_text_get_place (after_grade), ==, LADDER_ROLE_TEXT_AFTER_GRADE);
  g_assert_true (g_str_has_prefix (ladder_role_text_get_markdown (after_grade), "##### Technical"));
  g_assert_cmpint (ladder_role_text_get_place (after_requirements), ==,
                   LADDER_ROLE_TEXT_AFTER_REQUIREMENTS);
  g_assert_cmpstr (ladder_role_text_get_markdown (after_requirements), ==,
                   "See the widget handbook for more.");
  g_assert_null (ladder_role_text_dup_subsection (after_requirements));

  /* The model is made once. */
  g_assert_true (ladder_role_get_texts (role) == texts);
}

/* An edit changes only the text's lines, reads back as the role's text in
 * the same place, and is undone in one step however it was typed. */
static void
test_edit_and_undo (void)
{
  g_autoptr (LadderFamily) family = import_page (page_with_texts);
  g_autoptr (LadderHistory) history = ladder_history_new (family);
  g_autoptr (LadderRoleText) text = text_of (family, 0, 0);
  g_autoptr (LadderFamily) reopened = NULL;
  g_autoptr (LadderRoleText) again = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *expected = NULL;

  ladder_role_text_set_markdown (text, "Senior Widget Engineers lead the");
  ladder_role_text_set_markdown (text, "Senior Widget Engineers lead the gadget work.");
  g_assert_cmpstr (ladder_role_text_get_markdown (text), ==,
                   "Senior Widget Engineers lead the gadget work.");

  edited = page_of (family);
  expected = g_strdup (page_with_texts);
  {
    char *at = strstr (expected, "lead the widget work.");

    g_assert_nonnull (at);
    memcpy (at, "lead the gadget work.", strlen ("lead the gadget work."));
  }
  g_assert_cmpstr (edited, ==, expected);

  reopened = import_page (edited);
  again = text_of (reopened, 0, 0);
  g_assert_cmpint (ladder_role_text_get_place (again), ==, LADDER_ROLE_TEXT_AT_START);
  g_assert_cmpstr (ladder_role_text_get_markdown (again), ==,
                   "Senior Widget Engineers lead the gadget work.");

  /* The typing was one step. */
  g_assert_true (ladder_history_get_can_undo (history));
  ladder_history_undo (history);
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, page_with_texts);
  g_assert_cmpstr (ladder_role_text_get_markdown (text), ==,
                   "Senior Widget Engineers lead the widget work.");
  g_assert_false (ladder_history_get_can_undo (history));

  ladder_history_redo (history);
  g_assert_cmpstr (ladder_role_text_get_markdown (text), ==,
                   "Senior Widget Engineers lead the gadget work.");
}

/* A Ladder file keeps the edited text, and the comparison reports it. */
static void
test_file_and_diff (void)
{
  g_autoptr (LadderFamily) family = import_page (page_with_texts);
  g_autoptr (LadderFamily) original = import_page (page_with_texts);
  g_autoptr (LadderRoleText) text = text_of (family, 0, 2);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autoptr (LadderFamily) loaded = NULL;
  g_autoptr (LadderRoleText) loaded_text = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  gboolean found = FALSE;

  ladder_role_text_set_markdown (text, "See the gadget handbook for more.");

  json = ladder_json_write (family);
  loaded = ladder_json_read (g_bytes_get_data (json, NULL), g_bytes_get_size (json), "widget.json",
                             &error);
  g_assert_no_error (error);
  loaded_text = text_of (loaded, 0, 2);
  g_assert_cmpstr (ladder_role_text_get_markdown (loaded_text), ==,
                   "See the gadget handbook for more.");

  changes = ladder_diff_families (original, family);
  for (guint i = 0; i < changes->len; i++)
    {
      LadderChange *change = g_ptr_array_index (changes, i);

      g_assert_cmpint (change->kind, ==, LADDER_CHANGE_ROLE_TEXT);
      found = TRUE;
    }
  g_assert_true (found);
}

/* Erased, a text leaves the page with its lines, and its place stays in
 * the form to type into again. */
static void
test_erase (void)
{
  g_autoptr (LadderFamily) family = import_page (page_with_texts);
  g_autoptr (LadderRoleText) text = text_of (family, 0, 2);
  g_autofree char *erased = NULL;

  ladder_role_text_set_markdown (text, "");
  erased = page_of (family);
  g_assert_null (strstr (erased, "widget handbook"));
  g_assert_nonnull (strstr (erased, "- Widget experience\n\n## Performance Indicators\n"));

  ladder_role_text_set_markdown (text, "Back again.");
  g_free (erased);
  erased = page_of (family);
  g_assert_nonnull (strstr (erased, "- Widget experience\n\nBack again.\n\n## Performance"));
}

/* A check's problem in a role's text names that text, and its quick fix
 * edits it, undone in one step. Before, such a problem pointed at no field
 * (the checks panel opened the role's first subsection) and had no fix. */
static void
test_checks_find_the_text (void)
{
  g_autofree char *page = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (LadderHistory) history = NULL;
  g_autoptr (LadderLinter) linter = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *undone = NULL;
  g_autoptr (LadderRoleText) text = NULL;
  LadderLintProblem *doubled = NULL;
  {
    g_autoptr (GString) edited = g_string_new (page_with_texts);

    g_string_replace (edited, "See the widget", "See  the widget", 1);
    page = g_string_free (g_steal_pointer (&edited), FALSE);
  }

  family = import_page (page);
  history = ladder_history_new (family);
  linter = ladder_linter_new (NULL, &error);
  g_assert_no_error (error);
  problems = ladder_linter_check (linter, family, NULL, "widget.md");
  for (guint i = 0; i < problems->len && doubled == NULL; i++)
    if (g_str_equal (ladder_lint_problem_get_rule_id (g_ptr_array_index (problems, i)),
                     "doubled-space"))
      doubled = g_ptr_array_index (problems, i);

  g_assert_nonnull (doubled);
  g_assert_cmpint (ladder_lint_problem_get_role (doubled), ==, 0);
  g_assert_cmpint (ladder_lint_problem_get_field (doubled), ==, LADDER_LINT_FIELD_ROLE_TEXT);
  g_assert_cmpint (ladder_lint_problem_get_index (doubled), ==, 2);
  g_assert_cmpint (ladder_lint_problem_get_field_offset (doubled), ==, strlen ("See"));
  g_assert_nonnull (ladder_lint_problem_get_fix_label (doubled));

  g_assert_true (ladder_lint_problem_apply_fix (doubled, family, &error));
  g_assert_no_error (error);
  text = text_of (family, 0, 2);
  g_assert_cmpstr (ladder_role_text_get_markdown (text), ==, "See the widget handbook for more.");
  fixed = page_of (family);
  g_assert_cmpstr (fixed, ==, page_with_texts);

  ladder_history_undo (history);
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, page);
}

static guint
count_rule (GPtrArray *problems, const char *rule, LadderLintProblem **first)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (ladder_lint_problem_get_rule_id (g_ptr_array_index (problems, i)), rule))
      {
        if (n++ == 0 && first != NULL)
          *first = g_ptr_array_index (problems, i);
      }

  return n;
}

/* A heading typed in a role's text that the page reads as something else
 * (here a subsection of the role) is pointed out at its line; one the page
 * reads as the text's own (the "##### Technical" under the grade) is not. */
static void
test_heading_in_text (void)
{
  g_autoptr (LadderFamily) family = import_page (page_with_texts);
  g_autoptr (LadderLinter) linter = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderRoleText) text = text_of (family, 0, 0);
  LadderLintProblem *problem = NULL;

  linter = ladder_linter_new (NULL, &error);
  g_assert_no_error (error);
  before = ladder_linter_check (linter, family, NULL, "widget.md");
  g_assert_cmpuint (count_rule (before, "heading-in-text", NULL), ==, 0);

  ladder_role_text_set_markdown (text, "Senior Widget Engineers lead the widget work.\n\n"
                                       "#### Growth\n\nThey grow.");
  after = ladder_linter_check (linter, family, NULL, "widget.md");
  g_assert_cmpuint (count_rule (after, "heading-in-text", &problem), ==, 1);
  g_assert_cmpint (ladder_lint_problem_get_role (problem), ==, 0);
  g_assert_cmpint (ladder_lint_problem_get_field (problem), ==, LADDER_LINT_FIELD_ROLE_TEXT);
  g_assert_cmpint (ladder_lint_problem_get_index (problem), ==, 0);
  g_assert_cmpuint (ladder_lint_problem_get_length (problem), ==, strlen ("#### Growth"));
}

/* Whether @after is @before with @added inserted as whole lines in one
 * place; NULL when so, or why not. */
static char *
compare_inserted (const char *before, const char *after, guint n_added)
{
  g_auto (GStrv) old_lines = g_strsplit (before, "\n", -1);
  g_auto (GStrv) new_lines = g_strsplit (after, "\n", -1);
  guint n_old = g_strv_length (old_lines);
  guint n_new = g_strv_length (new_lines);
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new && g_str_equal (old_lines[prefix], new_lines[prefix]))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix
         && g_str_equal (old_lines[n_old - 1 - suffix], new_lines[n_new - 1 - suffix]))
    suffix++;

  if (prefix + suffix != n_old || n_new != n_old + n_added)
    return g_strdup_printf ("line %u changed: \"%s\"", prefix + 1,
                            prefix < n_new ? new_lines[prefix] : "");

  return NULL;
}

/* Whether @reopened's roles are @family's, with the same titles, grades,
 * bullets and texts; NULL when so, or what differs. */
static char *
compare_roles (LadderFamily *family, LadderFamily *reopened)
{
  GListModel *roles = ladder_family_get_roles (family);
  GListModel *again = ladder_family_get_roles (reopened);

  if (g_list_model_get_n_items (roles) != g_list_model_get_n_items (again))
    return g_strdup_printf ("%u roles read back as %u", g_list_model_get_n_items (roles),
                            g_list_model_get_n_items (again));

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);
      g_autoptr (LadderRole) other = g_list_model_get_item (again, r);
      GListModel *texts = ladder_role_get_texts (role);
      GListModel *other_texts = ladder_role_get_texts (other);
      guint       n_other = 0;

      if (!g_str_equal (ladder_role_get_title (role), ladder_role_get_title (other))
          || ladder_role_get_job_grade (role) != ladder_role_get_job_grade (other)
          || !g_str_equal (ladder_role_get_reports_to (role), ladder_role_get_reports_to (other)))
        return g_strdup_printf ("role %u \"%s\" read back as \"%s\"", r,
                                ladder_role_get_title (role), ladder_role_get_title (other));

      for (guint which = 0; which < 2; which++)
        if (ladder_role_get_n_bullets (role, which) != ladder_role_get_n_bullets (other, which))
          return g_strdup_printf ("role %u \"%s\" list %u: %u bullets read back as %u", r,
                                  ladder_role_get_title (role), which,
                                  ladder_role_get_n_bullets (role, which),
                                  ladder_role_get_n_bullets (other, which));

      /* Texts left empty are not written, so they do not read back. */
      for (guint t = 0; t < g_list_model_get_n_items (texts); t++)
        {
          g_autoptr (LadderRoleText) text = g_list_model_get_item (texts, t);
          g_autoptr (LadderRoleText) read = NULL;

          if (*ladder_role_text_get_markdown (text) == '\0')
            continue;
          read = g_list_model_get_item (other_texts, n_other++);
          if (read == NULL)
            return g_strdup_printf ("role %u \"%s\": text %u is not read back", r,
                                    ladder_role_get_title (role), t);
          if (!g_str_equal (ladder_role_text_get_markdown (text),
                            ladder_role_text_get_markdown (read))
              || ladder_role_text_get_place (text) != ladder_role_text_get_place (read))
            return g_strdup_printf (
                "role %u \"%s\": text %u read back as \"%.60s\" (place %d, "
                "not %d)",
                r, ladder_role_get_title (role), t, ladder_role_text_get_markdown (read),
                ladder_role_text_get_place (read), ladder_role_text_get_place (text));
        }
      if (n_other != g_list_model_get_n_items (other_texts))
        return g_strdup_printf ("role %u \"%s\": %u texts read back as %u", r,
                                ladder_role_get_title (role), n_other,
                                g_list_model_get_n_items (other_texts));
    }

  return NULL;
}

typedef enum
{
  EDIT_ADD_PARAGRAPH,
  EDIT_ERASE,
} Edit;

/* Text @t of role @r of @page edited; NULL when the page changed only in
 * that text's lines and reads back with it where it was. */
static char *
edit_text (const LadderTestPage *page, guint r, guint t, Edit edit)
{
  g_autoptr (LadderFamily) family
      = ladder_markdown_import (page->text, page->length, page->name, NULL);
  g_autoptr (LadderRoleText) text = text_of (family, r, t);
  g_autofree char *markdown = NULL;
  g_autofree char *exported = NULL;
  g_autoptr (LadderFamily) reopened = NULL;
  g_autoptr (GError) error = NULL;
  char *why;

  if (edit == EDIT_ADD_PARAGRAPH)
    markdown = g_strconcat (ladder_role_text_get_markdown (text), "\n\n" ADDED_PARAGRAPH, NULL);
  else
    markdown = g_strdup ("");
  ladder_role_text_set_markdown (text, markdown);

  exported = page_of (family);
  if (edit == EDIT_ADD_PARAGRAPH)
    {
      why = compare_inserted (page->text, exported, 2);
      if (why != NULL)
        return why;
    }
  else if (strlen (exported) >= page->length)
    return g_strdup ("the page did not lose the text");

  reopened = ladder_markdown_import (exported, strlen (exported), page->name, &error);
  if (reopened == NULL)
    return g_strdup_printf ("does not reopen: %s", error->message);

  return compare_roles (family, reopened);
}

static const LadderTestLimit limits[] = {
  { NULL, NULL, NULL },
};

static void
test_corpus_texts (gconstpointer data)
{
  g_autoptr (GPtrArray) pages = ladder_test_corpus_read (data);
  LadderTestTally tally;
  guint           n_texts = 0;

  ladder_test_tally_init (&tally, limits, 0);

  for (guint p = 0; p < pages->len; p++)
    {
      const LadderTestPage *page = g_ptr_array_index (pages, p);
      g_autoptr (LadderFamily) family
          = ladder_markdown_import (page->text, page->length, page->name, NULL);
      GListModel *roles;

      if (family == NULL)
        continue;
      roles = ladder_family_get_roles (family);

      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, r);
          guint n_role_texts = g_list_model_get_n_items (ladder_role_get_texts (role));

          for (guint t = 0; t < n_role_texts; t++)
            {
              g_autofree char *added = g_strdup_printf ("role %u text %u, a paragraph added", r, t);
              g_autofree char *erased = g_strdup_printf ("role %u text %u, erased", r, t);

              n_texts++;
              ladder_test_tally_add (&tally, page->name, added,
                                     edit_text (page, r, t, EDIT_ADD_PARAGRAPH));
              ladder_test_tally_add (&tally, page->name, erased,
                                     edit_text (page, r, t, EDIT_ERASE));
            }
        }
    }

  g_test_message ("%u role texts", n_texts);
  g_assert_cmpuint (n_texts, >, 300);
  ladder_test_tally_check (&tally, "role texts edited");
}

int
main (int argc, char *argv[])
{
  const char *directory;
  int         skip_status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/role-text/places", test_places);
  g_test_add_func ("/role-text/edit-and-undo", test_edit_and_undo);
  g_test_add_func ("/role-text/file-and-diff", test_file_and_diff);
  g_test_add_func ("/role-text/erase", test_erase);
  g_test_add_func ("/role-text/checks-find-the-text", test_checks_find_the_text);
  g_test_add_func ("/role-text/heading-in-text", test_heading_in_text);

  directory = ladder_test_corpus_dir (&skip_status);
  if (directory == NULL)
    return skip_status;
  g_test_add_data_func ("/role-text/corpus", directory, test_corpus_texts);

  return g_test_run ();
}
