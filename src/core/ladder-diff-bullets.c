/* ladder-diff-bullets.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-diff-private.h"

#include "ladder-markdown-text.h"
#include "ladder-role-slots.h"

#include <string.h>

/* The bullets of two matched roles, list by list (responsibilities,
 * requirements). */

typedef struct
{
  guint         n;
  const char  **texts;
  guint        *keys;
  /* The group each bullet is in: the last line of the text above the
   * group's first bullet, as it reads; NULL for the list's start. Shared:
   * owned by group_names. */
  const char **groups;
  GPtrArray   *group_names;
} BulletList;

/* The name of the group that @markdown (the text above a group's first
 * bullet) starts: its last line as it reads ("Territory Management" under
 * "The Associate … is responsible for the following:"). */
static char *
group_name (const char *markdown)
{
  g_autofree char *plain = ladder_markdown_plain_text (markdown);
  const char      *last = strrchr (plain, '\n');

  return *plain != '\0' ? g_strdup (last != NULL ? last + 1 : plain) : NULL;
}

static void
bullet_list_init (Differ *differ, BulletList *list, LadderRole *role, LadderBulletList which)
{
  GListModel *bullets = ladder_role_get_bullets (role, which);
  const char *above = ladder_role_peek_list_text (role, which);
  const char *group = NULL;

  list->n = g_list_model_get_n_items (bullets);
  list->texts = g_new0 (const char *, list->n + 1);
  list->groups = g_new0 (const char *, list->n + 1);
  list->group_names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < list->n; i++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);
      const char *prefix = ladder_bullet_get_prefix (bullet);

      list->texts[i] = ladder_bullet_get_text (bullet);
      if (list->texts[i] == NULL)
        list->texts[i] = "";

      if (prefix != NULL && *prefix != '\0')
        above = prefix;
      if (above != NULL)
        {
          char *name = group_name (above);

          if (name != NULL)
            g_ptr_array_add (list->group_names, name);
          group = name;
          above = NULL;
        }
      list->groups[i] = group;
    }

  list->keys = ladder_diff_intern_keys (differ, list->texts, list->n);
}

static void
bullet_list_clear (BulletList *list)
{
  g_clear_pointer (&list->texts, g_free);
  g_clear_pointer (&list->keys, g_free);
  g_clear_pointer (&list->groups, g_free);
  g_clear_pointer (&list->group_names, g_ptr_array_unref);
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
      bullet_list_init (differ, &old_lists[l], old_role, l);
      bullet_list_init (differ, &new_lists[l], new_role, l);
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
              /* Into another group of the list ("Nice-to-have"), also
               * where it keeps its place in the list. */
              gboolean regrouped = g_strcmp0 (old_lists[l].groups[o], new_lists[l].groups[n]) != 0;

              if (matchings[l].moved[o] || regrouped)
                {
                  change = add_bullet_change (differ, LADDER_CHANGE_BULLET_MOVED, old_index,
                                              new_index, l, o, l, n);
                  ladder_diff_set_texts (change, old_lists[l].texts[o], new_lists[l].texts[n],
                                         FALSE);
                  if (regrouped)
                    {
                      change->old_group = g_strdup (old_lists[l].groups[o]);
                      change->new_group = g_strdup (new_lists[l].groups[n]);
                    }
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
