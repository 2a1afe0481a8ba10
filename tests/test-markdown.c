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
#include "ladder-markdown-text.h"

static char *
read_test_file (const char *name, gsize *length)
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
  g_autofree char *path = g_test_build_filename (
      G_TEST_DIST, "..", "data", "examples", "product-marketing-management.jobfamily.json", NULL);
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
export_page (LadderFamily *family, LadderExportFlags flags)
{
  return g_string_free (ladder_markdown_export (family, flags), FALSE);
}

static LadderRole *
get_role (LadderFamily *family, guint position)
{
  LadderRole *role = g_list_model_get_item (ladder_family_get_roles (family), position);

  g_assert_nonnull (role);
  g_object_unref (role);

  return role;
}

static LadderBullet *
get_bullet (LadderRole *role, LadderBulletList list, guint position)
{
  LadderBullet *bullet = g_list_model_get_item (ladder_role_get_bullets (role, list), position);

  g_assert_nonnull (bullet);
  g_object_unref (bullet);

  return bullet;
}

/* Compares two texts line by line and returns the lines of @after that
 * differ, asserting that nothing was added or removed. */
static GPtrArray *
changed_lines (const char *before, const char *after)
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
  g_assert_cmpstr (ladder_role_get_reports_to (get_role (family, 0)), ==,
                   "Director of Product Marketing");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_requirements (get_role (family, 2))),
                    ==, 11);

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
                   "The Director, Product Marketing reports to the Senior Director, Product & "
                   "Solutions Marketing.");
}

static void
test_edit_bullet_changes_one_line (void)
{
  g_autofree char *page = NULL;
  g_autofree char *edited = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  LadderBullet *bullet;
  gsize         length;

  page = read_test_file ("product-marketing-management.md", &length);
  family = import_page (page);

  bullet = get_bullet (get_role (family, 1), LADDER_BULLET_LIST_REQUIREMENTS, 2);
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==,
                   "Strong understanding and firm grasp of the DevTools market landscape");
  ladder_bullet_set_text (bullet, "Deep understanding of the DevSecOps market");

  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, edited);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==,
                   "- Deep understanding of the DevSecOps market");
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
  g_assert_cmpstr (
      g_ptr_array_index (changed, 0), ==,
      "The Director, Product Marketing is a [grade "
      "11](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades)");
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
  g_assert_cmpstr (g_ptr_array_index (changed, 5), ==,
                   "#### Principal Product Marketing Manager Requirements");
}

/* A role renamed: the "Extends" lines naming it keep the page's words and
 * name it anew, both lines where both lists have one (the responsibilities'
 * stayed as it was), a link to its heading going to its new heading. The title
 * is looked for after "Extends" ("Extends the Tend …" became "ExGadgets
 * the Tend …"). */
static void
test_rename_keeps_extends_wording (void)
{
  const char *page
      = "---\ntitle: \"Widgets\"\n---\n\n"
        "## Levels\n\n"
        "### Tend\n\n"
        "#### Responsibilities\n\n- Tend widgets\n\n"
        "### Senior Tend\n\n"
        "#### Responsibilities\n\n- Extends the Tend responsibilities.\n- Lead\n\n"
        "#### Requirements\n\n- Extends the Tend requirements\n- Know widgets\n\n"
        "### Principal Engineer\n\n"
        "#### Responsibilities\n\n- Build\n\n"
        "### Distinguished Engineer\n\n"
        "#### Requirements\n\n"
        "- Extends that of the [Principal Engineer](#principal-engineer) requirements\n"
        "- Lead more\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderFamily) again = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *renamed = NULL;

  g_assert_cmpstr (ladder_role_get_extends (get_role (family, 1)), ==, "Tend");
  g_assert_cmpstr (ladder_role_get_extends (get_role (family, 3)), ==, "Principal Engineer");
  ladder_role_set_title (get_role (family, 0), "Gadget");
  ladder_role_set_title (get_role (family, 2), "Staff Engineer, Platform");
  renamed = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, renamed);
  g_assert_cmpuint (changed->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "### Gadget");
  g_assert_cmpstr (g_ptr_array_index (changed, 1), ==, "- Extends the Gadget responsibilities.");
  g_assert_cmpstr (g_ptr_array_index (changed, 2), ==, "- Extends the Gadget requirements");
  g_assert_cmpstr (g_ptr_array_index (changed, 3), ==, "### Staff Engineer, Platform");
  g_assert_cmpstr (g_ptr_array_index (changed, 4), ==,
                   "- Extends that of the [Staff Engineer, Platform](#staff-engineer-platform) "
                   "requirements");

  again = ladder_markdown_import (renamed, strlen (renamed), "page.md", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_role_get_extends (get_role (again, 1)), ==, "Gadget");
  g_assert_cmpstr (ladder_role_get_extends (get_role (again, 3)), ==, "Staff Engineer, Platform");
  /* Both lines are the extends: neither list holds one as a bullet. */
  for (guint list = 0; list < 2; list++)
    {
      GListModel *bullets = ladder_role_get_bullets (get_role (again, 1), list);

      g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 1);
    }
}

/* "reports to The [Manager](…)", "reports to a …": the manager is read
 * with the article kept out, as "the" is, and edited in place. The field showed empty, and a name
 * typed there wrote a second sentence below the first. */
static void
test_reports_to_as_pages_write_it (void)
{
  const char *page
      = "---\ntitle: \"Payables\"\n---\n\n"
        "## Levels\n\n"
        "### Manager, Payables\n\n"
        "The Manager, Payables reports to The [Senior Manager, Payables](/payables/)\n\n"
        "#### Responsibilities\n\n- Pay\n";
  g_autoptr (LadderFamily) family = import_page (page);
  LadderRole      *manager = get_role (family, 0);
  g_autofree char *same = NULL;
  g_autofree char *edited = NULL;
  g_autoptr (GPtrArray) changed = NULL;

  g_assert_cmpstr (ladder_role_get_reports_to (manager), ==, "Senior Manager, Payables");
  g_assert_cmpstr (ladder_role_get_reports_to_link (manager), ==, "/payables/");
  same = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (same, ==, page);

  ladder_role_set_reports_to (manager, "Director, Payables");
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, edited);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==,
                   "The Manager, Payables reports to The [Director, Payables](/payables/)");

  {
    const char *with_a
        = "---\ntitle: \"Payables\"\n---\n\n"
          "## Levels\n\n"
          "### Payables Clerk\n\n"
          "The Payables Clerk reports to a [Manager, Payables](#manager-payables).\n\n"
          "#### Responsibilities\n\n- File\n";
    g_autoptr (LadderFamily) clerks = import_page (with_a);
    g_autofree char *again = export_page (clerks, LADDER_EXPORT_DEFAULT);

    g_assert_cmpstr (ladder_role_get_reports_to (get_role (clerks, 0)), ==, "Manager, Payables");
    g_assert_cmpstr (again, ==, with_a);
  }

  /* An abbreviation's stop does not end the sentence: "Sr." kept the
   * field empty, and a rename left the sentence with the old title. */
  {
    const char *with_sr = "---\ntitle: \"Education\"\n---\n\n"
                          "## Levels\n\n"
                          "### Education Program Manager\n\n"
                          "The Education Program Manager reports to the Sr. Education Program "
                          "Manager.\n\n"
                          "#### Responsibilities\n\n- Teach\n";
    g_autoptr (LadderFamily) educators = import_page (with_sr);
    g_autofree char *renamed = NULL;
    g_autoptr (GPtrArray) changed_lines_sr = NULL;

    g_assert_cmpstr (ladder_role_get_reports_to (get_role (educators, 0)), ==,
                     "Sr. Education Program Manager");
    ladder_role_set_title (get_role (educators, 0), "Education Program Manager II");
    renamed = export_page (educators, LADDER_EXPORT_DEFAULT);
    changed_lines_sr = changed_lines (with_sr, renamed);
    g_assert_cmpuint (changed_lines_sr->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (changed_lines_sr, 1), ==,
                     "The Education Program Manager II reports to the Sr. Education Program "
                     "Manager.");
  }
}

/* Whom a role reports to, said among other sentences or in other words
 * ("This position reports to …", "… reports into …", "… and leads a
 * team"): read, edited in place, kept through a rename; cleared, only its
 * sentence goes. Clearing it took the paragraph's other sentences along,
 * and these roles showed an empty field. */
static void
test_reports_to_among_sentences (void)
{
  const char *page
      = "---\ntitle: \"Tax\"\n---\n\n"
        "## Levels\n\n"
        "### Tax Analyst\n\n"
        "The Tax Analyst reports to the Manager, Tax. The rest is defined when needed.\n\n"
        "#### Responsibilities\n\n- Count\n\n"
        "### Tax Manager\n\n"
        "The Tax Manager plans the year. The Tax Manager reports to the [Director, "
        "Tax](/tax/).\n\n"
        "#### Responsibilities\n\n- Plan\n\n"
        "### Tax Engineer\n\n"
        "This position reports to the Director, Tax and leads a team of engineers.\n\n"
        "#### Responsibilities\n\n- Build\n\n"
        "### Tax Clerk\n\n"
        "The Tax Clerk reports into Tax Operations, and works with Finance.\n\n"
        "#### Responsibilities\n\n- File\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *same = export_page (family, LADDER_EXPORT_DEFAULT);
  g_autofree char *edited = NULL;
  g_autofree char *cleared = NULL;
  g_autoptr (GPtrArray) changed = NULL;

  g_assert_cmpstr (same, ==, page);
  g_assert_cmpstr (ladder_role_get_reports_to (get_role (family, 0)), ==, "Manager, Tax");
  g_assert_cmpstr (ladder_role_get_reports_to (get_role (family, 1)), ==, "Director, Tax");
  g_assert_cmpstr (ladder_role_get_reports_to_link (get_role (family, 1)), ==, "/tax/");
  g_assert_cmpstr (ladder_role_get_reports_to (get_role (family, 2)), ==, "Director, Tax");
  g_assert_cmpstr (ladder_role_get_reports_to (get_role (family, 3)), ==, "Tax Operations");

  ladder_role_set_reports_to (get_role (family, 0), "Senior Manager, Tax");
  ladder_role_set_reports_to (get_role (family, 2), "VP, Tax");
  ladder_role_set_title (get_role (family, 2), "Senior Tax Engineer");
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, edited);
  g_assert_cmpuint (changed->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==,
                   "The Tax Analyst reports to the Senior Manager, Tax. The rest is defined when "
                   "needed.");
  g_assert_cmpstr (g_ptr_array_index (changed, 1), ==, "### Senior Tax Engineer");
  g_assert_cmpstr (g_ptr_array_index (changed, 2), ==,
                   "This position reports to the VP, Tax and leads a team of engineers.");

  ladder_role_set_reports_to (get_role (family, 0), "");
  ladder_role_set_reports_to (get_role (family, 1), "");
  cleared = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (
      cleared, "### Tax Analyst\n\nThe rest is defined when needed.\n\n#### Responsibilities"));
  g_assert_nonnull (strstr (
      cleared, "### Tax Manager\n\nThe Tax Manager plans the year.\n\n#### Responsibilities"));
}

/* A heading that holds HTML the title shows as typed: a rename keeps the
 * HTML (and its anchor) and escapes only what was typed; a heading in the
 * page's own spacing keeps it. The HTML was escaped ("\\<a name=…>"):
 * the anchor gone, the tag shown as text. */
static void
test_rename_keeps_heading_html (void)
{
  const char *page = "---\ntitle: \"Backend\"\n---\n\n"
                     "## Levels\n\n"
                     "### <a name=\"Gitaly\"></a>Cluster\n\n"
                     "#### Responsibilities\n\n- Store\n\n"
                     "###   Database  \n\n"
                     "#### Responsibilities\n\n- Query\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *renamed = NULL;
  g_autoptr (GPtrArray) changed = NULL;

  g_assert_cmpstr (ladder_role_get_title (get_role (family, 0)), ==,
                   "<a name=\"Gitaly\"></a>Cluster");
  ladder_role_set_title (get_role (family, 0), "<a name=\"Gitaly\"></a>Cluster *Team*");
  ladder_role_set_title (get_role (family, 1), "Database Reliability");
  renamed = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, renamed);
  g_assert_cmpuint (changed->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==,
                   "### <a name=\"Gitaly\"></a>Cluster \\*Team\\*");
  g_assert_cmpstr (g_ptr_array_index (changed, 1), ==, "###   Database Reliability  ");
}

/* "The  Director is a …", with a space too many after "The": a rename
 * writes the new title there too (the sentence kept the old one). */
static void
test_rename_after_doubled_space (void)
{
  const char *page = "---\ntitle: \"Engineering\"\n---\n\n"
                     "## Levels\n\n"
                     "### Director, Engineering\n\n"
                     "#### Job Grade\n\n"
                     "The  Director, Engineering is a [grade 10](/grades/).\n\n"
                     "#### Responsibilities\n\n- Lead\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *renamed = NULL;
  g_autoptr (GPtrArray) changed = NULL;

  g_assert_cmpint (ladder_role_get_job_grade (get_role (family, 0)), ==, 10);
  ladder_role_set_title (get_role (family, 0), "Director of Engineering");
  renamed = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, renamed);
  g_assert_cmpuint (changed->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "### Director of Engineering");
  g_assert_cmpstr (g_ptr_array_index (changed, 1), ==,
                   "The  Director of Engineering is a [grade 10](/grades/).");
}

/* A renamed role's sentences keep the page's words: only the title in
 * them changes ("reports to Manager, Finance" kept no "the"; "is a [7]"
 * kept no "grade"), and a value changed as well goes in its place. They
 * were written anew, in the template's words. A sentence whose subject is
 * not the title is written anew. */
static void
test_rename_keeps_sentence_wording (void)
{
  const char *page = "---\ntitle: \"Finance\"\n---\n\n"
                     "## Levels\n\n"
                     "### Senior Analyst\n\n"
                     "The Senior Analyst reports to Manager, Finance.\n\n"
                     "#### Job Grade\n\n"
                     "The Senior Analyst is a [7](/grades/).\n\n"
                     "#### Responsibilities\n\n- Close the books\n\n"
                     "### Analyst\n\n"
                     "#### Job Grade\n\n"
                     "The Analyst at this level is a grade 6.\n\n"
                     "#### Responsibilities\n\n- Reconcile accounts\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *renamed = NULL;
  g_autofree char *regraded = NULL;
  g_autofree char *other = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  g_autoptr (GPtrArray) changed_again = NULL;
  g_autoptr (GPtrArray) changed_other = NULL;
  LadderRole *senior = get_role (family, 0);

  ladder_role_set_title (senior, "Lead Analyst");
  renamed = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, renamed);
  g_assert_cmpuint (changed->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "### Lead Analyst");
  g_assert_cmpstr (g_ptr_array_index (changed, 1), ==,
                   "The Lead Analyst reports to Manager, Finance.");
  g_assert_cmpstr (g_ptr_array_index (changed, 2), ==, "The Lead Analyst is a [7](/grades/).");

  ladder_role_set_job_grade (senior, 8);
  ladder_role_set_reports_to (senior, "Director, Finance");
  regraded = export_page (family, LADDER_EXPORT_DEFAULT);
  changed_again = changed_lines (page, regraded);
  g_assert_cmpuint (changed_again->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (changed_again, 1), ==,
                   "The Lead Analyst reports to Director, Finance.");
  g_assert_cmpstr (g_ptr_array_index (changed_again, 2), ==,
                   "The Lead Analyst is a [8](/grades/).");

  /* Back to the title the page had: the page as it was, but for the
   * values changed. */
  ladder_role_set_title (senior, "Senior Analyst");
  ladder_role_set_job_grade (senior, 7);
  ladder_role_set_reports_to (senior, "Manager, Finance");
  g_free (renamed);
  renamed = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (renamed, ==, page);

  /* "The Analyst at this level": the title, then words of the page's. */
  ladder_role_set_title (get_role (family, 1), "Associate Analyst");
  other = export_page (family, LADDER_EXPORT_DEFAULT);
  changed_other = changed_lines (page, other);
  g_assert_cmpuint (changed_other->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (changed_other, 1), ==,
                   "The Associate Analyst at this level is a grade 6.");
}

/* A renamed role's sentence that does not name it by its title, or says
 * more than the template's sentence does, keeps all its words: the
 * second line and the "and reports to" clause were dropped, written anew
 * as "The Lead Partner is a grade 8.", and a Hugo link with them. A title
 * written with a space too many is still the title. */
static void
test_rename_keeps_what_the_sentence_says (void)
{
  const char *page = "---\ntitle: \"Partners\"\n---\n\n"
                     "## Levels\n\n"
                     "### Manager, Partner Business (PBP)\n\n"
                     "#### Job Grade\n\n"
                     "The Manager, Partner Business is a [grade 8](/grades/).\n"
                     "This job may be an individual contributor or a manager of people.\n\n"
                     "#### Responsibilities\n\n- Partner with leaders\n\n"
                     "### Partner Engineer\n\n"
                     "#### Job Grade\n\n"
                     "Partner Engineer is a [grade 6](/grades/) and reports to the Manager, "
                     "Partner Business.\n\n"
                     "#### Responsibilities\n\n- Build integrations\n\n"
                     "### Senior Partner Engineer\n\n"
                     "#### Job Grade\n\n"
                     "The Senior Partner Engineer is a [grade 7]({{< ref \"grades\" >}}).\n\n"
                     "#### Responsibilities\n\n- Lead integrations\n\n"
                     "### Staff Partner Engineer\n\n"
                     "The Staff Partner  Engineer reports to the Manager, Partner Business.\n\n"
                     "#### Responsibilities\n\n- Design integrations\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *edited = NULL;
  g_autoptr (GPtrArray) changed = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 4);
  ladder_role_set_title (get_role (family, 0), "Manager, Partners");
  ladder_role_set_title (get_role (family, 1), "Partner Developer");
  ladder_role_set_title (get_role (family, 2), "Senior Partner Developer");
  ladder_role_set_job_grade (get_role (family, 2), 8);
  ladder_role_set_title (get_role (family, 3), "Staff Partner Developer");
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, edited);

  g_assert_cmpuint (changed->len, ==, 7);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "### Manager, Partners");
  g_assert_cmpstr (g_ptr_array_index (changed, 1), ==, "### Partner Developer");
  g_assert_cmpstr (g_ptr_array_index (changed, 2), ==,
                   "Partner Developer is a [grade 6](/grades/) and reports to the Manager, "
                   "Partner Business.");
  g_assert_cmpstr (g_ptr_array_index (changed, 3), ==, "### Senior Partner Developer");
  g_assert_cmpstr (g_ptr_array_index (changed, 4), ==,
                   "The Senior Partner Developer is a [grade 8]({{< ref \"grades\" >}}).");
  /* Its title typed with a space too many is its title still. */
  g_assert_cmpstr (g_ptr_array_index (changed, 6), ==,
                   "The Staff Partner Developer reports to the Manager, Partner Business.");
}

/* A grade cleared takes its sentence with it, and nothing more: the rest
 * of its paragraph, and the heading over it, stay (even with nothing left
 * under it: without it, roles read back as text) ("This job may be …"
 * after "The Manager, People Business Partner is a [grade 8](…)." on the
 * corpus page people-group__people-business-partner.md). The paragraph
 * went whole. "Sr." ends no sentence. */
static void
test_cleared_grade_keeps_the_paragraph (void)
{
  const char *page
      = "---\ntitle: \"Partners\"\n---\n\n"
        "## Levels\n\n"
        "### Manager, Partners\n\n"
        "#### Job Grade\n\n"
        "The Manager, Partners is a [grade 8](/grades/).\n"
        "This job may be an individual contributor.\n\n"
        "#### Responsibilities\n\n- Partner with leaders\n\n"
        "### Sr. Director, Partners\n\n"
        "#### Job Grade\n\n"
        "The Sr. Director, Partners is a [grade 11](/grades/). It leads the team.\n\n"
        "#### Responsibilities\n\n- Lead partners\n\n"
        "### Director, Partners\n\n"
        "#### Job Grade\n\n"
        "The Director, Partners is a [grade 10](/grades/).\n\n"
        "#### Responsibilities\n\n- Grow partners\n\n"
        "### VP, Partners\n\n"
        "#### Job Grade\n\n"
        "Partners report here. The VP, Partners is a [grade 12](/grades/). It sets the plan.\n\n"
        "#### Responsibilities\n\n- Set the plan\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *cleared = NULL;
  g_autofree char *restored = NULL;

  ladder_role_set_job_grade (get_role (family, 0), LADDER_GRADE_NONE);
  ladder_role_set_job_grade (get_role (family, 1), LADDER_GRADE_NONE);
  ladder_role_set_job_grade (get_role (family, 2), LADDER_GRADE_NONE);
  ladder_role_set_job_grade (get_role (family, 3), LADDER_GRADE_NONE);
  cleared = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (cleared, ==,
                   "---\ntitle: \"Partners\"\n---\n\n"
                   "## Levels\n\n"
                   "### Manager, Partners\n\n"
                   "#### Job Grade\n\n"
                   "This job may be an individual contributor.\n\n"
                   "#### Responsibilities\n\n- Partner with leaders\n\n"
                   "### Sr. Director, Partners\n\n"
                   "#### Job Grade\n\n"
                   "It leads the team.\n\n"
                   "#### Responsibilities\n\n- Lead partners\n\n"
                   "### Director, Partners\n\n"
                   "#### Job Grade\n\n"
                   "#### Responsibilities\n\n- Grow partners\n\n"
                   "### VP, Partners\n\n"
                   "#### Job Grade\n\n"
                   "Partners report here. It sets the plan.\n\n"
                   "#### Responsibilities\n\n- Set the plan\n");

  ladder_role_set_job_grade (get_role (family, 0), 8);
  ladder_role_set_job_grade (get_role (family, 1), 11);
  ladder_role_set_job_grade (get_role (family, 2), 10);
  ladder_role_set_job_grade (get_role (family, 3), 12);
  restored = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (restored, ==, page);
}

/* A grade cleared whose heading holds deeper headings ("##### Technical"
 * under "#### Job Grade", as engineering pages level their roles): the
 * heading stays over them, and the role reads back as a role with them.
 * The heading went, the headings below it moved up into the role, and the
 * role read back as text (8 corpus roles). */
static void
test_cleared_grade_keeps_the_heading_over_more (void)
{
  const char *page = "---\ntitle: \"SRE\"\n---\n\n"
                     "## Levels\n\n"
                     "### Site Reliability Engineer\n\n"
                     "#### Job Grade\n\n"
                     "The Site Reliability Engineer is a [grade 6](/grades/).\n\n"
                     "##### Technical\n\n- Automate\n\n"
                     "##### Execution\n\n- Ship\n\n"
                     "### Senior Site Reliability Engineer\n\n"
                     "#### Job Grade\n\n"
                     "The Senior Site Reliability Engineer is a [grade 7](/grades/).\n\n"
                     "#### Responsibilities\n\n- Lead\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderFamily) again = NULL;
  g_autofree char *cleared = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 2);
  ladder_role_set_job_grade (get_role (family, 0), LADDER_GRADE_NONE);
  cleared = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (cleared, ==,
                   "---\ntitle: \"SRE\"\n---\n\n"
                   "## Levels\n\n"
                   "### Site Reliability Engineer\n\n"
                   "#### Job Grade\n\n"
                   "##### Technical\n\n- Automate\n\n"
                   "##### Execution\n\n- Ship\n\n"
                   "### Senior Site Reliability Engineer\n\n"
                   "#### Job Grade\n\n"
                   "The Senior Site Reliability Engineer is a [grade 7](/grades/).\n\n"
                   "#### Responsibilities\n\n- Lead\n");

  again = import_page (cleared);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (again)), ==, 2);
  g_assert_cmpstr (ladder_role_get_title (get_role (again, 0)), ==, "Site Reliability Engineer");
  g_assert_cmpint (ladder_role_get_job_grade (get_role (again, 0)), ==, LADDER_GRADE_NONE);

  /* A grade heading that is the role's only part stays too: it makes the
   * heading a role's (9 roles of the Total Rewards page read back as
   * text). */
  {
    const char *benefits = "---\ntitle: \"Benefits\"\n---\n\n"
                           "## Benefits\n\n"
                           "### Benefits Analyst\n\n"
                           "#### Job Grade\n\n"
                           "The Benefits Analyst is a [grade 6](/grades/).\n\n"
                           "### Senior Benefits Analyst\n\n"
                           "#### Job Grade\n\n"
                           "The Senior Benefits Analyst is a [grade 7](/grades/).\n";
    g_autoptr (LadderFamily) analysts = import_page (benefits);
    g_autoptr (LadderFamily) reread = NULL;
    g_autofree char *without = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (analysts)), ==, 2);
    ladder_role_set_job_grade (get_role (analysts, 0), LADDER_GRADE_NONE);
    without = export_page (analysts, LADDER_EXPORT_DEFAULT);
    g_assert_nonnull (strstr (without, "### Benefits Analyst\n\n#### Job Grade\n\n### Senior"));
    reread = import_page (without);
    g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (reread)), ==, 2);
    g_assert_cmpstr (ladder_role_get_title (get_role (reread, 0)), ==, "Benefits Analyst");
  }
}

/* A level whose grade was its only part, in a sentence under its
 * heading, keeps its heading alone when the grade is cleared; it reads
 * back as a level of its run (before, as text). A heading over the
 * levels with nothing under it ("### Specialties") is not a level. */
static void
test_cleared_grade_leaves_an_empty_level (void)
{
  const char *page = "---\ntitle: \"Backend\"\n---\n\n"
                     "## Job Grades\n\n"
                     "### Associate Backend Engineer\n\n"
                     "The Associate level is a [grade 5](/grades/).\n\n"
                     "### Intermediate Backend Engineer\n\n"
                     "#### Job Grade\n\n"
                     "The Intermediate Backend Engineer is a [grade 6](/grades/).\n\n"
                     "### Senior Backend Engineer\n\n"
                     "#### Job Grade\n\n"
                     "The Senior Backend Engineer is a [grade 7](/grades/).\n\n"
                     "### Specialties\n\n"
                     "### Staff Backend Engineer\n\n"
                     "#### Job Grade\n\n"
                     "The Staff Backend Engineer is a [grade 8](/grades/).\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderFamily) again = NULL;
  g_autofree char *cleared = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 4);
  ladder_role_set_job_grade (get_role (family, 0), LADDER_GRADE_NONE);
  cleared = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (cleared, "## Job Grades\n\n### Associate Backend Engineer\n\n"
                                     "### Intermediate Backend Engineer\n"));

  again = import_page (cleared);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (again)), ==, 4);
  g_assert_cmpstr (ladder_role_get_title (get_role (again, 0)), ==, "Associate Backend Engineer");
  g_assert_cmpint (ladder_role_get_job_grade (get_role (again, 0)), ==, LADDER_GRADE_NONE);
  g_assert_cmpstr (ladder_role_get_title (get_role (again, 3)), ==, "Staff Backend Engineer");
}

/* "… reports to the [Manager](#manager) role at GitLab.": the link is the
 * manager, the words after it stay. The field showed empty, and a manager
 * typed there wrote a second "reports to" sentence. */
static void
test_manager_named_as_a_role (void)
{
  const char *page = "---\ntitle: \"Security\"\n---\n\n"
                     "## Levels\n\n"
                     "### Security Engineer\n\n"
                     "The Security Engineer reports to the [Security Manager](#security-manager) "
                     "role at GitLab.\n\n"
                     "#### Job Grade\n\n"
                     "The Security Engineer is a [grade 6](/grades/).\n\n"
                     "### Security Manager\n\n"
                     "#### Job Grade\n\n"
                     "The Security Manager is a [grade 8](/grades/).\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *edited = NULL;
  LadderRole      *role = get_role (family, 0);

  g_assert_cmpstr (ladder_role_get_reports_to (role), ==, "Security Manager");
  g_assert_cmpstr (ladder_role_get_reports_to_link (role), ==, "#security-manager");

  ladder_role_set_reports_to (role, "Security Director");
  ladder_role_set_reports_to_link (role, "");
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (
      edited, "\nThe Security Engineer reports to the Security Director role at GitLab.\n"));
  g_assert_null (strstr (strstr (edited, "reports to") + 1, "reports to"));
}

/* A front-matter value edited, then edited back by hand, is written as
 * the page had it: edited through a value that needs quotes ("Renewals:
 * AMER"), a plain `title: Renewals` came back as `title: "Renewals"`. */
static void
test_front_matter_edited_back (void)
{
  const char *page = "---\nlayout: job_family_page\ntitle: Renewals # the family\n"
                     "description: 'Renewals at GitLab'\n---\n\n"
                     "## Levels\n\n### Renewals Manager\n\n#### Responsibilities\n\n- Renew\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *quoted = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *back = NULL;

  /* The comment after the title stays with it. */
  ladder_family_set_title (family, "Renewals: AMER");
  quoted = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (quoted, "\ntitle: \"Renewals: AMER\" # the family\n"));

  /* A new value that the page's style can hold is written in it. */
  ladder_family_set_title (family, "Renewals AMER");
  plain = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (plain, "\ntitle: Renewals AMER # the family\n"));

  ladder_family_set_title (family, "Renewals");
  back = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (back, ==, page);
}

/* A summary typed on a page that had none, then taken out again (Ctrl+A,
 * Backspace in the Summary row), leaves the page as it was: the page gained
 * `description: ""`. A summary the page had keeps its key when emptied:
 * the person emptied that line. */
static void
test_summary_taken_out (void)
{
  const char *page = "---\ntitle: \"Accounting\"\n---\n\n"
                     "## Levels\n\n### Accountant\n\n#### Responsibilities\n\n- Count\n";
  const char *described = "---\ntitle: \"Accounting\"\ndescription: \"Books\"\n---\n\n"
                          "## Levels\n\n### Accountant\n\n#### Responsibilities\n\n- Count\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderFamily) with_summary = import_page (described);
  g_autofree char *typed = NULL;
  g_autofree char *back = NULL;
  g_autofree char *emptied = NULL;

  ladder_family_set_summary (family, "Books");
  typed = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (typed, ==, described);

  ladder_family_set_summary (family, "");
  g_assert_cmpstr (ladder_family_get_summary (family), ==, "");
  back = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (back, ==, page);

  ladder_family_set_summary (with_summary, "");
  emptied = export_page (with_summary, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (emptied, "\ndescription: \"\"\n"));
}

static void
test_add_and_remove_bullets (void)
{
  g_autofree char *page = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *restored = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (LadderBullet) added
      = ladder_bullet_new ("Experience with AI-assisted development tools");
  LadderRole *role;
  gsize       length;

  page = read_test_file ("product-marketing-management.md", &length);
  family = import_page (page);
  role = get_role (family, 0);

  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 1, added);
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (edited, "- 8-10 years of product marketing experience.\n"
                                    "- Experience with AI-assisted development tools\n"
                                    "- Experience with DevOps and/or developer tooling\n"));
  g_assert_cmpuint (strlen (edited), ==,
                    length + strlen ("- Experience with AI-assisted development tools\n"));

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
  g_autoptr (LadderSection) hiring
      = ladder_section_new (LADDER_SECTION_HIRING_PROCESS, "Hiring Process", 2);
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
  g_assert_cmpstr (
      page, ==,
      "---\n"
      "title: \"Widget Engineering\"\n"
      "description: \"Engineers who build widgets\"\n"
      "---\n"
      "\n"
      "### Senior Widget Engineer\n"
      "\n"
      "The Senior Widget Engineer reports to the Manager, Widget Engineering.\n"
      "\n"
      "#### Senior Widget Engineer Job Grade\n"
      "\n"
      "The Senior Widget Engineer is a [grade "
      "7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n"
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
    LadderRole      *read = get_role (again, 0);

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
  const char *page = "---\ntitle: \"Widgets\"\n---\n\n"
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
  LadderRole      *senior = get_role (family, 1);

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 2);
  g_assert_cmpstr (ladder_role_get_extends (senior), ==, "Widget Engineer");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_responsibilities (senior)), ==, 1);

  exported = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (exported, ==, page);

  ladder_role_set_extends (senior, "Junior Widget Engineer");
  renamed = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (
      strstr (renamed, "- Extends that of the Junior Widget Engineer responsibilities\n- Lead"));
}

static void
test_one_role_page (void)
{
  const char *page = "---\ntitle: \"Board Member\"\n---\n\n"
                     "Board Members are accountable to shareholders.\n\n"
                     "## Responsibilities\n\n- Monitor the CEO\n\n"
                     "## Requirements\n\n- Ability to use GitLab\n\n"
                     "## Performance Indicators\n\nA yearly review.\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);
  LadderRole      *role = get_role (family, 0);

  g_assert_cmpstr (exported, ==, page);
  g_assert_cmpint (ladder_role_get_heading_level (role), ==, 0);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Board Member");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_requirements (role)), ==, 1);
  g_assert_cmpstr (ladder_family_get_intro (family), ==,
                   "Board Members are accountable to shareholders.");
}

/* A duplicate of a page's one role, which has no heading of its own, gets
 * one, and reads back as a role of its own, with the title it was given:
 * it was written without a heading, and read back as part of the first. */
static void
test_duplicate_of_one_role_page (void)
{
  const char *page = "---\ntitle: \"Board Member\"\n---\n\n"
                     "Board Members are accountable to shareholders.\n\n"
                     "## Responsibilities\n\n- Monitor the CEO\n\n"
                     "## Requirements\n\n- Ability to use GitLab\n\n"
                     "## Performance Indicators\n\nA yearly review.\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderRole) copy = ladder_role_duplicate (get_role (family, 0));
  g_autoptr (LadderFamily) reopened = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *restored = NULL;

  ladder_role_set_title (copy, "Board Chair");
  ladder_family_insert_role (family, 1, copy);
  exported = export_page (family, LADDER_EXPORT_DEFAULT);
  reopened = import_page (exported);

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (reopened)), ==, 2);
  g_assert_cmpstr (ladder_role_get_title (get_role (reopened, 0)), ==, "Board Member");
  g_assert_cmpstr (ladder_role_get_title (get_role (reopened, 1)), ==, "Board Chair");
  g_assert_cmpuint (
      g_list_model_get_n_items (ladder_role_get_responsibilities (get_role (reopened, 1))), ==, 1);
  g_assert_cmpuint (
      g_list_model_get_n_items (ladder_role_get_requirements (get_role (reopened, 0))), ==, 1);

  /* The page itself is as it was, but for the copy. */
  ladder_family_remove_role (family, 1);
  restored = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (restored, ==, page);
}

/* The current handbook guidelines call the grade "Job Level". */
static void
test_job_level_heading (void)
{
  const char *page
      = "---\ntitle: \"Data Steward\"\n---\n\n## Levels\n\n### Data Steward\n\n"
        "#### Data Steward Job Level\n\n"
        "The Data Steward is a [level "
        "6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
        "#### Data Steward Responsibilities\n\n- Steward data\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = NULL;
  g_autofree char *edited = NULL;
  LadderRole      *role = get_role (family, 0);

  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 1);
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 6);

  exported = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (exported, ==, page);

  ladder_role_set_job_grade (role, 7);
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (
      strstr (edited, "#### Data Steward Job Level\n\nThe Data Steward is a [level 7]("));
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

static LadderRole *
find_role (LadderFamily *family, const char *title)
{
  GListModel *roles = ladder_family_get_roles (family);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      LadderRole *role = get_role (family, i);

      if (g_str_equal (ladder_role_get_title (role), title))
        return role;
    }

  return NULL;
}

static guint
n_roles (LadderFamily *family)
{
  return g_list_model_get_n_items (ladder_family_get_roles (family));
}

static guint
n_bullets (LadderRole *role, LadderBulletList list)
{
  return g_list_model_get_n_items (ladder_role_get_bullets (role, list));
}

/* The first bullet of a list whose heading holds only prose, or nothing,
 * goes under that heading; a heading the role gains is written like its
 * other part headings. Each reads back as the role's. */
static void
test_first_bullet_under_its_heading (void)
{
  const char *page
      = "---\ntitle: \"Programs\"\n---\n\n"
        "## Levels\n\n"
        "### Program Manager\n\n"
        "#### Program Manager Job Grade\n\n"
        "The Program Manager is a [grade "
        "6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
        "#### Program Manager Responsibilities\n\n"
        "#### Program Manager Requirements\n\n"
        "All requirements listed above apply.\n\n"
        "### Senior Program Manager\n\n"
        "#### Senior Program Manager Job Grade\n\n"
        "The Senior Program Manager is a [grade "
        "7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
        "#### Senior Program Manager Responsibilities\n\n"
        "- Run programs\n\n"
        "#### Principal Program Manager Responsibilities\n\n"
        "- Run many programs\n\n"
        "## Hiring Process\n\n"
        "A call.\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autoptr (LadderBullet) responsibility = ladder_bullet_new ("Plan programs");
  g_autoptr (LadderBullet) requirement = ladder_bullet_new ("Ability to use GitLab");
  g_autoptr (LadderBullet) principal = ladder_bullet_new ("Five years of experience");
  g_autofree char *edited = NULL;
  g_autoptr (LadderFamily) again = NULL;
  LadderRole *role;

  g_assert_cmpuint (n_roles (family), ==, 3);
  role = get_role (family, 0);
  g_assert_cmpuint (n_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 0);
  g_assert_cmpuint (n_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS), ==, 0);
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, responsibility);
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, requirement);

  /* A role without a heading of its own, found by its part headings. */
  role = get_role (family, 2);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Principal Program Manager");
  g_assert_cmpint (ladder_role_get_heading_level (role), ==, 0);
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, principal);

  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_nonnull (strstr (edited, "#### Program Manager Responsibilities\n\n"
                                    "- Plan programs\n\n"
                                    "#### Program Manager Requirements\n\n"
                                    "All requirements listed above apply.\n\n"
                                    "- Ability to use GitLab\n\n"
                                    "### Senior Program Manager\n"));
  g_assert_nonnull (strstr (edited, "- Run many programs\n\n"
                                    "#### Principal Program Manager Requirements\n\n"
                                    "- Five years of experience\n\n"
                                    "## Hiring Process\n"));
  g_assert_cmpuint (strlen (edited), ==,
                    strlen (page) + strlen ("- Plan programs\n\n- Ability to use GitLab\n\n")
                        + strlen ("#### Principal Program Manager Requirements\n\n"
                                  "- Five years of experience\n\n"));

  again = import_page (edited);
  g_assert_cmpuint (n_roles (again), ==, 3);
  role = get_role (again, 0);
  g_assert_cmpstr (
      ladder_bullet_get_text (get_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0)), ==,
      "Plan programs");
  g_assert_cmpstr (ladder_bullet_get_text (get_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 0)),
                   ==, "Ability to use GitLab");
  role = get_role (again, 2);
  g_assert_cmpstr (ladder_bullet_get_text (get_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 0)),
                   ==, "Five years of experience");
}

/* Part headings at other levels than the first: the role has them all. */
static void
test_mixed_part_levels (void)
{
  const char *headless
      = "---\ntitle: \"Vice President of Revenue Marketing\"\n---\n\n"
        "Lead revenue marketing.\n\n"
        "#### Job Grade\n\n"
        "The Vice President of Revenue Marketing is a [grade "
        "12](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
        "## Responsibilities\n\n- Own the pipeline\n\n"
        "## Requirements\n\n- Ability to use GitLab\n\n"
        "## Performance Indicators\n\nPipeline created.\n";
  const char *headed = "---\ntitle: \"Accounting Operations\"\n---\n\n"
                       "## Manager, Accounting Operations\n\n"
                       "### Job Grade\n\n"
                       "The Manager, Accounting Operations is a grade 8.\n\n"
                       "### Responsibilities\n\n- Close the books\n\n"
                       "## Requirements\n\n- Ability to use GitLab\n\n"
                       "## Performance Indicators\n\nA clean audit.\n";
  g_autoptr (LadderFamily) first = import_page (headless);
  g_autoptr (LadderFamily) second = import_page (headed);
  g_autofree char *first_page = export_page (first, LADDER_EXPORT_DEFAULT);
  g_autofree char *second_page = export_page (second, LADDER_EXPORT_DEFAULT);
  LadderRole      *role;

  g_assert_cmpstr (first_page, ==, headless);
  g_assert_cmpuint (n_roles (first), ==, 1);
  role = get_role (first, 0);
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 12);
  g_assert_cmpuint (n_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 1);
  g_assert_cmpuint (n_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS), ==, 1);

  g_assert_cmpstr (second_page, ==, headed);
  g_assert_cmpuint (n_roles (second), ==, 1);
  role = get_role (second, 0);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Manager, Accounting Operations");
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 8);
  g_assert_cmpuint (n_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 1);
  g_assert_cmpuint (n_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS), ==, 1);
}

/* "Nice-to-have Requirements" and "Preferred Requirements" qualify the
 * role's requirements; they are no roles. */
static void
test_qualified_requirements (void)
{
  const char *levels
      = "---\ntitle: \"Development Management\"\n---\n\n"
        "## Levels\n\n"
        "### Director, Development\n\n"
        "#### Job Grade\n\n"
        "The Director, Development is a grade 10.\n\n"
        "#### Requirements\n\n"
        "Director, Development requirements match those of Director, Engineering.\n\n"
        "#### Nice-to-have Requirements\n\n"
        "- Be a user of GitLab\n"
        "- Prior product company experience\n\n"
        "### Senior Director, Development\n\n"
        "#### Job Grade\n\n"
        "The Senior Director, Development is a grade 11.\n\n"
        "#### Requirements\n\n- Ability to use GitLab\n\n"
        "#### Senior Director, Development Nice-to-have Requirements\n\n- Deep open source "
        "experience\n";
  const char *one_role = "---\ntitle: \"Chief of Staff\"\n---\n\n"
                         "## Responsibilities\n\n- Run the office\n\n"
                         "## Requirements\n\n1. Ability to use GitLab.\n\n"
                         "### Preferred Requirements\n\n1. Knows how to use git.\n";
  g_autoptr (LadderFamily) family = import_page (levels);
  g_autoptr (LadderFamily) chief = import_page (one_role);
  g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);
  g_autofree char *chief_page = export_page (chief, LADDER_EXPORT_DEFAULT);
  LadderRole      *director;

  g_assert_cmpstr (exported, ==, levels);
  g_assert_cmpuint (n_roles (family), ==, 2);
  director = get_role (family, 0);
  g_assert_cmpstr (ladder_role_get_title (director), ==, "Director, Development");
  g_assert_cmpuint (n_bullets (director, LADDER_BULLET_LIST_REQUIREMENTS), ==, 2);
  g_assert_cmpstr (
      ladder_bullet_get_text (get_bullet (director, LADDER_BULLET_LIST_REQUIREMENTS, 0)), ==,
      "Be a user of GitLab");
  g_assert_cmpuint (n_bullets (get_role (family, 1), LADDER_BULLET_LIST_REQUIREMENTS), ==, 2);

  g_assert_cmpstr (chief_page, ==, one_role);
  g_assert_cmpuint (n_roles (chief), ==, 1);
  g_assert_cmpuint (n_bullets (get_role (chief, 0), LADDER_BULLET_LIST_REQUIREMENTS), ==, 2);
}

/* A heading that speaks of parts ("Responsibilities and Requirements for
 * All Levels") is no role; a role whose part headings stand beside its
 * heading, named after it, is one. */
static void
test_headings_naming_parts_are_not_roles (void)
{
  const char *page
      = "---\ntitle: \"Sales Leadership\"\n---\n\n"
        "## Responsibilities and Requirements for All Levels\n\n"
        "### Responsibilities\n\n- Build the team\n\n"
        "### Requirements\n\n- Ability to use GitLab\n\n"
        "## VP, Sales\n\n"
        "## VP, Sales Job Grade\n\n"
        "The VP, Sales is a [grade "
        "12](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n"
        "## VP, Sales Responsibilities\n\n- Set the sales strategy\n\n"
        "## Performance Indicators\n\nBookings.\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);
  LadderRole      *vp;

  g_assert_cmpstr (exported, ==, page);
  for (guint i = 0; i < n_roles (family); i++)
    g_assert_null (strstr (ladder_role_get_title (get_role (family, i)), "Requirements"));

  vp = find_role (family, "VP, Sales");
  g_assert_nonnull (vp);
  g_assert_cmpint (ladder_role_get_heading_level (vp), ==, 2);
  g_assert_cmpint (ladder_role_get_job_grade (vp), ==, 12);
  g_assert_cmpuint (n_bullets (vp, LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 1);
}

/* Levels written one level deeper, inside the last role of a run, after
 * its parts, are roles of that run too. */
static void
test_nested_role_run (void)
{
  const char *page
      = "---\ntitle: \"Localization\"\n---\n\n"
        "## Levels\n\n"
        "## Senior Localization Manager\n\n"
        "### Senior Localization Manager Job Grade\n\n"
        "The Senior Localization Manager is a grade 7.\n\n"
        "### Senior Localization Manager Responsibilities\n\n- Localize the handbook\n\n"
        "### Career Ladder\n\nThe next step is Director.\n\n"
        "### Director, Localization\n\n"
        "#### Director, Localization Job Grade\n\n"
        "The Director, Localization is a grade 10.\n\n"
        "#### Director, Localization Responsibilities\n\n- Lead localization\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);
  LadderRole      *director;

  g_assert_cmpstr (exported, ==, page);
  g_assert_cmpuint (n_roles (family), ==, 2);
  director = get_role (family, 1);
  g_assert_cmpstr (ladder_role_get_title (director), ==, "Director, Localization");
  g_assert_cmpint (ladder_role_get_heading_level (director), ==, 3);
  g_assert_cmpint (ladder_role_get_job_grade (director), ==, 10);
  g_assert_cmpuint (n_bullets (director, LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 1);
  g_assert_cmpuint (n_bullets (get_role (family, 0), LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 1);
}

/* A level that only gives its grade, in a sentence, beside levels with
 * part headings ("### Associate Backend Engineer" on the corpus page
 * engineering__backend-engineer.md): a role of their run, whose grade is
 * edited in its sentence. A table of grades beside them stays a section. */
static void
test_level_given_its_grade_alone (void)
{
  const char *page
      = "---\ntitle: \"Backend Engineer\"\n---\n\n"
        "## Job Grades\n\n"
        "| Role | Grade |\n| -- | - |\n| [Intermediate](#intermediate) | [Grade 6](/grades/) |\n\n"
        "### Associate Backend Engineer\n\n"
        "The Associate level in the Engineering Division is a [grade 5](/grades/).\n\n"
        "### Intermediate Backend Engineer\n\n"
        "#### Job Grade\n\n"
        "The Intermediate Backend Engineer is a [grade 6](/grades/).\n\n"
        "### Senior Backend Engineer\n\n"
        "#### Job Grade\n\n"
        "The Senior Backend Engineer is a [grade 7](/grades/).\n\n"
        "#### Responsibilities\n\n- Ship features\n\n"
        "## Career Ladder\n\nThe next step is Staff. It is a grade 8.\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);
  g_autofree char *edited = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  LadderRole *associate;

  g_assert_cmpstr (exported, ==, page);
  g_assert_cmpuint (n_roles (family), ==, 3);
  associate = get_role (family, 0);
  g_assert_cmpstr (ladder_role_get_title (associate), ==, "Associate Backend Engineer");
  g_assert_cmpint (ladder_role_get_job_grade (associate), ==, 5);
  g_assert_cmpstr (ladder_role_get_title (get_role (family, 1)), ==,
                   "Intermediate Backend Engineer");

  ladder_role_set_job_grade (associate, 4);
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  changed = changed_lines (page, edited);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==,
                   "The Associate level in the Engineering Division is a [grade 4](/grades/).");
}

/* "### Junior Analyst" then "### Junior Analyst Job Grade" at its own
 * level: a role. */
static void
test_parts_beside_the_role_heading (void)
{
  const char *page = "---\ntitle: \"Accounts Payable\"\n---\n\n"
                     "## Levels\n\n"
                     "### Junior Analyst\n\n"
                     "The Junior Analyst reports to the Manager, Accounts Payable.\n\n"
                     "### Junior Analyst Job Grade\n\n"
                     "The Junior Analyst is a grade 5.\n\n"
                     "### Junior Analyst Responsibilities\n\n- Process invoices\n\n"
                     "### Analyst\n\n"
                     "#### Analyst Job Grade\n\n"
                     "The Analyst is a grade 6.\n\n"
                     "#### Analyst Responsibilities\n\n- Review invoices\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);
  LadderRole      *junior;

  g_assert_cmpstr (exported, ==, page);
  g_assert_cmpuint (n_roles (family), ==, 2);
  junior = get_role (family, 0);
  g_assert_cmpstr (ladder_role_get_title (junior), ==, "Junior Analyst");
  g_assert_cmpint (ladder_role_get_heading_level (junior), ==, 3);
  g_assert_cmpint (ladder_role_get_job_grade (junior), ==, 5);
  g_assert_cmpstr (ladder_role_get_reports_to (junior), ==, "Manager, Accounts Payable");
  g_assert_cmpuint (n_bullets (junior, LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 1);
}

/* A "Job Grades" table for all roles is no role; a heading whose part
 * headings name other roles heads those roles. */
static void
test_grade_tables_and_run_headings (void)
{
  const char *table
      = "---\ntitle: \"Professional Services Management\"\n---\n\n"
        "### Job Grades\n\n"
        "| Title | Grade |\n|---|---|\n"
        "| [Manager](#manager) | [Grade "
        "9](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades) |\n\n"
        "## Manager\n\n"
        "### Responsibilities\n\n- Deliver projects\n\n"
        "### Requirements\n\n- Ability to use GitLab\n";
  const char *territories = "---\ntitle: \"Enterprise Sales\"\n---\n\n"
                            "## Territories\n\n"
                            "### VP, Sales (Americas) Responsibilities\n\n- Lead the Americas\n\n"
                            "### VP, Sales (Americas) Requirements\n\n- Speaks Spanish\n\n"
                            "### VP, Sales (EMEA) Responsibilities\n\n- Lead EMEA\n\n"
                            "### VP, Sales (EMEA) Requirements\n\n- Speaks German\n";
  g_autoptr (LadderFamily) first = import_page (table);
  g_autoptr (LadderFamily) second = import_page (territories);
  g_autofree char *first_page = export_page (first, LADDER_EXPORT_DEFAULT);
  g_autofree char *second_page = export_page (second, LADDER_EXPORT_DEFAULT);

  g_assert_cmpstr (first_page, ==, table);
  g_assert_cmpuint (n_roles (first), ==, 1);
  g_assert_cmpstr (ladder_role_get_title (get_role (first, 0)), ==, "Manager");

  g_assert_cmpstr (second_page, ==, territories);
  g_assert_cmpuint (n_roles (second), ==, 2);
  g_assert_cmpstr (ladder_role_get_title (get_role (second, 0)), ==, "VP, Sales (Americas)");
  g_assert_cmpstr (ladder_role_get_title (get_role (second, 1)), ==, "VP, Sales (EMEA)");
  g_assert_cmpuint (n_bullets (get_role (second, 0), LADDER_BULLET_LIST_REQUIREMENTS), ==, 1);
}

static void
test_import_errors (void)
{
  static const struct
  {
    const char *data;
    gsize       length;
    const char *message;
  } cases[] = {
    { "ok\nbad \xff byte\n", 13, "page.md:2:5: error: the page is not valid UTF-8" },
    { "ok\nnul \0 byte\n", 13,
      "page.md:2:5: error: the page holds a NUL byte; it is not a text file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFamily) family
          = ladder_markdown_import (cases[i].data, cases[i].length, "page.md", &error);

      g_assert_null (family);
      g_assert_error (error, LADDER_ERROR, LADDER_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* Issue 11: a value the page writes over several lines (two of a hundred
 * real pages have a quoted description going on at the margin) is shown,
 * written back as it was while unchanged, and replaced whole when edited,
 * leaving a front matter that is still YAML. */
static void
test_multi_line_front_matter (void)
{
  static const char page[]
      = "---\n"
        "title: \"Corporate Development\"\n"
        "description: \"Corporate Development team members prospect, pursue and\n"
        "integrate acquisitions.\"\n"
        "extra_js:\n"
        "- libs/mermaid.min.js\n"
        "---\n"
        "\n"
        "Intro.\n";
  g_autoptr (LadderFamily) family = import_page (page);
  g_autofree char *same = export_page (family, LADDER_EXPORT_DEFAULT);
  g_autofree char *edited = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) again = NULL;

  g_assert_cmpstr (
      ladder_family_get_summary (family), ==,
      "Corporate Development team members prospect, pursue and integrate acquisitions.");
  g_assert_cmpstr (same, ==, page);

  ladder_family_set_summary (family, "Buys companies.");
  edited = export_page (family, LADDER_EXPORT_DEFAULT);
  g_assert_cmpstr (edited, ==,
                   "---\n"
                   "title: \"Corporate Development\"\n"
                   "description: \"Buys companies.\"\n"
                   "extra_js:\n"
                   "- libs/mermaid.min.js\n"
                   "---\n"
                   "\n"
                   "Intro.\n");

  /* The page written reads back. */
  again = ladder_markdown_import (edited, strlen (edited), "page.md", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_family_get_summary (again), ==, "Buys companies.");
}

/* A page whose front matter is not one YAML mapping is refused with the
 * place of the fault; written back, it would break the handbook's build. */
static void
test_front_matter_refused (void)
{
  static const struct
  {
    const char *page;
    const char *message;
  } cases[] = {
    { "---\ntitle: [unclosed\n---\n", "page.md:2:" },
    { "---\ntitle: a\ntitle: b\n---\n",
      "page.md:3:1: error: front matter “title”: the key “title” is given twice" },
    { "---\ntitle: \"a\n---\n", "page.md:2:" },
    { "---\ntitle: a: b\n---\n", "page.md:2:" },
    { "---\n- a\n---\n", "page.md:2:1: error:" },
    { "---\ntitle: x\n  # c\n  more\n---\n", "page.md:4:" },
    { "---\ntitle: x\n...\n---\n", "page.md:3:1: error:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFamily) family
          = ladder_markdown_import (cases[i].page, strlen (cases[i].page), "page.md", &error);

      g_test_message ("case %u", i);
      g_assert_null (family);
      g_assert_error (error, LADDER_ERROR, LADDER_ERROR_SYNTAX);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
    }
}

/* A title the page gives as a list, or with an anchor, cannot be edited
 * as text: it is read-only, with a reason, and setting it changes nothing. */
static void
test_front_matter_read_only (void)
{
  static const char *const pages[] = {
    "---\ntitle: [a, b]\n---\n",
    "---\ntitle:\n- a\n- b\n---\n",
    "---\ntitle: &t The title\nsummary: *t\n---\n",
    "---\ntitle: !!str 5\n---\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr (LadderFamily) family = import_page (pages[i]);
      g_autofree char *reason = ladder_family_dup_read_only_reason (family, "title");
      g_autofree char *page = NULL;

      g_assert_nonnull (reason);
      g_assert_nonnull (strstr (reason, "“title”"));
      ladder_family_set_title (family, "Changed");
      page = export_page (family, LADDER_EXPORT_DEFAULT);
      g_assert_cmpstr (page, ==, pages[i]);
    }

  {
    g_autoptr (LadderFamily) family = import_page ("---\ntitle: \"a\n  b\"\n---\n");
    g_autofree char *reason = ladder_family_dup_read_only_reason (family, "title");

    g_assert_null (reason);
  }
}

static char *
bullet_texts (LadderRole *role, LadderBulletList which)
{
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < ladder_role_get_n_bullets (role, which); i++)
    {
      g_autoptr (LadderBullet) bullet
          = g_list_model_get_item (ladder_role_get_bullets (role, which), i);

      g_string_append_printf (texts, "%s%s", i > 0 ? "|" : "", ladder_bullet_get_text (bullet));
    }

  return g_string_free (texts, FALSE);
}

/* A text that divides a list ("Reporting") stands a blank line below the
 * bullet before it, whichever that is after an edit: the bullet above it
 * deleted, or a new one put there. Before, it followed the bullet right
 * under it and read back as that bullet's second line. */
static void
test_bullet_above_dividing_text (void)
{
  const char *page = "---\ntitle: Analyst\n---\n\n## Responsibilities\n\n"
                     "- Plan the work\n- Do the work\n\nReporting\n\n- Report on the work\n\n"
                     "## Requirements\n\n- Ability to use GitLab\n";

  for (guint edit = 0; edit < 2; edit++)
    {
      g_autoptr (LadderFamily) family = import_page (page);
      LadderRole      *role = get_role (family, 0);
      g_autofree char *exported = NULL;
      g_autofree char *made = NULL;
      g_autofree char *read_back = NULL;
      g_autoptr (LadderFamily) reopened = NULL;

      g_assert_cmpuint (ladder_role_get_n_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES), ==,
                        3);
      if (edit == 0)
        ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1);
      else
        {
          g_autoptr (LadderBullet) bullet = ladder_bullet_new ("Review the work");

          ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2, bullet);
        }

      exported = export_page (family, LADDER_EXPORT_DEFAULT);
      g_assert_nonnull (strstr (exported, edit == 0 ? "- Plan the work\n\nReporting\n\n"
                                                    : "- Review the work\n\nReporting\n\n"));
      reopened = import_page (exported);
      made = bullet_texts (role, LADDER_BULLET_LIST_RESPONSIBILITIES);
      read_back = bullet_texts (get_role (reopened, 0), LADDER_BULLET_LIST_RESPONSIBILITIES);
      g_assert_cmpstr (read_back, ==, made);
    }

  /* A text that ends the bullet above it by itself (a heading, a rule)
   * keeps its place right under it: the page comes back as it was. */
  {
    const char *tight = "---\ntitle: Analyst\n---\n\n## Responsibilities\n\n"
                        "- Plan the work\n### Reporting\n- Report on the work\n---\n"
                        "- Review the work\n";
    g_autoptr (LadderFamily) family = import_page (tight);
    g_autofree char *exported = export_page (family, LADDER_EXPORT_DEFAULT);

    g_assert_cmpstr (exported, ==, tight);
  }
}

/* A role whose requirements start with "Extends" a role the family does
 * not have, and whose responsibilities start with one it has: the
 * responsibilities' line is the extends, whatever the requirements' first
 * bullet. Before, only the later list's line was looked at, so deleting
 * that bullet made the other line the extends on reopening. */
static void
test_extends_from_either_list (void)
{
  const char *page = "---\ntitle: Sourcer\n---\n\n## Levels\n\n### Sourcer\n\n"
                     "#### Sourcer Responsibilities\n\n- Source candidates\n\n"
                     "### Senior Sourcer\n\n#### Senior Sourcer Responsibilities\n\n"
                     "- Extends the Sourcer responsibilities.\n- Mentor sourcers\n\n"
                     "#### Senior Sourcer Requirements\n\n"
                     "- Extends the Intermediate Sourcer requirements.\n- Five years of sourcing\n";
  g_autoptr (LadderFamily) family = import_page (page);
  LadderRole      *senior = get_role (family, 1);
  g_autofree char *exported = NULL;
  g_autoptr (LadderFamily) reopened = NULL;

  g_assert_cmpstr (ladder_role_get_title (senior), ==, "Senior Sourcer");
  g_assert_cmpstr (ladder_role_get_extends (senior), ==, "Sourcer");
  g_assert_cmpuint (ladder_role_get_n_bullets (senior, LADDER_BULLET_LIST_RESPONSIBILITIES), ==, 1);
  g_assert_cmpuint (ladder_role_get_n_bullets (senior, LADDER_BULLET_LIST_REQUIREMENTS), ==, 2);

  ladder_role_remove_bullet (senior, LADDER_BULLET_LIST_REQUIREMENTS, 0);
  exported = export_page (family, LADDER_EXPORT_DEFAULT);
  reopened = import_page (exported);
  g_assert_cmpstr (ladder_role_get_extends (get_role (reopened, 1)), ==, "Sourcer");
  g_assert_cmpuint (
      ladder_role_get_n_bullets (get_role (reopened, 1), LADDER_BULLET_LIST_REQUIREMENTS), ==, 1);
}

/* A group's text as the form shows it above the group's first bullet:
 * the words, as the page renders them, one block a line. */
static void
test_plain_text (void)
{
  static const struct
  {
    const char *markdown, *plain;
  } cases[] = {
    { "**Partner Management**", "Partner Management" },
    { "##### Nice to have", "Nice to have" },
    { "Deal execution:", "Deal execution:" },
    { "Standard [Engineering Manager requirements](/handbook/x/) apply",
      "Standard Engineering Manager requirements apply" },
    { "Nice-to-haves\nGreat candidates will have", "Nice-to-haves Great candidates will have" },
    { "The role:\n\n**Leadership**", "The role:\nLeadership" },
    { "<!-- a note -->\n\n*Cloud* \\*Partnering\\* &amp; `code`", "Cloud *Partnering* & code" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *plain = ladder_markdown_plain_text (cases[i].markdown);

      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown/example/exports-the-page", test_example_exports_the_page);
  g_test_add_func ("/markdown/example/saves-unchanged", test_example_saves_unchanged);
  g_test_add_func ("/markdown/export/canonical", test_canonical_export);
  g_test_add_func ("/markdown/export/new-family-follows-template",
                   test_new_family_follows_template);
  g_test_add_func ("/markdown/edit/bullet-changes-one-line", test_edit_bullet_changes_one_line);
  g_test_add_func ("/markdown/edit/grade-changes-one-line", test_edit_grade_changes_one_line);
  g_test_add_func ("/markdown/edit/rename-role", test_rename_role_changes_its_lines);
  g_test_add_func ("/markdown/edit/bullet-above-dividing-text", test_bullet_above_dividing_text);
  g_test_add_func ("/markdown/import/extends-from-either-list", test_extends_from_either_list);
  g_test_add_func ("/markdown/edit/rename-keeps-extends-wording",
                   test_rename_keeps_extends_wording);
  g_test_add_func ("/markdown/edit/reports-to-as-pages-write-it",
                   test_reports_to_as_pages_write_it);
  g_test_add_func ("/markdown/edit/rename-after-doubled-space", test_rename_after_doubled_space);
  g_test_add_func ("/markdown/edit/reports-to-among-sentences", test_reports_to_among_sentences);
  g_test_add_func ("/markdown/edit/rename-keeps-heading-html", test_rename_keeps_heading_html);
  g_test_add_func ("/markdown/edit/rename-keeps-sentence-wording",
                   test_rename_keeps_sentence_wording);
  g_test_add_func ("/markdown/edit/rename-keeps-what-the-sentence-says",
                   test_rename_keeps_what_the_sentence_says);
  g_test_add_func ("/markdown/edit/cleared-grade-keeps-the-paragraph",
                   test_cleared_grade_keeps_the_paragraph);
  g_test_add_func ("/markdown/edit/cleared-grade-keeps-the-heading-over-more",
                   test_cleared_grade_keeps_the_heading_over_more);
  g_test_add_func ("/markdown/edit/manager-named-as-a-role", test_manager_named_as_a_role);
  g_test_add_func ("/markdown/edit/cleared-grade-leaves-an-empty-level",
                   test_cleared_grade_leaves_an_empty_level);
  g_test_add_func ("/markdown/edit/add-and-remove-bullets", test_add_and_remove_bullets);
  g_test_add_func ("/markdown/import/extends", test_extends_becomes_a_reference);
  g_test_add_func ("/markdown/import/one-role-page", test_one_role_page);
  g_test_add_func ("/markdown/edit/duplicate-of-one-role-page", test_duplicate_of_one_role_page);
  g_test_add_func ("/markdown/import/job-level-heading", test_job_level_heading);
  g_test_add_func ("/markdown/import/without-structure", test_pages_without_structure);
  g_test_add_func ("/markdown/import/errors", test_import_errors);
  g_test_add_func ("/markdown/edit/first-bullet-under-its-heading",
                   test_first_bullet_under_its_heading);
  g_test_add_func ("/markdown/import/mixed-part-levels", test_mixed_part_levels);
  g_test_add_func ("/markdown/import/qualified-requirements", test_qualified_requirements);
  g_test_add_func ("/markdown/import/headings-naming-parts",
                   test_headings_naming_parts_are_not_roles);
  g_test_add_func ("/markdown/import/nested-role-run", test_nested_role_run);
  g_test_add_func ("/markdown/import/level-given-its-grade-alone",
                   test_level_given_its_grade_alone);
  g_test_add_func ("/markdown/import/parts-beside-role-heading",
                   test_parts_beside_the_role_heading);
  g_test_add_func ("/markdown/import/grade-tables-and-run-headings",
                   test_grade_tables_and_run_headings);
  g_test_add_func ("/markdown/front-matter/multi-line", test_multi_line_front_matter);
  g_test_add_func ("/markdown/front-matter/edited-back", test_front_matter_edited_back);
  g_test_add_func ("/markdown/front-matter/summary-taken-out", test_summary_taken_out);
  g_test_add_func ("/markdown/front-matter/refused", test_front_matter_refused);
  g_test_add_func ("/markdown/front-matter/read-only", test_front_matter_read_only);
  g_test_add_func ("/markdown/plain-text", test_plain_text);

  return g_test_run ();
}
