/* test-markdown.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ladder-error.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"

static char *
read_test_file (const char *name,
                gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static char *
read_example (gsize *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "product-marketing-management.jobfamily.json", NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static LadderFamily *
import_page (const char *page)
{
  g_autoptr (GError) error = NULL;
  LadderFamily *family = ladder_markdown_import (page, strlen (page), "page.md", &error);

  g_assert_no_error (error);
  g_assert_nonnull (family);

  return family;
}

static char *
export_page (LadderFamily      *family,
             LadderExportFlags  flags)
{
  return g_string_free (ladder_markdown_export (family, flags), FALSE);
}

static LadderRole *
get_role (LadderFamily *family,
          guint         position)
{
  LadderRole *role = g_list_model_get_item (ladder_family_get_roles (family), position);

  g_assert_nonnull (role);
  g_object_unref (role);

  return role;
}

static LadderBullet *
get_bullet (LadderRole       *role,
            LadderBulletList  list,
            guint             position)
{
  LadderBullet *bullet = g_list_model_get_item (ladder_role_get_bullets (role, list), position);

  g_assert_nonnull (bullet);
  g_object_unref (bullet);

  return bullet;
}

/* Compares two texts line by line and returns the lines of @after that
 * differ, asserting that nothing was added or removed. */
static GPtrArray *
changed_lines (const char *before,
               const char *after)
{
  g_auto (GStrv) old_lines = g_strsplit (before, "\n", -1);
  g_auto (GStrv) new_lines = g_strsplit (after, "\n", -1);
  GPtrArray *changed = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (g_strv_length (old_lines), ==, g_strv_length (new_lines));

  for (guint i = 0; old_lines[i] != NULL; i++)
    if (!g_str_equal (old_lines[i], new_lines[i]))
      g_ptr_array_add (changed, g_strdup (new_lines[i]));

  return changed;
}

static void
test_example_exports_the_page (void)
{
  g_autofree char *json = NULL;
  g_autofree char *page = NULL;
  g_autofree char *exported = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GError) error = NULL;
  gsize json_length, page_length;

  json = read_example (&json_length);
  page = read_test_file ("product-marketing-management.md", &page_length);

  family = ladder_json_read (json, json_length, "example", &error);
  g_assert_no_error (error);

  exported = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (exported, ==, page);

  g_assert_cmpstr (ladder_family_get_title (family), ==, "Product Marketing Management");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 3);
  g_assert_cmpint (ladder_role_get_job_grade (get_role (family, 0)), ==, 9);
  g_assert_cmpstr (ladder_role_get_reports_to (get_role (family, 0)), ==, "Director of Product Marketing");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_requirements (get_role (family, 2))), ==, 11);

  g_assert_finalize_object (g_steal_pointer (&family));
}

static void
test_example_saves_unchanged (void)
{
  g_autofree char *json = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GBytes) saved = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  json = read_example (&length);
  family = ladder_json_read (json, length, "example", &error);
  g_assert_no_error (error);

  saved = ladder_json_write (family);
  g_assert_cmpuint (g_bytes_get_size (saved), ==, length);
  g_assert_true (memcmp (g_bytes_get_data (saved, NULL), json, length) == 0);
}

/* Lines the page wrote without the template's final period. */
static void
test_canonical_export (void)
{
  g_autofree char *page = NULL;
  g_autofree char *canonical = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  gsize length;

  page = read_test_file ("product-marketing-management.md", &length);
  family = import_page (page);
  canonical = export_page (family, LADDER_EXPORT_CANONICAL);

  changed = changed_lines (page, canonical);
  g_assert_cmpuint (changed->len, ==, 4);
  for (guint i = 0; i < changed->len; i++)
    g_assert_true (g_str_has_suffix (g_ptr_array_index (changed, i), "."));
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==,
                   "The Director, Product Marketing reports to the Senior Director, Product & Solutions Marketing.");
}

static void
test_edit_bullet_changes_one_line (void)
{
  g_autofree char *page = NULL;
  g_autofree char *edited = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  LadderBullet *bullet;
  gsize length;

  page = read_test_file ("product-marketing-management.md", &length);
  family = import_page (page);

  bullet = get_bullet (get_role (family, 1), LADDER_BULLET_LIST_REQUIREMENTS, 2);
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, "Strong understanding and firm grasp of the DevTools market landscape");
  ladder_bullet_set_text (bullet, "Deep understanding of the DevSecOps market");

  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, edited);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "- Deep understanding of the DevSecOps market");
}

static void
test_edit_grade_changes_one_line (void)
{
  g_autofree char *page = NULL;
  g_autofree char *edited = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  gsize length;

  page = read_test_file ("product-marketing-management.md", &length);
  family = import_page (page);

  /* This role's sentence has no final period: the new grade goes into the
   * sentence as the page wrote it. */
  ladder_role_set_job_grade (get_role (family, 1), 11);

  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, edited);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==,
                   "The Director, Product Marketing is a [grade 11](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades)");
}

static void
test_rename_role_changes_its_lines (void)
{
  g_autofree char *page = NULL;
  g_autofree char *edited = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  gsize length;

  page = read_test_file ("product-marketing-management.md", &length);
  family = import_page (page);

  ladder_role_set_title (get_role (family, 0), "Principal Product Marketing Manager");

  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, edited);

  /* Heading, reports-to, grade heading and sentence, two list headings. */
  g_assert_cmpuint (changed->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "### Principal Product Marketing Manager");
  g_assert_cmpstr (g_ptr_array_index (changed, 5), ==, "#### Principal Product Marketing Manager Requirements");
}

static void
test_add_and_remove_bullets (void)
{
  g_autofree char *page = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *restored = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (LadderBullet) added = ladder_bullet_new ("Experience with AI-assisted development tools");
  LadderRole *role;
  gsize length;

  page = read_test_file ("product-marketing-management.md", &length);
  family = import_page (page);
  role = get_role (family, 0);

  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 1, added);
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (edited, "- 8-10 years of product marketing experience.\n"
                                    "- Experience with AI-assisted development tools\n"
                                    "- Experience with DevOps and/or developer tooling\n"));
  g_assert_cmpuint (strlen (edited), ==, length + strlen ("- Experience with AI-assisted development tools\n"));

  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 1);
  restored = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (restored, ==, page);
}

static void
test_new_family_follows_template (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autoptr (LadderRole) role = ladder_role_new ("Senior Widget Engineer");
  g_autoptr (LadderBullet) responsibility = ladder_bullet_new ("Build widgets");
  g_autoptr (LadderBullet) requirement = ladder_bullet_new ("Ability to use GitLab");
  g_autoptr (LadderSection) hiring = ladder_section_new (LADDER_SECTION_HIRING_PROCESS, "Hiring Process", 2);
  g_autofree char *page = NULL;

  ladder_family_set_title (family, "Widget Engineering");
  ladder_family_set_summary (family, "Engineers who build widgets");
  ladder_role_set_reports_to (role, "Manager, Widget Engineering");
  ladder_role_set_job_grade (role, 7);
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, responsibility);
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, requirement);
  ladder_family_append_role (family, role);
  ladder_section_set_body (hiring, "- A screening call");
  ladder_family_append_section (family, hiring);

  page = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (page, ==,
                   "---\n"
                   "title: \"Widget Engineering\"\n"
                   "summary: \"Engineers who build widgets\"\n"
                   "---\n"
                   "\n"
                   "### Senior Widget Engineer\n"
                   "\n"
                   "The Senior Widget Engineer reports to the Manager, Widget Engineering.\n"
                   "\n"
                   "#### Senior Widget Engineer Job Grade\n"
                   "\n"
                   "The Senior Widget Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n"
                   "\n"
                   "#### Senior Widget Engineer Responsibilities\n"
                   "\n"
                   "- Build widgets\n"
                   "\n"
                   "#### Senior Widget Engineer Requirements\n"
                   "\n"
                   "- Ability to use GitLab\n"
                   "\n"
                   "## Hiring Process\n"
                   "\n"
                   "- A screening call\n");

  /* And the page reads back into the same family. */
  {
    g_autoptr (LadderFamily) again = import_page (page);
    g_autofree char *page_again = export_page (again, LADDER_EXPORT_DEFAULT);
    LadderRole *read = get_role (again, 0);

    g_assert_cmpstr (page_again, ==, page);
    g_assert_cmpstr (ladder_role_get_title (read), ==, "Senior Widget Engineer");
    g_assert_cmpstr (ladder_role_get_reports_to (read), ==, "Manager, Widget Engineering");
    g_assert_cmpint (ladder_role_get_job_grade (read), ==, 7);
    g_assert_cmpstr (ladder_family_get_summary (again), ==, "Engineers who build widgets");
    g_assert_null (ladder_role_get_slots (read));
  }
}

static void
test_extends_becomes_a_reference (void)
{
  const char *page =
    "---\ntitle: \"Widgets\"\n---\n\n"
    "## Levels\n\n"
    "### Widget Engineer\n\n"
    "#### Widget Engineer Responsibilities\n\n- Build widgets\n\n"
    "### Senior Widget Engineer\n\n"
    "#### Senior Widget Engineer Responsibilities\n\n"
    "- Extends that of the Widget Engineer responsibilities\n"
    "- Lead widget projects\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = NULL;
  g_autofree char *renamed = NULL;
  LadderRole *senior = get_role (family, 1);

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 2);
  g_assert_cmpstr (ladder_role_get_extends (senior), ==, "Widget Engineer");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_responsibilities (senior)), ==, 1);

  exported = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (exported, ==, page);

  ladder_role_set_extends (senior, "Junior Widget Engineer");
  renamed = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (renamed, "- Extends that of the Junior Widget Engineer responsibilities\n- Lead"));
}

static void
test_one_role_page (void)
{
  const char *page =
    "---\ntitle: \"Board Member\"\n---\n\n"
    "Board Members are accountable to shareholders.\n\n"
    "## Responsibilities\n\n- Monitor the CEO\n\n"
    "## Requirements\n\n- Ability to use GitLab\n\n"
    "## Performance Indicators\n\nA yearly review.\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);
  LadderRole *role = get_role (family, 0);

  g_assert_cmpstr (exported, ==, page);
  g_assert_cmpint (ladder_role_get_heading_level (role), ==, 0);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Board Member");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_requirements (role)), ==, 1);
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "Board Members are accountable to shareholders.");
}

/* The current handbook guidelines call the grade "Job Level". */
static void
test_job_level_heading (void)
{
  const char *page =
    "---\ntitle: \"Data Steward\"\n---\n\n## Levels\n\n### Data Steward\n\n"
    "#### Data Steward Job Level\n\n"
    "The Data Steward is a [level 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
    "#### Data Steward Responsibilities\n\n- Steward data\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = NULL;
  g_autofree char *edited = NULL;
  LadderRole *role = get_role (family, 0);

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 1);
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 6);

  exported = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (exported, ==, page);

  ladder_role_set_job_grade (role, 7);
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (edited, "#### Data Steward Job Level\n\nThe Data Steward is a [level 7]("));
}

static void
test_pages_without_structure (void)
{
  const char *pages[] = {
    "",
    "\n",
    "\n\n\nText after blank lines\n",
    "no final newline",
    "---\ntitle: x\n---\n",
    "---\ntitle: \"open front matter\"\n\nbody\n",
    "# Only a heading",
    "---\n---\n\n## A\n\n\n\n## B\n\n  \n",
    "* a\n* b\n\n1) c\n2) d\n",
    "> quote\n> # heading in quote\n",
    "```\n## not a heading\n```\n",
    "[ref]: /a\n\n## Heading\n",
    "Setext\n======\n\nText\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr (LadderFamily) family = import_page (pages[i]);
      g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);

      g_assert_cmpstr (exported, ==, pages[i]);
    }
}

static void
test_import_errors (void)
{
  static const struct {
    const char *data;
    gsize       length;
    const char *message;
  } cases[] = {
    { "ok\nbad \xff byte\n", 13, "page.md:2:5: error: the page is not valid UTF-8" },
    { "ok\nnul \0 byte\n", 13, "page.md:2:5: error: the page holds a NUL byte; it is not a text file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFamily) family = ladder_markdown_import (cases[i].data, cases[i].length, "page.md", &error);

      g_assert_null (family);
      g_assert_error (error, LADDER_ERROR, LADDER_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown/example/exports-the-page", test_example_exports_the_page);
  g_test_add_func ("/markdown/example/saves-unchanged", test_example_saves_unchanged);
  g_test_add_func ("/markdown/export/canonical", test_canonical_export);
  g_test_add_func ("/markdown/export/new-family-follows-template", test_new_family_follows_template);
  g_test_add_func ("/markdown/edit/bullet-changes-one-line", test_edit_bullet_changes_one_line);
  g_test_add_func ("/markdown/edit/grade-changes-one-line", test_edit_grade_changes_one_line);
  g_test_add_func ("/markdown/edit/rename-role", test_rename_role_changes_its_lines);
  g_test_add_func ("/markdown/edit/add-and-remove-bullets", test_add_and_remove_bullets);
  g_test_add_func ("/markdown/import/extends", test_extends_becomes_a_reference);
  g_test_add_func ("/markdown/import/one-role-page", test_one_role_page);
  g_test_add_func ("/markdown/import/job-level-heading", test_job_level_heading);
  g_test_add_func ("/markdown/import/without-structure", test_pages_without_structure);
  g_test_add_func ("/markdown/import/errors", test_import_errors);

  return g_test_run ();
}
