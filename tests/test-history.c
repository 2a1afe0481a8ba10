/* test-history.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-history.h"
#include "ladder-markdown-export.h"

static char *
page_of (LadderFamily *family)
{
  return g_string_free (ladder_markdown_export (family, LADDER_EXPORT_DEFAULT), FALSE);
}

static LadderFamily *
make_family (void)
{
  LadderFamily *family = ladder_family_new ();

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("Role %u", i);
      g_autoptr (LadderRole) role = ladder_role_new (title);

      for (guint j = 0; j < 3; j++)
        {
          g_autofree char *text = g_strdup_printf ("Bullet %u.%u", i, j);
          g_autoptr (LadderBullet) bullet = ladder_bullet_new (text);

          ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, bullet);
        }
      ladder_family_append_role (family, role);
    }

  ladder_family_set_title (family, "Family");
  return family;
}

static LadderRole *
role_at (LadderFamily *family,
         guint         position)
{
  LadderRole *role = g_list_model_get_item (ladder_family_get_roles (family), position);

  g_object_unref (role);
  return role;
}

static void
test_property_undo_redo (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = ladder_history_new (family);
  g_autofree char *before = page_of (family);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_false (ladder_history_get_can_undo (history));

  ladder_role_set_job_grade (role_at (family, 1), 8);
  ladder_history_seal (history);
  ladder_family_set_title (family, "Renamed");
  after = page_of (family);
  g_assert_true (ladder_history_get_can_undo (history));

  ladder_history_undo (history);
  g_assert_cmpstr (ladder_family_get_title (family), ==, "Family");
  g_assert_cmpint (ladder_role_get_job_grade (role_at (family, 1)), ==, 8);
  ladder_history_undo (history);
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (ladder_history_get_can_undo (history));
  g_assert_true (ladder_history_get_can_redo (history));

  ladder_history_redo (history);
  ladder_history_redo (history);
  redone = page_of (family);
  g_assert_cmpstr (redone, ==, after);
  g_assert_false (ladder_history_get_can_redo (history));
}

static void
test_typing_is_one_step (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = ladder_history_new (family);
  LadderBullet *bullet = g_list_model_get_item (ladder_role_get_responsibilities (role_at (family, 0)), 0);
  const char *typed[] = { "B", "Bu", "Bui", "Buil", "Build" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    ladder_bullet_set_text (bullet, typed[i]);

  ladder_history_undo (history);
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, "Bullet 0.0");
  g_assert_false (ladder_history_get_can_undo (history));
  ladder_history_redo (history);
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, "Build");
  g_object_unref (bullet);
}

static void
test_lists (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = ladder_history_new (family);
  g_autofree char *before = page_of (family);
  g_autoptr (LadderRole) copy = ladder_role_copy (role_at (family, 2));
  g_autoptr (LadderBullet) added = ladder_bullet_new ("New bullet");
  LadderRole *first = role_at (family, 0);
  g_autofree char *after = NULL;

  ladder_family_insert_role (family, 3, copy);
  ladder_family_move_role (family, 0, 2);
  ladder_family_remove_role (family, 1);
  ladder_role_insert_bullet (first, LADDER_BULLET_LIST_REQUIREMENTS, 0, added);
  ladder_role_move_bullet (first, LADDER_BULLET_LIST_RESPONSIBILITIES, 2, 0);
  ladder_role_remove_bullet (first, LADDER_BULLET_LIST_RESPONSIBILITIES, 1);
  after = page_of (family);

  /* The bullet edit of a role no longer in the family still undoes. */
  while (ladder_history_get_can_undo (history))
    ladder_history_undo (history);

  {
    g_autofree char *undone = page_of (family);

    g_assert_cmpstr (undone, ==, before);
  }

  while (ladder_history_get_can_redo (history))
    ladder_history_redo (history);

  {
    g_autofree char *redone = page_of (family);

    g_assert_cmpstr (redone, ==, after);
  }
}

static void
test_group (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = ladder_history_new (family);
  g_autoptr (LadderRole) role = ladder_role_new ("Fresh");
  g_autofree char *before = page_of (family);

  ladder_history_begin_group (history);
  ladder_family_append_role (family, role);
  ladder_role_set_title (role, "Fresh Role");
  ladder_role_set_job_grade (role, 6);
  ladder_history_end_group (history);

  ladder_history_undo (history);
  g_assert_false (ladder_history_get_can_undo (history));

  {
    g_autofree char *undone = page_of (family);

    g_assert_cmpstr (undone, ==, before);
  }

  ladder_history_redo (history);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 4);
  g_assert_cmpstr (ladder_role_get_title (role_at (family, 3)), ==, "Fresh Role");
}

static void
test_new_change_clears_redo (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = ladder_history_new (family);

  ladder_family_set_intro (family, "One");
  ladder_history_undo (history);
  g_assert_true (ladder_history_get_can_redo (history));
  ladder_family_set_summary (family, "Other");
  g_assert_false (ladder_history_get_can_redo (history));
}

static void
test_finalizes (void)
{
  LadderFamily *family = make_family ();
  LadderHistory *history = ladder_history_new (family);

  ladder_family_set_intro (family, "Text");
  ladder_family_remove_role (family, 0);
  g_assert_finalize_object (history);
  g_assert_finalize_object (family);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/property", test_property_undo_redo);
  g_test_add_func ("/history/typing-is-one-step", test_typing_is_one_step);
  g_test_add_func ("/history/lists", test_lists);
  g_test_add_func ("/history/group", test_group);
  g_test_add_func ("/history/new-change-clears-redo", test_new_change_clears_redo);
  g_test_add_func ("/history/finalizes", test_finalizes);

  return g_test_run ();
}
