/* ladder-workspace-checks.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The handbook checks (ladder-lint.h) as the index runs them: each family
 * read anew is checked once, in the worker thread, with the settings its
 * page gets from the `.ladder.json` files of its checkout, and the counts
 * of errors and warnings are kept in its record and cached with it.
 *
 * The counts depend on more than the page: on the settings files, the word
 * lists and the rules. The stamp sums these up; a cache made under another
 * stamp is not used (every page is read and checked again), so a changed
 * `.ladder.json` never leaves a count of the old settings behind.
 */

#include "ladder-workspace-private.h"

#include <string.h>
#include <sys/stat.h>

#include "ladder-lint.h"

struct _LadderIndexChecks
{
  char         *root_path;
  LadderLinter *linter;
  /* Set once making the linter failed: no page is checked. */
  gboolean      unavailable;
  /* The settings by folder, as pages of that folder get them. */
  GHashTable   *configs;
};

LadderIndexChecks *
ladder_index_checks_new (const char *root_path)
{
  LadderIndexChecks *checks = g_new0 (LadderIndexChecks, 1);

  checks->root_path = g_strdup (root_path);
  checks->configs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return checks;
}

void
ladder_index_checks_free (LadderIndexChecks *checks)
{
  if (checks == NULL)
    return;

  g_free (checks->root_path);
  g_clear_object (&checks->linter);
  g_hash_table_unref (checks->configs);
  g_free (checks);
}

static LadderLintConfig *
config_for (LadderIndexChecks *checks,
            const char        *folder)
{
  LadderLintConfig *config = g_hash_table_lookup (checks->configs, folder);

  if (config == NULL)
    {
      g_autoptr (GError) error = NULL;

      config = ladder_lint_config_find (folder, &error);
      if (config == NULL)
        {
          /* A broken `.ladder.json` is reported where the checks are shown
           * (the window's checks, ladder-cli lint); here the rules run at
           * their own severities. */
          g_debug ("%s", error->message);
          config = ladder_lint_config_new ();
        }
      g_hash_table_insert (checks->configs, g_strdup (folder), config);
    }

  return config;
}

/**
 * ladder_index_checks_run:
 * @checks: the run's checks
 * @record: the record being made
 * @path: the page's path, or a family folder's, relative to the workspace
 * @is_folder: whether @path is a family folder
 * @family: the family read from it
 *
 * Checks @family and puts the counts in @record; leaves @record unchecked
 * when the checks cannot run (their word lists are missing).
 */
void
ladder_index_checks_run (LadderIndexChecks   *checks,
                         LadderRecordBuilder *record,
                         const char          *path,
                         gboolean             is_folder,
                         LadderFamily        *family)
{
  g_autofree char *absolute = g_build_filename (checks->root_path, path, NULL);
  g_autofree char *folder = is_folder ? g_strdup (absolute) : g_path_get_dirname (absolute);
  g_autoptr (GPtrArray) problems = NULL;
  guint n_errors = 0;
  guint n_warnings = 0;

  if (checks->unavailable)
    return;

  if (checks->linter == NULL)
    {
      g_autoptr (GError) error = NULL;

      checks->linter = ladder_linter_new (NULL, &error);
      if (checks->linter == NULL)
        {
          g_debug ("The handbook checks cannot run: %s", error->message);
          checks->unavailable = TRUE;
          return;
        }
    }

  problems = ladder_linter_check (checks->linter, family, config_for (checks, folder), absolute);
  for (guint i = 0; i < problems->len; i++)
    {
      LadderLintSeverity severity = ladder_lint_problem_get_severity (g_ptr_array_index (problems,
                                                                                         i));

      if (severity == LADDER_LINT_ERROR)
        n_errors++;
      else if (severity == LADDER_LINT_WARNING)
        n_warnings++;
    }

  ladder_record_builder_set_checks (record, n_errors, n_warnings);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_file_stamp (GString    *stamp,
                const char *path)
{
  struct stat info;

  if (stat (path, &info) == 0)
    g_string_append_printf (stamp, "%s:%" G_GINT64_FORMAT ".%ld:%" G_GINT64_FORMAT "\n", path,
                            (gint64) info.st_mtim.tv_sec, (long) info.st_mtim.tv_nsec,
                            (gint64) info.st_size);
  else
    g_string_append_printf (stamp, "%s:-\n", path);
}

/**
 * ladder_index_checks_stamp:
 * @root_path: the workspace folder, canonical
 * @walk: what the walk found in it
 *
 * Returns: (transfer full): what the counts of the checks depend on,
 *   summed up: the rules, the word lists, and every `.ladder.json` in the
 *   workspace and in the folders above it up to its checkout's root
 */
char *
ladder_index_checks_stamp (const char *root_path,
                           LadderWalk *walk)
{
  g_autoptr (GString) stamp = g_string_new ("rules\n");
  g_autofree char *data_dir = ladder_lint_data_dir ();
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const LadderLintRule *rules;
  guint n_rules = 0;
  const char *name;

  rules = ladder_lint_get_rules (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    g_string_append_printf (stamp, "%s %d\n", rules[i].id, rules[i].severity);

  g_string_append_printf (stamp, "words %s\n", data_dir);
  dir = g_dir_open (data_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_build_filename (data_dir, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    add_file_stamp (stamp, g_ptr_array_index (names, i));

  /* The walk lists them in its own order, which is stable. */
  g_string_append (stamp, "settings\n");
  for (guint i = 0; i < walk->configs->len; i++)
    {
      LadderWalkFile *file = g_ptr_array_index (walk->configs, i);

      g_string_append_printf (stamp, "%s:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT "\n", file->name,
                              file->mtime, file->size);
    }

  /* Above the workspace, up to the folder holding `.git`. */
  for (g_autofree char *current = g_strdup (root_path);;)
    {
      g_autofree char *git = g_build_filename (current, ".git", NULL);
      g_autofree char *parent = NULL;

      if (g_file_test (git, G_FILE_TEST_EXISTS))
        break;
      parent = g_path_get_dirname (current);
      if (strcmp (parent, current) == 0)
        break;

      {
        g_autofree char *config = g_build_filename (parent, LADDER_LINT_CONFIG_NAME, NULL);

        add_file_stamp (stamp, config);
      }
      g_free (current);
      current = g_steal_pointer (&parent);
    }

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, stamp->str, (gssize) stamp->len);
}
