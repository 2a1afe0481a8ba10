/* ladder-workspace-list.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The list model of a workspace's lists (every entry, the entries of a
 * department, the departments): the items in one array. GListStore keeps
 * its items in a GSequence, a tree with a node allocated per item, which
 * cost a reopened workspace more to file its entries in, and to free them,
 * than reading them from the cache; the lists are filed in sorted order by
 * ladder-workspace-lists.c, in one change for a whole cache, and changed an
 * item at a time after that.
 */

#include "ladder-workspace-private.h"

#include <string.h>

struct _LadderWorkspaceList
{
  GObject parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void ladder_workspace_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadderWorkspaceList,
                               ladder_workspace_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ladder_workspace_list_model_init))

static GType
ladder_workspace_list_get_item_type (GListModel *model)
{
  return LADDER_WORKSPACE_LIST (model)->item_type;
}

static guint
ladder_workspace_list_get_n_items (GListModel *model)
{
  return LADDER_WORKSPACE_LIST (model)->items->len;
}

static gpointer
ladder_workspace_list_get_item (GListModel *model, guint position)
{
  LadderWorkspaceList *self = LADDER_WORKSPACE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
ladder_workspace_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ladder_workspace_list_get_item_type;
  iface->get_n_items = ladder_workspace_list_get_n_items;
  iface->get_item = ladder_workspace_list_get_item;
}

static void
ladder_workspace_list_finalize (GObject *object)
{
  LadderWorkspaceList *self = LADDER_WORKSPACE_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (ladder_workspace_list_parent_class)->finalize (object);
}

static void
ladder_workspace_list_class_init (LadderWorkspaceListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_workspace_list_finalize;
}

static void
ladder_workspace_list_init (LadderWorkspaceList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* An empty list of items of @item_type. */
LadderWorkspaceList *
ladder_workspace_list_new (GType item_type)
{
  LadderWorkspaceList *self = g_object_new (LADDER_TYPE_WORKSPACE_LIST, NULL);

  self->item_type = item_type;
  return self;
}

/* The item at @position, not referenced. */
gpointer
ladder_workspace_list_peek (LadderWorkspaceList *self, guint position)
{
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

/* Puts @n_added items (referenced here) at @position, in one change. */
void
ladder_workspace_list_insert_many (LadderWorkspaceList *self,
                                   guint                position,
                                   gpointer const      *items,
                                   guint                n_added)
{
  g_return_if_fail (position <= self->items->len);

  if (n_added == 0)
    return;

  /* Grown to its new length, then the items after @position moved up. */
  g_ptr_array_set_size (self->items, self->items->len + n_added);
  memmove (self->items->pdata + position + n_added, self->items->pdata + position,
           (self->items->len - n_added - position) * sizeof (gpointer));
  for (guint i = 0; i < n_added; i++)
    self->items->pdata[position + i] = g_object_ref (items[i]);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n_added);
}

void
ladder_workspace_list_insert (LadderWorkspaceList *self, guint position, gpointer item)
{
  ladder_workspace_list_insert_many (self, position, &item, 1);
}

void
ladder_workspace_list_remove (LadderWorkspaceList *self, guint position)
{
  g_return_if_fail (position < self->items->len);

  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/* Whether @item is in the list, and where. */
gboolean
ladder_workspace_list_find (LadderWorkspaceList *self, gpointer item, guint *position)
{
  return g_ptr_array_find (self->items, item, position);
}

/* Where @item goes in a list sorted by @compare (before its equals). */
guint
ladder_workspace_list_sorted_position (LadderWorkspaceList *self,
                                       gpointer             item,
                                       GCompareDataFunc     compare,
                                       gpointer             user_data)
{
  guint low = 0;
  guint high = self->items->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare (g_ptr_array_index (self->items, middle), item, user_data) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}
