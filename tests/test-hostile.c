/* test-hostile.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Hostile and broken input. Every case hands the JSON loader, the Markdown
 * importer or the bounded file reader something a broken disk, a bad tool
 * or an attacker could produce: truncated files, wrong types, missing and
 * duplicated keys, invalid UTF-8, NUL bytes, garbage, 100,000-deep nesting,
 * 10 MB lines, grades out of range, files above the size limit. Each must
 * end in one of two ways:
 *
 * - refused, with a LadderError whose message starts with the file's name
 *   (and LINE:COLUMN where the problem has a place in the file);
 * - read: a page must then export back byte for byte, and a family must
 *   write, read back and write again to the same file; both must survive
 *   their own Ladder file.
 *
 * Never a crash, a hang or memory far beyond the input's size: each large
 * case runs in a process of its own, under a time limit, and its peak
 * memory is measured. The files in tests/fuzz/regressions/ (what the
 * fuzzers found) are replayed through the same checks.
 */

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ladder-diagnostic.h"
#include "ladder-document.h"
#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-test-skip.h"

#define DEEP 100000
#define LONG_LINE (10 * 1024 * 1024)

/* The start of a Ladder file, and a file of one role with @members. */
#define FAMILY_START "{\"format\":\"ladder-job-family\",\"version\":1"
#define ROLE_START FAMILY_START ",\"roles\":[{\"title\":\"Analyst\","
#define ROLE(members) FAMILY_START ",\"roles\":[{\"title\":\"Analyst\"," members "}]}\n"

/* Each case runs in a child process; one that takes longer hangs. A case
 * of a known bug gets less time. */
#define CASE_TIMEOUT_SECONDS 100
#define PENDING_TIMEOUT_SECONDS 5

/* Memory a case may use beyond its input: the bound the issue sets. The
 * sanitizers' shadow memory, redzones and quarantine of freed blocks cost
 * several times more, so there the bound is looser. */
#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifdef SANITIZED
#define MEMORY_FACTOR 80
#define MEMORY_SLACK (256 * 1024 * 1024)
#else
#define MEMORY_FACTOR 20
#define MEMORY_SLACK (64 * 1024 * 1024)
#endif

typedef enum
{
  LOADER_JSON,
  LOADER_MARKDOWN,
} Loader;

typedef enum
{
  /* Refused; the message may or may not give a place. */
  REFUSED,
  /* Refused at FILE:LINE:COLUMN. */
  REFUSED_AT,
  /* Refused as a whole: "FILE: error: …". */
  REFUSED_NOWHERE,
  /* Read (and so, for a page, exported back byte for byte). */
  READ,
  /* A page read into fields, without a warning. */
  READ_AS_FIELDS,
  /* A page too costly to read, or beyond the bounds of the format: read
   * as Markdown text, with no roles, exported byte for byte, and a
   * warning that says so at a place in the page. */
  READ_AS_TEXT,
  /* Either, as long as it is one of the two. */
  EITHER,
} Expect;

#define ANY_CODE (-1)

typedef struct
{
  const char *name;
  Loader      loader;
  Expect      expect;
  int         code;
  /* The input: text, or what make() builds. */
  const char *text;
  GBytes *(*make) (void);
  /* Peak memory allowed, per byte of input, if not MEMORY_FACTOR: a page
   * of many tiny blocks becomes as many objects in the model. */
  guint memory_factor;
  /* A known bug outside what this test may change: the case is reported
   * as incomplete (TODO) rather than failed while it fails. */
  const char *pending;
} HostileCase;

/* ------------------------------------------------------------------ */
/* Checks                                                               */

static const char *
expect_name (Expect expect)
{
  switch (expect)
    {
    case REFUSED:
      return "refused";
    case REFUSED_AT:
      return "refused at a place";
    case REFUSED_NOWHERE:
      return "refused as a whole";
    case READ:
    case READ_AS_FIELDS:
    case READ_AS_TEXT:
      return "read";
    case EITHER:
    default:
      return "refused or read";
    }
}

/* Whether @message goes on "LINE:COLUMN: " after the file name. */
static gboolean
has_position (const char *message)
{
  const char *p = message;
  gboolean    line = FALSE, column = FALSE;

  while (g_ascii_isdigit (*p))
    p++, line = TRUE;
  if (!line || *p++ != ':')
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++, column = TRUE;

  return column && g_str_has_prefix (p, ": ") && message[0] != '0';
}

static void
check_refusal (const GError *error, const char *filename, Expect expect, int code)
{
  gsize       length = strlen (filename);
  const char *rest;

  g_assert_nonnull (error);
  if (expect == READ || expect == READ_AS_FIELDS || expect == READ_AS_TEXT)
    g_error ("%s should have been read, but: %s", filename, error->message);

  g_assert_true (error->domain == LADDER_ERROR);
  if (code != ANY_CODE)
    g_assert_cmpint (error->code, ==, code);

  if (strncmp (error->message, filename, length) != 0 || error->message[length] != ':')
    g_error ("the message does not start with the file name %s: %s", filename, error->message);

  rest = error->message + length + 1;
  if (expect == REFUSED_AT && !has_position (rest))
    g_error ("the message gives no LINE:COLUMN: %s", error->message);
  if (expect == REFUSED_NOWHERE && !g_str_has_prefix (rest, " "))
    g_error ("the message should give no place: %s", error->message);
  g_assert_nonnull (strstr (rest, ": "));
}

static void
check_grades (LadderFamily *family)
{
  GListModel *roles = ladder_family_get_roles (family);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      int grade = ladder_role_get_job_grade (role);

      g_assert_true (grade == LADDER_GRADE_NONE || (grade >= 0 && grade <= LADDER_GRADE_MAX));
    }
}

/* Whether the page was kept as text (and said so) as @expect says. */
static void
check_kept_as_text (const char   *filename,
                    LadderFamily *family,
                    GPtrArray    *diagnostics,
                    Expect        expect)
{
  const LadderDiagnostic *kept = NULL;

  for (guint i = 0; i < diagnostics->len; i++)
    {
      const LadderDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);

      g_assert_cmpstr (diagnostic->file, ==, filename);
      g_assert_cmpint (diagnostic->severity, ==, LADDER_DIAGNOSTIC_WARNING);
      if (ladder_diagnostic_matches (diagnostic, LADDER_IMPORT_WARNING,
                                     LADDER_IMPORT_WARNING_KEPT_AS_TEXT))
        kept = diagnostic;
    }

  if (expect == READ_AS_FIELDS && kept != NULL)
    g_error ("%s should have been read into fields, but: %s", filename, kept->message);

  if (expect != READ_AS_TEXT)
    return;

  if (kept == NULL)
    g_error ("%s should have been kept as text, with a warning, but it was read into %u roles",
             filename, g_list_model_get_n_items (ladder_family_get_roles (family)));

  /* The warning gives the place, and the page keeps no roles. */
  g_assert_cmpint (kept->line, >=, 1);
  g_assert_cmpint (kept->column, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 0);
}

/* A family must survive its own Ladder file: written, read back and
 * written again it gives the same file and the same page. */
static void
check_own_file (LadderFamily *family, const char *page, gsize page_length)
{
  g_autoptr (GBytes) written = ladder_json_write (family);
  g_autoptr (GBytes) rewritten = NULL;
  g_autoptr (LadderFamily) again = NULL;
  g_autoptr (GString) page_again = NULL;
  g_autoptr (GError) error = NULL;

  again = ladder_json_read (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                            "written.jobfamily.json", &error);
  if (again == NULL)
    g_error ("Ladder does not read the file it wrote: %s", error->message);

  rewritten = ladder_json_write (again);
  g_assert_true (g_bytes_equal (written, rewritten));

  page_again = ladder_markdown_export (again, LADDER_EXPORT_DEFAULT);
  g_assert_cmpmem (page_again->str, page_again->len, page, page_length);
}

static void
check_markdown (const char *filename, const char *data, gsize length, Expect expect, int code)
{
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GString) page = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) diagnostics = ladder_diagnostics_new ();

  family = ladder_markdown_import_full (data, length, filename, diagnostics, &error);
  if (family == NULL)
    {
      check_refusal (error, filename, expect, code);
      return;
    }

  if (expect != READ && expect != READ_AS_FIELDS && expect != READ_AS_TEXT && expect != EITHER)
    g_error ("%s should have been %s, but it was read", filename, expect_name (expect));

  check_grades (family);
  check_kept_as_text (filename, family, diagnostics, expect);

  /* Whatever the importer accepts it gives back exactly. */
  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpmem (page->str, page->len, data, length);

  check_own_file (family, page->str, page->len);
}

static void
check_json (const char *filename, const char *data, gsize length, Expect expect, int code)
{
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GString) page = NULL;
  g_autoptr (GError) error = NULL;

  family = ladder_json_read (data, length, filename, &error);
  if (family == NULL)
    {
      check_refusal (error, filename, expect, code);
      return;
    }

  if (expect != READ && expect != EITHER)
    g_error ("%s should have been %s, but it was read", filename, expect_name (expect));

  check_grades (family);
  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  check_own_file (family, page->str, page->len);
}

/* A file refused by the bounded reader, or read and then handed to both
 * loaders: an empty file is a page, but not a Ladder file. */
static void
check_file (const char *path, Expect expect, int code)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;

  bytes = ladder_file_read_bounded (path, &error);
  if (bytes == NULL)
    {
      if (expect == READ)
        g_error ("%s should have been read, but: %s", path, error->message);
      check_refusal (error, path, expect, code);
      return;
    }

  if (expect != READ && expect != EITHER)
    g_error ("%s should have been %s, but it was read", path, expect_name (expect));

  g_assert_cmpuint (g_bytes_get_size (bytes), <=, LADDER_MAX_FILE_SIZE);
  check_json (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), EITHER, ANY_CODE);
  check_markdown (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), EITHER, ANY_CODE);
}

/* ------------------------------------------------------------------ */
/* Building inputs                                                      */

static GString *
repeat (GString *out, const char *unit, gsize times)
{
  gsize length = strlen (unit);

  if (out == NULL)
    out = g_string_sized_new (length * times + 64);

  for (gsize i = 0; i < times; i++)
    g_string_append_len (out, unit, (gssize) length);

  return out;
}

static GBytes *
bytes_of (GString *text)
{
  return g_string_free_to_bytes (text);
}

static GBytes *
bytes_between (const char *before, const char *unit, gsize times, const char *after)
{
  GString *out = g_string_new (before);

  repeat (out, unit, times);
  g_string_append (out, after);
  return bytes_of (out);
}

static GBytes *
read_test_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GBytes *
example_json (void)
{
  g_autofree char *path = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);

  return read_test_file (path);
}

static GBytes *
example_page (void)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "data", "product-marketing-management.md", NULL);

  return read_test_file (path);
}

/* JSON: nesting */

static GBytes *
make_json_deep_arrays (void)
{
  GString *out = repeat (NULL, "[", DEEP);

  return bytes_of (repeat (out, "]", DEEP));
}

static GBytes *
make_json_deep_objects (void)
{
  GString *out = repeat (NULL, "{\"a\":", DEEP);

  g_string_append (out, "1");
  return bytes_of (repeat (out, "}", DEEP));
}

static GBytes *
make_json_deep_mixed (void)
{
  GString *out = repeat (NULL, "[{\"roles\":", DEEP / 2);

  g_string_append (out, "[]");
  return bytes_of (repeat (out, "}]", DEEP / 2));
}

static GBytes *
make_json_deep_unclosed (void)
{
  return bytes_between ("", "[", DEEP, "");
}

static GBytes *
make_json_deep_member (void)
{
  GString *out = g_string_new ("{\"format\":\"ladder-job-family\",\"version\":1,\"x-deep\":");

  repeat (out, "[", DEEP);
  repeat (out, "]", DEEP);
  g_string_append (out, "}\n");
  return bytes_of (out);
}

static GBytes *
make_json_deep_in_string (void)
{
  /* Brackets in a string are no nesting. */
  return bytes_between ("{\"format\":\"ladder-job-family\",\"version\":1,\"intro\":\"", "[{", DEEP,
                        "\"}\n");
}

/* Nested @depth deep in all, the family's own object counting as one. */
static GBytes *
json_nested_member (gsize depth)
{
  GString *out = g_string_new ("{\"format\":\"ladder-job-family\",\"version\":1,\"x-nested\":");

  repeat (out, "[", depth - 1);
  repeat (out, "]", depth - 1);
  g_string_append (out, "}\n");
  return bytes_of (out);
}

static GBytes *
make_json_depth_64 (void)
{
  return json_nested_member (64);
}

static GBytes *
make_json_depth_65 (void)
{
  return json_nested_member (65);
}

/* JSON: long lines */

static GBytes *
make_json_long_intro (void)
{
  return bytes_between ("{\"format\":\"ladder-job-family\",\"version\":1,\"intro\":\"", "a",
                        LONG_LINE, "\"}\n");
}

static GBytes *
make_json_long_escapes (void)
{
  return bytes_between ("{\"format\":\"ladder-job-family\",\"version\":1,\"intro\":\"", "\\n",
                        LONG_LINE / 2, "\"}\n");
}

static GBytes *
make_json_long_whitespace (void)
{
  return bytes_between ("", " ", LONG_LINE, "{\"format\":\"ladder-job-family\",\"version\":1}");
}

static GBytes *
make_json_long_key (void)
{
  return bytes_between ("{\"format\":\"ladder-job-family\",\"version\":1,\"x-", "k", LONG_LINE,
                        "\":1}\n");
}

static GBytes *
make_json_long_number (void)
{
  return bytes_between (
      "{\"format\":\"ladder-job-family\",\"version\":1,\"roles\":[{\"title\":\"A\",\"job_grade\":",
      "9", LONG_LINE, "}]}\n");
}

static GBytes *
make_json_long_brackets (void)
{
  return bytes_between ("", "[", LONG_LINE, "");
}

static GBytes *
make_json_many_roles (void)
{
  GString *out = g_string_new ("{\"format\":\"ladder-job-family\",\"version\":1,\"roles\":[");

  for (guint i = 0; i < LADDER_MAX_ROLES + 5000; i++)
    g_string_append_printf (out, "%s{\"title\":\"Role %u\",\"job_grade\":%u}", i > 0 ? "," : "", i,
                            i % 100);
  g_string_append (out, "]}\n");
  return bytes_of (out);
}

/* JSON: the bounds of the format */

static GBytes *
make_json_roles (guint n_roles)
{
  GString *out = g_string_new (FAMILY_START ",\"roles\":[");

  for (guint i = 0; i < n_roles; i++)
    g_string_append_printf (out, "%s{\"title\":\"Role %u\"}", i > 0 ? "," : "", i);
  g_string_append (out, "]}\n");
  return bytes_of (out);
}

static GBytes *
make_json_roles_at_bound (void)
{
  return make_json_roles (LADDER_MAX_ROLES);
}

static GBytes *
make_json_roles_beyond_bound (void)
{
  return make_json_roles (LADDER_MAX_ROLES + 1);
}

static GBytes *
make_json_300k_roles (void)
{
  return make_json_roles (300000);
}

/* A role name spelled with an escape is the same name. */
static GBytes *
make_json_roles_escaped_name (void)
{
  GString *out = g_string_new (FAMILY_START ",\"\\u0072oles\":[");

  repeat (out, "{\"title\":\"R\"},", LADDER_MAX_ROLES);
  g_string_append (out, "{\"title\":\"R\"}]}\n");
  return bytes_of (out);
}

static GBytes *
make_json_bullets (guint n_roles, guint n_bullets)
{
  GString *out = g_string_new (FAMILY_START ",\"roles\":[");

  for (guint i = 0; i < n_roles; i++)
    {
      g_string_append_printf (out, "%s{\"title\":\"Role %u\",\"responsibilities\":[",
                              i > 0 ? "," : "", i);
      for (guint j = 0; j < n_bullets; j++)
        g_string_append (out, j > 0 ? ",\"b\"" : "\"b\"");
      g_string_append (out, "]}");
    }
  g_string_append (out, "]}\n");
  return bytes_of (out);
}

static GBytes *
make_json_bullets_at_bound (void)
{
  return make_json_bullets (LADDER_MAX_BULLETS / LADDER_MAX_BULLETS_PER_LIST,
                            LADDER_MAX_BULLETS_PER_LIST);
}

static GBytes *
make_json_bullets_in_list_beyond_bound (void)
{
  return make_json_bullets (1, LADDER_MAX_BULLETS_PER_LIST + 1);
}

static GBytes *
make_json_bullets_beyond_bound (void)
{
  return make_json_bullets (LADDER_MAX_BULLETS / LADDER_MAX_BULLETS_PER_LIST + 1,
                            LADDER_MAX_BULLETS_PER_LIST);
}

static GBytes *
make_json_million_bullets (void)
{
  return make_json_bullets (1, 1000000);
}

static GBytes *
make_json_sections_beyond_bound (void)
{
  GString *out = g_string_new (FAMILY_START ",\"sections\":[");

  repeat (out, "{},", LADDER_MAX_SECTIONS);
  g_string_append (out, "{}]}\n");
  return bytes_of (out);
}

static GBytes *
make_json_subsections (guint n_roles, guint n_subsections)
{
  GString *out = g_string_new (FAMILY_START ",\"roles\":[");

  for (guint i = 0; i < n_roles; i++)
    {
      g_string_append_printf (out, "%s{\"title\":\"Role %u\",\"subsections\":[", i > 0 ? "," : "",
                              i);
      for (guint j = 0; j < n_subsections; j++)
        g_string_append (out, j > 0 ? ",{}" : "{}");
      g_string_append (out, "]}");
    }
  g_string_append (out, "]}\n");
  return bytes_of (out);
}

static GBytes *
make_json_subsections_beyond_bound (void)
{
  return make_json_subsections (1, LADDER_MAX_SECTIONS + 1);
}

static GBytes *
make_json_all_sections_beyond_bound (void)
{
  return make_json_subsections (LADDER_MAX_ALL_SECTIONS / LADDER_MAX_SECTIONS + 1,
                                LADDER_MAX_SECTIONS);
}

static GBytes *
make_json_front_matter_beyond_bound (void)
{
  GString *out = g_string_new (FAMILY_START ",\"front_matter\":[");

  for (guint i = 0; i <= LADDER_MAX_FRONT_MATTER; i++)
    g_string_append_printf (out, "%s{\"key\":\"k%u\",\"value\":\"v\"}", i > 0 ? "," : "", i);
  g_string_append (out, "]}\n");
  return bytes_of (out);
}

/* The members Ladder always writes are there, so that the file it writes
 * back has as many values. */
#define ALL_MEMBERS FAMILY_START ",\"front_matter\":[],\"intro\":\"\",\"sections\":[],\"roles\":[]"

static GBytes *
make_json_values_at_bound (void)
{
  /* The object, its six members, "x-a" and its elements. */
  return bytes_between (ALL_MEMBERS ",\"x-a\":[0", ",0", LADDER_MAX_JSON_VALUES - 9, "]}\n");
}

static GBytes *
make_json_values_beyond_bound (void)
{
  return bytes_between (ALL_MEMBERS ",\"x-a\":[0", ",0", LADDER_MAX_JSON_VALUES - 8, "]}\n");
}

/* Sixteen megabytes of numbers in a member Ladder does not know: json-glib
 * would have made a node of each, 650 MB. */
static GBytes *
make_json_unknown_array_at_size_limit (void)
{
  return bytes_between (FAMILY_START ",\"x-a\":[0", ",0", (LADDER_MAX_FILE_SIZE - 64) / 2, "]}\n");
}

static GBytes *
make_json_many_front_matter_entries (void)
{
  GString *out = g_string_new (FAMILY_START ",\"front_matter\":[");

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (out, "%s{\"key\":\"k%u\",\"value\":\"v\"}", i > 0 ? "," : "", i);
  g_string_append (out, "]}\n");
  return bytes_of (out);
}

/* Markdown: nesting */

static GBytes *
make_md_deep_list (void)
{
  return bytes_between ("", "- ", DEEP, "item\n");
}

static GBytes *
make_md_deep_ordered_list (void)
{
  return bytes_between ("", "1. ", DEEP, "item\n");
}

static GBytes *
make_md_deep_star_list (void)
{
  return bytes_between ("", "* ", DEEP, "item\n");
}

static GBytes *
make_md_indented_lists (void)
{
  GString *out = g_string_new (NULL);

  /* Each level two spaces further in: 2,000 levels are 4 MB. */
  for (guint i = 0; i < 2000; i++)
    {
      repeat (out, "  ", i);
      g_string_append (out, "- item\n");
    }
  return bytes_of (out);
}

static GBytes *
make_md_deep_quote (void)
{
  return bytes_between ("", "> ", DEEP, "quoted\n");
}

static GBytes *
make_md_deep_quote_tight (void)
{
  return bytes_between ("", ">", DEEP, "quoted\n");
}

static GBytes *
make_md_deep_quote_list (void)
{
  return bytes_between ("", "> - ", DEEP / 2, "both\n");
}

static GBytes *
make_md_deep_emphasis (void)
{
  GString *out = repeat (NULL, "*", DEEP);

  g_string_append (out, "text");
  repeat (out, "*", DEEP);
  g_string_append_c (out, '\n');
  return bytes_of (out);
}

static GBytes *
make_md_deep_underscores (void)
{
  GString *out = repeat (NULL, "_", DEEP);

  g_string_append (out, "text");
  repeat (out, "_", DEEP);
  g_string_append_c (out, '\n');
  return bytes_of (out);
}

static GBytes *
make_md_alternating_emphasis (void)
{
  GString *out = repeat (NULL, "*a _b ", DEEP / 2);

  repeat (out, "c_ d*", DEEP / 2);
  g_string_append_c (out, '\n');
  return bytes_of (out);
}

static GBytes *
make_md_deep_brackets (void)
{
  GString *out = repeat (NULL, "[", DEEP);

  g_string_append (out, "text");
  repeat (out, "]", DEEP);
  g_string_append_c (out, '\n');
  return bytes_of (out);
}

static GBytes *
make_md_deep_links (void)
{
  GString *out = repeat (NULL, "[a", DEEP);

  repeat (out, "](b)", DEEP);
  g_string_append_c (out, '\n');
  return bytes_of (out);
}

static GBytes *
make_md_open_links (void)
{
  return bytes_between ("", "[a](", DEEP, "\n");
}

static GBytes *
make_md_deep_images (void)
{
  GString *out = repeat (NULL, "![", DEEP);

  g_string_append (out, "alt");
  repeat (out, "](x.png)", DEEP);
  g_string_append_c (out, '\n');
  return bytes_of (out);
}

static GBytes *
make_md_deep_parentheses (void)
{
  GString *out = g_string_new ("[link](");

  repeat (out, "(", DEEP);
  repeat (out, ")", DEEP);
  g_string_append (out, ")\n");
  return bytes_of (out);
}

static GBytes *
make_md_backticks (void)
{
  GString *out = g_string_new (NULL);

  /* Code spans of every length from 1 to 2,000 backticks, none closed. */
  for (guint i = 1; i <= 2000; i++)
    {
      repeat (out, "`", i);
      g_string_append_c (out, 'x');
    }
  g_string_append_c (out, '\n');
  return bytes_of (out);
}

static GBytes *
make_md_html_comments (void)
{
  return bytes_between ("", "<!-- ", DEEP, "\n");
}

/* A role whose heading, grade sentence and bullets are built of deep
 * nesting: the importer's own parts see it too. */
static GBytes *
make_md_deep_role (void)
{
  GString *out = g_string_new ("---\ntitle: \"Deep\"\n---\n\n### ");

  repeat (out, "*", DEEP / 4);
  g_string_append (out, "Analyst");
  repeat (out, "*", DEEP / 4);
  g_string_append (out, "\n\nThe Analyst reports to the ");
  repeat (out, "[", DEEP / 4);
  g_string_append (out, "Manager.\n\n#### Analyst Job Grade\n\nThe Analyst is a grade 5");
  repeat (out, "_", DEEP / 4);
  g_string_append (out, ".\n\n#### Analyst Responsibilities\n\n");
  repeat (out, "- ", DEEP / 4);
  g_string_append (out, "deep\n- ");
  repeat (out, "> ", DEEP / 4);
  g_string_append (out, "quoted\n\n#### Analyst Requirements\n\n1. ");
  repeat (out, "1. ", DEEP / 4);
  g_string_append (out, "numbered\n");
  return bytes_of (out);
}

/* Markdown: long lines */

static GBytes *
make_md_long_paragraph (void)
{
  return bytes_between ("", "word ", LONG_LINE / 5, "\n");
}

static GBytes *
make_md_long_heading (void)
{
  return bytes_between ("### ", "a", LONG_LINE, "\n\n#### Job Grade\n\nThe role is a grade 5.\n");
}

static GBytes *
make_md_long_bullet (void)
{
  return bytes_between ("### Analyst\n\n#### Analyst Responsibilities\n\n- ", "x", LONG_LINE, "\n");
}

static GBytes *
make_md_long_title (void)
{
  return bytes_between ("---\ntitle: \"", "t", LONG_LINE, "\"\n---\n\nIntro.\n");
}

static GBytes *
make_md_long_reports_to (void)
{
  return bytes_between ("### Analyst\n\nThe Analyst reports to the ", "m", LONG_LINE,
                        ".\n\n#### Analyst Job Grade\n\nThe Analyst is a grade 7.\n");
}

static GBytes *
make_md_long_stars (void)
{
  return bytes_between ("", "*", LONG_LINE, "\n");
}

static GBytes *
make_md_long_underscores (void)
{
  return bytes_between ("", "_ ", LONG_LINE / 2, "\n");
}

static GBytes *
make_md_long_brackets (void)
{
  return bytes_between ("", "[", LONG_LINE, "\n");
}

static GBytes *
make_md_long_table (void)
{
  return bytes_between ("| a | b |\n| - | - |\n| ", "x|", LONG_LINE / 2, "\n");
}

static GBytes *
make_md_no_newline (void)
{
  return bytes_between ("", "z", LONG_LINE, "");
}

static GBytes *
make_md_many_headings (void)
{
  return bytes_between ("", "## h\n", 20000, "");
}

static GBytes *
make_md_many_empty_headings (void)
{
  return bytes_between ("", "#\n", 1000000, "");
}

static GBytes *
make_md_many_role_headings (void)
{
  return bytes_between ("", "### A\n#### Job Grade\n", 2 * LADDER_MAX_ROLES, "");
}

static GBytes *
make_md_many_role_runs (void)
{
  return bytes_between ("", "## P\n### A\n#### Job Grade\n", 5000, "");
}

static GBytes *
make_md_many_lines (void)
{
  return bytes_between ("", "a\n", LONG_LINE / 2, "");
}

static GBytes *
make_md_many_part_headings (void)
{
  return bytes_between ("", "## Job Grade\n", 10000, "");
}

static GBytes *
make_md_many_roles (void)
{
  return bytes_between (
      "## Levels\n\n",
      "### Analyst\n\nThe Analyst reports to the Boss.\n\n#### Analyst Job Grade\n\n"
      "The Analyst is a grade 5.\n\n#### Analyst Responsibilities\n\n- Work\n\n",
      2 * LADDER_MAX_ROLES, "");
}

static GBytes *
make_md_many_bullets (void)
{
  return bytes_between ("### Analyst\n\n#### Analyst Responsibilities\n\n", "- b\n", 500000, "");
}

static GBytes *
make_md_many_blank_lines (void)
{
  return bytes_between ("# Heading\n", "\n", LONG_LINE, "text\n");
}

static GBytes *
make_md_many_front_matter_lines (void)
{
  GString *out = g_string_new ("---\n");

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (out, "key%u: value\n", i);
  g_string_append (out, "---\n");
  return bytes_of (out);
}

static GBytes *
make_md_many_titles (void)
{
  return bytes_between ("---\n", "title: t\n", 50000, "---\n");
}

static GBytes *
make_md_many_extends (void)
{
  GString *out = g_string_new (NULL);

  /* Each role extends the next one. */
  for (guint i = 0; i < 2 * LADDER_MAX_ROLES; i++)
    g_string_append_printf (out,
                            "### A%u\n\n#### A%u Responsibilities\n\n"
                            "- Extends that of the A%u responsibilities\n- Work\n\n",
                            i, i, i + 1);
  return bytes_of (out);
}

/* Markdown: the shapes libcmark 0.30 reads in quadratic time. Each link
 * closed walks back over every image opener still open in its paragraph
 * (ladder-markdown-cost.c); 240 KB took 3 s to import, 480 KB 16 s. */

#define QUADRATIC_240K (240 * 1000 / 6)

static GBytes *
make_md_quadratic_image_links (void)
{
  return bytes_between ("", "![[]()", QUADRATIC_240K, "\n");
}

static GBytes *
make_md_quadratic_image_links_480k (void)
{
  return bytes_between ("", "![[]()", 2 * QUADRATIC_240K, "\n");
}

static GBytes *
make_md_quadratic_images_then_links (void)
{
  GString *out = repeat (NULL, "![", 60000);

  repeat (out, "[]()", 30000);
  g_string_append_c (out, '\n');
  return bytes_of (out);
}

static GBytes *
make_md_quadratic_image_references (void)
{
  return bytes_between ("[a]: /u\n\n", "![[a]", 48000, "\n");
}

/* One paragraph over many lines. */
static GBytes *
make_md_quadratic_image_lines (void)
{
  return bytes_between ("", "![[]()\n", 34000, "");
}

static GBytes *
make_md_quadratic_in_bullet (void)
{
  return bytes_between (
      "---\ntitle: \"Q\"\n---\n\n### Analyst\n\nThe Analyst reports to the Boss.\n\n"
      "#### Analyst Responsibilities\n\n- Work\n- ",
      "![[]()", QUADRATIC_240K, "\n");
}

static GBytes *
make_md_quadratic_in_quote (void)
{
  return bytes_between ("> ", "![[]()", QUADRATIC_240K, "\n");
}

/* The same openers and links, a hundred to a paragraph: linear, read. */
static GBytes *
make_md_images_in_many_paragraphs (void)
{
  GString *out
      = g_string_new ("### Analyst\n\n#### Analyst Responsibilities\n\n- Work\n\n## Notes\n\n");

  for (guint i = 0; i < QUADRATIC_240K / 100; i++)
    {
      repeat (out, "![[]()", 100);
      g_string_append (out, "\n\n");
    }
  return bytes_of (out);
}

/* Markdown: the bounds of the file format */

static GBytes *
make_md_roles (guint n_roles)
{
  GString *out = g_string_new ("## Levels\n\n");

  for (guint i = 0; i < n_roles; i++)
    g_string_append_printf (out, "### A%u\n\n#### A%u Job Grade\n\nThe A%u is a grade 5.\n\n", i, i,
                            i);
  return bytes_of (out);
}

static GBytes *
make_md_roles_at_bound (void)
{
  return make_md_roles (LADDER_MAX_ROLES);
}

static GBytes *
make_md_roles_beyond_bound (void)
{
  return make_md_roles (LADDER_MAX_ROLES + 1);
}

static GBytes *
make_md_bullets_beyond_bound (void)
{
  return bytes_between ("### Analyst\n\n#### Analyst Responsibilities\n\n", "- Work well\n",
                        LADDER_MAX_BULLETS_PER_LIST + 1, "");
}

static GBytes *
make_md_sections_beyond_bound (void)
{
  return bytes_between ("### Analyst\n\n#### Analyst Job Grade\n\nThe Analyst is a grade 5.\n\n",
                        "## Notes\n\nText.\n\n", LADDER_MAX_SECTIONS + 1, "");
}

/* ------------------------------------------------------------------ */
/* Files                                                                */

static char *
temporary_path (const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ladder-hostile-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

static void
remove_temporary (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* A sparse file of @size bytes: it takes no room on disk, but a reader
 * that read it whole would need all of it in memory. */
static char *
make_sparse_file (goffset size)
{
  char *path = temporary_path ("large.jobfamily.json");
  int   fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "{", 1), ==, 1);
  g_assert_cmpint (ftruncate (fd, size), ==, 0);
  g_assert_no_errno (close (fd));
  return path;
}

static void
run_sparse (goffset size, Expect expect, int code)
{
  g_autofree char *path = make_sparse_file (size);

  check_file (path, expect, code);
  remove_temporary (path);
}

/* ------------------------------------------------------------------ */
/* The table                                                            */

static const HostileCase cases[] = {
  /* JSON: empty and not a family */
  { "json/empty", LOADER_JSON, REFUSED_NOWHERE, LADDER_ERROR_NOT_A_FAMILY, "" },
  { "json/whitespace", LOADER_JSON, REFUSED, ANY_CODE, " \n\t\r\n" },
  { "json/not-json", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, "# A Markdown page\n" },
  { "json/array", LOADER_JSON, REFUSED_AT, LADDER_ERROR_NOT_A_FAMILY, "[]\n" },
  { "json/string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_NOT_A_FAMILY, "\"ladder-job-family\"\n" },
  { "json/number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_NOT_A_FAMILY, "1\n" },
  { "json/null", LOADER_JSON, REFUSED_AT, LADDER_ERROR_NOT_A_FAMILY, "null\n" },
  { "json/two-values", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START "}" FAMILY_START "}\n" },
  { "json/trailing-comma", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, FAMILY_START ",}\n" },
  { "json/comment", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, FAMILY_START "/* c */}\n" },
  { "json/nan", LOADER_JSON, REFUSED_AT, ANY_CODE, FAMILY_START ",\"x-n\":NaN}\n" },
  { "json/infinity", LOADER_JSON, REFUSED_AT, ANY_CODE, FAMILY_START ",\"x-n\":Infinity}\n" },
  { "json/minimal", LOADER_JSON, READ, 0, FAMILY_START "}\n" },
  { "json/bom", LOADER_JSON, EITHER, ANY_CODE, "\xef\xbb\xbf" FAMILY_START "}\n" },

  /* JSON: missing members */
  { "json/missing-everything", LOADER_JSON, REFUSED_AT, LADDER_ERROR_NOT_A_FAMILY, "{}\n" },
  { "json/missing-format", LOADER_JSON, REFUSED_AT, LADDER_ERROR_NOT_A_FAMILY,
    "{\"version\":1}\n" },
  { "json/missing-version", LOADER_JSON, REFUSED_AT, ANY_CODE,
    "{\"format\":\"ladder-job-family\"}\n" },
  { "json/missing-title", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"roles\":[{}]}\n" },
  { "json/missing-bullet-text", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":[{\"source\":\"- x\"}]") },
  { "json/missing-front-matter-value", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"front_matter\":[{\"key\":\"title\"}]}\n" },
  { "json/missing-slot-kind", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"layout\":{\"slots\":[{\"gap\":\"\\n\"}]}") },

  /* JSON: wrong types */
  { "json/format-number", LOADER_JSON, REFUSED_AT, ANY_CODE, "{\"format\":1,\"version\":1}\n" },
  { "json/format-other", LOADER_JSON, REFUSED_AT, LADDER_ERROR_NOT_A_FAMILY,
    "{\"format\":\"other\",\"version\":1}\n" },
  { "json/version-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    "{\"format\":\"ladder-job-family\",\"version\":\"1\"}\n" },
  { "json/version-float", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    "{\"format\":\"ladder-job-family\",\"version\":1.0}\n" },
  { "json/version-null", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    "{\"format\":\"ladder-job-family\",\"version\":null}\n" },
  { "json/version-zero", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    "{\"format\":\"ladder-job-family\",\"version\":0}\n" },
  { "json/version-newer", LOADER_JSON, REFUSED_AT, LADDER_ERROR_NEWER_VERSION,
    "{\"format\":\"ladder-job-family\",\"version\":2}\n" },
  { "json/version-huge", LOADER_JSON, REFUSED_AT, ANY_CODE,
    "{\"format\":\"ladder-job-family\",\"version\":99999999999999999999}\n" },
  { "json/front-matter-object", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"front_matter\":{}}\n" },
  { "json/front-matter-number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"front_matter\":[1]}\n" },
  { "json/front-matter-key-number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"front_matter\":[{\"key\":1,\"value\":\"x\"}]}\n" },
  { "json/intro-number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"intro\":5}\n" },
  { "json/intro-array", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"intro\":[\"a\"]}\n" },
  { "json/sections-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"sections\":\"x\"}\n" },
  { "json/section-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"sections\":[\"x\"]}\n" },
  { "json/section-level-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"sections\":[{\"level\":\"2\"}]}\n" },
  { "json/section-level-7", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"sections\":[{\"level\":7}]}\n" },
  { "json/section-kind-number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"sections\":[{\"kind\":5}]}\n" },
  { "json/roles-object", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"roles\":{}}\n" },
  { "json/role-null", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"roles\":[null]}\n" },
  { "json/title-number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"roles\":[{\"title\":5}]}\n" },
  { "json/reports-to-array", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"reports_to\":[]") },
  { "json/reports-to-null", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"reports_to\":null") },
  { "json/responsibilities-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":\"x\"") },
  { "json/responsibility-number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":[5]") },
  { "json/requirement-array", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"requirements\":[[\"x\"]]") },
  { "json/subsections-object", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"subsections\":{}") },
  { "json/layout-array", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"layout\":[]}\n" },
  { "json/final-newline-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"layout\":{\"final_newline\":\"no\"}}\n" },
  { "json/gap-not-blank", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"layout\":{\"after_intro\":\"x\\n\"}}\n" },
  { "json/slots-number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"layout\":{\"slots\":[5]}") },
  { "json/slot-unknown", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"layout\":{\"slots\":[{\"slot\":\"x\"}]}") },
  { "json/region-negative", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"layout\":{\"region\":-1}") },
  { "json/region-huge", LOADER_JSON, REFUSED_AT, ANY_CODE,
    ROLE ("\"layout\":{\"region\":4294967296}") },
  { "json/fingerprint-short", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":[{\"text\":\"x\",\"source\":\"- x\",\"for\":\"1234\"}]") },
  { "json/source-without-for", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":[{\"text\":\"x\",\"source\":\"- x\"}]") },
  { "json/span-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":[{\"text\":\"x\",\"source\":\"- "
          "x\",\"for\":\"0123456789abcdef\",\"span\":\"x\"}]") },
  { "json/span-short", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":[{\"text\":\"x\",\"source\":\"- "
          "x\",\"for\":\"0123456789abcdef\",\"span\":[1]}]") },
  { "json/span-negative", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":[{\"text\":\"x\",\"source\":\"- "
          "x\",\"for\":\"0123456789abcdef\",\"span\":[-1,1]}]") },
  { "json/span-outside", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"responsibilities\":[{\"text\":\"x\",\"source\":\"- "
          "x\",\"for\":\"0123456789abcdef\",\"span\":[2,9223372036854775807]}]") },
  { "json/span-huge", LOADER_JSON, REFUSED_AT, ANY_CODE,
    ROLE ("\"responsibilities\":[{\"text\":\"x\",\"source\":\"- "
          "x\",\"for\":\"0123456789abcdef\",\"span\":[1e400,1]}]") },
  { "json/extends-number", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID, ROLE ("\"extends\":1") },
  { "json/marker-bad", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"layout\":{\"slots\":[{\"slot\":\"responsibilities\",\"marker\":\"1234567890.\"}]}") },
  { "json/front-matter-delimiter", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    FAMILY_START ",\"front_matter\":[{\"yaml\":\"---\"}]}\n" },

  /* JSON: keys given twice */
  { "json/duplicate-intro", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"intro\":\"a\",\"intro\":\"b\"}\n" },
  { "json/duplicate-format", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    "{\"format\":\"ladder-job-family\",\"format\":\"ladder-job-family\",\"version\":1}\n" },
  { "json/duplicate-version", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"version\":2}\n" },
  { "json/duplicate-title", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    ROLE ("\"title\":\"Other\"") },
  { "json/duplicate-job-grade", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    ROLE ("\"job_grade\":1,\"job_grade\":2") },
  { "json/duplicate-in-layout", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"layout\":{\"final_gap\":\"\",\"final_gap\":\"\\n\"}}\n" },
  { "json/duplicate-in-bullet", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    ROLE ("\"responsibilities\":[{\"text\":\"x\",\"text\":\"y\"}]") },
  { "json/duplicate-unknown", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"x-a\":1,\"x-a\":1}\n" },
  { "json/duplicate-escaped", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"intro\":\"a\",\"\\u0069ntro\":\"b\"}\n" },
  /* Past the names the first pass compares in one object (32). */
  { "json/duplicate-in-large-object", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START
    ",\"x-big\":{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,"
    "\"k9\":9,\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":16,\"k17\":"
    "17,\"k18\":18,\"k19\":19,\"k20\":20,\"k21\":21,\"k22\":22,\"k23\":23,\"k24\":24,\"k25\":25,"
    "\"k26\":26,\"k27\":27,\"k28\":28,\"k29\":29,\"k30\":30,\"k31\":31,\"k32\":32,\"k33\":33,"
    "\"k34\":34,\"k35\":35,\"k36\":36,\"k37\":37,\"k38\":38,\"k39\":39,\"k3\":0}}\n" },
  { "json/colon-in-string", LOADER_JSON, READ, 0,
    FAMILY_START ",\"intro\":\"a: b: c\",\"x-a:b\":\"::\"}\n" },
  { "json/unknown-name-escapes", LOADER_JSON, READ, 0,
    FAMILY_START ",\"x-\\\"quoted\\\"\\n\\u0001\":1}\n" },
  { "json/unknown-fractions", LOADER_JSON, READ, 0,
    FAMILY_START ",\"x-a\":-0.0,\"x-b\":1.0,\"x-c\":1e22}\n" },

  /* JSON: encoding */
  { "json/invalid-utf8-in-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"intro\":\"a\xff\"}\n" },
  { "json/invalid-utf8-outside", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START "\xff}\n" },
  { "json/overlong-utf8", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"intro\":\"\xc0\xaf\"}\n" },
  { "json/surrogate-utf8", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"intro\":\"\xed\xa0\x80\"}\n" },
  { "json/cut-utf8", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"intro\":\"\xe2\x80\"}\n" },
  { "json/utf8-beyond-unicode", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"intro\":\"\xf5\x80\x80\x80\"}\n" },
  { "json/latin1", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    FAMILY_START ",\"intro\":\"Caf\xe9\"}\n" },
  { "json/escaped-nul", LOADER_JSON, EITHER, ANY_CODE, FAMILY_START ",\"intro\":\"a\\u0000b\"}\n" },
  { "json/lone-surrogate-escape", LOADER_JSON, EITHER, ANY_CODE,
    FAMILY_START ",\"intro\":\"\\ud800\"}\n" },
  { "json/control-in-string", LOADER_JSON, EITHER, ANY_CODE,
    FAMILY_START ",\"intro\":\"a\x01\tb\"}\n" },

  /* JSON: grades out of range */
  { "json/grade-100", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID, ROLE ("\"job_grade\":100") },
  { "json/grade-negative", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"job_grade\":-5") },
  { "json/grade-1e400", LOADER_JSON, REFUSED_AT, ANY_CODE, ROLE ("\"job_grade\":1e400") },
  { "json/grade-20-digits", LOADER_JSON, REFUSED_AT, ANY_CODE,
    ROLE ("\"job_grade\":99999999999999999999") },
  { "json/grade-negative-20-digits", LOADER_JSON, REFUSED_AT, ANY_CODE,
    ROLE ("\"job_grade\":-99999999999999999999") },
  { "json/grade-int64-max", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"job_grade\":9223372036854775807") },
  { "json/grade-int64-min", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"job_grade\":-9223372036854775808") },
  { "json/grade-int32-wrap", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"job_grade\":4294967301") },
  { "json/grade-float", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID, ROLE ("\"job_grade\":9.0") },
  { "json/grade-exponent", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"job_grade\":9e0") },
  { "json/grade-string", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"job_grade\":\"9\"") },
  { "json/grade-boolean", LOADER_JSON, REFUSED_AT, LADDER_ERROR_INVALID,
    ROLE ("\"job_grade\":true") },
  { "json/grade-0", LOADER_JSON, READ, 0, ROLE ("\"job_grade\":0") },
  { "json/grade-99", LOADER_JSON, READ, 0, ROLE ("\"job_grade\":99") },
  { "json/grade-null", LOADER_JSON, READ, 0, ROLE ("\"job_grade\":null") },

  /* JSON: nesting */
  { "json/deep-arrays", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, NULL, make_json_deep_arrays },
  { "json/deep-objects", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, NULL,
    make_json_deep_objects },
  { "json/deep-mixed", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, NULL, make_json_deep_mixed },
  { "json/deep-unclosed", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, NULL,
    make_json_deep_unclosed },
  { "json/deep-member", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, NULL, make_json_deep_member },
  { "json/deep-in-string", LOADER_JSON, READ, 0, NULL, make_json_deep_in_string },
  { "json/depth-64", LOADER_JSON, READ, 0, NULL, make_json_depth_64 },
  { "json/depth-65", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, NULL, make_json_depth_65 },
  { "json/unbalanced-close", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX,
    "]]]]]]]]"
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n" },

  /* JSON: long lines and many values */
  { "json/long-intro", LOADER_JSON, READ, 0, NULL, make_json_long_intro },
  { "json/long-escapes", LOADER_JSON, READ, 0, NULL, make_json_long_escapes },
  { "json/long-whitespace", LOADER_JSON, READ, 0, NULL, make_json_long_whitespace },
  { "json/long-key", LOADER_JSON, READ, 0, NULL, make_json_long_key },
  { "json/long-number", LOADER_JSON, REFUSED_AT, ANY_CODE, NULL, make_json_long_number },
  { "json/long-brackets", LOADER_JSON, REFUSED_AT, LADDER_ERROR_SYNTAX, NULL,
    make_json_long_brackets },
  { "json/many-roles", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_many_roles },
  { "json/many-front-matter-entries", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_many_front_matter_entries },

  /* JSON: the bounds of the format, refused at the first element beyond,
   * before json-glib builds anything of the file */
  { "json/roles-at-bound", LOADER_JSON, READ, 0, NULL, make_json_roles_at_bound,
    .memory_factor = 400 },
  { "json/roles-beyond-bound", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_roles_beyond_bound },
  { "json/roles-escaped-name", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_roles_escaped_name },
  { "json/300k-roles", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_300k_roles },
  { "json/bullets-at-bound", LOADER_JSON, READ, 0, NULL, make_json_bullets_at_bound,
    .memory_factor = 400 },
  { "json/bullets-in-list-beyond-bound", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_bullets_in_list_beyond_bound },
  { "json/bullets-beyond-bound", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_bullets_beyond_bound },
  { "json/million-bullets", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_million_bullets },
  { "json/sections-beyond-bound", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_sections_beyond_bound },
  { "json/subsections-beyond-bound", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_subsections_beyond_bound },
  { "json/all-sections-beyond-bound", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_all_sections_beyond_bound },
  { "json/front-matter-beyond-bound", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_front_matter_beyond_bound },
  { "json/values-at-bound", LOADER_JSON, READ, 0, NULL, make_json_values_at_bound,
    .memory_factor = 100 },
  { "json/values-beyond-bound", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_values_beyond_bound },
  { "json/unknown-array-at-size-limit", LOADER_JSON, REFUSED_AT, LADDER_ERROR_TOO_LARGE, NULL,
    make_json_unknown_array_at_size_limit },

  /* Markdown: empty, encodings and odd line ends */
  { "md/empty", LOADER_MARKDOWN, READ, 0, "" },
  { "md/newline", LOADER_MARKDOWN, READ, 0, "\n" },
  { "md/blank", LOADER_MARKDOWN, READ, 0, " " },
  { "md/blank-lines", LOADER_MARKDOWN, READ, 0, " \n\t\n\n  " },
  { "md/invalid-utf8", LOADER_MARKDOWN, REFUSED_AT, LADDER_ERROR_SYNTAX, "# Title\n\nCaf\xe9\n" },
  { "md/overlong-utf8", LOADER_MARKDOWN, REFUSED_AT, LADDER_ERROR_SYNTAX, "\xc0\xaf\n" },
  { "md/surrogate-utf8", LOADER_MARKDOWN, REFUSED_AT, LADDER_ERROR_SYNTAX, "- \xed\xa0\x80\n" },
  { "md/cut-utf8", LOADER_MARKDOWN, REFUSED_AT, LADDER_ERROR_SYNTAX, "### Analyst \xe2\x80" },
  { "md/bom", LOADER_MARKDOWN, READ, 0, "\xef\xbb\xbf---\ntitle: x\n---\n\n# A\n" },
  { "md/crlf", LOADER_MARKDOWN, READ, 0,
    "---\r\ntitle: \"A\"\r\n---\r\n\r\n### Analyst\r\n\r\nThe Analyst reports to the Boss.\r\n\r\n"
    "#### Analyst Job Grade\r\n\r\nThe Analyst is a grade 5.\r\n\r\n#### Analyst "
    "Responsibilities\r\n\r\n- a\r\n- b\r\n" },
  { "md/cr", LOADER_MARKDOWN, READ, 0, "# A\r\rtext\r- a\r- b\r" },
  { "md/form-feed", LOADER_MARKDOWN, READ, 0, "# A\f\n\f\n- a\v\n\x1b[31m\n" },
  { "md/tabs", LOADER_MARKDOWN, READ, 0,
    "###\tAnalyst\t\n\n####\tAnalyst Responsibilities\n\n-\ta\n\t-\tb\n\n\tcode\n" },
  { "md/no-final-newline", LOADER_MARKDOWN, READ, 0,
    "### Analyst\n\n#### Analyst Job Grade\n\nThe Analyst is a grade 5." },
  { "md/front-matter-unclosed", LOADER_MARKDOWN, READ, 0, "---\ntitle: x\n\n# A\n" },
  { "md/front-matter-only", LOADER_MARKDOWN, READ, 0, "---\n---" },
  { "md/front-matter-delimiters", LOADER_MARKDOWN, READ, 0, "---\n---\n---\n---\n" },
  /* A front matter that is not one YAML mapping is refused (issue 11). */
  { "md/front-matter-odd", LOADER_MARKDOWN, REFUSED_AT, LADDER_ERROR_SYNTAX,
    "--- \ntitle: \"a\\\"b\" # c\n: x\n- y\n  z\n#\n\n---\t\n\n\n" },
  { "md/front-matter-bad-escapes", LOADER_MARKDOWN, REFUSED_AT, LADDER_ERROR_SYNTAX,
    "---\ntitle: \"\\u0000\\x\\U0011FFFF\\\"\nsummary: '\n---\n" },
  { "md/setext", LOADER_MARKDOWN, READ, 0,
    "Analyst\n=======\n\nJob Grade\n---------\n\nThe Analyst is a grade 3.\n" },

  /* Markdown: grades out of range */
  { "md/grade-100", LOADER_MARKDOWN, READ, 0,
    "### A\n\n#### A Job Grade\n\nThe A is a grade 100.\n" },
  { "md/grade-negative", LOADER_MARKDOWN, READ, 0,
    "### A\n\n#### A Job Grade\n\nThe A is a grade -5.\n" },
  { "md/grade-1e400", LOADER_MARKDOWN, READ, 0,
    "### A\n\n#### A Job Grade\n\nThe A is a grade 1e400.\n" },
  { "md/grade-20-digits", LOADER_MARKDOWN, READ, 0,
    "### A\n\n#### A Job Grade\n\nThe A is a [grade 99999999999999999999](/x).\n" },
  { "md/grade-leading-zeros", LOADER_MARKDOWN, READ, 0,
    "### A\n\n#### A Job Grade\n\nThe A is a grade 007.\n" },
  { "md/grade-09", LOADER_MARKDOWN, READ, 0,
    "### A\n\n#### A Job Grade\n\nThe A is a grade 09.\n" },
  { "md/grade-unicode-digits", LOADER_MARKDOWN, READ, 0,
    "### A\n\n#### A Job Grade\n\nThe A is a grade \xd9\xa9.\n" },

  /* Markdown: nesting */
  { "md/deep-list", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_list },
  { "md/deep-ordered-list", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_ordered_list },
  { "md/deep-star-list", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_deep_star_list },
  { "md/indented-lists", LOADER_MARKDOWN, READ, 0, NULL, make_md_indented_lists },
  { "md/deep-quote", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_quote },
  { "md/deep-quote-tight", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_quote_tight },
  { "md/deep-quote-list", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_quote_list },
  { "md/deep-emphasis", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_emphasis },
  { "md/deep-underscores", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_underscores },
  { "md/alternating-emphasis", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL,
    make_md_alternating_emphasis },
  { "md/deep-brackets", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_brackets },
  { "md/deep-links", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_links },
  { "md/open-links", LOADER_MARKDOWN, READ, 0, NULL, make_md_open_links },
  { "md/deep-images", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_deep_images },
  { "md/deep-parentheses", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_parentheses },
  { "md/backticks", LOADER_MARKDOWN, READ, 0, NULL, make_md_backticks },
  { "md/html-comments", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_html_comments },
  { "md/deep-role", LOADER_MARKDOWN, READ, 0, NULL, make_md_deep_role },

  /* Markdown: long lines and many blocks */
  { "md/long-paragraph", LOADER_MARKDOWN, READ, 0, NULL, make_md_long_paragraph },
  { "md/long-heading", LOADER_MARKDOWN, READ, 0, NULL, make_md_long_heading },
  { "md/long-bullet", LOADER_MARKDOWN, READ, 0, NULL, make_md_long_bullet },
  { "md/long-title", LOADER_MARKDOWN, READ, 0, NULL, make_md_long_title },
  { "md/long-reports-to", LOADER_MARKDOWN, READ, 0, NULL, make_md_long_reports_to },
  { "md/long-stars", LOADER_MARKDOWN, READ, 0, NULL, make_md_long_stars },
  { "md/long-underscores", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_long_underscores },
  { "md/long-brackets", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_long_brackets },
  { "md/long-table", LOADER_MARKDOWN, READ, 0, NULL, make_md_long_table },
  { "md/long-no-newline", LOADER_MARKDOWN, READ, 0, NULL, make_md_no_newline },
  { "md/many-lines", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_lines },
  { "md/many-blank-lines", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_blank_lines },
  { "md/many-empty-headings", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_empty_headings },
  { "md/many-headings", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_headings,
    .memory_factor = 800 },
  { "md/many-part-headings", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_part_headings,
    .memory_factor = 800 },
  { "md/many-role-headings", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_role_headings,
    .memory_factor = 800 },
  { "md/many-role-runs", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_role_runs,
    .memory_factor = 800 },
  { "md/many-roles", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_roles,
    .memory_factor = 800 },
  { "md/many-bullets", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_bullets,
    .memory_factor = 800 },
  { "md/many-extends", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_extends,
    .memory_factor = 800 },
  /* Each line a key of its own, as in json/many-front-matter-entries. */
  { "md/many-front-matter-lines", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL,
    make_md_many_front_matter_lines, .memory_factor = 400 },
  { "md/many-front-matter-titles", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_many_titles },

  /* Markdown: shapes libcmark 0.30 reads in quadratic time */
  { "md/quadratic-image-links", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL,
    make_md_quadratic_image_links },
  { "md/quadratic-image-links-480k", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL,
    make_md_quadratic_image_links_480k },
  { "md/quadratic-images-then-links", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL,
    make_md_quadratic_images_then_links },
  { "md/quadratic-image-references", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL,
    make_md_quadratic_image_references },
  { "md/quadratic-image-lines", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL,
    make_md_quadratic_image_lines },
  { "md/quadratic-in-bullet", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_quadratic_in_bullet },
  { "md/quadratic-in-quote", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_quadratic_in_quote },
  { "md/images-in-many-paragraphs", LOADER_MARKDOWN, READ_AS_FIELDS, 0, NULL,
    make_md_images_in_many_paragraphs, .memory_factor = 100 },

  /* Markdown: the bounds of the file format; beyond them, kept as text */
  { "md/roles-at-bound", LOADER_MARKDOWN, READ_AS_FIELDS, 0, NULL, make_md_roles_at_bound,
    .memory_factor = 800 },
  { "md/roles-beyond-bound", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_roles_beyond_bound,
    .memory_factor = 800 },
  { "md/bullets-beyond-bound", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL, make_md_bullets_beyond_bound,
    .memory_factor = 800 },
  { "md/sections-beyond-bound", LOADER_MARKDOWN, READ_AS_TEXT, 0, NULL,
    make_md_sections_beyond_bound, .memory_factor = 800 },
};

/* Inputs that text cannot hold: NUL bytes. */
static const struct
{
  const char *name;
  Loader      loader;
  const char *data;
  gsize       length;
} nul_cases[] = {
/* clang-format off */
#define NUL_CASE(name, loader, literal) { name, loader, literal, sizeof literal - 1 }
  /* clang-format on */
  NUL_CASE ("json/nul-start", LOADER_JSON, "\0" FAMILY_START "}\n"),
  NUL_CASE ("json/nul-in-string", LOADER_JSON, FAMILY_START ",\"intro\":\"a\0b\"}\n"),
  NUL_CASE ("json/nul-end", LOADER_JSON, FAMILY_START "}\n\0"),
  NUL_CASE ("json/nul-only", LOADER_JSON, "\0"),
  NUL_CASE ("md/nul-start", LOADER_MARKDOWN, "\0# A\n"),
  NUL_CASE ("md/nul-in-line", LOADER_MARKDOWN, "# A\n\nsome\0text\n"),
  NUL_CASE ("md/nul-end", LOADER_MARKDOWN, "# A\n\0"),
  NUL_CASE ("md/nul-in-front-matter", LOADER_MARKDOWN, "---\ntitle: \"\0\"\n---\n"),
#undef NUL_CASE
};

/* ------------------------------------------------------------------ */
/* Running cases                                                        */

static long
peak_memory_kib (void)
{
  struct rusage usage;

  g_assert_no_errno (getrusage (RUSAGE_SELF, &usage));
  return usage.ru_maxrss;
}

/* Asserts that the process's peak memory grew, since it was @before_kib,
 * by no more than the bound for @length bytes of input. */
static void
check_memory_since (long before_kib, gsize length, guint factor)
{
  guint64 grown = (guint64) MAX (0, peak_memory_kib () - before_kib) * 1024;
  guint64 bound;

#ifdef SANITIZED
  /* AddressSanitizer adds a header and red zones to every allocation and
   * keeps freed blocks in quarantine: inputs of many small values (500,000
   * JSON values, each a few allocations) need twice what the shared factor
   * allows there. The plain build keeps the tight bound. */
  factor = factor * (MEMORY_FACTOR / 10);
#endif
  bound = (guint64) MAX (factor, MEMORY_FACTOR) * length + MEMORY_SLACK;

  if (g_test_verbose ())
    g_test_message ("input %" G_GSIZE_FORMAT " bytes, peak memory grew by %" G_GUINT64_FORMAT
                    " bytes",
                    length, grown);

  if (grown > bound)
    g_error ("peak memory grew by %" G_GUINT64_FORMAT " bytes for %" G_GSIZE_FORMAT
             " bytes of input; the bound is %" G_GUINT64_FORMAT,
             grown, length, bound);
}

static void
run_input (const char *name,
           Loader      loader,
           const char *data,
           gsize       length,
           Expect      expect,
           int         code,
           guint       memory_factor)
{
  g_autofree char *filename
      = g_strdup_printf ("%s%s", name, loader == LOADER_JSON ? LADDER_FILE_SUFFIX : ".md");
  long before = peak_memory_kib ();

  g_strdelimit (filename, "/", '-');

  if (loader == LOADER_JSON)
    check_json (filename, data, length, expect, code);
  else
    check_markdown (filename, data, length, expect, code);

  check_memory_since (before, length, memory_factor);
}

/* Runs the test in a child process, which must pass within the time
 * limit; returns TRUE in the child, which is to do the work. */
static gboolean
in_child_pending (const char *pending)
{
  if (g_test_subprocess ())
    return TRUE;

  if (pending == NULL)
    {
      g_test_trap_subprocess (NULL, (guint64) CASE_TIMEOUT_SECONDS * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return FALSE;
    }

  g_test_trap_subprocess (NULL, (guint64) PENDING_TIMEOUT_SECONDS * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_DEFAULT);
  if (g_test_trap_has_passed ())
    g_test_message ("passes now; the known bug is fixed: %s", pending);
  else
    g_test_incomplete (pending);
  return FALSE;
}

static gboolean
in_child (void)
{
  return in_child_pending (NULL);
}

static void
test_case (gconstpointer data)
{
  const HostileCase *hostile = data;
  g_autoptr (GBytes) bytes = NULL;

  /* Small inputs written out in the table need no process of their own. */
  if ((hostile->make != NULL || hostile->pending != NULL) && !in_child_pending (hostile->pending))
    return;

  bytes = hostile->make != NULL ? hostile->make ()
                                : g_bytes_new_static (hostile->text, strlen (hostile->text));
  run_input (hostile->name, hostile->loader, g_bytes_get_data (bytes, NULL),
             g_bytes_get_size (bytes), hostile->expect, hostile->code, hostile->memory_factor);
}

static void
test_nul_case (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);

  run_input (nul_cases[i].name, nul_cases[i].loader, nul_cases[i].data, nul_cases[i].length,
             REFUSED_AT, LADDER_ERROR_SYNTAX, 0);
}

/* ------------------------------------------------------------------ */
/* Truncated files                                                      */

/* Whether a cut at @offset falls inside a UTF-8 sequence. */
static gboolean
cuts_character (const char *data, gsize offset)
{
  return offset > 0 && ((guchar) data[offset] & 0xc0) == 0x80;
}

static void
test_truncated_json (void)
{
  g_autoptr (GBytes) bytes = example_json ();
  gsize       length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (!in_child ())
    return;

  for (gsize offset = 0; offset <= length; offset++)
    {
      g_autoptr (LadderFamily) family = NULL;
      g_autoptr (GError) error = NULL;

      family = ladder_json_read (data, offset, "cut.jobfamily.json", &error);

      if (offset == 0)
        {
          check_refusal (error, "cut.jobfamily.json", REFUSED_NOWHERE, LADDER_ERROR_NOT_A_FAMILY);
        }
      else if (family == NULL)
        {
          check_refusal (error, "cut.jobfamily.json", REFUSED_AT,
                         cuts_character (data, offset) ? LADDER_ERROR_SYNTAX : ANY_CODE);
        }
      else
        {
          g_autoptr (GBytes) written = ladder_json_write (family);

          /* Only the final newline can go: the file is Ladder's own. */
          g_assert_cmpuint (offset, >=, length - 1);
          g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written), data,
                           length);
        }
    }
}

/* Cuts of the page: at every byte near its start and end and around
 * every line end, at every fifth byte elsewhere. Each imports (or, inside
 * a character, is refused at its place) and exports back as it was. */
static gboolean
worth_cutting (const char *data, gsize length, gsize offset)
{
  return offset < 1024 || offset + 512 > length || offset % 5 == 0 || data[offset - 1] == '\n'
         || data[offset] == '\n' || data[offset + 1] == '\n';
}

static void
test_truncated_markdown (void)
{
  g_autoptr (GBytes) bytes = example_page ();
  gsize       length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (!in_child ())
    return;

  for (gsize offset = 0; offset <= length; offset++)
    {
      g_autoptr (LadderFamily) family = NULL;
      g_autoptr (GString) page = NULL;
      g_autoptr (GError) error = NULL;

      if (!worth_cutting (data, length, offset))
        continue;

      family = ladder_markdown_import (data, offset, "cut.md", &error);

      if (cuts_character (data, offset))
        {
          check_refusal (error, "cut.md", REFUSED_AT, LADDER_ERROR_SYNTAX);
          continue;
        }

      g_assert_no_error (error);
      check_grades (family);
      page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
      g_assert_cmpmem (page->str, page->len, data, offset);

      /* Its own Ladder file too, for some. */
      if (offset % 61 == 0 || offset == length)
        check_own_file (family, page->str, page->len);
    }
}

/* A page cut line by line from the end, and lines taken out of its
 * middle: what remains must still come back exactly. */
static void
test_lines_removed_markdown (void)
{
  g_autoptr (GBytes) bytes = example_page ();
  gsize       length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_auto (GStrv) lines = NULL;
  guint n_lines;

  if (!in_child ())
    return;

  lines = g_strsplit (data, "\n", -1);
  n_lines = g_strv_length (lines);

  for (guint skip = 0; skip < n_lines; skip++)
    {
      g_autoptr (GString) page = g_string_new (NULL);

      for (guint i = 0; i < n_lines; i++)
        {
          if (i == skip)
            continue;
          g_string_append (page, lines[i]);
          if (i + 1 < n_lines)
            g_string_append_c (page, '\n');
        }

      check_markdown ("lines.md", page->str, page->len, READ, 0);
    }
}

/* ------------------------------------------------------------------ */
/* Garbage                                                              */

static GBytes *
random_bytes (GRand *rand, gsize length, const char *alphabet)
{
  guint8 *data = g_malloc (length + 1);
  gsize   alphabet_length = alphabet != NULL ? strlen (alphabet) : 0;

  for (gsize i = 0; i < length; i++)
    {
      if (alphabet != NULL)
        data[i] = (guint8) alphabet[g_rand_int_range (rand, 0, (gint32) alphabet_length)];
      else
        data[i] = (guint8) g_rand_int_range (rand, 0, 256);
    }

  return g_bytes_new_take (data, length);
}

#define MARKDOWN_ALPHABET "#-*+_>[]()!`~|<>{}%:.0123456789 \t\n\nabcGradeJobRsponiblt"
#define JSON_ALPHABET "{}[]:,\"\\0123456789.eE+-truefalsnl \n"

static void
test_garbage (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260601);
  long before;

  if (!in_child ())
    return;

  before = peak_memory_kib ();

  for (guint i = 0; i < 600; i++)
    {
      /* Sizes from 1 byte to 64 KiB, most of them small. */
      gsize       length = 1 + (gsize) g_rand_int_range (rand, 0, i % 10 == 0 ? 65536 : 1024);
      const char *alphabet = i % 3 == 0 ? NULL : i % 3 == 1 ? MARKDOWN_ALPHABET : JSON_ALPHABET;
      g_autoptr (GBytes) bytes = random_bytes (rand, length, alphabet);
      const char *data = g_bytes_get_data (bytes, NULL);

      check_json ("garbage.jobfamily.json", data, length, EITHER, ANY_CODE);
      check_markdown ("garbage.md", data, length, EITHER, ANY_CODE);
    }

  check_memory_since (before, 65536, 0);
}

/* Garbage after a real beginning, and a real file with bytes changed. */
static void
test_damaged (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  g_autoptr (GBytes) json = example_json ();
  g_autoptr (GBytes) page = example_page ();

  if (!in_child ())
    return;

  for (guint i = 0; i < 400; i++)
    {
      GBytes          *original = i % 2 == 0 ? json : page;
      gsize            length;
      const char      *data = g_bytes_get_data (original, &length);
      g_autofree char *copy = g_memdup2 (data, length);
      guint            n_changes = 1 + (guint) g_rand_int_range (rand, 0, 8);

      for (guint c = 0; c < n_changes; c++)
        {
          gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) length);

          copy[at] = i % 4 < 2 ? (char) g_rand_int_range (rand, 1, 128)
                               : "{}[]\",:\\\n#-*>` \t"[g_rand_int_range (rand, 0, 17)];
        }

      check_json ("damaged.jobfamily.json", copy, length, EITHER, ANY_CODE);
      check_markdown ("damaged.md", copy, length, EITHER, ANY_CODE);
    }
}

/* ------------------------------------------------------------------ */
/* The bounds of the format                                             */

/* A bound is refused at the line and column where the first element
 * beyond it starts: one element a line here. */
static void
check_bound_position (const char *before,
                      const char *element,
                      guint       count,
                      const char *after,
                      const char *expected)
{
  g_autoptr (GString) text = g_string_new (before);
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < count; i++)
    {
      g_string_append (text, i > 0 ? ",\n" : "\n");
      g_string_append (text, element);
    }
  g_string_append (text, after);

  family = ladder_json_read (text->str, text->len, "bound.jobfamily.json", &error);
  g_assert_null (family);
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("expected “%s…”, got: %s", expected, error->message);
}

static void
test_json_bound_positions (void)
{
  g_autofree char *roles
      = g_strdup_printf ("bound.jobfamily.json:%u:1: error: too many roles", LADDER_MAX_ROLES + 2);
  g_autofree char *bullets
      = g_strdup_printf ("bound.jobfamily.json:%u:1: error: too many bullets in one list",
                         LADDER_MAX_BULLETS_PER_LIST + 2);
  g_autofree char *entries
      = g_strdup_printf ("bound.jobfamily.json:%u:1: error: too many front matter entries",
                         LADDER_MAX_FRONT_MATTER + 2);

  check_bound_position (FAMILY_START ",\"roles\":[", "{\"title\":\"R\"}", LADDER_MAX_ROLES + 1,
                        "]}\n", roles);
  check_bound_position (ROLE_START "\"responsibilities\":[", "\"b\"",
                        LADDER_MAX_BULLETS_PER_LIST + 1, "]}]}\n", bullets);
  check_bound_position (FAMILY_START ",\"front_matter\":[", "{\"yaml\":\"# c\"}",
                        LADDER_MAX_FRONT_MATTER + 1, "]}\n", entries);
}

/* ------------------------------------------------------------------ */
/* Writing: nothing Ladder would not read back                          */

/* Whether @path holds exactly @contents, and no temporary file is left
 * beside it. */
static void
check_file_holds (const char *path, const char *contents)
{
  g_autofree char *read = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  guint n_files = 0;

  g_assert_true (g_file_get_contents (path, &read, NULL, NULL));
  g_assert_cmpstr (read, ==, contents);

  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

static void
test_write_above_limit (void)
{
  g_autofree char *path = temporary_path ("written.md");
  g_autoptr (GBytes) above
      = g_bytes_new_take (g_malloc0 (LADDER_MAX_FILE_SIZE + 1), LADDER_MAX_FILE_SIZE + 1);
  g_autoptr (GBytes) at = g_bytes_new_take (g_malloc0 (LADDER_MAX_FILE_SIZE), LADDER_MAX_FILE_SIZE);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old\n", -1, NULL));

  /* Refused before a byte is written: the old file stays, whole. */
  g_assert_false (ladder_file_write_atomic (path, above, FALSE, &error));
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "nothing was written"));
  check_file_holds (path, "old\n");

  /* At the limit, written: Ladder reads it back. */
  g_clear_error (&error);
  g_assert_true (ladder_file_write_atomic (path, at, FALSE, NULL));
  g_clear_pointer (&above, g_bytes_unref);
  above = ladder_file_read_bounded (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (above), ==, LADDER_MAX_FILE_SIZE);
  remove_temporary (path);
}

static void
on_document_done (GObject *object, GAsyncResult *result, gpointer user_data)
{
  GError **error = user_data;
  gboolean done;

  if (g_task_get_source_tag (G_TASK (result)) == ladder_document_save_async)
    done = ladder_document_save_finish (LADDER_DOCUMENT (object), result, error);
  else
    done = ladder_document_load_finish (LADDER_DOCUMENT (object), result, error);

  /* Done without an error is reported as G_IO_ERROR_EXISTS. */
  if (done)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static GError *
wait_for (GError **error)
{
  while (*error == NULL)
    g_main_context_iteration (NULL, TRUE);
  return g_steal_pointer (error);
}

/* Opens a small family file, lets @grow make the family larger than
 * Ladder reads, saves it over the file and returns the error. */
static GError *
save_grown (const char *path, void (*grow) (LadderFamily *family))
{
  g_autoptr (LadderDocument) document = ladder_document_new ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) loaded = NULL;
  GError *error = NULL;

  g_assert_true (g_file_set_contents (path, FAMILY_START "}\n", -1, NULL));
  ladder_document_load_async (document, file, NULL, on_document_done, &error);
  loaded = wait_for (&error);
  g_assert_error (loaded, G_IO_ERROR, G_IO_ERROR_EXISTS);

  grow (ladder_document_get_family (document));
  ladder_document_save_async (document, file, NULL, on_document_done, &error);
  return wait_for (&error);
}

static void
grow_intro (LadderFamily *family)
{
  g_autofree char *intro = g_malloc (LADDER_MAX_FILE_SIZE + 2);

  memset (intro, 'a', LADDER_MAX_FILE_SIZE + 1);
  intro[LADDER_MAX_FILE_SIZE + 1] = '\0';
  ladder_family_set_intro (family, intro);
}

static void
grow_roles (LadderFamily *family)
{
  for (guint i = 0; i <= LADDER_MAX_ROLES; i++)
    {
      g_autoptr (LadderRole) role = ladder_role_new ("Role");

      ladder_family_append_role (family, role);
    }
}

static void
test_save_above_limit (void)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (!in_child ())
    return;

  path = temporary_path ("saved.jobfamily.json");
  error = save_grown (path, grow_intro);
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE);
  check_file_holds (path, FAMILY_START "}\n");
  remove_temporary (path);
}

static void
test_save_beyond_bounds (void)
{
  g_autofree char *path = temporary_path ("saved.jobfamily.json");
  g_autoptr (GError) error = NULL;

  error = save_grown (path, grow_roles);
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "too many roles"));
  check_file_holds (path, FAMILY_START "}\n");
  remove_temporary (path);
}

/* ------------------------------------------------------------------ */
/* The bounded file reader                                              */

static void
test_file_above_limit (void)
{
  long before;

  if (!in_child ())
    return;

  before = peak_memory_kib ();
  run_sparse ((goffset) LADDER_MAX_FILE_SIZE + 1, REFUSED_NOWHERE, LADDER_ERROR_TOO_LARGE);
  run_sparse ((goffset) 64 * 1024 * 1024 * 1024, REFUSED_NOWHERE, LADDER_ERROR_TOO_LARGE);

  /* Refused from its size, before reading: not even the limit's worth of
   * it is held in memory. */
  check_memory_since (before, 0, 0);
  g_assert_cmpint ((peak_memory_kib () - before) * 1024, <, LADDER_MAX_FILE_SIZE / 2);
}

static void
test_file_at_limit (void)
{
  long before;

  if (!in_child ())
    return;

  before = peak_memory_kib ();
  run_sparse (LADDER_MAX_FILE_SIZE, READ, 0);
  check_memory_since (before, LADDER_MAX_FILE_SIZE, 0);
}

/* A file with no end: read up to the limit and refused. */
static void
test_file_endless (void)
{
  long before;

  if (!in_child ())
    return;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      ladder_test_skip_case ("no /dev/zero");
      return;
    }

  before = peak_memory_kib ();
  check_file ("/dev/zero", REFUSED_NOWHERE, LADDER_ERROR_TOO_LARGE);
  check_memory_since (before, LADDER_MAX_FILE_SIZE, 0);
}

static void
test_file_missing (void)
{
  g_autofree char *path = temporary_path ("missing.jobfamily.json");

  check_file (path, REFUSED_NOWHERE, ANY_CODE);
  remove_temporary (path);
}

static void
test_file_directory (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ladder-hostile-XXXXXX", &error);

  g_assert_no_error (error);
  check_file (dir, REFUSED_NOWHERE, ANY_CODE);
  g_rmdir (dir);
}

static void
test_file_empty (void)
{
  g_autofree char *path = temporary_path ("empty.md");

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  check_file (path, READ, 0);
  remove_temporary (path);
}

static void
test_file_example (void)
{
  g_autofree char *path = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);

  check_file (path, READ, 0);
}

/* ------------------------------------------------------------------ */
/* What the fuzzers found                                               */

/* Each file in tests/fuzz/regressions/ goes through every check: as a
 * Ladder file, as a page, and through a page's round trip. */
static void
test_regression (gconstpointer data)
{
  const char      *path = data;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr (GBytes) bytes = NULL;
  gsize length;

  if (!in_child ())
    return;

  bytes = read_test_file (path);
  length = g_bytes_get_size (bytes);
  run_input (base, LOADER_JSON, g_bytes_get_data (bytes, NULL), length, EITHER, ANY_CODE, 0);
  run_input (base, LOADER_MARKDOWN, g_bytes_get_data (bytes, NULL), length, EITHER, ANY_CODE, 0);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Adds a test for each file; @paths keeps their paths until the tests
 * have run (GLib frees test data only of the tests it runs). */
static void
add_regressions (GPtrArray *paths)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_equal (name, "README.md"))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char      *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/hostile/regression/%s", file);
      char            *path = g_build_filename (dir_path, file, NULL);

      g_ptr_array_add (paths, path);
      g_test_add_data_func (test_path, path, test_regression);
    }
}

int
main (int argc, char *argv[])
{
  GPtrArray *regressions = g_ptr_array_new_with_free_func (g_free);
  int        status;

  g_test_init (&argc, &argv, NULL);

  /* A case that fails in its process does not stop the others. */
  if (!g_test_subprocess ())
    g_test_set_nonfatal_assertions ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  for (guint i = 0; i < G_N_ELEMENTS (nul_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/%s", nul_cases[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_nul_case);
    }

  g_test_add_func ("/hostile/json/truncated", test_truncated_json);
  g_test_add_func ("/hostile/md/truncated", test_truncated_markdown);
  g_test_add_func ("/hostile/md/lines-removed", test_lines_removed_markdown);
  g_test_add_func ("/hostile/garbage/random", test_garbage);
  g_test_add_func ("/hostile/garbage/damaged", test_damaged);
  g_test_add_func ("/hostile/json/bound-positions", test_json_bound_positions);
  g_test_add_func ("/hostile/file/write-above-limit", test_write_above_limit);
  g_test_add_func ("/hostile/file/save-above-limit", test_save_above_limit);
  g_test_add_func ("/hostile/file/save-beyond-bounds", test_save_beyond_bounds);
  g_test_add_func ("/hostile/file/above-limit", test_file_above_limit);
  g_test_add_func ("/hostile/file/at-limit", test_file_at_limit);
  g_test_add_func ("/hostile/file/endless", test_file_endless);
  g_test_add_func ("/hostile/file/missing", test_file_missing);
  g_test_add_func ("/hostile/file/directory", test_file_directory);
  g_test_add_func ("/hostile/file/empty", test_file_empty);
  g_test_add_func ("/hostile/file/example", test_file_example);
  add_regressions (regressions);
  status = g_test_run ();

  g_ptr_array_unref (regressions);
  return status;
}
