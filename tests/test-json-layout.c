/* test-json-layout.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Ladder writes its files itself, for speed, in exactly the layout of
 * json-glib's generator (pretty, two spaces, `"key" : value`), so that a file
 * saved by Ladder and one rewritten by any json-glib tool are the same bytes.
 * This checks it on fixtures that are always here: the handbook pages and
 * Ladder files of tests/data, the example family, and families made of
 * hostile strings and unknown members. (The corpus test checks it again on
 * all corpus pages when the corpus is there.)
 */

#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-json.h"
#include "ladder-markdown-import.h"

/* What json-glib's generator writes for the same document. */
static char *
json_glib_layout (GBytes *written)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (GError) error = NULL;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (written, NULL),
                                   (gssize) g_bytes_get_size (written), &error))
    g_error ("json-glib cannot read what Ladder wrote: %s", error->message);

  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

static void
assert_json_glib_layout (LadderFamily *family,
                         const char   *name)
{
  g_autoptr (GBytes) written = ladder_json_write (family);
  g_autofree char *expected = json_glib_layout (written);
  g_autofree char *actual = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));

  /* Ladder ends its files with a newline; json-glib does not. */
  g_assert_true (g_str_has_suffix (actual, "\n"));
  actual[strlen (actual) - 1] = '\0';

  if (g_strcmp0 (actual, expected) != 0)
    g_test_message ("%s: Ladder's writer and json-glib's generator differ", name);
  g_assert_cmpstr (actual, ==, expected);
}

static GPtrArray *
files_in (const char *directory,
          const char *suffix)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, suffix))
      g_ptr_array_add (paths, g_build_filename (directory, name, NULL));

  return paths;
}

static void
test_imported_pages (void)
{
  const char *folders[] = { "data", "data/layout" };
  guint n_pages = 0;

  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autofree char *directory = g_test_build_filename (G_TEST_DIST, folders[f], NULL);
      g_autoptr (GPtrArray) pages = files_in (directory, ".md");

      for (guint i = 0; i < pages->len; i++)
        {
          const char *path = g_ptr_array_index (pages, i);
          g_autofree char *text = NULL;
          g_autoptr (GError) error = NULL;
          g_autoptr (LadderFamily) family = NULL;
          gsize length;

          if (g_str_has_suffix (path, "README.md"))
            continue;

          g_assert_true (g_file_get_contents (path, &text, &length, &error));
          family = ladder_markdown_import (text, length, path, &error);
          g_assert_no_error (error);
          assert_json_glib_layout (family, path);
          n_pages++;
        }
    }

  /* The fixtures are there: a test that checked nothing would pass. */
  g_assert_cmpuint (n_pages, >=, 7);
}

static void
test_ladder_files (void)
{
  g_autofree char *schema_dir = g_test_build_filename (G_TEST_DIST, "data", "schema", NULL);
  g_autoptr (GPtrArray) files = files_in (schema_dir, ".jobfamily.json");
  guint n_files = 0;

  g_ptr_array_add (files, g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "product-marketing-management.jobfamily.json", NULL));

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *text = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFamily) family = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &text, &length, &error));
      family = ladder_json_read (text, length, path, &error);

      /* The invalid fixtures are refused; the layout is about what loads. */
      if (family == NULL)
        continue;

      assert_json_glib_layout (family, path);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 6);
}

/* Every character json-glib escapes, and those it leaves alone, in every
 * kind of string Ladder writes: values, unknown members' names and values. */
static void
test_hostile_strings (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GString) json = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = NULL;

  /* U+001F is the one difference: json-glib 1.6 leaves it raw although
   * JSON forbids it, Ladder escapes it (checked below). */
  for (gunichar c = 1; c < 0x80; c++)
    if (c != 0x1f)
      g_string_append_unichar (text, c);
  g_string_append (text, "\xc2\x80\xc2\x9f\xc2\xa0\xe2\x80\xa8\xe2\x80\xa9\xef\xbb\xbf\xf0\x9f\x98\x80");

  {
    g_autoptr (JsonNode) node = json_node_new (JSON_NODE_VALUE);
    g_autofree char *quoted = NULL;

    json_node_set_string (node, text->str);
    quoted = json_to_string (node, FALSE);

    g_string_append_printf (json,
                            "{\n"
                            "  \"format\" : \"ladder-job-family\",\n"
                            "  \"version\" : 1,\n"
                            "  \"title\" : %s,\n"
                            "  %s : { %s : [ 1, -2, 0, 3.25, -0.5, 1e+300, true, false, null, %s, [], {} ] },\n"
                            "  \"roles\" : [ { \"title\" : %s, \"reports_to\" : %s, %s : [ [ [ %s ] ] ],"
                            " \"responsibilities\" : [ { \"text\" : %s, %s : 2.5 } ] } ]\n"
                            "}\n",
                            quoted, quoted, quoted, quoted, quoted, quoted, quoted, quoted, quoted, quoted);
  }

  family = ladder_json_read (json->str, json->len, "hostile.jobfamily.json", &error);
  g_assert_no_error (error);
  assert_json_glib_layout (family, "hostile strings");
}

/* The writer looks at plain text a word at a time: each character that is
 * escaped, at every place within a word, inside plain text and beside
 * text that is not ASCII. */
static void
test_escapes_at_every_place (void)
{
  static const char plain[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  guint n_checked = 0;

  for (guint c = 1; c < 0x80; c++)
    {
      g_autoptr (LadderFamily) family = NULL;

      /* U+001F: see test_unit_separator_escaped(). */
      if (!(c < 0x20 || c == '"' || c == '\\' || c == 0x7f) || c == 0x1f)
        continue;

      family = ladder_family_new ();
      for (guint offset = 0; offset < 17; offset++)
        {
          g_autoptr (GString) text = g_string_new_len (plain, offset);
          g_autoptr (LadderRole) role = NULL;

          g_string_append_c (text, (char) c);
          g_string_append (text, plain + offset);
          if (offset % 2 == 1)
            g_string_append (text, "\xc3\xa9t\xc3\xa9");
          role = ladder_role_new (text->str);
          ladder_family_append_role (family, role);
          n_checked++;
        }
      assert_json_glib_layout (family, "escapes");
    }

  g_assert_cmpuint (n_checked, ==, 33 * 17);
}

/* Where json-glib's layout would be invalid JSON, Ladder writes valid JSON
 * that it reads back. */
static void
test_unit_separator_escaped (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autoptr (LadderFamily) reloaded = NULL;
  g_autoptr (GBytes) written = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  ladder_family_set_title (family, "a\x1f" "b");
  written = ladder_json_write (family);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  g_assert_nonnull (strstr (text, "\"a\\u001fb\""));

  reloaded = ladder_json_read (text, strlen (text), "separator.jobfamily.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_family_get_title (reloaded), ==, "a\x1f" "b");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-layout/imported-pages", test_imported_pages);
  g_test_add_func ("/json-layout/ladder-files", test_ladder_files);
  g_test_add_func ("/json-layout/hostile-strings", test_hostile_strings);
  g_test_add_func ("/json-layout/escapes-at-every-place", test_escapes_at_every_place);
  g_test_add_func ("/json-layout/unit-separator-escaped", test_unit_separator_escaped);

  return g_test_run ();
}
