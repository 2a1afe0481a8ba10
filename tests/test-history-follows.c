/* test-history-follows.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ladder-markdown-import.h"
#include "ladder-test-history.h"

/* A role renamed takes along the roles that extend it, in the rename's own
 * undo step: what follows, what does not, and that every state of the
 * history is one content, whatever is undone and redone. */

/* A role renamed as a person types its title (the field emptied, then a
 * title equal to another role's on the way): the role that extends it
 * follows it to its new title, and one undo puts both back. */
static void
test_rename_followed_by_extends (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = NULL;
  LadderRole      *renamed = role_at (family, 1);
  LadderRole      *extending = role_at (family, 2);
  LadderRole      *other = role_at (family, 0);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  const char      *typed[] = { "Role ", "", "R", "Role 0", "Role 0 Senior", "Staff" };

  ladder_role_set_extends (extending, "role 1");
  ladder_role_set_extends (other, "Role 2");
  history = history_new (family);
  before = page_of (family);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      ladder_role_set_title (renamed, typed[i]);
      g_assert_cmpstr (ladder_role_get_extends (extending), ==, typed[i]);
    }
  after = page_of (family);
  g_assert_nonnull (strstr (after, "Extends that of the Staff"));
  g_assert_null (strstr (after, "Role 1"));
  /* A role that extends another than the one renamed stays as it was. */
  g_assert_cmpstr (ladder_role_get_extends (other), ==, "Role 2");

  ladder_history_undo (history);
  g_assert_false (ladder_history_get_can_undo (history));
  g_assert_cmpstr (ladder_role_get_title (renamed), ==, "Role 1");
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "role 1");
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, before);

  ladder_history_redo (history);
  redone = page_of (family);
  g_assert_cmpstr (redone, ==, after);

  /* Typed again after a pause: a step of its own, undone alone. */
  fake_now += 10 * G_USEC_PER_SEC;
  ladder_role_set_title (renamed, "Staff Engineer");
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Staff Engineer");
  ladder_history_undo (history);
  g_assert_cmpstr (ladder_role_get_title (renamed), ==, "Staff");
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Staff");
  g_assert_true (ladder_history_get_can_undo (history));

  /* "extends" chosen by hand no longer follows the renamed role. */
  ladder_role_set_extends (extending, "Role 0");
  fake_now += 10 * G_USEC_PER_SEC;
  ladder_role_set_title (renamed, "Principal");
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Role 0");
}

/* Of two roles of one title, "extends" still names a role when either is
 * renamed: it follows neither, and follows the one left with that title
 * when that one is renamed in turn. */
static void
test_rename_of_a_namesake (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  LadderRole *first = role_at (family, 0);
  LadderRole *second = role_at (family, 1);
  LadderRole *extending = role_at (family, 2);

  ladder_role_set_title (second, "Role 0");
  ladder_role_set_extends (extending, "Role 0");
  ladder_role_set_title (second, "Role 1");
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Role 0");

  ladder_role_set_title (second, "Role 0");
  ladder_role_set_title (first, "Junior");
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Role 0");
  ladder_role_set_title (second, "Intermediate");
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Intermediate");
}

/* Undoing a rename puts back what the step holds and nothing else: the
 * title put back does not take along a role that extends that title (it
 * named another role, or none), and the content is the one before. */
static void
test_undo_follows_nothing_anew (void)
{
  const char *extended[] = { "Role 1", "Staff" };

  for (guint i = 0; i < G_N_ELEMENTS (extended); i++)
    {
      g_autoptr (LadderFamily) family = make_family ();
      g_autoptr (LadderHistory) history = NULL;
      LadderRole      *extending = role_at (family, 2);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;
      guint64          state;

      ladder_role_set_extends (extending, extended[i]);
      history = history_new (family);
      before = page_of (family);
      state = ladder_history_get_state (history);

      ladder_role_set_title (role_at (family, 0), extended[i]);
      g_assert_cmpstr (ladder_role_get_extends (extending), ==, extended[i]);
      after = page_of (family);

      ladder_history_undo (history);
      g_assert_cmpstr (ladder_role_get_extends (extending), ==, extended[i]);
      g_assert_cmpuint (ladder_history_get_state (history), ==, state);
      undone = page_of (family);
      g_assert_cmpstr (undone, ==, before);

      ladder_history_redo (history);
      redone = page_of (family);
      g_assert_cmpstr (redone, ==, after);
    }
}

/* A title typed through another role's title, then on: the roles that
 * extend that other role stay with it. */
static void
test_typing_through_a_namesake (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  const char *typed[] = { "Role", "Role 1", "Role 1x", "Role 1xy" };

  ladder_role_set_extends (role_at (family, 2), "Role 1");
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    ladder_role_set_title (role_at (family, 0), typed[i]);

  g_assert_cmpstr (ladder_role_get_extends (role_at (family, 2)), ==, "Role 1");
}

/* The role followed once, then deleted (the history keeps it): a role
 * given its title is the one "extends" names, and is followed. */
static void
test_deleted_role_not_followed (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  g_autoptr (LadderRole) extra = ladder_role_new ("Role 3");
  LadderRole *extending = role_at (family, 2);

  ladder_family_append_role (family, extra);
  ladder_role_set_extends (extending, "Role 1");
  fake_now += 10 * G_USEC_PER_SEC;
  ladder_role_set_title (role_at (family, 1), "Staff");
  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Staff");
  fake_now += 10 * G_USEC_PER_SEC;
  ladder_family_remove_role (family, 1);
  fake_now += 10 * G_USEC_PER_SEC;
  ladder_role_set_title (extra, "Staff");
  fake_now += 10 * G_USEC_PER_SEC;
  ladder_role_set_title (extra, "Principal");

  g_assert_cmpstr (ladder_role_get_extends (extending), ==, "Principal");
}

static void
remove_roles_once (LadderFamily *family, gpointer user_data)
{
  gboolean *armed = user_data;

  if (*armed && g_list_model_get_n_items (ladder_family_get_roles (family)) > 2)
    {
      *armed = FALSE;
      ladder_family_remove_role (family, 2);
    }
}

/* Whoever hears of a rename may change the roles while they are followed:
 * the roles are read as they are then. */
static void
test_roles_removed_while_followed (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  gboolean armed = TRUE;

  ladder_role_set_extends (role_at (family, 1), "Role 0");
  g_signal_connect (family, "changed", G_CALLBACK (remove_roles_once), &armed);
  ladder_role_set_title (role_at (family, 0), "Staff");

  g_assert_false (armed);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 2);
  g_assert_cmpstr (ladder_role_get_extends (role_at (family, 1)), ==, "Staff");
}

/* Random titles, "extends", roles added and removed, undo and redo, with
 * and without pauses: the history's state always stands for one content
 * (g_test_rand_int: a run is repeated with its --seed). */
static void
test_states_are_contents (void)
{
  const char *titles[] = { "Role 0", "Role 1", "Role 2", "Staff", "staff", "", "Role" };
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  g_autoptr (GHashTable) contents
      = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < 3000; i++)
    {
      GListModel *roles = ladder_family_get_roles (family);
      guint       n_roles = g_list_model_get_n_items (roles);
      guint64     state;
      char       *page;
      const char *seen;

      switch (g_test_rand_int_range (0, 8))
        {
        case 0:
        case 1:
          if (n_roles > 0)
            ladder_role_set_title (
                role_at (family, (guint) g_test_rand_int_range (0, (int) n_roles)),
                titles[g_test_rand_int_range (0, G_N_ELEMENTS (titles))]);
          break;
        case 2:
          if (n_roles > 0)
            ladder_role_set_extends (
                role_at (family, (guint) g_test_rand_int_range (0, (int) n_roles)),
                titles[g_test_rand_int_range (0, G_N_ELEMENTS (titles))]);
          break;
        case 3:
          ladder_history_undo (history);
          break;
        case 4:
          ladder_history_redo (history);
          break;
        case 5:
          fake_now += 10 * G_USEC_PER_SEC;
          break;
        case 6:
          if (n_roles < 6)
            {
              g_autoptr (LadderRole) role
                  = ladder_role_new (titles[g_test_rand_int_range (0, G_N_ELEMENTS (titles))]);

              ladder_family_insert_role (
                  family, (guint) g_test_rand_int_range (0, (int) n_roles + 1), role);
            }
          break;
        default:
          if (n_roles > 1)
            ladder_family_remove_role (family, (guint) g_test_rand_int_range (0, (int) n_roles));
          break;
        }

      state = ladder_history_get_state (history);
      page = page_of (family);
      seen = g_hash_table_lookup (contents, &state);
      if (seen != NULL)
        {
          g_assert_cmpstr (page, ==, seen);
          g_free (page);
        }
      else
        g_hash_table_insert (contents, g_memdup2 (&state, sizeof state), page);
    }
}

/* A page whose one role has no heading names it by the page's title: the
 * two follow each other, in one undo step. Renamed apart, the page read
 * back with the role named after the page's title, the role's typed
 * title lost (84 corpus pages); its "reports to" sentence, naming the old
 * title, was no longer read as the role's. */
static void
test_page_role_follows_title (void)
{
  const char *page = "---\ntitle: \"Board Member\"\n---\n\n"
                     "Board Members advise.\n\n"
                     "The Board Member reports to the Chair.\n\n"
                     "## Responsibilities\n\n- Advise\n";
  g_autoptr (LadderFamily) family = ladder_markdown_import (page, strlen (page), "board.md", NULL);
  g_autoptr (LadderHistory) history = history_new (family);
  LadderRole      *role = role_at (family, 0);
  g_autofree char *renamed = NULL;
  g_autofree char *retitled = NULL;
  g_autofree char *undone = NULL;

  g_assert_cmpint (ladder_role_get_heading_level (role), ==, 0);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Board Member");
  g_assert_cmpstr (ladder_role_get_reports_to (role), ==, "Chair");

  ladder_role_set_title (role, "");
  ladder_role_set_title (role, "Board Director");
  g_assert_cmpstr (ladder_family_get_title (family), ==, "Board Director");
  renamed = page_of (family);
  {
    g_autoptr (LadderFamily) again
        = ladder_markdown_import (renamed, strlen (renamed), "board.md", NULL);

    g_assert_cmpstr (ladder_role_get_title (role_at (again, 0)), ==, "Board Director");
    g_assert_cmpstr (ladder_role_get_reports_to (role_at (again, 0)), ==, "Chair");
  }
  ladder_history_undo (history);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Board Member");
  g_assert_cmpstr (ladder_family_get_title (family), ==, "Board Member");
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, page);
  g_assert_false (ladder_history_get_can_undo (history));

  fake_now += 10 * G_USEC_PER_SEC;
  /* As typed after Ctrl+A: through an empty title. */
  ladder_family_set_title (family, "");
  g_assert_cmpstr (ladder_role_get_title (role), ==, "");
  ladder_family_set_title (family, "Advisory Board Member");
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Advisory Board Member");
  retitled = page_of (family);
  {
    g_autoptr (LadderFamily) again
        = ladder_markdown_import (retitled, strlen (retitled), "board.md", NULL);

    g_assert_cmpstr (ladder_role_get_title (role_at (again, 0)), ==, "Advisory Board Member");
    g_assert_cmpstr (ladder_role_get_reports_to (role_at (again, 0)), ==, "Chair");
  }
  ladder_history_undo (history);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Board Member");
  g_assert_false (ladder_history_get_can_undo (history));
}

/* A role renamed takes along the links to its heading that say whom
 * others report to, and the name where it was the title, in one undo
 * step. The links went to a heading the page no longer had (six roles of
 * the Trust and Safety page). A name written otherwise stays. */
static void
test_manager_links_follow_rename (void)
{
  const char *page = "---\ntitle: \"Safety\"\n---\n\n## Levels\n\n"
                     "### Analyst\n\n"
                     "The Analyst reports to the [Manager, Safety](#manager-safety).\n\n"
                     "#### Job Grade\n\nThe Analyst is a [grade 6](/grades/).\n\n"
                     "### Engineer\n\n"
                     "The Engineer reports to the [Safety Manager](#manager-safety) role.\n\n"
                     "#### Job Grade\n\nThe Engineer is a [grade 6](/grades/).\n\n"
                     "### Manager, Safety\n\n"
                     "#### Job Grade\n\nThe Manager, Safety is a [grade 8](/grades/).\n";
  g_autoptr (LadderFamily) family = ladder_markdown_import (page, strlen (page), "safety.md", NULL);
  g_autoptr (LadderHistory) history = history_new (family);
  g_autofree char *renamed = NULL;
  g_autofree char *undone = NULL;

  ladder_role_set_title (role_at (family, 2), "Manager, Trust and Safety");
  g_assert_cmpstr (ladder_role_get_reports_to (role_at (family, 0)), ==,
                   "Manager, Trust and Safety");
  g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (family, 0)), ==,
                   "#manager-trust-and-safety");
  g_assert_cmpstr (ladder_role_get_reports_to (role_at (family, 1)), ==, "Safety Manager");
  g_assert_cmpstr (ladder_role_get_reports_to_link (role_at (family, 1)), ==,
                   "#manager-trust-and-safety");
  renamed = page_of (family);
  g_assert_nonnull (strstr (renamed, "The Analyst reports to the [Manager, Trust and "
                                     "Safety](#manager-trust-and-safety).\n"));
  g_assert_nonnull (strstr (renamed, "The Engineer reports to the [Safety "
                                     "Manager](#manager-trust-and-safety) role.\n"));

  ladder_history_undo (history);
  g_assert_false (ladder_history_get_can_undo (history));
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, page);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history-follows/rename-followed-by-extends", test_rename_followed_by_extends);
  g_test_add_func ("/history-follows/rename-of-a-namesake", test_rename_of_a_namesake);
  g_test_add_func ("/history-follows/undo-follows-nothing-anew", test_undo_follows_nothing_anew);
  g_test_add_func ("/history-follows/typing-through-a-namesake", test_typing_through_a_namesake);
  g_test_add_func ("/history-follows/deleted-role-not-followed", test_deleted_role_not_followed);
  g_test_add_func ("/history-follows/roles-removed-while-followed",
                   test_roles_removed_while_followed);
  g_test_add_func ("/history-follows/states-are-contents", test_states_are_contents);
  g_test_add_func ("/history-follows/page-role-follows-title", test_page_role_follows_title);
  g_test_add_func ("/history-follows/manager-links-follow-rename",
                   test_manager_links_follow_rename);

  return g_test_run ();
}
