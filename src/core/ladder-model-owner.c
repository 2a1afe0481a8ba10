/* ladder-model-owner.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-model-private.h"

static LadderOwnerLink *
owner_link (gpointer item)
{
  if (LADDER_IS_BULLET (item))
    return ladder_bullet_get_owner_link (item);
  if (LADDER_IS_SECTION (item))
    return ladder_section_get_owner_link (item);
  if (LADDER_IS_ROLE (item))
    return ladder_role_get_owner_link (item);

  g_return_val_if_reached (NULL);
}

void
ladder_list_store_adopt (GListStore         *store,
                         guint               position,
                         guint               n_items,
                         gpointer            owner,
                         LadderOwnerChanged  changed)
{
  for (guint i = position; i < position + n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      LadderOwnerLink *link = owner_link (item);

      link->owner = owner;
      link->changed = changed;
    }
}

/* An item that another list has taken since is left alone. */
void
ladder_list_store_release (GListStore *store,
                           gpointer    owner)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      LadderOwnerLink *link = owner_link (item);

      if (link->owner == owner)
        link->owner = NULL;
    }
}

void
ladder_list_store_release_item (GListStore *store,
                                guint       position,
                                gpointer    owner)
{
  g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), position);
  LadderOwnerLink *link = owner_link (item);

  if (link->owner == owner)
    link->owner = NULL;
}

void
ladder_list_store_move (GListStore *store,
                        guint       from,
                        guint       to)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint low = MIN (from, to);
  guint high = MAX (from, to);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gpointer moved;

  g_return_if_fail (from < n_items && to < n_items);

  if (from == to)
    return;

  for (guint i = low; i <= high; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store), i));

  moved = g_ptr_array_steal_index (items, from - low);
  g_ptr_array_insert (items, (int) (to - low), moved);

  g_list_store_splice (store, low, high - low + 1, items->pdata, items->len);
}
