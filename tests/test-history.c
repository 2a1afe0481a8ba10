/* test-history.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ladder-history-private.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"
#include "ladder-model-private.h"
#include "ladder-test-history.h"

static void
test_property_undo_redo (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
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
  g_autoptr (LadderHistory) history = history_new (family);
  LadderBullet *bullet
      = g_list_model_get_item (ladder_role_get_responsibilities (role_at (family, 0)), 0);
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
  g_autoptr (LadderHistory) history = history_new (family);
  g_autofree char *before = page_of (family);
  g_autoptr (LadderRole) copy = ladder_role_copy (role_at (family, 2));
  g_autoptr (LadderBullet) added = ladder_bullet_new ("New bullet");
  LadderRole      *first = role_at (family, 0);
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

/* A list divided by labels and a heading, as many handbook pages have it. */
static const char grouped_page[] = "---\n"
                                   "title: \"Family\"\n"
                                   "---\n"
                                   "\n"
                                   "## Levels\n"
                                   "\n"
                                   "### Manager\n"
                                   "\n"
                                   "#### Responsibilities\n"
                                   "\n"
                                   "**Territory**\n"
                                   "\n"
                                   "- One\n"
                                   "- Two\n"
                                   "\n"
                                   "**Regional**\n"
                                   "\n"
                                   "- Three\n"
                                   "- Four\n"
                                   "\n"
                                   "**Cloud**\n"
                                   "\n"
                                   "- Five\n"
                                   "\n"
                                   "##### Nice to have\n"
                                   "\n"
                                   "- Six\n"
                                   "- Seven\n";

/* A bullet that a group's label or heading stands above, deleted: the label
 * stays above the bullet after it, as one step of the history. Before, the
 * label went with the bullet: the editor does not show it, and deleting the
 * first bullet of "**Regional Partner Management**" (or joining it to the
 * bullet above with Backspace) took the label off the page unseen. */
static void
test_remove_bullet_keeps_label (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family
      = ladder_markdown_import (grouped_page, strlen (grouped_page), "family.md", &error);
  g_autoptr (LadderHistory) history = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *both = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_both = NULL;
  LadderRole      *role;
  GString         *text;

  g_assert_no_error (error);
  history = history_new (family);
  role = role_at (family, 0);
  before = page_of (family);
  g_assert_cmpstr (before, ==, grouped_page);
  g_assert_cmpstr (ladder_role_get_bullet_text (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2), ==,
                   "Three");

  /* "Three", the first bullet under "**Regional**". */
  ladder_role_delete_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2);
  after = page_of (family);
  text = g_string_new (grouped_page);
  g_string_replace (text, "- Three\n", "", 1);
  expected = g_string_free (text, FALSE);
  g_assert_cmpstr (after, ==, expected);

  ladder_history_undo (history);
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, before);
  ladder_history_redo (history);
  redone = page_of (family);
  g_assert_cmpstr (redone, ==, after);

  /* "Five", the only bullet under "**Cloud**", then the heading's bullet
   * after it: both texts stay, in the page's order. */
  ladder_history_seal (history);
  ladder_role_delete_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 3);
  ladder_history_seal (history);
  ladder_role_delete_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 3);
  both = page_of (family);
  text = g_string_new (expected);
  g_string_replace (text, "- Five\n\n", "", 1);
  g_string_replace (text, "- Six\n", "", 1);
  expected_both = g_string_free (text, FALSE);
  g_assert_cmpstr (both, ==, expected_both);

  while (ladder_history_get_can_undo (history))
    ladder_history_undo (history);
  g_free (undone);
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, before);
}

/* Moves the bullet at @from in @page's first role: a step (up if @to is
 * 0, down if 1) or a move to @to. */
static void
check_reorder (const char      *page,
               LadderBulletList list,
               gboolean         step,
               guint            from,
               guint            to,
               guint            expected_position,
               const char      *was,
               const char      *now,
               gboolean         reversible)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) family
      = ladder_markdown_import (page, strlen (page), "family.md", &error);
  g_autoptr (LadderHistory) history = NULL;
  g_autoptr (LadderFamily) reopened = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *again = NULL;
  LadderRole      *role;
  GString         *text;

  g_assert_no_error (error);
  history = history_new (family);
  role = role_at (family, 0);
  g_assert_nonnull (strstr (page, was));

  if (step)
    g_assert_cmpuint (ladder_role_step_bullet (role, list, from, to == 0), ==, expected_position);
  else
    ladder_role_move_bullet (role, list, from, to);
  after = page_of (family);
  text = g_string_new (page);
  g_string_replace (text, was, now, 1);
  expected = g_string_free (text, FALSE);
  g_assert_cmpstr (after, ==, expected);

  /* The page reads back with its groups as the form showed them. */
  reopened = ladder_markdown_import (after, strlen (after), "family.md", &error);
  g_assert_no_error (error);
  again = page_of (reopened);
  g_assert_cmpstr (again, ==, after);
  g_assert_cmpuint (
      g_list_model_get_n_items (ladder_role_get_bullets (role_at (reopened, 0), list)), ==,
      g_list_model_get_n_items (ladder_role_get_bullets (role, list)));

  ladder_history_undo (history);
  undone = page_of (family);
  g_assert_cmpstr (undone, ==, page);
  ladder_history_redo (history);
  redone = page_of (family);
  g_assert_cmpstr (redone, ==, after);

  if (reversible)
    {
      g_autofree char *back = NULL;

      ladder_history_seal (history);
      if (step)
        ladder_role_step_bullet (role, list, expected_position, to != 0);
      else
        ladder_role_move_bullet (role, list, to, from);
      back = page_of (family);
      g_assert_cmpstr (back, ==, page);
    }
}

/* Alt+Up and Alt+Down go one step: past the neighbour in the group, or
 * past the header of a group (which the form shows above its first
 * bullet) from the end of one group to the start of the next, and back;
 * no other bullet changes group, and the labels and the blank lines stay
 * where they stand. Before, Alt+Up on "Three", first under "**Regional**",
 * swapped it with "Two", which went under the label, a bullet nobody
 * moved, changing group. A group's only bullet changes places with its
 * neighbour: its label has no bullet to stay with. */
static void
test_step_bullet_across_label (void)
{
  static const struct
  {
    guint       from;
    gboolean    up;
    guint       position;
    const char *was, *now;
    gboolean    reversible;
  } steps[] = {
    { 2, TRUE, 2, "- One\n- Two\n\n**Regional**\n\n- Three\n- Four\n",
      "- One\n- Two\n- Three\n\n**Regional**\n\n- Four\n", TRUE },
    { 1, FALSE, 1, "- One\n- Two\n\n**Regional**\n\n- Three\n- Four\n",
      "- One\n\n**Regional**\n\n- Two\n- Three\n- Four\n", TRUE },
    { 2, FALSE, 3, "**Regional**\n\n- Three\n- Four\n", "**Regional**\n\n- Four\n- Three\n", TRUE },
    { 0, FALSE, 1, "**Territory**\n\n- One\n- Two\n", "**Territory**\n\n- Two\n- One\n", TRUE },
    { 4, FALSE, 5, "**Cloud**\n\n- Five\n\n##### Nice to have\n\n- Six\n",
      "**Cloud**\n\n- Six\n\n##### Nice to have\n\n- Five\n", FALSE },
    { 4, TRUE, 3, "**Regional**\n\n- Three\n- Four\n\n**Cloud**\n\n- Five\n",
      "**Regional**\n\n- Three\n- Five\n\n**Cloud**\n\n- Four\n", FALSE },
  };
  /* The first bullet of a list, alone above a heading, goes under it:
   * the heading then starts the list. */
  static const char one_above[] = "---\n"
                                  "title: \"Family\"\n"
                                  "---\n"
                                  "\n"
                                  "## Levels\n"
                                  "\n"
                                  "### Manager\n"
                                  "\n"
                                  "#### Requirements\n"
                                  "\n"
                                  "- One\n"
                                  "\n"
                                  "##### Nice to have\n"
                                  "\n"
                                  "- Two\n"
                                  "- Three\n";

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    check_reorder (grouped_page, LADDER_BULLET_LIST_RESPONSIBILITIES, TRUE, steps[i].from,
                   steps[i].up ? 0 : 1, steps[i].position, steps[i].was, steps[i].now,
                   steps[i].reversible);

  check_reorder (one_above, LADDER_BULLET_LIST_REQUIREMENTS, TRUE, 0, 1, 0,
                 "- One\n\n##### Nice to have\n\n- Two\n", "##### Nice to have\n\n- One\n- Two\n",
                 TRUE);
  /* The first bullet, under no text of its own, stays where it is. */
  check_reorder (one_above, LADDER_BULLET_LIST_REQUIREMENTS, TRUE, 0, 0, 0, "- One\n", "- One\n",
                 FALSE);
}

/* A bullet dropped on another's row takes its place, in its group: the
 * labels stay where they stand, and no other bullet changes group.
 * Before, a bullet dragged from the start of a group took the group's
 * label along, and the bullets after the place it was dropped went into
 * its group. */
static void
test_move_bullet_across_label (void)
{
  static const struct
  {
    guint       from, to;
    const char *was, *now;
  } moves[] = {
    { 3, 0, "**Territory**\n\n- One\n- Two\n\n**Regional**\n\n- Three\n- Four\n",
      "**Territory**\n\n- Four\n- One\n- Two\n\n**Regional**\n\n- Three\n" },
    { 0, 3, "**Territory**\n\n- One\n- Two\n\n**Regional**\n\n- Three\n- Four\n",
      "**Territory**\n\n- Two\n\n**Regional**\n\n- Three\n- Four\n- One\n" },
    { 5, 4, "**Cloud**\n\n- Five\n\n##### Nice to have\n\n- Six\n- Seven\n",
      "**Cloud**\n\n- Six\n- Five\n\n##### Nice to have\n\n- Seven\n" },
    { 2, 1, "- One\n- Two\n\n**Regional**\n\n- Three\n- Four\n",
      "- One\n- Three\n- Two\n\n**Regional**\n\n- Four\n" },
  };

  for (guint m = 0; m < G_N_ELEMENTS (moves); m++)
    check_reorder (grouped_page, LADDER_BULLET_LIST_RESPONSIBILITIES, FALSE, moves[m].from,
                   moves[m].to, 0, moves[m].was, moves[m].now, FALSE);
}

static void
test_group (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
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
  g_autoptr (LadderHistory) history = history_new (family);

  ladder_family_set_intro (family, "One");
  ladder_history_undo (history);
  g_assert_true (ladder_history_get_can_redo (history));
  ladder_family_set_summary (family, "Other");
  g_assert_false (ladder_history_get_can_redo (history));
}

static void
test_finalizes (void)
{
  LadderFamily  *family = make_family ();
  LadderHistory *history = history_new (family);

  ladder_family_set_intro (family, "Text");
  ladder_family_remove_role (family, 0);
  g_assert_finalize_object (history);
  g_assert_finalize_object (family);
}

static void
test_typing_after_a_pause (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  LadderRole *role = role_at (family, 0);

  ladder_role_set_title (role, "R");
  fake_now += G_USEC_PER_SEC / 2;
  ladder_role_set_title (role, "Ro");
  fake_now += G_USEC_PER_SEC;
  ladder_role_set_title (role, "Rol");
  /* Another field at once is another step. */
  ladder_role_set_reports_to (role, "B");

  ladder_history_undo (history);
  g_assert_cmpstr (ladder_role_get_reports_to (role), ==, "");
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Rol");
  ladder_history_undo (history);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Ro");
  ladder_history_undo (history);
  g_assert_cmpstr (ladder_role_get_title (role), ==, "Role 0");
  g_assert_false (ladder_history_get_can_undo (history));
}

static void
test_state_undo (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  guint64 before = ladder_history_get_state (history);
  guint64 after;

  ladder_family_set_intro (family, "Intro");
  after = ladder_history_get_state (history);
  g_assert_cmpuint (after, !=, before);

  ladder_history_undo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, before);
  ladder_history_redo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, after);
}

static void
test_state_two_edits (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  g_autoptr (LadderRole) added = ladder_role_new ("Added");
  guint64 first = ladder_history_get_state (history);
  guint64 second, third;

  ladder_family_set_title (family, "Renamed");
  second = ladder_history_get_state (history);
  ladder_family_append_role (family, added);
  third = ladder_history_get_state (history);
  g_assert_cmpuint (second, !=, first);
  g_assert_cmpuint (third, !=, second);
  g_assert_cmpuint (third, !=, first);

  ladder_history_undo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, second);
  ladder_history_undo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, first);
  ladder_history_redo (history);
  ladder_history_redo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, third);
}

/* Each key typed gives a new state, though the step stays one. */
static void
test_state_typing (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  LadderRole *role = role_at (family, 2);
  guint64     before = ladder_history_get_state (history);
  guint64     typed_one, typed_two;

  ladder_role_set_title (role, "A");
  typed_one = ladder_history_get_state (history);
  ladder_role_set_title (role, "AB");
  typed_two = ladder_history_get_state (history);
  g_assert_cmpuint (typed_two, !=, typed_one);
  g_assert_cmpuint (typed_two, !=, before);

  ladder_history_undo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, before);
  g_assert_false (ladder_history_get_can_undo (history));
  ladder_history_redo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, typed_two);
}

/* A change no undo can take back leaves no way back to an earlier state:
 * undoing past it gives a content that never was. */
static void
test_state_unrecorded (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  guint64 first = ladder_history_get_state (history);
  guint64 second, third;

  ladder_family_set_intro (family, "Intro");
  second = ladder_history_get_state (history);
  ladder_family_report_change (family, NULL);
  third = ladder_history_get_state (history);
  g_assert_cmpuint (third, !=, second);
  g_assert_cmpuint (third, !=, first);

  g_assert_true (ladder_history_get_can_undo (history));
  ladder_history_undo (history);
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "");
  g_assert_cmpuint (ladder_history_get_state (history), !=, first);
  g_assert_cmpuint (ladder_history_get_state (history), !=, second);
  g_assert_cmpuint (ladder_history_get_state (history), !=, third);

  /* Redoing comes back to the content after the unrecorded change. */
  ladder_history_redo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, third);
}

typedef struct
{
  LadderHistory *history;
  guint          n_changed;
  guint64        state;
  gboolean       could_undo;
} ChangedSeen;

static void
on_changed (LadderFamily *family, ChangedSeen *seen)
{
  seen->n_changed++;
  seen->state = ladder_history_get_state (seen->history);
  seen->could_undo = ladder_history_get_can_undo (seen->history);
}

/* Whoever hears of ::changed reads the history as it is after the change;
 * undoing a step of many changes gives one ::changed, in the step's state. */
static void
test_changed_sees_history (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  g_autoptr (LadderRole) role = ladder_role_new ("Fresh");
  ChangedSeen   seen = { history, 0, 0, FALSE };
  guint64       before = ladder_history_get_state (history);
  GListModel   *bullets = ladder_role_get_responsibilities (role_at (family, 1));
  LadderBullet *bullet = g_list_model_get_item (bullets, 2);

  g_signal_connect (family, "changed", G_CALLBACK (on_changed), &seen);

  ladder_bullet_set_text (bullet, "Edited");
  g_assert_cmpuint (seen.n_changed, ==, 1);
  g_assert_true (seen.could_undo);
  g_assert_cmpuint (seen.state, ==, ladder_history_get_state (history));
  g_assert_cmpuint (seen.state, !=, before);

  ladder_history_undo (history);
  g_assert_cmpuint (seen.n_changed, ==, 2);
  g_assert_false (seen.could_undo);
  g_assert_cmpuint (seen.state, ==, before);

  ladder_history_seal (history);
  ladder_history_begin_group (history);
  ladder_family_append_role (family, role);
  ladder_role_set_job_grade (role, 7);
  ladder_family_move_role (family, 3, 0);
  ladder_history_end_group (history);
  g_assert_cmpuint (seen.n_changed, ==, 5);

  ladder_history_undo (history);
  g_assert_cmpuint (seen.n_changed, ==, 6);
  g_assert_cmpuint (seen.state, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 3);

  g_signal_handlers_disconnect_by_func (family, on_changed, &seen);
  g_object_unref (bullet);
}

/* Creating a history touches no object of the family: no handler, no
 * reference, whatever its size. */
static void
test_watches_nothing (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = NULL;
  LadderRole   *role = role_at (family, 1);
  LadderBullet *bullet = g_list_model_get_item (ladder_role_get_responsibilities (role), 0);
  guint         notify = g_signal_lookup ("notify", G_TYPE_OBJECT);
  guint         role_refs = G_OBJECT (role)->ref_count;
  guint         bullet_refs = G_OBJECT (bullet)->ref_count;

  history = history_new (family);
  g_assert_false (g_signal_has_handler_pending (role, notify, 0, FALSE));
  g_assert_false (g_signal_has_handler_pending (bullet, notify, 0, FALSE));
  g_assert_false (g_signal_has_handler_pending (
      ladder_role_get_responsibilities (role), g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL),
      0, FALSE));
  g_assert_cmpuint (G_OBJECT (role)->ref_count, ==, role_refs);
  g_assert_cmpuint (G_OBJECT (bullet)->ref_count, ==, bullet_refs);

  g_object_unref (bullet);
}

/* A deleted role lives as long as a step needs it, and no longer. */
static void
test_releases_removed_objects (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  LadderRole   *role = g_object_ref (role_at (family, 0));
  LadderBullet *bullet = g_list_model_get_item (ladder_role_get_responsibilities (role), 1);

  g_object_add_weak_pointer (G_OBJECT (role), (gpointer *) &role);
  g_object_add_weak_pointer (G_OBJECT (bullet), (gpointer *) &bullet);

  ladder_bullet_set_text (bullet, "Edited first");
  ladder_history_seal (history);
  ladder_family_remove_role (family, 0);
  g_object_unref (role);
  g_object_unref (bullet);
  g_assert_nonnull (role);
  g_assert_nonnull (bullet);

  /* Both steps undo: the role is back, then its bullet. */
  ladder_history_undo (history);
  ladder_history_undo (history);
  g_assert_true (role_at (family, 0) == role);
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, "Bullet 0.1");
  ladder_history_redo (history);
  ladder_history_redo (history);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 2);

  ladder_history_clear (history);
  g_assert_null (role);
  g_assert_null (bullet);
}

/* Changes undone then replaced by another: what only they kept goes. */
static void
test_releases_redo_branch (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  LadderRole *role = ladder_role_new ("Added");

  g_object_add_weak_pointer (G_OBJECT (role), (gpointer *) &role);
  ladder_family_append_role (family, role);
  g_object_unref (role);
  ladder_history_undo (history);
  g_assert_nonnull (role);
  g_assert_true (ladder_history_get_can_redo (history));

  ladder_family_set_intro (family, "Another change");
  g_assert_null (role);
}

/* The history keeps a bounded number of steps; dropping the oldest lets go
 * of the objects only they kept. */
static void
test_step_limit (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  LadderRole *role = g_object_ref (role_at (family, 2));
  guint64     state;

  ladder_history_set_limits (history, 3, G_MAXSIZE);
  g_object_add_weak_pointer (G_OBJECT (role), (gpointer *) &role);
  ladder_family_remove_role (family, 2);
  g_object_unref (role);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *intro = g_strdup_printf ("Intro %u", i);

      ladder_history_seal (history);
      ladder_family_set_intro (family, intro);
      g_assert_cmpuint (ladder_history_get_n_steps (history), <=, 3);
    }

  g_assert_null (role);
  g_assert_cmpuint (ladder_history_get_n_steps (history), ==, 3);

  state = ladder_history_get_state (history);
  for (guint i = 0; i < 3; i++)
    ladder_history_undo (history);
  g_assert_false (ladder_history_get_can_undo (history));
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "Intro 1");
  for (guint i = 0; i < 3; i++)
    ladder_history_redo (history);
  g_assert_cmpuint (ladder_history_get_state (history), ==, state);
}

/* Past the memory limit the oldest steps go; the newest always stays. */
static void
test_memory_limit (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  g_autofree char *big = g_strnfill (4000, 'x');
  g_autofree char *bigger = g_strnfill (20000, 'y');

  ladder_history_set_limits (history, 1000, 10000);

  ladder_family_set_intro (family, "a");
  ladder_history_seal (history);
  ladder_family_set_intro (family, big);
  g_assert_cmpuint (ladder_history_get_n_steps (history), ==, 2);

  ladder_history_seal (history);
  ladder_family_set_intro (family, bigger);
  g_assert_cmpuint (ladder_history_get_n_steps (history), ==, 1);

  ladder_history_undo (history);
  g_assert_cmpstr (ladder_family_get_intro (family), ==, big);
  g_assert_false (ladder_history_get_can_undo (history));
}

/* Undoing a title edit gives back the page exactly: the front matter entry
 * as it was written, or no entry (and no front matter) when there was
 * none. */
static void
test_front_matter_exact (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autoptr (LadderHistory) history = NULL;
  g_autofree char *before = NULL;

  ladder_family_get_layout (family)->has_front_matter = FALSE;
  ladder_family_set_intro (family, "Intro.");
  history = history_new (family);
  before = page_of (family);
  g_assert_false (g_str_has_prefix (before, "---"));

  ladder_family_set_title (family, "T");
  ladder_family_set_title (family, "Ti");
  ladder_family_set_summary (family, "S");
  ladder_history_undo (history);
  ladder_history_undo (history);
  {
    g_autofree char *undone = page_of (family);

    g_assert_cmpstr (undone, ==, before);
    g_assert_cmpuint (ladder_family_get_n_front_matter (family), ==, 0);
    g_assert_cmpstr (ladder_family_get_title (family), ==, "");
  }

  ladder_history_redo (history);
  ladder_history_redo (history);
  g_assert_cmpstr (ladder_family_get_title (family), ==, "Ti");
  g_assert_cmpstr (ladder_family_get_summary (family), ==, "S");
}

static void
test_front_matter_style_kept (void)
{
  g_autoptr (LadderFamily) family = g_object_new (LADDER_TYPE_FAMILY, NULL);
  g_autoptr (LadderHistory) history = NULL;
  g_autofree char *before = NULL;

  ladder_family_append_front_matter_yaml (family, "title", "   'It''s:  odd'  # a comment");
  ladder_family_append_front_matter_yaml (family, "description", " \"A\\u0020summary\"");
  history = history_new (family);
  before = page_of (family);

  ladder_family_set_title (family, "Plain");
  ladder_family_set_summary (family, "Other");
  ladder_family_set_front_matter_value (family, "description", NULL);
  while (ladder_history_get_can_undo (history))
    ladder_history_undo (history);

  {
    g_autofree char *undone = page_of (family);

    g_assert_cmpstr (undone, ==, before);
  }
}

/* Values that are no properties undo too. */
static void
test_fields (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  g_autoptr (LadderSection) section = ladder_section_new (LADDER_SECTION_OTHER, "Notes", 2);
  LadderRole      *role = role_at (family, 1);
  g_autofree char *before = NULL;

  ladder_family_append_section (family, section);
  ladder_history_seal (history);
  before = page_of (family);

  ladder_role_set_heading_level (role, 4);
  ladder_history_seal (history);
  ladder_role_set_region (role, 1);
  ladder_history_seal (history);
  ladder_section_set_kind (section, LADDER_SECTION_HIRING_PROCESS);
  ladder_history_seal (history);
  ladder_section_set_level (section, 3);

  for (guint i = 0; i < 4; i++)
    ladder_history_undo (history);

  g_assert_cmpint (ladder_role_get_heading_level (role), ==, 3);
  g_assert_cmpuint (ladder_role_get_region (role), ==, 0);
  g_assert_cmpint (ladder_section_get_kind (section), ==, LADDER_SECTION_OTHER);
  g_assert_cmpint (ladder_section_get_level (section), ==, 2);
  {
    g_autofree char *undone = page_of (family);

    g_assert_cmpstr (undone, ==, before);
  }
}

static void
test_subsections (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderHistory) history = history_new (family);
  g_autoptr (LadderSection) section = ladder_section_new (LADDER_SECTION_OTHER, "Specialty", 4);
  LadderRole      *role = role_at (family, 0);
  g_autofree char *before = page_of (family);
  g_autofree char *after = NULL;

  ladder_role_insert_subsection (role, 0, section);
  ladder_section_set_body (section, "Body");
  ladder_history_seal (history);
  ladder_role_remove_subsection (role, 0);
  after = page_of (family);

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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/property", test_property_undo_redo);
  g_test_add_func ("/history/typing-is-one-step", test_typing_is_one_step);
  g_test_add_func ("/history/lists", test_lists);
  g_test_add_func ("/history/group", test_group);
  g_test_add_func ("/history/remove-bullet-keeps-label", test_remove_bullet_keeps_label);
  g_test_add_func ("/history/move-bullet-across-label", test_move_bullet_across_label);
  g_test_add_func ("/history/step-bullet-across-label", test_step_bullet_across_label);
  g_test_add_func ("/history/new-change-clears-redo", test_new_change_clears_redo);
  g_test_add_func ("/history/finalizes", test_finalizes);
  g_test_add_func ("/history/typing-after-a-pause", test_typing_after_a_pause);
  g_test_add_func ("/history/state/undo", test_state_undo);
  g_test_add_func ("/history/state/two-edits", test_state_two_edits);
  g_test_add_func ("/history/state/typing", test_state_typing);
  g_test_add_func ("/history/state/unrecorded", test_state_unrecorded);
  g_test_add_func ("/history/changed-sees-history", test_changed_sees_history);
  g_test_add_func ("/history/watches-nothing", test_watches_nothing);
  g_test_add_func ("/history/releases-removed-objects", test_releases_removed_objects);
  g_test_add_func ("/history/releases-redo-branch", test_releases_redo_branch);
  g_test_add_func ("/history/step-limit", test_step_limit);
  g_test_add_func ("/history/memory-limit", test_memory_limit);
  g_test_add_func ("/history/front-matter-exact", test_front_matter_exact);
  g_test_add_func ("/history/front-matter-style-kept", test_front_matter_style_kept);
  g_test_add_func ("/history/fields", test_fields);
  g_test_add_func ("/history/subsections", test_subsections);

  return g_test_run ();
}
