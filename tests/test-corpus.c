/* test-corpus.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The round trip over the real handbook pages: every page imports, most
 * export back byte for byte, all render to the same HTML, and the grades
 * and bullet lists become structure. The pages are read from
 * LADDER_CORPUS_DIR, or ../shared/corpus/handbook beside the source tree;
 * without them the test is skipped.
 */

#include <cmark.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-test-skip.h"

#define TARGET_GRADES 0.95
#define TARGET_LISTS 0.95

typedef struct
{
  guint pages;
  guint failed;
  guint identical;
  guint equivalent;
  guint grade_headings;
  guint grades;
  guint lists;
  guint structured_lists;
  guint json_stable;
  guint json_glib_layout;
  guint      copies_same;
  GPtrArray *not_identical;
  GPtrArray *not_equivalent;
  GPtrArray *missed_grades;
  GPtrArray *missed_lists;
} Tally;

static char *
render_html (const char *markdown,
             gsize       length)
{
  return cmark_markdown_to_html (markdown, length, CMARK_OPT_UNSAFE);
}

static gboolean
ends_with_ci (const char *text,
              const char *suffix)
{
  gsize length = strlen (text);
  gsize suffix_length = strlen (suffix);

  return length >= suffix_length && g_ascii_strcasecmp (text + length - suffix_length, suffix) == 0;
}

static char *
heading_text (cmark_node *heading)
{
  GString *text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (heading);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (event == CMARK_EVENT_ENTER
          && (cmark_node_get_type (node) == CMARK_NODE_TEXT || cmark_node_get_type (node) == CMARK_NODE_CODE))
        g_string_append (text, cmark_node_get_literal (node));
    }

  cmark_iter_free (iter);
  g_strstrip (text->str);
  while (text->len > 0 && text->str[text->len - 1] == ':')
    g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}

/* The first line of a list item's Markdown, after its marker. */
static char *
item_first_line (const char *page,
                 GArray     *line_starts,
                 cmark_node *item)
{
  int line = cmark_node_get_start_line (item);
  const char *start = page + g_array_index (line_starts, gsize, line - 1);
  const char *end = strchr (start, '\n');
  const char *p = start;

  if (end == NULL)
    end = start + strlen (start);

  while (p < end && *p == ' ')
    p++;
  while (p < end && (g_ascii_isdigit (*p) || strchr ("-*+", *p) != NULL))
    {
      gboolean digit = g_ascii_isdigit (*p);

      p++;
      if (!digit)
        break;
      if (p < end && (*p == '.' || *p == ')'))
        {
          p++;
          break;
        }
    }
  while (p < end && *p == ' ')
    p++;

  return g_strndup (p, (gsize) (end - p));
}

static void
collect_bullets (LadderFamily *family,
                 GHashTable   *first_lines)
{
  GListModel *roles = ladder_family_get_roles (family);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      for (guint list = 0; list < 2; list++)
        {
          GListModel *bullets = ladder_role_get_bullets (role, list);

          for (guint j = 0; j < g_list_model_get_n_items (bullets); j++)
            {
              g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, j);
              const char *text = ladder_bullet_get_text (bullet);
              const char *newline = strchr (text, '\n');

              g_hash_table_add (first_lines, newline ? g_strndup (text, (gsize) (newline - text)) : g_strdup (text));
            }
        }
    }
}

/* Counts, from the page itself, the headings that name a job grade and the
 * lists under Responsibilities and Requirements headings, and how many of
 * those the model holds as structure. */
static void
measure_structure (const char   *page,
                   gsize         length,
                   LadderFamily *family,
                   const char   *name,
                   Tally        *tally)
{
  cmark_node *document = cmark_parse_document (page, length, CMARK_OPT_SOURCEPOS);
  g_autoptr (GArray) line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr (GHashTable) first_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *roles = ladder_family_get_roles (family);
  guint page_grades = 0, model_grades = 0, page_lists = 0, page_structured = 0;
  int list_level = 0;
  gsize zero = 0;

  g_array_append_val (line_starts, zero);
  for (gsize i = 0; i < length; i++)
    if (page[i] == '\n')
      {
        gsize next = i + 1;

        g_array_append_val (line_starts, next);
      }

  collect_bullets (family, first_lines);

  for (cmark_node *node = cmark_node_first_child (document); node != NULL; node = cmark_node_next (node))
    {
      cmark_node_type type = cmark_node_get_type (node);

      if (type == CMARK_NODE_HEADING)
        {
          g_autofree char *text = heading_text (node);
          int level = cmark_node_get_heading_level (node);

          if (list_level > 0 && level <= list_level)
            list_level = 0;

          if (ends_with_ci (text, "grade"))
            page_grades++;

          if (ends_with_ci (text, "responsibilities") || ends_with_ci (text, "requirements"))
            list_level = level;
        }
      else if (type == CMARK_NODE_LIST && list_level > 0)
        {
          cmark_node *item = cmark_node_first_child (node);
          g_autofree char *first = item_first_line (page, line_starts, item);

          page_lists++;
          if (g_hash_table_contains (first_lines, first) || g_ascii_strncasecmp (first, "extends", 7) == 0)
            page_structured++;
          else if (g_test_verbose ())
            g_test_message ("%s: list not structured: %s", name, first);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      if (ladder_role_get_job_grade (role) != LADDER_GRADE_NONE)
        model_grades++;
    }

  tally->grade_headings += page_grades;
  tally->grades += MIN (model_grades, page_grades);
  if (model_grades < page_grades)
    g_ptr_array_add (tally->missed_grades, g_strdup_printf ("%s (%u of %u)", name, model_grades, page_grades));

  tally->lists += page_lists;
  tally->structured_lists += page_structured;
  if (page_structured < page_lists)
    g_ptr_array_add (tally->missed_lists, g_strdup_printf ("%s (%u of %u)", name, page_structured, page_lists));

  cmark_node_free (document);
}

static void
check_page (const char *path,
            const char *name,
            Tally      *tally)
{
  g_autofree char *page = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (LadderFamily) reloaded = NULL;
  g_autoptr (GString) exported = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autoptr (GBytes) json_again = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &page, &length, &error));
  tally->pages++;

  family = ladder_markdown_import (page, length, name, &error);
  if (family == NULL)
    {
      g_test_message ("%s: import failed: %s", name, error->message);
      tally->failed++;
      return;
    }

  /* Through the file format too: what is saved exports the same. */
  json = ladder_json_write (family);
  reloaded = ladder_json_read (g_bytes_get_data (json, NULL), g_bytes_get_size (json), name, &error);
  if (reloaded == NULL)
    {
      g_test_message ("%s: saved file does not load: %s", name, error->message);
      tally->failed++;
      return;
    }

  /* Ladder writes its files itself, for speed, in json-glib's layout:
   * json-glib's own generator must give the same bytes. */
  {
    g_autoptr (JsonParser) parser = json_parser_new ();
    g_autoptr (JsonGenerator) generator = json_generator_new ();
    g_autofree char *regenerated = NULL;
    gsize regenerated_length;

    g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (json, NULL),
                                               (gssize) g_bytes_get_size (json), NULL));
    json_generator_set_root (generator, json_parser_get_root (parser));
    json_generator_set_pretty (generator, TRUE);
    json_generator_set_indent (generator, 2);
    regenerated = json_generator_to_data (generator, &regenerated_length);

    if (regenerated_length + 1 == g_bytes_get_size (json)
        && memcmp (regenerated, g_bytes_get_data (json, NULL), regenerated_length) == 0)
      tally->json_glib_layout++;
    else
      g_test_message ("%s: json-glib writes the file differently", name);
  }

  /* The handbook checks read a copy: it saves and exports the same. */
  {
    g_autoptr (LadderFamily) copy = ladder_family_copy (family);
    g_autoptr (GBytes) copy_json = ladder_json_write (copy);
    g_autoptr (GString) copy_page = ladder_markdown_export (copy, LADDER_EXPORT_DEFAULT);

    if (g_bytes_equal (json, copy_json) && copy_page->len == length
        && memcmp (copy_page->str, page, length) == 0)
      tally->copies_same++;
    else
      g_test_message ("%s: its copy is written differently", name);
  }

  json_again = ladder_json_write (reloaded);
  if (g_bytes_equal (json, json_again))
    tally->json_stable++;
  else
    g_test_message ("%s: saving a loaded file changed it", name);

  exported = ladder_markdown_export (reloaded, LADDER_EXPORT_DEFAULT);

  if (exported->len == length && memcmp (exported->str, page, length) == 0)
    tally->identical++;
  else
    g_ptr_array_add (tally->not_identical, g_strdup (name));

  {
    g_autofree char *before = render_html (page, length);
    g_autofree char *after = render_html (exported->str, exported->len);

    if (g_str_equal (before, after))
      tally->equivalent++;
    else
      g_ptr_array_add (tally->not_equivalent, g_strdup (name));
  }

  measure_structure (page, length, family, name, tally);
}

static void
print_names (const char *what,
             GPtrArray  *names)
{
  if (names->len == 0)
    return;

  g_test_message ("%s (%u):", what, names->len);
  for (guint i = 0; i < names->len; i++)
    g_test_message ("  %s", (const char *) g_ptr_array_index (names, i));
}

static void
test_corpus_round_trip (gconstpointer data)
{
  const char *directory = data;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  Tally tally = {
    .not_identical = g_ptr_array_new_with_free_func (g_free),
    .not_equivalent = g_ptr_array_new_with_free_func (g_free),
    .missed_grades = g_ptr_array_new_with_free_func (g_free),
    .missed_lists = g_ptr_array_new_with_free_func (g_free),
  };
  const char *entry;
  double identical, grades, lists;

  dir = g_dir_open (directory, 0, &error);
  g_assert_no_error (error);

  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".md") && !g_str_equal (entry, "README.md") && !g_str_equal (entry, "VARIANTS.md"))
      g_ptr_array_add (names, g_strdup (entry));

  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = *(const char **) &g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (directory, name, NULL);

      check_page (path, name, &tally);
    }

  identical = (double) tally.identical / tally.pages;
  grades = tally.grade_headings > 0 ? (double) tally.grades / tally.grade_headings : 1.0;
  lists = tally.lists > 0 ? (double) tally.structured_lists / tally.lists : 1.0;

  g_test_message ("pages: %u, import failures: %u", tally.pages, tally.failed);
  g_test_message ("byte-identical round trip: %u/%u (%.1f%%, target: every page)",
                  tally.identical, tally.pages, 100 * identical);
  g_test_message ("same HTML from cmark: %u/%u", tally.equivalent, tally.pages);
  g_test_message ("saved files stable on re-save: %u/%u", tally.json_stable, tally.pages);
  g_test_message ("saved files byte-identical to json-glib's generator: %u/%u", tally.json_glib_layout, tally.pages);
  g_test_message ("copies written as the original: %u/%u", tally.copies_same, tally.pages);
  g_test_message ("grades read as numbers: %u/%u Job Grade headings (%.1f%%, target %.0f%%)",
                  tally.grades, tally.grade_headings, 100 * grades, 100 * TARGET_GRADES);
  g_test_message ("Responsibilities/Requirements lists as bullets: %u/%u (%.1f%%, target %.0f%%)",
                  tally.structured_lists, tally.lists, 100 * lists, 100 * TARGET_LISTS);
  print_names ("not byte-identical", tally.not_identical);
  print_names ("not equivalent", tally.not_equivalent);
  print_names ("grades missed", tally.missed_grades);
  print_names ("lists missed", tally.missed_lists);

  g_assert_cmpuint (tally.failed, ==, 0);
  g_assert_cmpuint (tally.equivalent, ==, tally.pages);
  g_assert_cmpuint (tally.json_stable, ==, tally.pages);
  g_assert_cmpuint (tally.json_glib_layout, ==, tally.pages);
  g_assert_cmpuint (tally.copies_same, ==, tally.pages);
  /* README promises that an import loses nothing: every page, not most. */
  g_assert_cmpuint (tally.identical, ==, tally.pages);
  g_assert_cmpfloat (grades, >=, TARGET_GRADES);
  g_assert_cmpfloat (lists, >=, TARGET_LISTS);

  g_ptr_array_unref (tally.not_identical);
  g_ptr_array_unref (tally.not_equivalent);
  g_ptr_array_unref (tally.missed_grades);
  g_ptr_array_unref (tally.missed_lists);
}

int
main (int   argc,
      char *argv[])
{
  const char *directory = g_getenv ("LADDER_CORPUS_DIR");

  g_test_init (&argc, &argv, NULL);

  if (directory == NULL || *directory == '\0' || !g_file_test (directory, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *why = g_strdup_printf ("no corpus of handbook pages: set LADDER_CORPUS_DIR to a "
                                              "folder of job-family pages (%s not found)",
                                              directory ? directory : "(unset)");

      return ladder_test_skip_status (why);
    }

  g_test_add_data_func ("/corpus/round-trip", directory, test_corpus_round_trip);

  return g_test_run ();
}
