/* test-folder-undo.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A family kept as a folder, saved between an edit and its undo: saved
 * again, every file is as it was before the edit.
 */

#include <string.h>

#include "ladder-history.h"
#include "ladder-test-document.h"
#include "ladder-test-git.h"

/* `_index.md` with a role of its own (its Responsibilities, shared by all
 * levels), then two level pages. */
static const char index_page[] = "---\n"
                                 "title: \"Technical Writer\"\n"
                                 "---\n"
                                 "\n"
                                 "Technical writers make the documentation clear.\n"
                                 "\n"
                                 "## Responsibilities\n"
                                 "\n"
                                 "- Collaborate with GitLab engineers.\n"
                                 "- Dive in on special projects.\n"
                                 "\n"
                                 "## Performance Indicators\n"
                                 "\n"
                                 "- Documentation merge requests.\n";

static char *
level_page (const char *title, int weight, int grade)
{
  return g_strdup_printf (
      "---\n"
      "title: \"%s\"\n"
      "weight: %d\n"
      "---\n"
      "\n"
      "The %s reports to the Manager, Technical Writing.\n"
      "\n"
      "### Job Grade\n"
      "\n"
      "The %s is a [grade "
      "%d](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n"
      "\n"
      "### Responsibilities\n"
      "\n"
      "- Writes the documentation of new features.\n",
      title, weight, title, title, grade);
}

static const char *names[] = { "_index.md", "intermediate.md", "senior.md" };

static void
assert_folder_as_before (const char *folder, char **before)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *now = ladder_test_read (folder, names[i]);

      g_assert_cmpstr (now, ==, before[i]);
    }

  /* And no file of its own for the role brought back. */
  while (g_dir_read_name (dir) != NULL)
    n++;
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (names));
}

/* A tester deleted the role `_index.md` holds (the Responsibilities all
 * levels share), saved, undid the deletion and saved again: `_index.md`
 * stayed without the role, and the role was written to a new level page,
 * technical-writer.md, of the lowest weight. A level page deleted so was
 * written back as it was; the role of `_index.md` goes back there too. */
static void
test_index_role_deleted_saved_undone (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-folder-undo-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (root, "technical-writer", NULL);
  g_autofree char *intermediate = level_page ("Technical Writer (Intermediate)", 10, 6);
  g_autofree char *senior = level_page ("Senior Technical Writer", 20, 7);
  g_autofree char *index_after = NULL;
  char            *before[] = { (char *) index_page, intermediate, senior };
  LadderDocument  *document;
  LadderFamily    *family;
  g_autoptr (LadderRole) index_role = NULL;

  ladder_test_write (folder, names[0], index_page, -1);
  ladder_test_write (folder, names[1], intermediate, -1);
  ladder_test_write (folder, names[2], senior, -1);
  document = load (folder);
  g_assert_cmpint (ladder_document_get_kind (document), ==, LADDER_DOCUMENT_FOLDER);
  family = ladder_document_get_family (document);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 3);
  index_role = g_list_model_get_item (ladder_family_get_roles (family), 0);
  g_assert_cmpint (ladder_role_get_job_grade (index_role), ==, LADDER_GRADE_NONE);

  ladder_family_remove_role (family, 0);
  save (document);
  index_after = ladder_test_read (folder, names[0]);
  g_assert_null (strstr (index_after, "Collaborate with GitLab engineers"));

  ladder_history_undo (ladder_document_get_history (document));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 3);
  save (document);
  assert_folder_as_before (folder, before);

  /* Nothing is left to write. */
  g_assert_false (ladder_document_get_modified (document));

  ladder_document_discard_draft (document);
  wait_until_idle (document);
  assert_finalized (document);
  ladder_test_remove_tree (root);
}

/* A tester moved the last level of a family folder to the top, saved
 * (the levels' weights numbered again, as their order needed), undid the
 * move and saved again: the levels were back in their order, but every
 * page kept its new weight (`weight: 3` became 30), in git as changes to
 * four pages. Back in an order they had, the pages take the weights they
 * had then. */
static void
test_move_saved_undone (void)
{
  g_autofree char *root = g_dir_make_tmp ("ladder-folder-undo-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (root, "technical-writer", NULL);
  g_autofree char *intermediate = level_page ("Technical Writer (Intermediate)", 1, 6);
  g_autofree char *senior = level_page ("Senior Technical Writer", 2, 7);
  g_autofree char *staff = level_page ("Staff Technical Writer", 3, 8);
  g_autofree char *principal = level_page ("Principal Technical Writer", 4, 9);
  const char *files[] = { "_index.md", "intermediate.md", "senior.md", "staff.md", "principal.md" };
  const char *texts[] = { index_page, intermediate, senior, staff, principal };
  g_autofree char *moved = NULL;
  LadderDocument  *document;
  LadderFamily    *family;
  g_autoptr (LadderRole) last = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    ladder_test_write (folder, files[i], texts[i], -1);
  document = load (folder);
  family = ladder_document_get_family (document);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 5);
  last = g_list_model_get_item (ladder_family_get_roles (family), 4);
  g_assert_cmpstr (ladder_role_get_title (last), ==, "Principal Technical Writer");

  /* Roles: the index's own, then the levels. */
  ladder_family_move_role (family, 4, 1);
  save (document);
  moved = ladder_test_read (folder, "principal.md");
  g_assert_null (strstr (moved, "weight: 4\n"));

  ladder_history_undo (ladder_document_get_history (document));
  save (document);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *now = ladder_test_read (folder, files[i]);

      g_assert_cmpstr (now, ==, texts[i]);
    }

  ladder_document_discard_draft (document);
  wait_until_idle (document);
  assert_finalized (document);
  ladder_test_remove_tree (root);
}

int
main (int argc, char *argv[])
{
  g_autofree char *state = NULL;

  g_test_init (&argc, &argv, NULL);

  ladder_test_isolate_home ("ladder-folder-undo-home-XXXXXX");
  state = g_dir_make_tmp ("ladder-folder-undo-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);

  g_test_add_func ("/folder-undo/index-role-deleted-saved-undone",
                   test_index_role_deleted_saved_undone);
  g_test_add_func ("/folder-undo/move-saved-undone", test_move_saved_undone);

  return g_test_run ();
}
