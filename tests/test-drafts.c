/* test-drafts.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A draft restored after a crash goes on as the document went on before
 * it: what is saved after the restore is what would have been saved had
 * Ladder not closed, and nothing the person did not edit changes.
 */

#include <string.h>

#include "ladder-drafts.h"
#include "ladder-test-document.h"
#include "ladder-test-git.h"

/* A page with no summary: neither `summary` nor `description`. */
static const char page[] = "---\n"
                           "title: \"Board Member\"\n"
                           "---\n"
                           "\n"
                           "GitLab Board Members are accountable to GitLab shareholders.\n"
                           "\n"
                           "## Board Member\n"
                           "\n"
                           "### Responsibilities\n"
                           "\n"
                           "- Attends the board meetings.\n"
                           "\n"
                           "## Performance Indicators\n"
                           "\n"
                           "Board members will have a yearly review of their performance.\n";

static const char level_page[] = "---\n"
                                 "title: \"Technology Partner Manager\"\n"
                                 "weight: 10\n"
                                 "---\n"
                                 "\n"
                                 "### Responsibilities\n"
                                 "\n"
                                 "- Builds relationships with technology partners.\n";

/* @document's draft written, @document gone without a word, and the one
 * draft left restored into a new document. */
static LadderDocument *
crash_and_restore (LadderDocument *document)
{
  g_autoptr (GPtrArray) drafts = NULL;
  Wait wait = { 0 };

  ladder_document_write_draft_now (document);
  wait_until_idle (document);
  assert_finalized (document);

  drafts = ladder_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  document = ladder_document_new ();
  ladder_document_load_draft_async (document, g_ptr_array_index (drafts, 0), NULL, on_loaded,
                                    &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  g_assert_true (ladder_document_get_modified (document));

  return document;
}

static void
finish (LadderDocument *document)
{
  ladder_document_discard_draft (document);
  wait_until_idle (document);
  assert_finalized (document);
}

/* A tester typed a summary on a page that had none, Ladder was killed,
 * the draft restored, the summary taken out again, and the page saved:
 * it had gained `description: ""`, a line the tester never wrote (had
 * Ladder not closed, taking the summary out left the page as it was).
 * The restored draft knows which entries the page had. */
static void
test_summary_cleared_after_restore (void)
{
  g_autofree char *folder = g_dir_make_tmp ("ladder-drafts-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "board-member.md", NULL);
  g_autofree char *after = NULL;
  LadderDocument  *document;

  ladder_test_write (folder, "board-member.md", page, -1);
  document = load (path);
  ladder_family_set_summary (ladder_document_get_family (document), "A new summary");

  document = crash_and_restore (document);
  g_assert_cmpstr (ladder_family_get_summary (ladder_document_get_family (document)), ==,
                   "A new summary");
  ladder_family_set_summary (ladder_document_get_family (document), "");
  save (document);

  after = ladder_test_read (folder, "board-member.md");
  g_assert_cmpstr (after, ==, page);

  finish (document);
  ladder_test_remove_tree (folder);
}

/* The same in a family kept as a folder: its `_index.md` gained the line. */
static void
test_folder_summary_cleared_after_restore (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-drafts-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (root, "board-member", NULL);
  g_autofree char *index = NULL;
  LadderDocument  *document;

  ladder_test_write (folder, "_index.md", page, -1);
  ladder_test_write (folder, "partner.md", level_page, -1);
  document = load (folder);
  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_FOLDER);
  ladder_family_set_summary (ladder_document_get_family (document), "A new summary");

  document = crash_and_restore (document);
  ladder_family_set_summary (ladder_document_get_family (document), "");
  save (document);

  index = ladder_test_read (folder, "_index.md");
  g_assert_cmpstr (index, ==, page);

  finish (document);
  ladder_test_remove_tree (root);
}

/* A page whose summary is written unquoted: its summary taken out, Ladder
 * killed, the draft restored and the same summary typed back: the line
 * came back quoted ("…"), a change in git nobody made. Without the crash
 * it comes back as the page wrote it. */
static void
test_summary_typed_back_after_restore (void)
{
  static const char quoted_page[] = "---\n"
                                    "title: Strategy and Operations\n"
                                    "description: The team are GitLab's internal consultants.\n"
                                    "---\n"
                                    "\n"
                                    "## Performance Indicators\n"
                                    "\n"
                                    "- Projects delivered.\n";
  g_autofree char  *folder = g_dir_make_tmp ("ladder-drafts-XXXXXX", NULL);
  g_autofree char  *path = g_build_filename (folder, "strategy.md", NULL);
  g_autofree char  *after = NULL;
  LadderDocument   *document;

  ladder_test_write (folder, "strategy.md", quoted_page, -1);
  document = load (path);
  g_assert_cmpstr (ladder_family_get_summary (ladder_document_get_family (document)), ==,
                   "The team are GitLab's internal consultants.");
  ladder_family_set_summary (ladder_document_get_family (document), "");

  document = crash_and_restore (document);
  ladder_family_set_summary (ladder_document_get_family (document),
                             "The team are GitLab's internal consultants.");
  save (document);

  after = ladder_test_read (folder, "strategy.md");
  g_assert_cmpstr (after, ==, quoted_page);

  finish (document);
  ladder_test_remove_tree (folder);
}

static char *
titled_level (const char *title, int weight)
{
  return g_strdup_printf ("---\n"
                          "title: \"%s\"\n"
                          "weight: %d\n"
                          "---\n"
                          "\n"
                          "The %s reports to the Manager, Technical Writing.\n"
                          "\n"
                          "### Responsibilities\n"
                          "\n"
                          "- Writes documentation.\n",
                          title, weight, title);
}

static const char *level_names[] = { "intermediate.md", "senior.md", "staff.md" };
static const char *level_titles[]
    = { "Technical Writer", "Senior Technical Writer", "Staff Technical Writer" };

/* A folder of three levels in a new folder; its path. */
static char *
three_levels (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-drafts-XXXXXX", NULL);
  char            *folder = g_build_filename (root, "technical-writer", NULL);

  ladder_test_write (folder, "_index.md", page, -1);
  for (guint i = 0; i < G_N_ELEMENTS (level_names); i++)
    {
      g_autofree char *text = titled_level (level_titles[i], (int) (i + 1) * 10);

      ladder_test_write (folder, level_names[i], text, -1);
    }
  return folder;
}

/* The Staff level renamed, the Senior level deleted. */
static void
rename_and_delete (LadderDocument *document)
{
  LadderFamily *family = ladder_document_get_family (document);
  GListModel   *roles = ladder_family_get_roles (family);
  g_autoptr (LadderRole) staff = NULL;

  /* Roles: the index's own, then the levels. */
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);
  staff = g_list_model_get_item (roles, 3);
  g_assert_cmpstr (ladder_role_get_title (staff), ==, "Staff Technical Writer");
  ladder_role_set_title (staff, "Staff Writer");
  ladder_family_remove_role (family, 2);
}

/* What the folder's files hold, by name, and which are there. */
static char *
folder_state (const char *folder)
{
  GString *state = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (level_names); i++)
    {
      g_autofree char *path = g_build_filename (folder, level_names[i], NULL);
      g_autofree char *text = NULL;

      g_string_append_printf (state, "== %s\n", level_names[i]);
      if (g_file_get_contents (path, &text, NULL, NULL))
        g_string_append (state, text);
      else
        g_string_append (state, "(none)\n");
    }
  return g_string_free (state, FALSE);
}

/* A tester renamed a level of a family folder and deleted the level
 * before it; Ladder was killed, the draft restored and saved: the renamed
 * level was written to the deleted level's page (its address, its weight)
 * and its own page deleted, where saving without the crash deletes the
 * deleted level's page and keeps the renamed one's. A restored draft
 * knows which page each role was read from. */
static void
test_folder_level_pages_kept_after_restore (void)
{
  g_autofree char *expected_folder = three_levels ();
  g_autofree char *folder = three_levels ();
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  LadderDocument  *document;

  document = load (expected_folder);
  rename_and_delete (document);
  save (document);
  finish (document);
  expected = folder_state (expected_folder);
  g_assert_nonnull (strstr (expected, "== senior.md\n(none)"));

  document = load (folder);
  rename_and_delete (document);
  document = crash_and_restore (document);
  save (document);
  after = folder_state (folder);
  g_assert_cmpstr (after, ==, expected);

  finish (document);
}

int
main (int argc, char *argv[])
{
  g_autofree char *state = NULL;

  g_test_init (&argc, &argv, NULL);

  /* Drafts go to a state folder of the test's own. */
  ladder_test_isolate_home ("ladder-drafts-home-XXXXXX");
  state = g_dir_make_tmp ("ladder-drafts-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);

  g_test_add_func ("/drafts/summary-cleared-after-restore", test_summary_cleared_after_restore);
  g_test_add_func ("/drafts/folder-summary-cleared-after-restore",
                   test_folder_summary_cleared_after_restore);
  g_test_add_func ("/drafts/summary-typed-back-after-restore",
                   test_summary_typed_back_after_restore);
  g_test_add_func ("/drafts/folder-level-pages-kept-after-restore",
                   test_folder_level_pages_kept_after_restore);

  return g_test_run ();
}
