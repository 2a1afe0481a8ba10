/* ladder-cli-diff.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * `ladder-cli diff OLD NEW`: what changed between two job families, by role
 * and bullet, for people (one line per change) and for tools (JSON). Exit
 * statuses are those of diff(1): 0 the same, 1 different, 2 trouble.
 *
 * Git runs it as an external diff driver (GIT_EXTERNAL_DIFF, or
 * diff.<driver>.command) with seven arguments, nine for a renamed file:
 *   PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH INFO]
 * where a missing side is /dev/null. Git stops at a driver that does not
 * exit 0, so in that form differences exit 0. Files that are not job
 * families (no roles on either side) get a plain line diff.
 */

#include "config.h"

#include "ladder-cli-diff.h"
#include "ladder-cli-diff-json.h"
#include "ladder-cli-folder.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ladder-diff-format.h"
#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-json.h"
#include "ladder-markdown-import.h"

enum {
  DIFF_SAME = 0,
  DIFF_DIFFERENT = 1,
  DIFF_TROUBLE = 2,
};

/* Lines of context around each change of a plain line diff. */
#define CONTEXT_LINES 3

#define COLOR_RESET "\033[m"
#define COLOR_BOLD "\033[1m"
#define COLOR_RED "\033[31m"
#define COLOR_GREEN "\033[32m"
#define COLOR_CYAN "\033[36m"

typedef struct
{
  /* Where the file is read from, and the name it is shown under. */
  const char   *path;
  char         *label;
  GBytes       *bytes;
  LadderFamily *family;
  /* Why it is not a job family, when it could not be read as one. */
  GError       *error;
  /* A family kept as a folder: no bytes of its own to compare. */
  gboolean folder;
} Side;

typedef struct
{
  gboolean  json;
  gboolean  color;
  gboolean  git;
} Options;

static void
side_clear (Side *side)
{
  g_clear_pointer (&side->label, g_free);
  g_clear_pointer (&side->bytes, g_bytes_unref);
  g_clear_object (&side->family);
  g_clear_error (&side->error);
}

static int
usage (const char *format,
       ...) G_GNUC_PRINTF (1, 2);

static int
usage (const char *format,
       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: %s is a usage problem, e.g. "missing file name" */
  g_printerr (_("ladder-cli: %s\nTry “ladder-cli --help” for more information.\n"), message);
  return DIFF_TROUBLE;
}

/* Text from the pages goes to a terminal: control characters (which could
 * move the cursor or change colours) are shown as "�". */
static char *
escape_for_terminal (const char *text,
                     gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0))
        g_string_append (out, "\xef\xbf\xbd");
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static const LadderDiffMarkup plain_markup = {
  .deleted_start = "[-",
  .deleted_end = "-]",
  .inserted_start = "{+",
  .inserted_end = "+}",
  .added_start = "",
  .added_end = "",
  .removed_start = "",
  .removed_end = "",
  .escape = escape_for_terminal,
};

/* Coloured like `git diff --word-diff=color`: no brackets. */
static const LadderDiffMarkup color_markup = {
  .deleted_start = COLOR_RED,
  .deleted_end = COLOR_RESET,
  .inserted_start = COLOR_GREEN,
  .inserted_end = COLOR_RESET,
  .added_start = COLOR_GREEN,
  .added_end = COLOR_RESET,
  .removed_start = COLOR_RED,
  .removed_end = COLOR_RESET,
  .escape = escape_for_terminal,
};

static gboolean
is_git_hex (const char *text)
{
  gsize length = strlen (text);

  if (g_str_equal (text, "."))
    return TRUE;
  if (length != 40 && length != 64)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_git_mode (const char *text)
{
  gsize length = strlen (text);

  if (g_str_equal (text, "."))
    return TRUE;
  if (length != 6)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (text[i] < '0' || text[i] > '7')
      return FALSE;
  return TRUE;
}

/* The arguments git gives an external diff driver. */
static gboolean
is_git_call (char **files,
             guint  n_files)
{
  return (n_files == 7 || n_files == 9) && is_git_hex (files[2]) && is_git_mode (files[3])
         && is_git_hex (files[5]) && is_git_mode (files[6]);
}

static gboolean
looks_like_json (const char *name,
                 GBytes     *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gsize i = 0;

  if (g_str_has_suffix (name, ".json"))
    return TRUE;
  if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown"))
    return FALSE;

  while (i < length && g_ascii_isspace (data[i]))
    i++;

  /* "{{" opens a Hugo shortcode at the top of a page. */
  return i < length && data[i] == '{' && (i + 1 >= length || data[i + 1] != '{');
}

/* Reads one side. A missing side (/dev/null) is an empty family, a folder
 * the family kept in it. Returns FALSE only when the file cannot be read at
 * all, or the folder is no family folder; a file that is not a job family
 * sets side->error and no family. */
static gboolean
read_side (Side        *side,
           const char  *path,
           const char  *label,
           const char  *type_name,
           GError     **error)
{
  gsize length;
  const char *data;

  side->path = path;
  side->label = g_strdup (label);

  if (ladder_cli_is_folder (path))
    {
      side->folder = TRUE;
      side->bytes = g_bytes_new_static ("", 0);
      side->family = ladder_cli_read_folder (path, NULL, error);
      return side->family != NULL;
    }

  if (g_str_equal (path, "/dev/null"))
    side->bytes = g_bytes_new_static ("", 0);
  else
    side->bytes = ladder_file_read_bounded (path, error);

  if (side->bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (side->bytes, &length);
  if (data == NULL)
    data = "";

  if (length == 0)
    side->family = ladder_markdown_import ("", 0, label, &side->error);
  else if (looks_like_json (type_name, side->bytes))
    side->family = ladder_json_read (data, length, label, &side->error);
  else
    side->family = ladder_markdown_import (data, length, label, &side->error);

  return TRUE;
}

static gboolean
has_roles (Side *side)
{
  return side->family != NULL
         && g_list_model_get_n_items (ladder_family_get_roles (side->family)) > 0;
}

static void
print_colored (const Options *options,
               const char    *color,
               const char    *text)
{
  if (options->color)
    g_print ("%s%s%s", color, text, COLOR_RESET);
  else
    g_print ("%s", text);
}

/* Plain line diff, for files that are not job families */

typedef struct
{
  const char *start;
  gsize       length;
} TextLine;

static GArray *
split_lines (GBytes *bytes)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (TextLine));
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gsize start = 0;

  for (gsize i = 0; i < length; i++)
    if (data[i] == '\n')
      {
        TextLine line = { data + start, i + 1 - start };

        g_array_append_val (lines, line);
        start = i + 1;
      }

  if (start < length)
    {
      TextLine line = { data + start, length - start };

      g_array_append_val (lines, line);
    }

  return lines;
}

static guint *
line_ids (GArray     *lines,
          GHashTable *dictionary)
{
  guint *ids = g_new (guint, lines->len + 1);

  for (guint i = 0; i < lines->len; i++)
    {
      TextLine *line = &g_array_index (lines, TextLine, i);
      char *key = g_strndup (line->start, line->length);
      gpointer value = g_hash_table_lookup (dictionary, key);

      if (value == NULL)
        {
          value = GUINT_TO_POINTER (g_hash_table_size (dictionary) + 1);
          g_hash_table_insert (dictionary, key, value);
        }
      else
        {
          g_free (key);
        }

      ids[i] = GPOINTER_TO_UINT (value);
    }

  return ids;
}

static void
print_line (const Options *options,
            char           mark,
            TextLine      *line)
{
  gboolean newline = line->length > 0 && line->start[line->length - 1] == '\n';
  g_autofree char *text
      = escape_for_terminal (line->start, (gssize) line->length - (newline ? 1 : 0));
  const char *color = mark == '-' ? COLOR_RED : mark == '+' ? COLOR_GREEN : NULL;

  if (options->color && color != NULL)
    g_print ("%s%c%s%s\n", color, mark, text, COLOR_RESET);
  else
    g_print ("%c%s\n", mark, text);

  if (!newline)
    g_print ("%s\n", _("\\ No newline at end of file"));
}

static gboolean
has_nul (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return length > 0 && memchr (data, '\0', length) != NULL;
}

/* A unified diff, as diff -u writes it. */
static void
print_line_diff (const Options *options,
                 Side          *old_side,
                 Side          *new_side)
{
  g_autoptr (GHashTable) dictionary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) old_lines = split_lines (old_side->bytes);
  g_autoptr (GArray) new_lines = split_lines (new_side->bytes);
  g_autofree guint *old_ids = line_ids (old_lines, dictionary);
  g_autofree guint *new_ids = line_ids (new_lines, dictionary);
  g_autoptr (GArray) script = NULL;
  g_autofree guint *old_at = NULL;
  g_autofree guint *new_at = NULL;
  g_autofree char *header = NULL;
  guint s = 0;

  if (has_nul (old_side->bytes) || has_nul (new_side->bytes))
    {
      /* TRANSLATORS: the two %s are file names */
      g_print (_("Binary files %s and %s differ\n"), old_side->label, new_side->label);
      return;
    }

  header = g_strdup_printf ("--- %s\n+++ %s\n", old_side->label, new_side->label);
  print_colored (options, COLOR_BOLD, header);

  script = ladder_diff_sequences (old_ids, old_lines->len, new_ids, new_lines->len,
                                  LADDER_DIFF_DEFAULT_WORK);

  /* Where each step of the script stands on either side. */
  old_at = g_new (guint, script->len + 1);
  new_at = g_new (guint, script->len + 1);
  for (guint i = 0, o = 0, n = 0; i <= script->len; i++)
    {
      old_at[i] = o;
      new_at[i] = n;
      if (i < script->len)
        {
          guint8 op = g_array_index (script, guint8, i);

          o += op != LADDER_DIFF_INSERT;
          n += op != LADDER_DIFF_DELETE;
        }
    }

  while (s < script->len)
    {
      guint first, last, start, end;
      g_autofree char *range = NULL;
      guint old_count, new_count;

      while (s < script->len && g_array_index (script, guint8, s) == LADDER_DIFF_EQUAL)
        s++;
      if (s == script->len)
        break;

      /* A hunk: changes less than two contexts apart go together. */
      first = last = s;
      for (guint t = s + 1; t < script->len && t <= last + 2 * CONTEXT_LINES + 1; t++)
        if (g_array_index (script, guint8, t) != LADDER_DIFF_EQUAL)
          last = t;

      start = first > CONTEXT_LINES ? first - CONTEXT_LINES : 0;
      end = MIN (last + 1 + CONTEXT_LINES, script->len);
      old_count = old_at[end] - old_at[start];
      new_count = new_at[end] - new_at[start];

      range = g_strdup_printf ("@@ -%u,%u +%u,%u @@\n",
                               old_count > 0 ? old_at[start] + 1 : old_at[start], old_count,
                               new_count > 0 ? new_at[start] + 1 : new_at[start], new_count);
      print_colored (options, COLOR_CYAN, range);

      for (guint t = start; t < end; t++)
        {
          guint8 op = g_array_index (script, guint8, t);

          if (op == LADDER_DIFF_EQUAL)
            print_line (options, ' ', &g_array_index (old_lines, TextLine, old_at[t]));
          else if (op == LADDER_DIFF_DELETE)
            print_line (options, '-', &g_array_index (old_lines, TextLine, old_at[t]));
          else
            print_line (options, '+', &g_array_index (new_lines, TextLine, new_at[t]));
        }

      s = end;
    }
}

static void
print_changes (const Options *options,
               GPtrArray     *changes)
{
  const LadderDiffMarkup *markup = options->color ? &color_markup : &plain_markup;

  for (guint i = 0; i < changes->len; i++)
    {
      LadderChange *change = g_ptr_array_index (changes, i);
      g_autofree char *location = ladder_change_format_location (change);
      g_autofree char *safe_location = escape_for_terminal (location, -1);
      g_autofree char *description = ladder_change_format (change, markup);

      if (options->color)
        g_print (COLOR_BOLD "%s:" COLOR_RESET " %s\n", safe_location, description);
      else
        g_print ("%s: %s\n", safe_location, description);
    }
}

static gboolean
bytes_equal (Side *a,
             Side *b)
{
  return g_bytes_equal (a->bytes, b->bytes);
}

static int
compare (const Options *options,
         Side          *old_side,
         Side          *new_side)
{
  g_autoptr (GPtrArray) changes = NULL;
  gboolean job_family;

  /* The structured comparison needs both sides read as families and at
   * least one of them with roles (or kept as a folder, which is nothing
   * else); anything else is compared line by line. */
  job_family
      = old_side->family != NULL && new_side->family != NULL
        && (has_roles (old_side) || has_roles (new_side) || old_side->folder || new_side->folder);

  if (options->git && !options->json)
    {
      g_autofree char *header
          = g_strdup_printf ("diff --ladder %s %s\n", old_side->label, new_side->label);

      print_colored (options, COLOR_BOLD, header);
    }

  if (!job_family)
    {
      gboolean equal = bytes_equal (old_side, new_side);

      if (options->json)
        {
          ladder_cli_diff_print_json (old_side->label, new_side->label, FALSE, equal, NULL);
        }
      else if (!equal)
        {
          Side *unread = old_side->error != NULL ? old_side : new_side;

          if (unread->error != NULL)
            /* TRANSLATORS: %s is why a file could not be read as a job family */
            g_print (_("(compared line by line: %s)\n"), unread->error->message);
          print_line_diff (options, old_side, new_side);
        }

      return equal ? DIFF_SAME : DIFF_DIFFERENT;
    }

  changes = ladder_diff_families (old_side->family, new_side->family);

  if (options->json)
    ladder_cli_diff_print_json (old_side->label, new_side->label, TRUE, changes->len == 0,
                                changes);
  else
    print_changes (options, changes);

  return changes->len == 0 ? DIFF_SAME : DIFF_DIFFERENT;
}

static gboolean
want_color (const char *color,
            gboolean    git)
{
  const char *term = g_getenv ("TERM");

  if (g_strcmp0 (color, "always") == 0)
    return TRUE;
  if (g_strcmp0 (color, "never") == 0)
    return FALSE;

  if (g_getenv ("NO_COLOR") != NULL && *g_getenv ("NO_COLOR") != '\0')
    return FALSE;
  if (term != NULL && g_str_equal (term, "dumb"))
    return FALSE;

  /* Under git, standard output is git's pager, which git says it runs. */
  if (git && g_strcmp0 (g_getenv ("GIT_PAGER_IN_USE"), "true") == 0)
    return TRUE;

  return isatty (STDOUT_FILENO);
}

int
ladder_cli_diff (int    argc,
                 char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *color = NULL;
  g_auto (GStrv) files = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: “text” (one line per change) or “json”"),
      /* TRANSLATORS: the placeholder for --format's value; keep “text” and “json” */
      N_("text|json") },
    { "color", 0, 0, G_OPTION_ARG_STRING, &color,
      N_("Colour the changes: “auto” (on a terminal), “always” or “never”"),
      /* TRANSLATORS: the placeholder for --color's value; keep the three words */
      N_("auto|always|never") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  Options options = { 0 };
  Side old_side = { 0 }, new_side = { 0 };
  guint n_files;
  int status;

  context = g_option_context_new (_("OLD NEW — compare two job families by role and bullet"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (
      context, _ ("OLD and NEW are handbook pages, family folders or Ladder "
                  "files. Exit status: "
                  "0 when they are the same, 1 when they differ, 2 on trouble.\n\n"
                  "As a git diff driver (git passes seven arguments), see the "
                  "README."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage ("%s", error->message);

  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return usage (_("unknown format “%s”: use “text” or “json”"), format);
  if (color != NULL && !g_str_equal (color, "auto") && !g_str_equal (color, "always")
      && !g_str_equal (color, "never"))
    return usage (_("unknown --color “%s”: use “auto”, “always” or “never”"), color);

  n_files = files != NULL ? g_strv_length (files) : 0;
  options.git = is_git_call (files, n_files);
  if (n_files != 2 && !options.git)
    return usage (_("give two files to compare"));

  options.json = g_strcmp0 (format, "json") == 0;
  options.color = !options.json && want_color (color, options.git);

  if (options.git)
    {
      const char *old_path = files[0], *new_path = n_files == 9 ? files[7] : files[0];
      g_autofree char *old_label = g_str_equal (files[1], "/dev/null")
                                       ? g_strdup ("/dev/null")
                                       : g_strconcat ("a/", old_path, NULL);
      g_autofree char *new_label = g_str_equal (files[4], "/dev/null")
                                       ? g_strdup ("/dev/null")
                                       : g_strconcat ("b/", new_path, NULL);

      if (!read_side (&old_side, files[1], old_label, old_path, &error)
          || !read_side (&new_side, files[4], new_label, new_path, &error))
        {
          g_printerr ("%s\n", error->message);
          status = DIFF_TROUBLE;
        }
      else
        {
          /* Git stops at a driver that exits with anything but 0. */
          compare (&options, &old_side, &new_side);
          status = DIFF_SAME;
        }
    }
  else
    {
      const char *old_label = g_str_equal (files[0], "-") ? "<stdin>" : files[0];
      const char *new_label = g_str_equal (files[1], "-") ? "<stdin>" : files[1];

      if (g_str_equal (files[0], "-") && g_str_equal (files[1], "-"))
        return usage (_("only one of the files can be standard input"));

      if (!read_side (&old_side, files[0], old_label, files[0], &error)
          || !read_side (&new_side, files[1], new_label, files[1], &error))
        {
          g_printerr ("%s\n", error->message);
          status = DIFF_TROUBLE;
        }
      else if (old_side.error != NULL || new_side.error != NULL)
        {
          /* Named on the command line as job families: one that cannot be
           * read as one is trouble, not a difference. */
          g_printerr ("%s\n", (old_side.error != NULL ? old_side.error : new_side.error)->message);
          status = DIFF_TROUBLE;
        }
      else
        {
          status = compare (&options, &old_side, &new_side);
        }
    }

  if (fflush (stdout) != 0)
    status = DIFF_TROUBLE;

  side_clear (&old_side);
  side_clear (&new_side);
  return status;
}
