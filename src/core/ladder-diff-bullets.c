/* ladder-diff-bullets.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-diff-private.h"

/* The bullets of two matched roles, list by list (responsibilities,
 * requirements). */

typedef struct
{
  guint         n;
  const char  **texts;
  guint        *keys;
} BulletList;

static void
bullet_list_init (Differ     *differ,
                  BulletList *list,
                  GListModel *bullets)
{
  list->n = g_list_model_get_n_items (bullets);
  list->texts = g_new0 (const char *, list->n + 1);

  for (guint i = 0; i < list->n; i++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);

      list->texts[i] = ladder_bullet_get_text (bullet);
      if (list->texts[i] == NULL)
        list->texts[i] = "";
    }

  list->keys = ladder_diff_intern_keys (differ, list->texts, list->n);
}

static void
bullet_list_clear (BulletList *list)
{
  g_clear_pointer (&list->texts, g_free);
  g_clear_pointer (&list->keys, g_free);
}

static LadderChange *
add_bullet_change (Differ           *differ,
                   LadderChangeKind  kind,
                   int               old_role,
                   int               new_role,
                   LadderBulletList  old_list,
                   int               old_index,
                   LadderBulletList  new_list,
                   int               new_index)
{
  LadderChange *change = ladder_diff_add_change (differ, kind);

  ladder_diff_set_role (differ, change, old_role, new_role);
  change->old_list = old_list;
  change->new_list = new_list;
  change->old_bullet = old_index;
  change->new_bullet = new_index;

  return change;
}

/* Both lists of two matched roles. A bullet that left one list for the
 * other with the same text moved. */
void
ladder_diff_bullets (Differ     *differ,
                     LadderRole *old_role,
                     LadderRole *new_role,
                     int         old_index,
                     int         new_index)
{
  BulletList old_lists[2], new_lists[2];
  LadderMatching matchings[2];
  /* For bullets matched across lists: the list and position on the other
   * side. */
  g_autoptr (GArray) crossed_from = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint l = 0; l < 2; l++)
    {
      bullet_list_init (differ, &old_lists[l], ladder_role_get_bullets (old_role, l));
      bullet_list_init (differ, &new_lists[l], ladder_role_get_bullets (new_role, l));
      ladder_matching_init (&matchings[l], old_lists[l].n, new_lists[l].n);
      ladder_match_keys (&matchings[l], old_lists[l].keys, new_lists[l].keys, NULL, NULL);
    }

  for (guint l = 0; l < 2; l++)
    {
      guint other = 1 - l;
      g_autoptr (GHashTable) waiting = ladder_match_unmatched_by_key (new_lists[other].keys, new_lists[other].n,
                                                         matchings[other].new_to_old);

      for (guint o = 0; o < old_lists[l].n; o++)
        {
          int n;

          if (matchings[l].old_to_new[o] == -1
              && (n = ladder_match_take_unmatched (waiting, old_lists[l].keys[o])) >= 0)
            {
              matchings[l].old_to_new[o] = LADDER_MATCH_IN_OTHER_LIST;
              matchings[other].new_to_old[n] = LADDER_MATCH_IN_OTHER_LIST - (int) o;
            }
        }
    }

  for (guint l = 0; l < 2; l++)
    {
      g_autoptr (GArray) order = NULL;
      LadderWordBags bags;

      ladder_word_bags_init (&bags, differ->words, ladder_diff_text_at, old_lists[l].texts,
                             old_lists[l].n, new_lists[l].texts, new_lists[l].n);
      ladder_match_similar (&matchings[l], ladder_diff_bag_similarity, &bags, SIMILAR_ENOUGH);
      ladder_word_bags_clear (&bags);
      ladder_match_find_moves (&matchings[l]);
      order = ladder_match_merged_order (&matchings[l]);

      for (guint e = 0; e < order->len; e++)
        {
          LadderMatchEntry *entry = &g_array_index (order, LadderMatchEntry, e);
          int o = entry->old_index, n = entry->new_index;
          LadderChange *change;

          if (o <= LADDER_MATCH_IN_OTHER_LIST)
            {
              int from = LADDER_MATCH_IN_OTHER_LIST - o;

              change = add_bullet_change (differ, LADDER_CHANGE_BULLET_MOVED, old_index, new_index,
                                          1 - l, from, l, n);
              ladder_diff_set_texts (change, old_lists[1 - l].texts[from], new_lists[l].texts[n],
                                     FALSE);
            }
          else if (o < 0)
            {
              change = add_bullet_change (differ, LADDER_CHANGE_BULLET_ADDED, old_index, new_index,
                                          l, -1, l, n);
              ladder_diff_set_texts (change, NULL, new_lists[l].texts[n], FALSE);
            }
          else if (n < 0)
            {
              change = add_bullet_change (differ, LADDER_CHANGE_BULLET_REMOVED, old_index,
                                          new_index, l, o, l, -1);
              ladder_diff_set_texts (change, old_lists[l].texts[o], NULL, FALSE);
            }
          else
            {
              if (matchings[l].moved[o])
                {
                  change = add_bullet_change (differ, LADDER_CHANGE_BULLET_MOVED, old_index,
                                              new_index, l, o, l, n);
                  ladder_diff_set_texts (change, old_lists[l].texts[o], new_lists[l].texts[n],
                                         FALSE);
                }

              if (!g_str_equal (old_lists[l].texts[o], new_lists[l].texts[n]))
                {
                  change = add_bullet_change (differ, LADDER_CHANGE_BULLET_EDITED, old_index,
                                              new_index, l, o, l, n);
                  ladder_diff_set_texts (change, old_lists[l].texts[o], new_lists[l].texts[n],
                                         TRUE);
                }
            }
        }
    }

  for (guint l = 0; l < 2; l++)
    {
      bullet_list_clear (&old_lists[l]);
      bullet_list_clear (&new_lists[l]);
      ladder_matching_clear (&matchings[l]);
    }
}
