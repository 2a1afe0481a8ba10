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

/*
 * Moving a bullet past the text that divides a list into groups.
 *
 * The text a page has above a bullet (a group's "**Leadership**" label, a
 * "##### Nice to have" heading) stays where it stands in the list, and the
 * form shows it there, as the header of the group it starts. A bullet
 * moves one step at a time:
 *
 * - past its neighbour, within a group: the two change places, and what
 *   the page has around them (the text above each, the blank lines after
 *   each) stays by its place;
 * - past the header of a group: the bullet goes from the end of one group
 *   to the start of the next (down), or from the start of a group to the
 *   end of the one before (up). No other bullet moves: the text passes to
 *   the bullet that now starts the group, and the blank lines before it
 *   (a list ends there) follow it.
 *
 * Before, the text went with the bullet: Alt+Up on the first bullet under
 * a label took the label up with it over a bullet that did not move, and
 * a bullet dragged to another group carried its group's label along,
 * which moved the bullets after it into its group. A group's only bullet
 * cannot leave the group's text behind with no bullet: it changes places
 * with its neighbour, which takes the group's text.
 *
 * A move, however many steps, replaces the bullets it changed in one
 * change, which undoes exactly; moved back, the page is as it was.
 */

typedef struct
{
  GPtrArray *records; /* the list's records; copies where changed */
  GArray    *copied;  /* gboolean per record */
  guint      first_copied;
  guint      last_copied;
} BulletSteps;

static gboolean
has_prefix (const LadderBulletRecord *record)
{
  const char *prefix = ladder_bullet_record_peek_prefix (record);

  return prefix != NULL && *prefix != '\0';
}

/* The blank lines after @record's bullet. */
static char *
dup_gap (const LadderBulletRecord *record)
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

static LadderBulletRecord *
peek_step (BulletSteps *steps, guint position)
{
  return g_ptr_array_index (steps->records, position);
}

/* The record at @position, as a copy to change. */
static LadderBulletRecord *
change_step (BulletSteps *steps, guint position)
{
  if (!g_array_index (steps->copied, gboolean, position))
    {
      steps->records->pdata[position] = ladder_bullet_record_copy (peek_step (steps, position));
      g_array_index (steps->copied, gboolean, position) = TRUE;
      steps->first_copied = MIN (steps->first_copied, position);
      steps->last_copied = MAX (steps->last_copied, position);
    }

  return peek_step (steps, position);
}

static void
exchange_gaps (BulletSteps *steps, guint a, guint b)
{
  g_autofree char *gap_a = dup_gap (peek_step (steps, a));
  g_autofree char *gap_b = dup_gap (peek_step (steps, b));

  if (g_strcmp0 (gap_a, gap_b) == 0)
    return;

  set_gap (change_step (steps, a), gap_b);
  set_gap (change_step (steps, b), gap_a);
}

/* The text above the bullet at @from (and the blank lines between) goes
 * above the bullet at @to, which had none. */
static void
pass_prefix (BulletSteps *steps, guint from, guint to)
{
  LadderBulletRecord *giver = change_step (steps, from);
  LadderBulletRecord *taker = change_step (steps, to);

  ladder_bullet_record_set_prefix (taker, ladder_bullet_record_peek_prefix (giver),
                                   ladder_bullet_record_peek_prefix_gap (giver));
  ladder_bullet_record_set_prefix (giver, NULL, NULL);
}

/* The bullets at @first and after it change places; the text above each
 * and the blank lines after each stay by their place. */
static void
swap_step (BulletSteps *steps, guint first)
{
  LadderBulletRecord *upper = change_step (steps, first);
  LadderBulletRecord *lower = change_step (steps, first + 1);
  g_autofree char    *upper_prefix = g_strdup (ladder_bullet_record_peek_prefix (upper));
  g_autofree char    *upper_prefix_gap = g_strdup (ladder_bullet_record_peek_prefix_gap (upper));
  g_autofree char    *upper_gap = dup_gap (upper);
  g_autofree char    *lower_gap = dup_gap (lower);

  ladder_bullet_record_set_prefix (upper, ladder_bullet_record_peek_prefix (lower),
                                   ladder_bullet_record_peek_prefix_gap (lower));
  ladder_bullet_record_set_prefix (lower, upper_prefix, upper_prefix_gap);
  set_gap (upper, lower_gap);
  set_gap (lower, upper_gap);
  steps->records->pdata[first] = lower;
  steps->records->pdata[first + 1] = upper;
}

/* One step of the bullet at *@position towards the list's start. */
static void
step_up (BulletSteps *steps, guint *position)
{
  guint at = *position;

  if (has_prefix (peek_step (steps, at)) && at + 1 < steps->records->len
      && !has_prefix (peek_step (steps, at + 1)))
    {
      /* To the end of the group above; above the text that starts the
       * first group, the bullet starts the list, a blank line above that
       * text. */
      pass_prefix (steps, at, at + 1);
      if (at > 0)
        exchange_gaps (steps, at - 1, at);
      else
        set_gap (change_step (steps, at), "\n");
      return;
    }

  swap_step (steps, at - 1);
  *position = at - 1;
}

/* One step of the bullet at *@position towards the list's end. */
static void
step_down (BulletSteps *steps, guint *position)
{
  guint at = *position;

  if (has_prefix (peek_step (steps, at + 1)) && !has_prefix (peek_step (steps, at)))
    {
      /* To the start of the group below: the blank lines that stood
       * before its text now stand before it, above the bullet before this
       * one; the first bullet of a list has none before it. */
      pass_prefix (steps, at + 1, at);
      if (at > 0)
        exchange_gaps (steps, at - 1, at);
      else
        set_gap (change_step (steps, at), NULL);
      return;
    }

  swap_step (steps, at);
  *position = at + 1;
}

/* Moves the bullet at @from to @to, or by one step only (up or down). */
typedef enum
{
  REORDER_TO,
  REORDER_STEP_UP,
  REORDER_STEP_DOWN,
} Reorder;

static guint
reorder_bullet (LadderRole *self, LadderBulletList list, guint from, guint to, Reorder how)
{
  GListModel *model = bullet_model (self, list);
  guint       n_items = g_list_model_get_n_items (model);
  BulletSteps steps;
  guint       position = from;
  gboolean    decorated = FALSE;

  steps = (BulletSteps){
    .records = g_ptr_array_sized_new (n_items),
    .copied = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n_items),
    .first_copied = G_MAXUINT,
    .last_copied = 0,
  };
  g_array_set_size (steps.copied, n_items);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (steps.records, ladder_role_get_bullet_record (self, list, i));

  /* Bullets that only change places keep their objects (and their rows,
   * with the focus): a plain move, where no text divides the bullets on
   * the way and the blank lines between them are alike. */
  {
    guint            low = MIN (from, to), high = MAX (from, to);
    g_autofree char *gap = dup_gap (peek_step (&steps, low));

    for (guint i = low; i <= MIN (high + 1, n_items - 1) && !decorated; i++)
      {
        g_autofree char *other = dup_gap (peek_step (&steps, i));

        decorated
            = has_prefix (peek_step (&steps, i)) || (i <= high && g_strcmp0 (gap, other) != 0);
      }
  }

  if (!decorated)
    {
      move_bullet (self, model, from, to);
      position = to;
    }
  else
    {
      g_autoptr (GPtrArray) bullets = g_ptr_array_new_with_free_func (g_object_unref);

      if (how == REORDER_STEP_UP)
        step_up (&steps, &position);
      else if (how == REORDER_STEP_DOWN)
        step_down (&steps, &position);
      while (how == REORDER_TO && position > to)
        step_up (&steps, &position);
      while (how == REORDER_TO && position < to)
        step_down (&steps, &position);

      for (guint i = steps.first_copied; i <= steps.last_copied; i++)
        {
          /* A bullet the steps left alone in the middle of the range is
           * replaced by a copy all the same: the change replaces the
           * range. */
          LadderBulletRecord *record = g_array_index (steps.copied, gboolean, i)
                                           ? peek_step (&steps, i)
                                           : ladder_bullet_record_copy (peek_step (&steps, i));
          LadderBullet       *bullet = ladder_bullet_new_for_record (record);

          g_array_index (steps.copied, gboolean, i) = FALSE;
          ladder_bullet_set_owns_record (bullet, TRUE);
          g_ptr_array_add (bullets, bullet);
        }
      if (bullets->len > 0)
        splice_bullets (self, model, steps.first_copied, bullets->len, bullets->pdata,
                        bullets->len);
    }

  g_ptr_array_unref (steps.records);
  g_array_unref (steps.copied);
  return position;
}

/**
 * ladder_role_move_bullet:
 *
 * Moves the bullet at @from to @to, as a bullet dropped on the row of the
 * bullet at @to: it takes that bullet's place, in that bullet's group. The
 * text that divides the list into groups stays where it stands (see
 * above). One change of the history.
 */
void
ladder_role_move_bullet (LadderRole *self, LadderBulletList list, guint from, guint to)
{
  guint n_items;

  g_return_if_fail (LADDER_IS_ROLE (self));

  n_items = g_list_model_get_n_items (bullet_model (self, list));
  g_return_if_fail (from < n_items && to < n_items);

  if (from != to)
    reorder_bullet (self, list, from, to, REORDER_TO);
}

/**
 * ladder_role_step_bullet:
 *
 * Moves the bullet at @position one step up or down (Alt+Up, Alt+Down):
 * past its neighbour, or past the header of a group into the end of the
 * group above or the start of the group below, where it stays at its
 * position. One change of the history.
 *
 * Returns: the bullet's position after the step; @position when it cannot
 * move further.
 */
guint
ladder_role_step_bullet (LadderRole *self, LadderBulletList list, guint position, gboolean up)
{
  guint n_items;

  g_return_val_if_fail (LADDER_IS_ROLE (self), position);

  n_items = g_list_model_get_n_items (bullet_model (self, list));
  g_return_val_if_fail (position < n_items, position);

  if (position + 1 >= n_items && !up)
    return position;
  /* The first bullet goes up only past the text above it. */
  if (position == 0 && up
      && (n_items < 2 || !has_prefix (ladder_role_get_bullet_record (self, list, 0))
          || has_prefix (ladder_role_get_bullet_record (self, list, 1))))
    return position;

  return reorder_bullet (self, list, position, up ? position - MIN (position, 1) : position + 1,
                         up ? REORDER_STEP_UP : REORDER_STEP_DOWN);
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
