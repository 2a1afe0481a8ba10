/* test-json.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-json.h"
#include "ladder-json-private.h"
#include "ladder-bullet-private.h"
#include "ladder-markdown-export.h"

static LadderFamily *
read_string (const char *text, GError **error)
{
  return ladder_json_read (text, strlen (text), "family.jobfamily.json", error);
}

static char *
write_string (LadderFamily *family)
{
  g_autoptr (GBytes) bytes = ladder_json_write (family);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static LadderFamily *
build_family (void)
{
  LadderFamily *family = ladder_family_new ();
  g_autoptr (LadderRole) role = ladder_role_new ("Staff \"Quoted\" Engineer: Ünïcode");
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("Line one\n  - nested\ncontinued");
  g_autoptr (LadderSection) section
      = ladder_section_new (LADDER_SECTION_CAREER_LADDER, "Career Ladder", 2);

  ladder_family_set_title (family, "Engineering: \"Widgets\"");
  ladder_family_set_summary (family, "");
  ladder_family_set_intro (family, "Intro with *emphasis*.");
  ladder_role_set_reports_to (role, "Director");
  ladder_role_set_reports_to_link (role, "#director");
  ladder_role_set_job_grade (role, 8);
  ladder_role_set_extends (role, "Senior Engineer");
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, bullet);
  ladder_family_append_role (family, role);
  ladder_section_set_body (section, "Next: [Principal](/p/).");
  ladder_family_append_section (family, section);

  return family;
}

static void
test_round_trip (void)
{
  g_autoptr (LadderFamily) family = build_family ();
  g_autoptr (LadderFamily) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first = write_string (family);
  g_autofree char *second = NULL;
  g_autoptr (LadderRole) role = NULL;
  g_autoptr (LadderBullet) bullet = NULL;

  g_assert_true (
      g_str_has_prefix (first, "{\n  \"format\" : \"ladder-job-family\",\n  \"version\" : 1,\n"));
  g_assert_true (g_str_has_suffix (first, "}\n"));

  loaded = read_string (first, &error);
  g_assert_no_error (error);

  second = write_string (loaded);
  g_assert_cmpstr (first, ==, second);

  g_assert_cmpstr (ladder_family_get_title (loaded), ==, "Engineering: \"Widgets\"");
  g_assert_cmpstr (ladder_family_get_intro (loaded), ==, "Intro with *emphasis*.");
  role = g_list_model_get_item (ladder_family_get_roles (loaded), 0);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Staff \"Quoted\" Engineer: Ünïcode");
  g_assert_cmpstr (ladder_role_get_reports_to_link (role), ==, "#director");
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 8);
  g_assert_cmpstr (ladder_role_get_extends (role), ==, "Senior Engineer");
  bullet = g_list_model_get_item (ladder_role_get_responsibilities (role), 0);
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, "Line one\n  - nested\ncontinued");

  /* Both families export the same page. */
  {
    g_autoptr (GString) a = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
    g_autoptr (GString) b = ladder_markdown_export (loaded, LADDER_EXPORT_DEFAULT);

    g_assert_cmpstr (a->str, ==, b->str);
  }

  g_clear_object (&role);
  g_clear_object (&bullet);
  g_assert_finalize_object (g_steal_pointer (&loaded));
  g_assert_finalize_object (g_steal_pointer (&family));
}

static void
test_unknown_members_kept (void)
{
  const char *text = "{\n"
                     "  \"format\" : \"ladder-job-family\",\n"
                     "  \"version\" : 1,\n"
                     "  \"front_matter\" : [ { \"key\" : \"title\", \"value\" : \"T\" } ],\n"
                     "  \"intro\" : \"\",\n"
                     "  \"sections\" : [ { \"kind\" : \"roles\", \"heading\" : \"\", \"level\" : "
                     "0, \"body\" : \"\", \"color\" : \"blue\" } ],\n"
                     "  \"roles\" : [ { \"title\" : \"R\", \"responsibilities\" : [ { \"text\" : "
                     "\"b\", \"owner\" : \"ana\" } ],\n"
                     "                \"requirements\" : [], \"approved\" : true } ],\n"
                     "  \"future\" : { \"nested\" : [ 1, 2 ] }\n"
                     "}\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = read_string (text, &error);
  g_autofree char *written = NULL;
  g_autoptr (LadderFamily) again = NULL;
  g_autofree char *written_again = NULL;

  g_assert_no_error (error);
  written = write_string (family);

  g_assert_nonnull (strstr (written, "\"color\" : \"blue\""));
  g_assert_nonnull (strstr (written, "\"owner\" : \"ana\""));
  g_assert_nonnull (strstr (written, "\"approved\" : true"));
  g_assert_nonnull (strstr (written, "\"future\" : {"));

  /* Written back once, the file is stable. */
  again = read_string (written, &error);
  g_assert_no_error (error);
  written_again = write_string (again);
  g_assert_cmpstr (written, ==, written_again);
}

/* The handbook checks read a copy of the family in their own thread while
 * the original is edited: the copy writes the same file, and shares no
 * JSON value with the original (json-glib counts references without
 * atomics), nor anything an edit of the original changes. */
static void
test_copy_is_whole_and_apart (void)
{
  const char *text = "{\n"
                     "  \"format\" : \"ladder-job-family\",\n"
                     "  \"version\" : 1,\n"
                     "  \"front_matter\" : [ { \"key\" : \"title\", \"value\" : \"T\" }, { "
                     "\"yaml\" : \"# note\" } ],\n"
                     "  \"intro\" : \"Intro\",\n"
                     "  \"sections\" : [ { \"kind\" : \"roles\", \"heading\" : \"\", \"level\" : "
                     "0, \"body\" : \"\", \"color\" : \"blue\" } ],\n"
                     "  \"roles\" : [ { \"title\" : \"R\", \"job_grade\" : 7,\n"
                     "                \"responsibilities\" : [ { \"text\" : \"b\", \"owner\" : { "
                     "\"name\" : [ \"ana\", 1.5, null, false ] } } ],\n"
                     "                \"requirements\" : [ \"c\" ], \"approved\" : true,\n"
                     "                \"layout\" : { \"level\" : 2 } } ],\n"
                     "  \"layout\" : { \"final_gap\" : \"\\n\\n\", \"final_newline\" : false },\n"
                     "  \"future\" : { \"nested\" : [ 1, 2 ] }\n"
                     "}\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = read_string (text, &error);
  g_autoptr (LadderFamily) copy = NULL;
  g_autoptr (LadderRole) role = NULL;
  g_autoptr (LadderRole) role_copy = NULL;
  g_autoptr (LadderBullet) bullet = NULL;
  g_autoptr (LadderBullet) bullet_copy = NULL;
  g_autoptr (GString) page = NULL;
  g_autoptr (GString) page_of_copy = NULL;
  g_autofree char *written = NULL;
  g_autofree char *written_copy = NULL;
  g_autofree char *written_copy_after = NULL;

  g_assert_no_error (error);
  copy = ladder_family_copy (family);
  written = write_string (family);
  written_copy = write_string (copy);
  g_assert_cmpstr (written_copy, ==, written);
  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  page_of_copy = ladder_markdown_export (copy, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (page_of_copy->str, ==, page->str);

  /* Members a newer Ladder wrote: equal, but not the same objects. */
  role = g_list_model_get_item (ladder_family_get_roles (family), 0);
  role_copy = g_list_model_get_item (ladder_family_get_roles (copy), 0);
  g_assert_true (role != role_copy);
  g_assert_nonnull (g_object_get_data (G_OBJECT (family), LADDER_JSON_UNKNOWN_MEMBERS));
  g_assert_true (g_object_get_data (G_OBJECT (family), LADDER_JSON_UNKNOWN_MEMBERS)
                 != g_object_get_data (G_OBJECT (copy), LADDER_JSON_UNKNOWN_MEMBERS));
  g_assert_true (g_object_get_data (G_OBJECT (role), LADDER_JSON_UNKNOWN_MEMBERS)
                 != g_object_get_data (G_OBJECT (role_copy), LADDER_JSON_UNKNOWN_MEMBERS));
  bullet = g_list_model_get_item (ladder_role_get_responsibilities (role), 0);
  bullet_copy = g_list_model_get_item (ladder_role_get_responsibilities (role_copy), 0);
  g_assert_true (ladder_bullet_record_peek_unknown (ladder_bullet_get_record (bullet))
                 != ladder_bullet_record_peek_unknown (ladder_bullet_get_record (bullet_copy)));
  g_assert_true (json_node_equal (
      json_object_get_member (ladder_bullet_record_peek_unknown (ladder_bullet_get_record (bullet)),
                              "owner"),
      json_object_get_member (
          ladder_bullet_record_peek_unknown (ladder_bullet_get_record (bullet_copy)), "owner")));

  /* Edits of the original leave the copy as it was. */
  ladder_bullet_set_text (bullet, "edited");
  ladder_role_set_title (role, "Renamed");
  ladder_family_set_title (family, "New title");
  ladder_family_set_intro (family, "New intro");
  ladder_family_remove_role (family, 0);
  written_copy_after = write_string (copy);
  g_assert_cmpstr (written_copy_after, ==, written);
  g_assert_cmpstr (ladder_bullet_get_text (bullet_copy), ==, "b");
}

/* Most bullets are written as the exporter writes them: their records keep
 * no origin (40 bytes each, 60,000 bullets in a large family), nor anything
 * else the record keeps apart (LadderBulletExtras); a bullet
 * whose page wrote it otherwise keeps its own, and is written back so. */
static void
test_origin_only_where_needed (void)
{
  const char *text
      = "{ \"format\" : \"ladder-job-family\", \"version\" : 1,\n"
        "  \"sections\" : [ { \"kind\" : \"roles\", \"heading\" : \"\", \"level\" : 0, \"body\" : "
        "\"\" } ],\n"
        "  \"roles\" : [ { \"title\" : \"R\",\n"
        "    \"responsibilities\" : [ \"plain\", { \"text\" : \"gapped\", \"gap\" : \"\\n\\n\" },\n"
        "                             { \"text\" : \"owned\", \"owner\" : \"ana\" } ],\n"
        "    \"requirements\" : [] } ] }\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = read_string (text, &error);
  g_autoptr (LadderFamily) copy = NULL;
  g_autoptr (LadderRole) role = NULL;
  g_autoptr (LadderRole) role_copy = NULL;
  g_autofree char *written = NULL;
  g_autofree char *written_copy = NULL;

  g_assert_no_error (error);
  role = g_list_model_get_item (ladder_family_get_roles (family), 0);
  g_assert_false (ladder_bullet_record_has_origin (
      ladder_role_get_bullet_record (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0)));
  g_assert_true (ladder_bullet_record_has_origin (
      ladder_role_get_bullet_record (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1)));
  g_assert_false (ladder_bullet_record_has_origin (
      ladder_role_get_bullet_record (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2)));
  g_assert_null (
      ladder_role_get_bullet_record (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0)->extras);
  g_assert_nonnull (
      ladder_role_get_bullet_record (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2)->extras);

  copy = ladder_family_copy (family);
  role_copy = g_list_model_get_item (ladder_family_get_roles (copy), 0);
  g_assert_false (ladder_bullet_record_has_origin (
      ladder_role_get_bullet_record (role_copy, LADDER_BULLET_LIST_RESPONSIBILITIES, 0)));
  g_assert_null (
      ladder_role_get_bullet_record (role_copy, LADDER_BULLET_LIST_RESPONSIBILITIES, 0)->extras);
  g_assert_true (ladder_bullet_record_peek_origin (ladder_role_get_bullet_record (
                     role_copy, LADDER_BULLET_LIST_RESPONSIBILITIES, 1))
                 != ladder_bullet_record_peek_origin (
                     ladder_role_get_bullet_record (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1)));

  written = write_string (family);
  written_copy = write_string (copy);
  g_assert_nonnull (strstr (written, "\"text\" : \"gapped\",\n"));
  g_assert_nonnull (strstr (written, "\"gap\" : \"\\n\\n\""));
  g_assert_nonnull (strstr (written, "\"plain\","));
  g_assert_cmpstr (written_copy, ==, written);
}

static void
test_errors (void)
{
  static const struct
  {
    const char *text;
    LadderError code;
    const char *message;
  } cases[] = {
    { "", LADDER_ERROR_NOT_A_FAMILY, "family.jobfamily.json: error: the file is empty" },
    { "{\n  \"format\" : \"ladder-job-family\",\n  \"version\" : 1,\n  \"roles\" : [ }\n",
      LADDER_ERROR_SYNTAX, "family.jobfamily.json:4:" },
    { "[1, 2]", LADDER_ERROR_NOT_A_FAMILY,
      "family.jobfamily.json:1:1: error: not a job family file" },
    { "{ \"format\" : \"other\", \"version\" : 1 }", LADDER_ERROR_NOT_A_FAMILY,
      "family.jobfamily.json:1:" },
    { "{ \"format\" : \"ladder-job-family\" }", LADDER_ERROR_INVALID,
      "expected an integer “version”" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : \"1\" }", LADDER_ERROR_INVALID,
      "expected an integer “version”" },
    { "{ \"format\" : \"ladder-job-family\",\n  \"version\" : 2 }", LADDER_ERROR_NEWER_VERSION,
      "family.jobfamily.json:2:" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1,\n  \"roles\" : [\n    { \"title\" : "
      "5 } ] }",
      LADDER_ERROR_INVALID,
      "family.jobfamily.json:3:17: error: expected a string for “title”, found a number" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [ { \"title\" : \"a\", "
      "\"job_grade\" : 150 } ] }",
      LADDER_ERROR_INVALID, "“job_grade” must be between 0 and 99, not 150" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [ { \"title\" : \"a\", "
      "\"job_grade\" : 9999999999999 } ] }",
      LADDER_ERROR_INVALID, "“job_grade” must be between 0 and 99" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [ { } ] }",
      LADDER_ERROR_INVALID, "a role needs its “title”" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : {} }",
      LADDER_ERROR_INVALID, "expected an array for “roles”, found an object" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"sections\" : [ { \"kind\" : "
      "\"weird\" } ] }",
      LADDER_ERROR_INVALID, "unknown section kind “weird”" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"layout\" : { \"final_gap\" : \"# "
      "injected\\n\" } }",
      LADDER_ERROR_INVALID, "“final_gap” may only hold blank lines" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [ { \"title\" : \"a\", "
      "\"layout\" : { \"slots\" : [ { \"slot\" : \"grade\", \"source\" : \"ab\", \"for\" : "
      "\"0123456789abcdef\", \"span\" : [ 1, 5 ], \"value_for\" : \"0123456789abcdef\" } ] } } ] }",
      LADDER_ERROR_INVALID, "“span” lies outside “source”" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [ { \"title\" : \"a\", "
      "\"layout\" : { \"slots\" : [ { \"slot\" : \"responsibilities\", \"marker\" : \"#\" } ] } } "
      "] }",
      LADDER_ERROR_INVALID, "“#” is not a list marker" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"front_matter\" : [ { \"key\" : "
      "\"a\", \"yaml\" : \" x\\n---\\ninjected: 1\" } ] }",
      LADDER_ERROR_INVALID,
      "front matter “a”: a line starting with “---” would end the front matter" },
    { "{ \"format\" : \"ladder-job-family\",\n  \"version\" : 1,\n  \"version\" : 1 }",
      LADDER_ERROR_SYNTAX, "family.jobfamily.json:3:" },
    /* The roles are read one at a time only from a file whose names are
     * each given once. */
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1,\n  \"roles\" : [ { \"title\" : \"a\" "
      "} ],\n"
      "  \"roles\" : [ { \"title\" : \"b\" } ] }",
      LADDER_ERROR_SYNTAX, "family.jobfamily.json:3:" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [\n { \"title\" : \"a\" "
      "},\n"
      "  { \"title\" : \"b\", \"title\" : \"c\" } ] }",
      LADDER_ERROR_SYNTAX, "family.jobfamily.json:3:" },
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"intro\" : \"\xc3\x28\" }",
      LADDER_ERROR_SYNTAX, "family.jobfamily.json:1:61: error: the file is not valid UTF-8" },
    /* The strings are checked a word at a time: bad bytes past the first
     * words, and a surrogate, which only a closer look tells. */
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"intro\" : "
      "\"0123456789abcdef\xed\xa0\x80\" }",
      LADDER_ERROR_SYNTAX, "family.jobfamily.json:1:77: error: the file is not valid UTF-8" },
    /* Not UTF-8 is said first, wherever it is: outside a string, or after
     * a syntax error. */
    { "{ \"format\" : \"ladder-job-family\", \"version\" : 1 \xff }", LADDER_ERROR_SYNTAX,
      "family.jobfamily.json:1:49: error: the file is not valid UTF-8" },
    { "{ \"format\" : , \"intro\" : \"caf\xc3\xa9 \xc3\" }", LADDER_ERROR_SYNTAX,
      "family.jobfamily.json:1:33: error: the file is not valid UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFamily) family = read_string (cases[i].text, &error);

      /* Some cases are not valid UTF-8: the case number says which. */
      g_test_message ("case %u", i);
      g_assert_null (family);
      g_assert_error (error, LADDER_ERROR, (int) cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
    }
}

/* json-glib is handed each role on its own (ladder-json-reader.c): the
 * first pass says where each is, whatever the space around them and
 * whatever brackets their strings hold. */
static void
test_roles_read_one_at_a_time (void)
{
  const char              *text = "{ \"format\" : \"ladder-job-family\", \"version\" : 1,\r\n"
                                  "  \"roles\" :\t[\r\n"
                                  "    { \"title\" : \"A ] }\", \"responsibilities\" : [ \"x\", \"[y]\" ] } ,\n"
                                  "    {\"title\":\"B\",\"reports_to\":\"A ] }\",\"kept\":{\"by\":[1,{}]}}\t\n"
                                  "  ],\n"
                                  "  \"intro\" : \"after the roles\" }\n";
  static const char *const roles[] = {
    "{ \"title\" : \"A ] }\", \"responsibilities\" : [ \"x\", \"[y]\" ] }",
    "{\"title\":\"B\",\"reports_to\":\"A ] }\",\"kept\":{\"by\":[1,{}]}}",
  };
  g_auto (LadderJsonOutline) outline = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (LadderRole) first = NULL;
  g_autoptr (LadderRole) second = NULL;
  g_autoptr (LadderBullet) bullet = NULL;
  g_autofree char *written = NULL;
  LadderJsonNames  names;
  gsize            n_members;

  g_assert_true (ladder_json_check_syntax (text, strlen (text), "f.json", &n_members, &names,
                                           &outline, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (names, ==, LADDER_JSON_NAMES_UNIQUE);
  g_assert_cmpuint (outline.n_roles_arrays, ==, 1);
  g_assert_cmpint (text[outline.roles_array.start], ==, '[');
  g_assert_cmpint (text[outline.roles_array.end - 1], ==, ']');
  g_assert_cmpint (text[outline.roles_array.end], ==, ',');
  g_assert_cmpuint (outline.roles->len, ==, G_N_ELEMENTS (roles));
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      const LadderJsonSpan *span = &g_array_index (outline.roles, LadderJsonSpan, i);
      g_autofree char      *role = g_strndup (text + span->start, span->end - span->start);

      g_assert_cmpstr (role, ==, roles[i]);
    }

  family = read_string (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 2);
  first = g_list_model_get_item (ladder_family_get_roles (family), 0);
  second = g_list_model_get_item (ladder_family_get_roles (family), 1);
  g_assert_cmpstr (ladder_role_get_title (first), ==, "A ] }");
  bullet = g_list_model_get_item (ladder_role_get_responsibilities (first), 1);
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, "[y]");
  g_assert_cmpstr (ladder_role_get_reports_to (second), ==, "A ] }");
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "after the roles");
  written = write_string (family);
  g_assert_nonnull (strstr (written, "\"kept\" : {\n"));

  /* Empty, or no roles at all: nothing to hand over one at a time. */
  ladder_json_outline_clear (&outline);
  text = "{ \"roles\" : [ ] }";
  g_assert_true (
      ladder_json_check_syntax (text, strlen (text), "f.json", NULL, NULL, &outline, NULL, NULL));
  g_assert_cmpuint (outline.n_roles_arrays, ==, 1);
  g_assert_cmpuint (outline.roles->len, ==, 0);
  g_assert_cmpuint (outline.roles_array.end, ==, 15);
  ladder_json_outline_clear (&outline);
  text = "[ { \"roles\" : [ {} ] } ]";
  g_assert_true (
      ladder_json_check_syntax (text, strlen (text), "f.json", NULL, NULL, &outline, NULL, NULL));
  g_assert_cmpuint (outline.n_roles_arrays, ==, 0);
}

/* A record's extras: made when first needed, and kept whole when given
 * what they already hold. */
static void
test_record_extras (void)
{
  LadderBulletRecord *record = ladder_bullet_record_new ("text");
  JsonObject         *unknown = json_object_new ();

  ladder_bullet_record_set_prefix (record, NULL, NULL);
  ladder_bullet_record_take_unknown (record, NULL);
  g_assert_null (record->extras);
  g_assert_false (ladder_bullet_record_has_origin (record));

  json_object_set_string_member (unknown, "owner", "ana");
  ladder_bullet_record_take_unknown (record, unknown);
  ladder_bullet_record_take_unknown (record, ladder_bullet_record_peek_unknown (record));
  g_assert_true (ladder_bullet_record_peek_unknown (record) == unknown);
  g_assert_cmpstr (json_object_get_string_member (unknown, "owner"), ==, "ana");
  g_assert_false (ladder_bullet_record_has_origin (record));
  g_assert_null (ladder_bullet_record_peek_prefix (record));

  ladder_bullet_record_ensure_origin (record)->gap = g_strdup ("\n\n");
  g_assert_true (ladder_bullet_record_has_origin (record));
  g_assert_cmpstr (ladder_bullet_record_peek_origin (record)->gap, ==, "\n\n");
  ladder_bullet_record_free (record);
}

static void
test_newer_version_message (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family
      = read_string ("{ \"format\" : \"ladder-job-family\", \"version\" : 7 }", &error);

  g_assert_null (family);
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "version 7"));
  g_assert_nonnull (strstr (error->message, "newer"));
}

static void
test_hostile_nesting (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');

  family = ladder_json_read (text->str, text->len, "deep.json", &error);
  g_assert_null (family);
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "deep.json:1:65: error: values are nested more than 64 deep");

  g_string_free (text, TRUE);
}

static void
test_nul_byte (void)
{
  const char text[] = "{ \"format\" :\n \0 }";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = ladder_json_read (text, sizeof text - 1, "nul.json", &error);

  g_assert_null (family);
  g_assert_error (error, LADDER_ERROR, LADDER_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "nul.json:2:2: error: the file holds a NUL byte; it is not a text file");
}

static void
test_hand_edited_value_wins (void)
{
  /* A person changed the value in the file but not the recorded source:
   * the export must show the new value, not the stale source. */
  const char *text = "{ \"format\" : \"ladder-job-family\", \"version\" : 1,\n"
                     "  \"front_matter\" : [ { \"key\" : \"title\", \"value\" : \"New\", \"yaml\" "
                     ": \" 'Old'\" } ],\n"
                     "  \"sections\" : [ { \"kind\" : \"roles\", \"heading\" : \"\", \"level\" : "
                     "0, \"body\" : \"\" } ],\n"
                     "  \"roles\" : [ { \"title\" : \"Edited Title\",\n"
                     "    \"layout\" : { \"heading\" : { \"source\" : \"### Old Title \", \"for\" "
                     ": \"0000000000000000\" } } } ] }\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = read_string (text, &error);
  g_autoptr (GString) page = NULL;

  g_assert_no_error (error);
  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (page->str, "title: 'New'\n"));
  g_assert_nonnull (strstr (page->str, "### Edited Title\n"));
  g_assert_null (strstr (page->str, "Old"));
}

/* Duplicate Role keeps what a newer Ladder wrote on the role, its bullets
 * and its subsections: the copy is written exactly as the original. */
static void
test_duplicate_keeps_unknown_members (void)
{
  const char *text
      = "{ \"format\" : \"ladder-job-family\", \"version\" : 1,\n"
        "  \"sections\" : [ { \"kind\" : \"roles\", \"heading\" : \"\", \"level\" : 0, \"body\" : "
        "\"\" } ],\n"
        "  \"roles\" : [ { \"title\" : \"R\", \"approved\" : { \"by\" : [ \"ana\", 2 ] },\n"
        "    \"responsibilities\" : [ { \"text\" : \"b\", \"owner\" : \"ana\" }, \"plain\" ],\n"
        "    \"requirements\" : [ { \"text\" : \"c\", \"weight\" : 0.5 } ],\n"
        "    \"subsections\" : [ { \"kind\" : \"other\", \"heading\" : \"S\", \"level\" : 4, "
        "\"body\" : \"x\",\n"
        "                          \"color\" : \"blue\" } ] } ] }\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = read_string (text, &error);
  g_autoptr (LadderRole) role = NULL;
  g_autoptr (LadderRole) copy = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *written = NULL;
  JsonObject      *root;
  JsonArray       *roles;

  g_assert_no_error (error);
  role = g_list_model_get_item (ladder_family_get_roles (family), 0);
  copy = ladder_role_copy (role);
  ladder_family_insert_role (family, 1, copy);
  written = write_string (family);

  g_assert_true (json_parser_load_from_data (parser, written, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  roles = json_object_get_array_member (root, "roles");
  g_assert_cmpuint (json_array_get_length (roles), ==, 2);
  g_assert_true (
      json_node_equal (json_array_get_element (roles, 0), json_array_get_element (roles, 1)));
  g_assert_true (json_object_has_member (json_array_get_object_element (roles, 1), "approved"));
  {
    JsonObject *copied = json_array_get_object_element (roles, 1);
    JsonArray  *responsibilities = json_object_get_array_member (copied, "responsibilities");
    JsonArray  *requirements = json_object_get_array_member (copied, "requirements");
    JsonArray  *subsections = json_object_get_array_member (copied, "subsections");
    JsonObject *bullet = json_array_get_object_element (responsibilities, 0);
    JsonObject *requirement = json_array_get_object_element (requirements, 0);
    JsonObject *subsection = json_array_get_object_element (subsections, 0);

    g_assert_cmpstr (json_object_get_string_member (bullet, "owner"), ==, "ana");
    g_assert_cmpfloat (json_object_get_double_member (requirement, "weight"), ==, 0.5);
    g_assert_cmpstr (json_object_get_string_member (subsection, "color"), ==, "blue");
  }
}

/* Members nested as deep as the reader accepts (64 levels, counting the
 * family's own object) are written back in json-glib's layout, and read
 * again to the same bytes. */
static char *
deep_family (guint levels)
{
  GString *text = g_string_new ("{ \"format\" : \"ladder-job-family\", \"version\" : 1,\n"
                                "  \"roles\" : [ { \"title\" : \"R\", \"x-deep\" : ");

  /* The family, "roles" and the role are three levels. */
  for (guint i = 0; i < levels - 3; i++)
    g_string_append (text, i % 2 == 0 ? "[ 1, " : "{ \"k\" : ");
  g_string_append (text, "true");
  for (guint i = levels - 3; i > 0; i--)
    g_string_append (text, (i - 1) % 2 == 0 ? " ]" : " }");
  g_string_append (text, " } ] }\n");

  return g_string_free (text, FALSE);
}

static void
test_deepest_nesting_written (void)
{
  g_autofree char *deepest = deep_family (64);
  g_autofree char *too_deep = deep_family (65);
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = read_string (deepest, &error);
  g_autoptr (LadderFamily) again = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autofree char *written = NULL;
  g_autofree char *written_again = NULL;
  g_autofree char *regenerated = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);

  /* One level more is refused: this is the reader's limit. */
  {
    g_autoptr (LadderFamily) refused = read_string (too_deep, &error);

    g_assert_null (refused);
    g_assert_error (error, LADDER_ERROR, LADDER_ERROR_SYNTAX);
    g_clear_error (&error);
  }

  written = write_string (family);
  g_assert_nonnull (strstr (written, "\"x-deep\""));

  g_assert_true (json_parser_load_from_data (parser, written, -1, NULL));
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  regenerated = json_generator_to_data (generator, NULL);
  expected = g_strconcat (regenerated, "\n", NULL);
  g_assert_cmpstr (written, ==, expected);

  again = read_string (written, &error);
  g_assert_no_error (error);
  written_again = write_string (again);
  g_assert_cmpstr (written_again, ==, written);
}

/* Issue 11: a Ladder file cannot make the exporter write a front matter
 * that is not YAML, or that has keys the family does not show. Each is
 * refused where it stands in the file. */
static void
test_front_matter_must_be_yaml (void)
{
  static const struct
  {
    const char *entries;
    const char *message;
  } cases[] = {
    /* Keys that YAML reads as something else */
    { "{ \"key\" : \"[\", \"value\" : \"x\" }", "“[” cannot be a front matter key" },
    { "{ \"key\" : \"- a\", \"value\" : \"x\" }", "“- a” cannot be a front matter key" },
    { "{ \"key\" : \"*x\", \"value\" : \"x\" }", "“*x” cannot be a front matter key" },
    { "{ \"key\" : \"true\", \"value\" : \"x\" }", "“true” cannot be a front matter key" },
    { "{ \"key\" : \"a b\", \"value\" : \"x\" }", "“a b” cannot be a front matter key" },
    /* Raw values that are not one YAML node */
    { "{ \"key\" : \"title\", \"yaml\" : \" [unclosed\" }", "front matter “title”: " },
    { "{ \"key\" : \"title\", \"yaml\" : \" x\\r---\\revil: 1\" }",
      "front matter “title”: the character U+000D" },
    { "{ \"key\" : \"title\", \"yaml\" : \" \\\"unclosed\" }",
      "front matter “title”: the quotes are not closed" },
    { "{ \"key\" : \"title\", \"yaml\" : \" a: b\" }", "front matter “title”: " },
    { "{ \"key\" : \"title\", \"yaml\" : \" *nowhere\" }",
      "front matter “title”: “*nowhere” refers to no anchor" },
    { "{ \"key\" : \"title\", \"yaml\" : \" !!python/object x\" }",
      "front matter “title”: YAML tags" },
    { "{ \"key\" : \"title\", \"yaml\" : \"x\" }",
      "front matter “title”: a “:” after a key must be followed by a space" },
    { "{ \"key\" : \"title\", \"yaml\" : \" x\\n...\" }",
      "front matter “title”: a “---” or “...” line" },
    { "{ \"key\" : \"title\", \"yaml\" : \" x\\u0085evil: 1\" }",
      "front matter “title”: the character U+0085" },
    { "{ \"key\" : \"title\", \"yaml\" : \" x\\u2028evil: 1\" }",
      "front matter “title”: the character U+2028" },
    /* Values that add keys */
    { "{ \"key\" : \"title\", \"yaml\" : \" x\\nevil: 1\" }",
      "front matter “title”: the value holds another key" },
    { "{ \"yaml\" : \"evil: 1\" }",
      "a line of the front matter without a key may only be a comment" },
    { "{ \"key\" : \"title\", \"yaml\" : \" \\\"x\" }, { \"key\" : \"summary\", \"yaml\" : \" "
      "y\\\"\" }",
      "front matter “summary”: the value above does not end before this line" },
    { "{ \"key\" : \"title\", \"value\" : \"a\" }, { \"key\" : \"title\", \"value\" : \"b\" }",
      "front matter “title”: the key “title” is given twice" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *text
          = g_strdup_printf ("{ \"format\" : \"ladder-job-family\", \"version\" : 1,\n"
                             "  \"front_matter\" : [ %s ] }\n",
                             cases[i].entries);
      g_autoptr (LadderFamily) family = read_string (text, &error);

      g_test_message ("case %u: %s", i, cases[i].entries);
      g_assert_null (family);
      g_assert_error (error, LADDER_ERROR, LADDER_ERROR_INVALID);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
      /* At the entry, on the second line of the file. */
      g_assert_true (g_str_has_prefix (error->message, "family.jobfamily.json:2:"));
    }
}

/* What the file may hold, and what a YAML reader makes of it. */
static void
test_front_matter_yaml_accepted (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = read_string (
      "{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"front_matter\" : [\n"
      "  { \"key\" : \"title\", \"yaml\" : \" \\\"A title going\\non over two lines\\\"\" },\n"
      "  { \"yaml\" : \"# a comment\" },\n"
      "  { \"key\" : \"extra_js\", \"yaml\" : \"\\n- libs/mermaid.min.js\" },\n"
      "  { \"key\" : \"description\", \"yaml\" : \" >\\n  Folded\\n  text\" }\n"
      "] }\n",
      &error);
  g_autoptr (GString) page = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ladder_family_get_title (family), ==, "A title going on over two lines");
  g_assert_cmpstr (ladder_family_get_summary (family), ==, "Folded text\n");
  page = ladder_markdown_export_checked (family, LADDER_EXPORT_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (page->str,
                                   "---\ntitle: \"A title going\non over two lines\"\n# a comment\n"
                                   "extra_js:\n- libs/mermaid.min.js\n"
                                   "description: >\n  Folded\n  text\n---\n"));
}

/* Issue 11: a link field is judged as the page's renderer reads it, and a
 * Hugo shortcode is a link only as one plain ref or relref. */
static void
test_links_judged_as_rendered (void)
{
  static const struct
  {
    const char *member;
    const char *link;
  } refused[] = {
    { "reports_to_link", "javascript&colon;alert(document.domain)" },
    { "reports_to_link", "java&#115;cript:alert(1)" },
    { "grade_link", "javascript&#x3a;alert(1)" },
    { "grade_link", "data&colon;text/html;base64,PHNjcmlwdD4=" },
    { "reports_to_link", "{{%include-secret%}}" },
    { "grade_link", "{{< ref \\\"a\\\" >}}{{% readfile \\\"/etc/passwd\\\" %}}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *text
          = g_strdup_printf ("{ \"format\" : \"ladder-job-family\", \"version\" : 1,\n"
                             "  \"roles\" : [ { \"title\" : \"A\", \"%s\" : \"%s\" } ] }\n",
                             refused[i].member, refused[i].link);
      g_autoptr (LadderFamily) family = read_string (text, &error);

      g_test_message ("%s", text);
      g_assert_null (family);
      g_assert_error (error, LADDER_ERROR, LADDER_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "family.jobfamily.json:2:"));
      g_assert_nonnull (strstr (error->message, refused[i].member));
    }

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (LadderFamily) family
        = read_string ("{ \"format\" : \"ladder-job-family\", \"version\" : 1, \"roles\" : [ { "
                       "\"title\" : \"A\",\n"
                       "  \"grade_link\" : \"{{< ref "
                       "\\\"compensation-calculator#gitlab-job-grades\\\" >}}\" } ] }\n",
                       &error);

    g_assert_no_error (error);
    g_assert_nonnull (family);
  }
}

/* Bullets read from a file are records until someone asks the role's list
 * for one: the object it then gets is the one it gets every time, and what
 * is done through it is what the writer sees, in the list or out of it. */
static void
test_bullets_made_on_demand (void)
{
  static const char text[]
      = "{\"format\": \"ladder-job-family\", \"version\": 1, \"roles\": [{\"title\": \"Role\", "
        "\"responsibilities\": "
        "[\"one\", {\"text\": \"two\", \"from_the_future\": [1, {\"a\": 2}]}, \"three\"]}]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family = read_string (text, &error);
  g_autoptr (LadderRole) role = NULL;
  g_autoptr (LadderRole) copy = NULL;
  g_autoptr (LadderBullet) second = NULL;
  g_autoptr (LadderBullet) again = NULL;
  g_autofree char *written = NULL;
  GListModel      *bullets;
  guint            position = 0;

  g_assert_no_error (error);
  role = g_list_model_get_item (ladder_family_get_roles (family), 0);
  bullets = ladder_role_get_responsibilities (role);
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 3);
  g_assert_cmpuint (ladder_role_get_n_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 3);
  g_assert_cmpstr (ladder_role_get_bullet_text (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1), ==,
                   "two");

  second = g_list_model_get_item (bullets, 1);
  again = g_list_model_get_item (bullets, 1);
  g_assert_true (second == again);
  g_assert_cmpstr (ladder_bullet_get_text (second), ==, "two");

  ladder_bullet_set_text (second, "two, edited");
  g_assert_cmpstr (ladder_role_get_bullet_text (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1), ==,
                   "two, edited");
  written = write_string (family);
  g_assert_nonnull (strstr (written, "\"two, edited\""));
  g_assert_nonnull (strstr (written, "\"from_the_future\""));
  g_clear_pointer (&written, g_free);

  /* Out of the list, the object keeps its values, and takes them back in. */
  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1);
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 2);
  g_assert_false (
      ladder_role_find_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, second, NULL));
  ladder_bullet_set_text (second, "two, moved");
  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0, second);
  g_clear_object (&again);
  again = g_list_model_get_item (bullets, 0);
  g_assert_true (again == second);
  g_assert_true (
      ladder_role_find_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, second, &position));
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpstr (ladder_role_get_bullet_text (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0), ==,
                   "two, moved");
  g_assert_cmpstr (ladder_role_get_bullet_text (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2), ==,
                   "three");

  /* A copy of the role is a copy of its records, members from a newer
   * Ladder included, and edits of the original do not reach it. */
  copy = ladder_role_copy (role);
  ladder_bullet_set_text (second, "two, after the copy");
  g_assert_cmpstr (ladder_role_get_bullet_text (copy, LADDER_BULLET_LIST_RESPONSIBILITIES, 0), ==,
                   "two, moved");
  ladder_family_append_role (family, copy);
  written = write_string (family);
  g_assert_nonnull (strstr (written, "\"two, after the copy\""));
  g_assert_nonnull (strstr (written, "\"two, moved\""));
  g_assert_nonnull (strstr (strstr (written, "\"two, moved\""), "\"from_the_future\""));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/round-trip", test_round_trip);
  g_test_add_func ("/json/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/json/copy-is-whole-and-apart", test_copy_is_whole_and_apart);
  g_test_add_func ("/json/origin-only-where-needed", test_origin_only_where_needed);
  g_test_add_func ("/json/errors", test_errors);
  g_test_add_func ("/json/roles-read-one-at-a-time", test_roles_read_one_at_a_time);
  g_test_add_func ("/json/record-extras", test_record_extras);
  g_test_add_func ("/json/newer-version", test_newer_version_message);
  g_test_add_func ("/json/hostile-nesting", test_hostile_nesting);
  g_test_add_func ("/json/nul-byte", test_nul_byte);
  g_test_add_func ("/json/hand-edited-value-wins", test_hand_edited_value_wins);
  g_test_add_func ("/json/duplicate-keeps-unknown-members", test_duplicate_keeps_unknown_members);
  g_test_add_func ("/json/deepest-nesting-written", test_deepest_nesting_written);
  g_test_add_func ("/json/front-matter-must-be-yaml", test_front_matter_must_be_yaml);
  g_test_add_func ("/json/front-matter-yaml-accepted", test_front_matter_yaml_accepted);
  g_test_add_func ("/json/links-judged-as-rendered", test_links_judged_as_rendered);
  g_test_add_func ("/json/bullets-made-on-demand", test_bullets_made_on_demand);

  return g_test_run ();
}
