/* ladder-diff-sections.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-diff-private.h"

/* Sections, matched by heading and then by body: the family's, or a
 * role's sub-sections. */

static const char **
section_texts (GListModel *sections,
               gboolean    headings)
{
  guint n = g_list_model_get_n_items (sections);
  const char **texts = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      /* The list holds a reference: the strings live as long as it does. */
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      texts[i]
          = headings ? ladder_section_get_heading (section) : ladder_section_get_body (section);
      if (texts[i] == NULL)
        texts[i] = "";
    }

  return texts;
}

static LadderChange *
add_section_change (Differ           *differ,
                    LadderChangeKind  kind,
                    int               old_role,
                    int               new_role,
                    const char      **old_headings,
                    int               old_index,
                    const char      **new_headings,
                    int               new_index)
{
  LadderChange *change = ladder_diff_add_change (differ, kind);

  if (old_role >= 0 || new_role >= 0)
    ladder_diff_set_role (differ, change, old_role, new_role);

  change->old_section = old_index;
  change->new_section = new_index;
  if (old_index >= 0)
    change->old_heading = g_strdup (old_headings[old_index]);
  if (new_index >= 0)
    change->new_heading = g_strdup (new_headings[new_index]);

  return change;
}

/* The sections of the family (roles -1), or the sub-sections of a role. */
void
ladder_diff_sections (Differ     *differ,
                      GListModel *old_sections,
                      GListModel *new_sections,
                      int         old_role,
                      int         new_role)
{
  guint n_old = g_list_model_get_n_items (old_sections);
  guint n_new = g_list_model_get_n_items (new_sections);
  g_autofree const char **old_headings = section_texts (old_sections, TRUE);
  g_autofree const char **new_headings = section_texts (new_sections, TRUE);
  g_autofree const char **old_bodies = section_texts (old_sections, FALSE);
  g_autofree const char **new_bodies = section_texts (new_sections, FALSE);
  g_autofree guint *old_keys = ladder_diff_intern_keys (differ, old_headings, n_old);
  g_autofree guint *new_keys = ladder_diff_intern_keys (differ, new_headings, n_new);
  g_autoptr (GArray) order = NULL;
  LadderMatching matching;
  LadderWordBags bags;

  ladder_word_bags_init (&bags, differ->words, ladder_diff_text_at, old_bodies, n_old, new_bodies,
                         n_new);
  ladder_matching_init (&matching, n_old, n_new);
  ladder_match_keys (&matching, old_keys, new_keys, ladder_diff_bag_similarity, &bags);
  ladder_match_similar (&matching, ladder_diff_bag_similarity, &bags, SIMILAR_ENOUGH);
  ladder_match_find_moves (&matching);
  order = ladder_match_merged_order (&matching);

  for (guint e = 0; e < order->len; e++)
    {
      LadderMatchEntry *entry = &g_array_index (order, LadderMatchEntry, e);
      int o = entry->old_index, n = entry->new_index;
      LadderChange *change;

      /* A section with neither heading nor text writes nothing: it only
       * marks where roles stand. */
      if ((o < 0 && *new_headings[n] == '\0' && *new_bodies[n] == '\0')
          || (n < 0 && *old_headings[o] == '\0' && *old_bodies[o] == '\0'))
        continue;

      if (o < 0)
        {
          change = add_section_change (differ, LADDER_CHANGE_SECTION_ADDED, old_role, new_role,
                                       old_headings, -1, new_headings, n);
          ladder_diff_set_texts (change, NULL, new_bodies[n], FALSE);
          continue;
        }

      if (n < 0)
        {
          change = add_section_change (differ, LADDER_CHANGE_SECTION_REMOVED, old_role, new_role,
                                       old_headings, o, new_headings, -1);
          ladder_diff_set_texts (change, old_bodies[o], NULL, FALSE);
          continue;
        }

      if (!g_str_equal (old_headings[o], new_headings[n]))
        {
          change = add_section_change (differ, LADDER_CHANGE_SECTION_RENAMED, old_role, new_role,
                                       old_headings, o, new_headings, n);
          ladder_diff_set_texts (change, old_headings[o], new_headings[n], TRUE);
        }

      if (matching.moved[o])
        add_section_change (differ, LADDER_CHANGE_SECTION_MOVED, old_role, new_role, old_headings,
                            o, new_headings, n);

      if (!g_str_equal (old_bodies[o], new_bodies[n]))
        {
          change = add_section_change (differ, LADDER_CHANGE_SECTION_EDITED, old_role, new_role,
                                       old_headings, o, new_headings, n);
          ladder_diff_set_texts (change, old_bodies[o], new_bodies[n], TRUE);
        }
    }

  ladder_matching_clear (&matching);
  ladder_word_bags_clear (&bags);
}
