/* ladder-role-bullets.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-role-private.h"

/*
 * A role's two lists of bullets: the edits the views and the history make
 * through bullet objects, and the records the readers, writers and checks
 * use without making any object.
 */

static void
splice_bullets (gpointer    owner,
                GListModel *model,
                guint       position,
                guint       n_removals,
                gpointer   *additions,
                guint       n_additions)
{
  LadderChange change;

  ladder_bullet_store_splice_for (LADDER_BULLET_STORE (model), splice_bullets, position, n_removals,
                                  (LadderBullet **) additions, n_additions, &change);
  ladder_role_report (owner, &change);
  ladder_list_change_clear (&change);
}

static void
move_bullet (gpointer owner, GListModel *model, guint from, guint to)
{
  LadderChange change = {
    .kind = LADDER_CHANGE_MOVE,
    .object = owner,
    .list = { .store = model, .move = move_bullet, .position = from, .to = to },
  };

  ladder_bullet_store_move (LADDER_BULLET_STORE (model), from, to);
  ladder_role_report (owner, &change);
}

static GListModel *
bullet_model (LadderRole *self, LadderBulletList list)
{
  return G_LIST_MODEL (ladder_role_get_bullet_store (self, list));
}

guint
ladder_role_get_n_bullets (LadderRole *self, LadderBulletList list)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), 0);

  return ladder_bullet_store_get_n (ladder_role_get_bullet_store (self, list));
}

const char *
ladder_role_get_bullet_text (LadderRole *self, LadderBulletList list, guint position)
{
  LadderBulletStore *store;

  g_return_val_if_fail (LADDER_IS_ROLE (self), NULL);

  store = ladder_role_get_bullet_store (self, list);
  g_return_val_if_fail (position < ladder_bullet_store_get_n (store), NULL);

  return ladder_bullet_store_get_record (store, position)->text;
}

gboolean
ladder_role_find_bullet (LadderRole      *self,
                         LadderBulletList list,
                         LadderBullet    *bullet,
                         guint           *position)
{
  g_return_val_if_fail (LADDER_IS_ROLE (self), FALSE);

  return ladder_bullet_store_find (ladder_role_get_bullet_store (self, list), bullet, position);
}

LadderBulletRecord *
ladder_role_get_bullet_record (LadderRole *self, LadderBulletList list, guint position)
{
  return ladder_bullet_store_get_record (ladder_role_get_bullet_store (self, list), position);
}

/* Appends @records (taking them). A role that no family holds yet, as
 * while a file is read, has nobody to describe the change to, and its
 * bullets get no objects. */
void
ladder_role_take_bullet_records (LadderRole *self, LadderBulletList list, GPtrArray *records)
{
  LadderBulletStore *store = ladder_role_get_bullet_store (self, list);
  g_autoptr (GPtrArray) bullets = NULL;
  g_autofree LadderBulletRecord **taken = NULL;
  gsize                           n_taken = 0;

  if (records->len == 0)
    return;

  taken = (LadderBulletRecord **) g_ptr_array_steal (records, &n_taken);
  if (ladder_role_get_owner_link (self)->owner == NULL)
    {
      ladder_bullet_store_take_records (store, taken, (guint) n_taken);
      ladder_role_report (self, NULL);
      return;
    }

  bullets = g_ptr_array_new_full ((guint) n_taken, g_object_unref);
  for (gsize i = 0; i < n_taken; i++)
    {
      LadderBullet *bullet = ladder_bullet_new_for_record (taken[i]);

      ladder_bullet_set_owns_record (bullet, TRUE);
      g_ptr_array_add (bullets, bullet);
    }
  splice_bullets (self, G_LIST_MODEL (store), ladder_bullet_store_get_n (store), 0, bullets->pdata,
                  bullets->len);
}

void
ladder_role_insert_bullet (LadderRole      *self,
                           LadderBulletList list,
                           guint            position,
                           LadderBullet    *bullet)
{
  GListModel *model;

  g_return_if_fail (LADDER_IS_ROLE (self));
  g_return_if_fail (LADDER_IS_BULLET (bullet));

  model = bullet_model (self, list);
  g_return_if_fail (position <= g_list_model_get_n_items (model));

  splice_bullets (self, model, position, 0, (gpointer *) &bullet, 1);
}

void
ladder_role_append_bullet (LadderRole *self, LadderBulletList list, LadderBullet *bullet)
{
  g_return_if_fail (LADDER_IS_ROLE (self));
  g_return_if_fail (LADDER_IS_BULLET (bullet));

  ladder_role_insert_bullet (self, list, g_list_model_get_n_items (bullet_model (self, list)),
                             bullet);
}

/* Replaces @n_removals bullets at @position with @additions, as one change
 * (one ::items-changed, one ::changed): pasting or reading many bullets. */
void
ladder_role_splice_bullets (LadderRole      *self,
                            LadderBulletList list,
                            guint            position,
                            guint            n_removals,
                            LadderBullet   **additions,
                            guint            n_additions)
{
  GListModel *model;

  g_return_if_fail (LADDER_IS_ROLE (self));

  model = bullet_model (self, list);
  g_return_if_fail (position + n_removals <= g_list_model_get_n_items (model));

  if (n_removals == 0 && n_additions == 0)
    return;

  splice_bullets (self, model, position, n_removals, (gpointer *) additions, n_additions);
}

/* The text that stood before a removed bullet ("**Leadership**", a
 * "##### Nice to have" heading, a "Technical:" line that starts a group of
 * bullets), which the editor does not show, stays on the page: the next
 * bullet takes it, after the text it has of its own. */
static LadderBullet *
next_with_prefix (LadderBulletRecord *removed, LadderBulletRecord *next)
{
  const char         *prefix = ladder_bullet_record_peek_prefix (removed);
  const char         *gap = ladder_bullet_record_peek_prefix_gap (removed);
  const char         *next_prefix = ladder_bullet_record_peek_prefix (next);
  LadderBulletRecord *copy = ladder_bullet_record_copy (next);
  LadderBullet       *bullet;

  if (next_prefix != NULL && *next_prefix != '\0')
    {
      g_autofree char *joined
          = g_strconcat (prefix, "\n", gap != NULL ? gap : "\n", next_prefix, NULL);

      ladder_bullet_record_set_prefix (copy, joined, ladder_bullet_record_peek_prefix_gap (next));
    }
  else
    {
      ladder_bullet_record_set_prefix (copy, prefix, gap);
    }

  bullet = ladder_bullet_new_for_record (copy);
  ladder_bullet_set_owns_record (bullet, TRUE);
  return bullet;
}

void
ladder_role_remove_bullet (LadderRole *self, LadderBulletList list, guint position)
{
  GListModel *model;

  g_return_if_fail (LADDER_IS_ROLE (self));

  model = bullet_model (self, list);
  g_return_if_fail (position < g_list_model_get_n_items (model));

  splice_bullets (self, model, position, 1, NULL, 0);
}

/**
 * ladder_role_delete_bullet:
 *
 * Removes the bullet at @position as a person deletes it (its row's
 * button, Backspace or Delete joining it to its neighbour, a quick fix):
 * the text the page had above it, which the editor does not show (a
 * group's "**Leadership**" label, a "##### Nice to have" heading), stays
 * above the bullet after it. ladder_role_remove_bullet() takes the bullet
 * out with that text, to be put back elsewhere.
 */
void
ladder_role_delete_bullet (LadderRole *self, LadderBulletList list, guint position)
{
  GListModel         *model;
  LadderBulletRecord *record;
  const char         *prefix;

  g_return_if_fail (LADDER_IS_ROLE (self));

  model = bullet_model (self, list);
  g_return_if_fail (position < g_list_model_get_n_items (model));

  record = ladder_role_get_bullet_record (self, list, position);
  prefix = ladder_bullet_record_peek_prefix (record);
  if (prefix != NULL && *prefix != '\0' && position + 1 < g_list_model_get_n_items (model))
    {
      g_autoptr (LadderBullet) next
          = next_with_prefix (record, ladder_role_get_bullet_record (self, list, position + 1));

      /* One change: undone, both bullets come back as they were. */
      splice_bullets (self, model, position, 2, (gpointer *) &next, 1);
      return;
    }

  splice_bullets (self, model, position, 1, NULL, 0);
}

static gboolean
has_prefix (LadderBulletRecord *record)
{
  const char *prefix = ladder_bullet_record_peek_prefix (record);

  return prefix != NULL && *prefix != '\0';
}

/* The blank lines after @record's bullet. */
static char *
dup_gap (LadderBulletRecord *record)
{
  return g_strdup (ladder_bullet_record_peek_origin (record)->gap);
}

static void
set_gap (LadderBulletRecord *record, const char *gap)
{
  if (gap == NULL && !ladder_bullet_record_has_origin (record))
    return;

  ladder_origin_set_gap (ladder_bullet_record_ensure_origin (record), gap);
}

/* One bullet moved up or down by one (Alt+Up, Alt+Down) past its
 * neighbour: the two change places, and what the page has between and
 * around them stays where it stands, as the editor shows the bullets in one
 * list: the text above a bullet (a group's "**Leadership**" label, a
 * "##### Nice to have" heading, which the editor does not show) and the
 * blank lines after it. Before, they went with the bullet: Alt+Up on the
 * first bullet under a label took the label up with it, over the bullet
 * that did not move, and left a blank line inside a list. Moved back, the
 * page is as it was. The two bullets, copied with what now stands with
 * them, replace those of the page in one change, which undoes exactly. */
static gboolean
swap_neighbours (LadderRole *self, LadderBulletList list, guint first)
{
  LadderBulletRecord *upper = ladder_role_get_bullet_record (self, list, first);
  LadderBulletRecord *lower = ladder_role_get_bullet_record (self, list, first + 1);
  LadderBulletRecord *now_upper, *now_lower;
  g_autofree char    *upper_gap = dup_gap (upper);
  g_autofree char    *lower_gap = dup_gap (lower);
  LadderBullet       *bullets[2];

  if (!has_prefix (upper) && !has_prefix (lower) && g_strcmp0 (upper_gap, lower_gap) == 0)
    return FALSE;

  now_upper = ladder_bullet_record_copy (lower);
  now_lower = ladder_bullet_record_copy (upper);
  ladder_bullet_record_set_prefix (now_upper, ladder_bullet_record_peek_prefix (upper),
                                   ladder_bullet_record_peek_prefix_gap (upper));
  ladder_bullet_record_set_prefix (now_lower, ladder_bullet_record_peek_prefix (lower),
                                   ladder_bullet_record_peek_prefix_gap (lower));
  set_gap (now_upper, upper_gap);
  set_gap (now_lower, lower_gap);

  bullets[0] = ladder_bullet_new_for_record (now_upper);
  bullets[1] = ladder_bullet_new_for_record (now_lower);
  ladder_bullet_set_owns_record (bullets[0], TRUE);
  ladder_bullet_set_owns_record (bullets[1], TRUE);
  splice_bullets (self, bullet_model (self, list), first, 2, (gpointer *) bullets, 2);
  g_object_unref (bullets[0]);
  g_object_unref (bullets[1]);
  return TRUE;
}

void
ladder_role_move_bullet (LadderRole *self, LadderBulletList list, guint from, guint to)
{
  GListModel *model;
  guint       n_items;

  g_return_if_fail (LADDER_IS_ROLE (self));

  model = bullet_model (self, list);
  n_items = g_list_model_get_n_items (model);
  g_return_if_fail (from < n_items && to < n_items);

  if (from == to)
    return;

  if ((from + 1 == to || to + 1 == from) && swap_neighbours (self, list, MIN (from, to)))
    return;

  move_bullet (self, model, from, to);
}

/**
 * ladder_role_add_bullet_to_first_group:
 *
 * Adds @bullet after the last bullet of the list's first group: before the
 * first text that divides the list (a "##### Nice to have" heading, a
 * "**EMEA Specific Requirements**" label), which the editor does not show,
 * with the blank lines before that text kept; at the end of a list that no
 * text divides. One change of the history.
 */
void
ladder_role_add_bullet_to_first_group (LadderRole      *self,
                                       LadderBulletList list,
                                       LadderBullet    *bullet)
{
  GListModel         *model;
  guint               n_items;
  guint               first_text;
  LadderBulletRecord *above;
  g_autofree char    *gap = NULL;
  g_autoptr (LadderBullet) kept = NULL;
  LadderBullet *bullets[2];

  g_return_if_fail (LADDER_IS_ROLE (self));
  g_return_if_fail (LADDER_IS_BULLET (bullet));

  model = bullet_model (self, list);
  n_items = g_list_model_get_n_items (model);
  for (first_text = 1; first_text < n_items; first_text++)
    if (has_prefix (ladder_role_get_bullet_record (self, list, first_text)))
      break;

  if (first_text >= n_items)
    {
      ladder_role_append_bullet (self, list, bullet);
      return;
    }

  /* The blank lines before the text now follow the new bullet. */
  above = ladder_role_get_bullet_record (self, list, first_text - 1);
  gap = dup_gap (above);
  kept = ladder_bullet_new_for_record (ladder_bullet_record_copy (above));
  ladder_bullet_set_owns_record (kept, TRUE);
  set_gap (ladder_bullet_get_record (kept), NULL);
  set_gap (ladder_bullet_get_record (bullet), gap);

  bullets[0] = kept;
  bullets[1] = bullet;
  splice_bullets (self, model, first_text - 1, 1, (gpointer *) bullets, 2);
}
