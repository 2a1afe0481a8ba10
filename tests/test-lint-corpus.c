/* test-lint-corpus.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The handbook checks over the real handbook pages: no rule crashes or
 * places a problem outside its page (or outside the model), and the table
 * of how many pages and roles break each rule is written for docs/lint.md
 * (to $LADDER_LINT_CORPUS_TABLE, and to the test's output). The pages are
 * read from $LADDER_CORPUS_DIR; without them the test is skipped, but
 * under CI it fails.
 */

#include <string.h>

#include "ladder-lint.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-role-text.h"

typedef struct
{
  GHashTable *pages;    /* rule → set of page names */
  GHashTable *roles;    /* rule → set of "page\nrole" */
  GHashTable *problems; /* rule → count */
  guint       n_pages;
  guint       n_roles;
  guint       n_problems;
} Tally;

static void
add_to_set (GHashTable *sets,
            const char *rule,
            char       *item)
{
  GHashTable *set = g_hash_table_lookup (sets, rule);

  if (set == NULL)
    {
      set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (sets, (gpointer) rule, set);
    }
  g_hash_table_add (set, item);
}

static guint
set_size (GHashTable *sets,
          const char *rule)
{
  GHashTable *set = g_hash_table_lookup (sets, rule);

  return set != NULL ? g_hash_table_size (set) : 0;
}

/* The problem stands inside its page: a line the page has, a column in
 * that line (or just past its end), a length that ends on that line. */
static void
check_place (const char        *name,
             char             **lines,
             guint              n_lines,
             LadderLintProblem *problem)
{
  guint line = ladder_lint_problem_get_line (problem);
  guint column = ladder_lint_problem_get_column (problem);
  glong line_length;

  if (line < 1 || line > n_lines)
    g_error ("%s: %s at line %u, the page has %u", name, ladder_lint_problem_get_rule_id (problem),
             line, n_lines);

  line_length = g_utf8_strlen (lines[line - 1], -1);
  if (column < 1 || (glong) column > line_length + 1
      || (glong) (column + ladder_lint_problem_get_length (problem)) > line_length + 1)
    g_error ("%s:%u: %s at column %u (+%u), the line has %ld characters", name, line,
             ladder_lint_problem_get_rule_id (problem), column,
             ladder_lint_problem_get_length (problem), line_length);
}

/* The problem names a part of the model the family has. */
static void
check_model_place (const char        *name,
                   LadderFamily      *family,
                   LadderLintProblem *problem)
{
  GListModel *roles = ladder_family_get_roles (family);
  int role = ladder_lint_problem_get_role (problem);
  int index_ = ladder_lint_problem_get_index (problem);
  LadderLintField field = ladder_lint_problem_get_field (problem);
  g_autoptr (LadderRole) item = NULL;

  if (role >= (int) g_list_model_get_n_items (roles))
    g_error ("%s: %s names role %d of %u", name, ladder_lint_problem_get_rule_id (problem), role,
             g_list_model_get_n_items (roles));

  if (role >= 0)
    item = g_list_model_get_item (roles, (guint) role);

  if (index_ < 0)
    return;

  switch (field)
    {
    case LADDER_LINT_FIELD_RESPONSIBILITIES:
    case LADDER_LINT_FIELD_REQUIREMENTS:
      g_assert_nonnull (item);
      g_assert_cmpint (index_, <,
                       (int) g_list_model_get_n_items (ladder_role_get_bullets (
                           item, field == LADDER_LINT_FIELD_REQUIREMENTS
                                     ? LADDER_BULLET_LIST_REQUIREMENTS
                                     : LADDER_BULLET_LIST_RESPONSIBILITIES)));
      break;
    case LADDER_LINT_FIELD_SECTION:
      g_assert_cmpint (index_, <,
                       (int) g_list_model_get_n_items (item != NULL
                                                           ? ladder_role_get_subsections (item)
                                                           : ladder_family_get_sections (family)));
      break;
    case LADDER_LINT_FIELD_ROLE_TEXT:
      g_assert_nonnull (item);
      g_assert_nonnull (ladder_role_peek_text (item, (guint) index_));
      break;
    default:
      g_error ("%s: %s has an index for field %s", name, ladder_lint_problem_get_rule_id (problem),
               ladder_lint_field_to_string (field));
    }
}

static void
lint_page (LadderLinter *linter,
           const char   *directory,
           const char   *name,
           Tally        *tally)
{
  g_autofree char *path = g_build_filename (directory, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GString) exported = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_auto (GStrv) lines = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);

  family = ladder_markdown_import (contents, length, name, &error);
  g_assert_no_error (error);

  /* Problems are placed in the page the family is written as: the page
   * read, as long as it comes back byte for byte. */
  exported = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  if (exported->len != length || memcmp (exported->str, contents, length) != 0)
    g_error ("%s does not round-trip: its problems would be placed in another page", name);

  problems = ladder_linter_check (linter, family, NULL, path);
  lines = g_strsplit (contents, "\n", -1);

  tally->n_pages++;
  tally->n_roles += g_list_model_get_n_items (ladder_family_get_roles (family));

  for (guint i = 0; i < problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);
      const char *rule = ladder_lint_problem_get_rule_id (problem);
      int role = ladder_lint_problem_get_role (problem);

      check_place (name, lines, g_strv_length (lines), problem);
      check_model_place (name, family, problem);
      g_assert_nonnull (ladder_lint_find_rule (rule));
      g_assert_cmpstr (ladder_lint_problem_get_message (problem), !=, "");

      add_to_set (tally->pages, rule, g_strdup (name));
      if (role >= 0)
        add_to_set (tally->roles, rule, g_strdup_printf ("%s\n%d", name, role));
      g_hash_table_insert (
          tally->problems, (gpointer) rule,
          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (tally->problems, rule)) + 1));
      tally->n_problems++;
    }
}

static char *
format_table (Tally *tally)
{
  GString *out = g_string_new (NULL);
  guint n_rules;
  const LadderLintRule *rules = ladder_lint_get_rules (&n_rules);

  g_string_append_printf (out, "%u pages, %u roles, %u problems.\n\n", tally->n_pages,
                          tally->n_roles, tally->n_problems);
  g_string_append (out,
                   "| rule | severity | pages | roles | problems |\n|---|---|---:|---:|---:|\n");
  for (guint i = 0; i < n_rules; i++)
    g_string_append_printf (out, "| `%s` | %s | %u | %u | %u |\n", rules[i].id,
                            ladder_lint_severity_to_string (rules[i].severity),
                            set_size (tally->pages, rules[i].id),
                            set_size (tally->roles, rules[i].id),
                            GPOINTER_TO_UINT (g_hash_table_lookup (tally->problems, rules[i].id)));

  return g_string_free (out, FALSE);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_lint_corpus (gconstpointer data)
{
  const char *directory = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = g_dir_open (directory, 0, &error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LadderLinter) linter = ladder_linter_new (NULL, &error);
  Tally tally = {
    .pages
    = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref),
    .roles
    = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref),
    .problems = g_hash_table_new (g_str_hash, g_str_equal),
  };
  const char *table_path = g_getenv ("LADDER_LINT_CORPUS_TABLE");
  g_autofree char *table = NULL;
  const char *name;

  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    lint_page (linter, directory, g_ptr_array_index (names, i), &tally);

  table = format_table (&tally);
  g_print ("%s", table);
  if (table_path != NULL && *table_path != '\0')
    {
      g_file_set_contents (table_path, table, -1, &error);
      g_assert_no_error (error);
    }

  g_assert_cmpuint (tally.n_pages, ==, names->len);

  g_hash_table_unref (tally.pages);
  g_hash_table_unref (tally.roles);
  g_hash_table_unref (tally.problems);
}

int
main (int   argc,
      char *argv[])
{
  const char *directory = g_getenv ("LADDER_CORPUS_DIR");

  g_test_init (&argc, &argv, NULL);

  if (directory == NULL || *directory == '\0' || !g_file_test (directory, G_FILE_TEST_IS_DIR))
    {
      /* Under CI the corpus is part of the check: missing, it is a failure. */
      if (g_getenv ("CI") != NULL)
        {
          g_printerr ("No corpus of handbook pages at %s, and CI is set: failing\n",
                      directory ? directory : "(unset)");
          return 1;
        }
      g_printerr ("No corpus of handbook pages: set LADDER_CORPUS_DIR to a folder of job-family "
                  "pages (%s not found); skipping\n", directory ? directory : "(unset)");
      return 77;
    }

  g_test_add_data_func ("/lint-corpus/table", directory, test_lint_corpus);

  return g_test_run ();
}
