/* ladder-cli-lint-folder.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-cli-lint-private.h"

#include <string.h>

#include "ladder-family-folder.h"
#include "ladder-file.h"
#include "ladder-markdown-import.h"

/* A problem of a family folder's family as checked in one of its files
 * alone: where that file shows it. */
typedef struct
{
  char      *path;
  GPtrArray *problems;
  /* For a level page: the line of the heading its role is read with, which
   * the page does not have (ladder_family_folder_level_text ()), and the
   * line of its title in its front matter. */
  guint heading_line;
  guint title_line;
} Alone;

static void
alone_free (Alone *alone)
{
  /* Files with no problem are not checked alone. */
  if (alone == NULL)
    return;

  g_free (alone->path);
  g_clear_pointer (&alone->problems, g_ptr_array_unref);
  g_free (alone);
}

static guint
title_line (const char *data)
{
  g_auto (GStrv) lines = g_strsplit (data, "\n", 64);

  for (guint i = 1; lines[0] != NULL && g_str_equal (lines[0], "---") && lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "---"))
        break;
      if (g_str_has_prefix (lines[i], "title:"))
        return i + 1;
    }

  return 1;
}

/* Checks @path alone: the index as the page it is, a level page as the
 * page its role is read from. Its problems are the places of the family's. */
static Alone *
check_alone (LadderLintRun *run, const char *path, gboolean is_level, LadderLintConfig *config)
{
  Alone *alone = g_new0 (Alone, 1);
  g_autoptr (GBytes) bytes = ladder_file_read_bounded (path, NULL);
  g_autoptr (LadderFamily) family = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *level_text = NULL;
  const char      *data;
  gsize            length;

  alone->path = g_strdup (path);
  alone->title_line = 1;
  data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;
  if (data == NULL)
    return alone;

  if (is_level)
    {
      level_text
          = ladder_family_folder_level_text (data, length, basename, NULL, &alone->heading_line);
      if (level_text == NULL)
        return alone;
      alone->title_line = title_line (level_text);
      data = level_text;
      length = strlen (level_text);
    }

  family = ladder_markdown_import (data, length, path, NULL);
  if (family != NULL)
    alone->problems = ladder_linter_check (run->linter, family, config, path);

  return alone;
}

/* The same problem as @problem (of role @role there, or of the family). */
static LadderLintProblem *
find_same (Alone *alone, LadderLintProblem *problem, int role)
{
  for (guint i = 0; alone->problems != NULL && i < alone->problems->len; i++)
    {
      LadderLintProblem *candidate = g_ptr_array_index (alone->problems, i);

      if (g_str_equal (ladder_lint_problem_get_rule_id (candidate),
                       ladder_lint_problem_get_rule_id (problem))
          && ladder_lint_problem_get_role (candidate) == role
          && ladder_lint_problem_get_field (candidate) == ladder_lint_problem_get_field (problem)
          && ladder_lint_problem_get_index (candidate) == ladder_lint_problem_get_index (problem)
          && ladder_lint_problem_get_field_offset (candidate)
                 == ladder_lint_problem_get_field_offset (problem)
          && ladder_lint_problem_get_field_length (candidate)
                 == ladder_lint_problem_get_field_length (problem))
        return candidate;
    }

  return NULL;
}

/*
 * Checks a family folder (`_index.md` and one page per level) as the one
 * family it is: the sections a family must have are looked for in all its
 * files together, not in each level page. Each problem is shown in the
 * file it is in: a level page for its role's, `_index.md` for the rest.
 * The lines and columns are those of the same problem found by checking
 * that file alone; a problem only the family as a whole has (the order of
 * its levels, say) is shown at the level page's title, or at the start of
 * `_index.md`.
 */
void
ladder_cli_lint_folder (LadderLintRun *run, const char *folder_path)
{
  g_autofree char *canonical = g_canonicalize_filename (folder_path, NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamilyFolder) read = NULL;
  g_autoptr (GPtrArray) files = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) alone = NULL;
  g_autofree char  *index_path = NULL;
  LadderLintConfig *config;
  LadderFamily     *family;
  guint             first_level_role;

  if (!g_hash_table_add (run->folders_checked, g_steal_pointer (&canonical)))
    return;

  read = ladder_family_folder_read (folder, NULL, &error);
  if (read == NULL)
    {
      ladder_cli_lint_print_error (error->message);
      run->unreadable = TRUE;
      return;
    }

  family = ladder_family_folder_get_family (read);
  files = ladder_family_folder_dup_files (read);
  index_path = g_build_filename (folder_path, LADDER_FAMILY_FOLDER_INDEX, NULL);
  config = ladder_cli_lint_config_for (run, index_path, &error);
  if (config == NULL)
    {
      ladder_cli_lint_print_error (error->message);
      run->unreadable = TRUE;
      return;
    }

  run->n_files += files->len;
  /* Exemptions name files: each problem's is looked at in the file it is
   * shown in, below. */
  problems = ladder_linter_check (run->linter, family, config, NULL);
  first_level_role = g_list_model_get_n_items (ladder_family_get_roles (family)) - (files->len - 1);
  alone = g_ptr_array_new_with_free_func ((GDestroyNotify) alone_free);
  g_ptr_array_set_size (alone, (int) files->len);

  for (guint i = 0; i < problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);
      int                role = ladder_lint_problem_get_role (problem);
      guint file = role >= (int) first_level_role ? 1 + (guint) role - first_level_role : 0;
      LadderLintProblem *same;
      Alone             *checked;
      LadderLintPlace    place = { 1, 1, 0 };

      if (g_ptr_array_index (alone, file) == NULL)
        {
          g_autofree char *basename = g_file_get_basename (g_ptr_array_index (files, file));
          g_autofree char *path = g_build_filename (folder_path, basename, NULL);

          g_ptr_array_index (alone, file) = check_alone (run, path, file > 0, config);
        }
      checked = g_ptr_array_index (alone, file);

      same = find_same (checked, problem, file > 0 ? (role >= 0 ? 0 : -1) : role);
      if (same != NULL)
        {
          place.line = ladder_lint_problem_get_line (same);
          place.column = ladder_lint_problem_get_column (same);
          place.length = ladder_lint_problem_get_length (same);
        }
      else if (file > 0)
        {
          place.line = checked->title_line;
        }

      if (file > 0 && checked->heading_line > 0 && place.line >= checked->heading_line)
        {
          if (place.line <= checked->heading_line + 1)
            place = (LadderLintPlace){ checked->title_line, 1, 0 };
          else
            place.line -= 2;
        }

      if (ladder_lint_config_is_exempt (config, ladder_lint_problem_get_rule_id (problem),
                                        checked->path))
        continue;

      ladder_cli_lint_report (run, ladder_cli_lint_shown_path (checked->path), &place, family,
                              problem);
    }
}

/* Whether @folder holds `_index.md` and a level page beside it: a family
 * folder, checked as one family. Its pages are added to @members. */
gboolean
ladder_cli_lint_is_family_folder (const char *folder, GPtrArray *entries, GHashTable *members)
{
  g_autofree char *index = g_build_filename (folder, LADDER_FAMILY_FOLDER_INDEX, NULL);
  gboolean         found = FALSE;

  if (!g_file_test (index, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      const char *entry = g_ptr_array_index (entries, i);
      g_autoptr (GBytes) bytes = NULL;
      const char *data;
      gsize       length;

      if (!g_str_has_suffix (entry, ".md") || g_str_equal (entry, index))
        continue;
      bytes = ladder_file_read_bounded (entry, NULL);
      data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;
      if (data != NULL && ladder_family_folder_is_level_page (data, length, NULL))
        {
          g_hash_table_add (members, g_strdup (entry));
          found = TRUE;
        }
    }

  if (found)
    g_hash_table_add (members, g_steal_pointer (&index));

  return found;
}
