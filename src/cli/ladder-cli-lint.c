/* ladder-cli-lint.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-cli-lint.h"
#include "ladder-cli-lint-private.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "ladder-family-folder.h"
#include "ladder-file.h"
#include "ladder-json.h"
#include "ladder-lint.h"
#include "ladder-markdown-import.h"

/*
 * The checks as CI runs them: every page, Ladder file or folder given,
 * each problem as `FILE:LINE:COLUMN: error|warning: message [rule-id]`,
 * or as JSON, or as a GitLab Code Quality report. The exit status says
 * whether there was an error (1), or a usage problem or an input that
 * could not be read (2).
 */

enum
{
  EXIT_OK = 0,
  EXIT_ERRORS = 1,
  EXIT_USAGE = 2,
};

static int usage (const char *format, ...) G_GNUC_PRINTF (1, 2);

static int
usage (const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fflush (stdout);
  g_printerr (_ ("ladder-cli: %s\nTry “ladder-cli --help” for more information.\n"), message);
  return EXIT_USAGE;
}

static gboolean
is_ladder_file (const char *path)
{
  return g_str_has_suffix (path, LADDER_FILE_SUFFIX) || g_str_has_suffix (path, ".json");
}

LadderLintConfig *
ladder_cli_lint_config_for (LadderLintRun *run, const char *path, GError **error)
{
  g_autofree char  *absolute = NULL;
  g_autofree char  *folder = NULL;
  LadderLintConfig *config;

  if (run->config != NULL)
    return run->config;

  absolute = g_canonicalize_filename (path, NULL);
  folder = g_path_get_dirname (absolute);
  config = g_hash_table_lookup (run->configs, folder);
  if (config == NULL)
    {
      config = ladder_lint_config_find (absolute, error);
      if (config == NULL)
        return NULL;
      g_hash_table_insert (run->configs, g_steal_pointer (&folder), config);
    }

  return config;
}

static char *
fingerprint (const char *path, const LadderLintPlace *place, LadderLintProblem *problem)
{
  g_autofree char *key
      = g_strdup_printf ("%s\n%s\n%u:%u\n%s", ladder_lint_problem_get_rule_id (problem), path,
                         place->line, place->column, ladder_lint_problem_get_message (problem));

  return g_compute_checksum_for_string (G_CHECKSUM_MD5, key, -1);
}

static void
add_json_problem (LadderLintRun         *run,
                  const char            *path,
                  const LadderLintPlace *place,
                  LadderFamily          *family,
                  LadderLintProblem     *problem)
{
  JsonBuilder *builder = run->report;
  int          role = ladder_lint_problem_get_role (problem);
  const char  *fix = ladder_lint_problem_get_fix_label (problem);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "line");
  json_builder_add_int_value (builder, place->line);
  json_builder_set_member_name (builder, "column");
  json_builder_add_int_value (builder, place->column);
  json_builder_set_member_name (builder, "length");
  json_builder_add_int_value (builder, place->length);
  json_builder_set_member_name (builder, "severity");
  json_builder_add_string_value (
      builder, ladder_lint_severity_to_string (ladder_lint_problem_get_severity (problem)));
  json_builder_set_member_name (builder, "rule");
  json_builder_add_string_value (builder, ladder_lint_problem_get_rule_id (problem));
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, ladder_lint_problem_get_message (problem));
  json_builder_set_member_name (builder, "role");
  if (role >= 0)
    json_builder_add_int_value (builder, role);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "role_title");
  if (role >= 0)
    {
      g_autoptr (LadderRole) item
          = g_list_model_get_item (ladder_family_get_roles (family), (guint) role);

      json_builder_add_string_value (builder, item != NULL ? ladder_role_get_title (item) : "");
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  json_builder_set_member_name (builder, "field");
  json_builder_add_string_value (
      builder, ladder_lint_field_to_string (ladder_lint_problem_get_field (problem)));
  json_builder_set_member_name (builder, "index");
  if (ladder_lint_problem_get_index (problem) >= 0)
    json_builder_add_int_value (builder, ladder_lint_problem_get_index (problem));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "fix");
  if (fix != NULL)
    json_builder_add_string_value (builder, fix);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

/* A GitLab Code Quality entry (the CodeClimate issue format). */
static void
add_gitlab_problem (LadderLintRun         *run,
                    const char            *path,
                    const LadderLintPlace *place,
                    LadderLintProblem     *problem)
{
  JsonBuilder     *builder = run->report;
  g_autofree char *print = fingerprint (path, place, problem);
  g_autofree char *description
      = g_strdup_printf ("%s [%s]", ladder_lint_problem_get_message (problem),
                         ladder_lint_problem_get_rule_id (problem));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "issue");
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, description);
  json_builder_set_member_name (builder, "check_name");
  json_builder_add_string_value (builder, ladder_lint_problem_get_rule_id (problem));
  json_builder_set_member_name (builder, "fingerprint");
  json_builder_add_string_value (builder, print);
  json_builder_set_member_name (builder, "severity");
  json_builder_add_string_value (
      builder, ladder_lint_problem_get_severity (problem) == LADDER_LINT_ERROR ? "major" : "minor");
  json_builder_set_member_name (builder, "categories");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "Style");
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "location");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "lines");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "begin");
  json_builder_add_int_value (builder, MAX (1, place->line));
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/* Whether standard output takes UTF-8 as it is (g_print() converts it to
 * the console's character set otherwise). */
static gboolean
output_is_utf8 (void)
{
  static gsize    checked;
  static gboolean is_utf8;
  const char     *charset;

  if (g_once_init_enter (&checked))
    {
      is_utf8 = g_get_console_charset (&charset);
      g_once_init_leave (&checked, 1);
    }

  return is_utf8;
}

/*
 * A problem's line, on standard output. g_print() would write out every
 * line as it comes (2,351 writes for the corpus): the lines go out in
 * blocks instead, and whatever goes to standard error first writes out
 * those before it (ladder_cli_lint_print_error()), so that both keep
 * their order where they meet (2>&1).
 */
static void
print_problem (const char *path, const LadderLintPlace *place, LadderLintProblem *problem)
{
  LadderLintSeverity severity = ladder_lint_problem_get_severity (problem);
  /* TRANSLATORS: the words that mark a problem ("page.md:3:5: warning: …") */
  const char *marker = severity == LADDER_LINT_ERROR ? _ ("error") : _ ("warning");
  const char *message = ladder_lint_problem_get_message (problem);
  const char *rule_id = ladder_lint_problem_get_rule_id (problem);

  if (output_is_utf8 ())
    fprintf (stdout, "%s:%u:%u: %s: %s [%s]\n", path, place->line, place->column, marker, message,
             rule_id);
  else
    g_print ("%s:%u:%u: %s: %s [%s]\n", path, place->line, place->column, marker, message, rule_id);
}

/* Reports @message on standard error, after the problems reported before
 * it. */
void
ladder_cli_lint_print_error (const char *message)
{
  fflush (stdout);
  g_printerr ("%s\n", message);
}

/* Counts @problem and reports it at @place of @path. */
void
ladder_cli_lint_report (LadderLintRun         *run,
                        const char            *path,
                        const LadderLintPlace *place,
                        LadderFamily          *family,
                        LadderLintProblem     *problem)
{
  if (ladder_lint_problem_get_severity (problem) == LADDER_LINT_ERROR)
    run->n_errors++;
  else
    run->n_warnings++;

  switch (run->format)
    {
    case FORMAT_JSON:
      add_json_problem (run, path, place, family, problem);
      break;
    case FORMAT_GITLAB:
      add_gitlab_problem (run, path, place, problem);
      break;
    case FORMAT_TEXT:
    default:
      print_problem (path, place, problem);
      break;
    }
}

/* Paths as GitLab shows them: from the checkout's root, without "./". */
const char *
ladder_cli_lint_shown_path (const char *path)
{
  if (g_str_equal (path, "-"))
    return "<stdin>";

  while (g_str_has_prefix (path, "./"))
    path += 2;

  return path;
}

/* Checks one file. With @found_in_folder, a page with no role is not a
 * job family and is passed over. */
static void
lint_file (LadderLintRun *run, const char *path, gboolean found_in_folder)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  LadderLintConfig *config;
  const char       *name = ladder_cli_lint_shown_path (path);
  const char       *data;
  gsize             length;

  bytes = ladder_file_read_bounded (path, &error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      if (data == NULL)
        data = "";

      if (is_ladder_file (path))
        family = ladder_json_read (data, length, name, &error);
      else
        family = ladder_markdown_import (data, length, name, &error);
    }

  if (family == NULL)
    {
      ladder_cli_lint_print_error (error->message);
      run->unreadable = TRUE;
      return;
    }

  if (found_in_folder && g_list_model_get_n_items (ladder_family_get_roles (family)) == 0)
    return;

  config = g_str_equal (path, "-") ? run->config : ladder_cli_lint_config_for (run, path, &error);
  if (config == NULL && !g_str_equal (path, "-"))
    {
      ladder_cli_lint_print_error (error->message);
      run->unreadable = TRUE;
      return;
    }

  run->n_files++;
  problems
      = ladder_linter_check (run->linter, family, config, g_str_equal (path, "-") ? NULL : path);

  for (guint i = 0; i < problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);
      LadderLintPlace    place
          = { ladder_lint_problem_get_line (problem), ladder_lint_problem_get_column (problem),
              ladder_lint_problem_get_length (problem) };

      ladder_cli_lint_report (run, name, &place, family, problem);
    }
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* A folder's name ends with a slash in the list of what to check. */
static gboolean
is_folder_target (const char *target)
{
  return g_str_has_suffix (target, G_DIR_SEPARATOR_S);
}

/* The paths of what @folder holds, in name order, hidden ones (.git)
 * passed over; NULL if it cannot be read. */
static GPtrArray *
list_folder (const char *folder, GError **error)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, error);
  g_autoptr (GPtrArray) entries = NULL;
  const char *name;

  if (dir == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (entries, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (entries, compare_names);

  return g_steal_pointer (&entries);
}

static void
unref_if_set (gpointer table)
{
  if (table != NULL)
    g_hash_table_unref (table);
}

/* Whether @page is a page of a family folder (`_index.md` or a level
 * page) in @folder. Each folder is looked at once a run: CI gives every
 * page a change touched, often all of one folder, and listing the folder
 * and reading its pages for each of them took time in the square of their
 * number. */
static gboolean
is_family_page (LadderLintRun *run, const char *folder, const char *page)
{
  GHashTable *pages = NULL;

  if (!g_hash_table_lookup_extended (run->family_pages, folder, NULL, (gpointer *) &pages))
    {
      g_autofree char *index = g_build_filename (folder, LADDER_FAMILY_FOLDER_INDEX, NULL);
      g_autoptr (GPtrArray) beside = NULL;

      /* A folder without `_index.md` is no family: not listed at all. */
      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        beside = list_folder (folder, NULL);

      if (beside != NULL && beside->len > 0)
        {
          pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          if (!ladder_cli_lint_is_family_folder (folder, beside, pages))
            g_clear_pointer (&pages, g_hash_table_unref);
        }

      g_hash_table_insert (run->family_pages, g_strdup (folder), pages);
    }

  return pages != NULL && g_hash_table_contains (pages, page);
}

/* Pages, Ladder files and family folders in a folder and below it, in name
 * order; hidden folders (.git) are passed over. */
static void
collect_files (const char *folder, GPtrArray *files, GError **error)
{
  g_autoptr (GPtrArray) entries = list_folder (folder, error);
  g_autoptr (GHashTable) members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (entries == NULL)
    return;

  if (ladder_cli_lint_is_family_folder (folder, entries, members))
    g_ptr_array_add (files, g_strconcat (folder, G_DIR_SEPARATOR_S, NULL));

  for (guint i = 0; i < entries->len; i++)
    {
      const char *entry = g_ptr_array_index (entries, i);

      if (g_hash_table_contains (members, entry))
        continue;

      if (g_file_test (entry, G_FILE_TEST_IS_DIR))
        {
          g_autoptr (GError) ignored = NULL;

          collect_files (entry, files, &ignored);
        }
      else if (g_str_has_suffix (entry, ".md") || g_str_has_suffix (entry, LADDER_FILE_SUFFIX))
        {
          g_ptr_array_add (files, g_strdup (entry));
        }
    }
}

static void
list_rules (void)
{
  guint                 n_rules;
  const LadderLintRule *rules = ladder_lint_get_rules (&n_rules);

  for (guint i = 0; i < n_rules; i++)
    g_print ("%-32s %-8s %s\n", rules[i].id, ladder_lint_severity_to_string (rules[i].severity),
             _ (rules[i].summary));
}

int
ladder_cli_lint (int argc, char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *config_path = NULL;
  gboolean         no_config = FALSE;
  gboolean         show_rules = FALSE;
  g_auto (GStrv) paths = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderLinter) linter = NULL;
  g_autoptr (LadderLintConfig) config = NULL;
  g_autoptr (GHashTable) configs
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr (JsonBuilder) report = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_ ("Report as “text” (the default), “json”, or “gitlab” (a GitLab Code Quality report)"),
      /* TRANSLATORS: the placeholder in --help for a report format */
      N_ ("FORMAT") },
    { "config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
      N_ ("Read the settings from FILE, not from the .ladder.json files around each page"),
      N_ ("FILE") },
    { "no-config", 0, 0, G_OPTION_ARG_NONE, &no_config, N_ ("Run every rule at its own severity"),
      NULL },
    { "list-rules", 0, 0, G_OPTION_ARG_NONE, &show_rules,
      N_ ("List the rules and their severities"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, NULL },
    { NULL }
  };
  g_autoptr (GHashTable) folders_checked
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) family_pages
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_if_set);
  LadderLintRun run = {
    .format = FORMAT_TEXT,
    .configs = configs,
    .folders_checked = folders_checked,
    .family_pages = family_pages,
  };

  context = g_option_context_new (_ (
      "PATH… — check handbook pages, Ladder files and folders against the handbook’s guidelines"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage ("%s", error->message);

  if (show_rules)
    {
      list_rules ();
      return EXIT_OK;
    }

  if (format == NULL || g_str_equal (format, "text"))
    run.format = FORMAT_TEXT;
  else if (g_str_equal (format, "json"))
    run.format = FORMAT_JSON;
  else if (g_str_equal (format, "gitlab"))
    run.format = FORMAT_GITLAB;
  else
    /* TRANSLATORS: %s is what was given to --format */
    return usage (_ ("unknown format “%s” (text, json or gitlab)"), format);

  if (paths == NULL || paths[0] == NULL)
    return usage (_ ("no page, file or folder given"));

  if (config_path != NULL && no_config)
    return usage (_ ("--config and --no-config cannot be used together"));

  if (config_path != NULL)
    {
      config = ladder_lint_config_load (config_path, &error);
      if (config == NULL)
        {
          ladder_cli_lint_print_error (error->message);
          return EXIT_USAGE;
        }
    }
  else if (no_config)
    {
      config = ladder_lint_config_new ();
    }
  run.config = config;

  linter = ladder_linter_new (NULL, &error);
  if (linter == NULL)
    {
      ladder_cli_lint_print_error (error->message);
      return EXIT_USAGE;
    }
  run.linter = linter;

  if (run.format != FORMAT_TEXT)
    {
      report = json_builder_new ();
      json_builder_begin_array (report);
      run.report = report;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      if (!g_str_equal (paths[i], "-") && g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
          g_autoptr (GError) folder_error = NULL;

          collect_files (paths[i], files, &folder_error);
          if (folder_error != NULL)
            {
              g_autofree char *message
                  = g_strdup_printf ("%s: %s: %s", paths[i], _ ("error"), folder_error->message);

              ladder_cli_lint_print_error (message);
              run.unreadable = TRUE;
              continue;
            }

          for (guint k = 0; k < files->len; k++)
            {
              const char *target = g_ptr_array_index (files, k);

              if (is_folder_target (target))
                {
                  g_autofree char *folder = g_strndup (target, strlen (target) - 1);

                  ladder_cli_lint_folder (&run, folder);
                }
              else
                {
                  lint_file (&run, target, TRUE);
                }
            }
        }
      else
        {
          g_autofree char *folder = g_path_get_dirname (paths[i]);
          g_autofree char *basename = g_path_get_basename (paths[i]);
          g_autofree char *member = g_build_filename (folder, basename, NULL);

          /* A page of a family folder (`_index.md` or a level page) given
           * alone: its family, checked once however many of its pages are
           * given (as CI gives the pages a change touched). */
          if (g_str_has_suffix (basename, ".md") && is_family_page (&run, folder, member))
            ladder_cli_lint_folder (&run, folder);
          else
            lint_file (&run, paths[i], FALSE);
        }
    }

  if (report != NULL)
    {
      g_autoptr (JsonGenerator) generator = json_generator_new ();
      g_autoptr (JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_end_array (report);
      root = json_builder_get_root (report);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n", text);
    }
  else if (run.n_errors + run.n_warnings > 0)
    {
      g_autofree char *errors = g_strdup_printf (
          /* TRANSLATORS: a summary at the end: "3 errors and 5 warnings in 2 files" */
          g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", run.n_errors), run.n_errors);
      g_autofree char *warnings = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", run.n_warnings),
          run.n_warnings);

      fflush (stdout);
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s and %s in %u file\n", "%s and %s in %u files\n",
                               run.n_files),
                  errors, warnings, run.n_files);
    }

  /* Problems written out in blocks: one that could not be is a failed run. */
  if (fflush (stdout) != 0 || ferror (stdout))
    return EXIT_USAGE;

  if (run.unreadable)
    return EXIT_USAGE;

  return run.n_errors > 0 ? EXIT_ERRORS : EXIT_OK;
}
