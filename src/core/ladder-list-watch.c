/* ladder-list-watch.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-list-watch.h"

struct _LadderListWatch
{
  GListModel *model;
  char       *item_signal;
  GCallback   callback;
  gpointer    user_data;
  /* The items we are connected to, in list order, and the handler ids. */
  GPtrArray  *items;
  GArray     *handlers;
  gulong      items_changed_id;
};

static void
on_item_signal (LadderListWatch *watch)
{
  ((void (*) (gpointer)) watch->callback) (watch->user_data);
}

static void
on_items_changed (GListModel      *model,
                  guint            position,
                  guint            removed,
                  guint            added,
                  LadderListWatch *watch)
{
  for (guint i = 0; i < removed; i++)
    {
      GObject *item = g_ptr_array_index (watch->items, position + i);
      gulong id = g_array_index (watch->handlers, gulong, position + i);

      g_signal_handler_disconnect (item, id);
    }

  g_ptr_array_remove_range (watch->items, position, removed);
  g_array_remove_range (watch->handlers, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, position + i);
      gulong id = g_signal_connect_swapped (item, watch->item_signal,
                                            G_CALLBACK (on_item_signal), watch);

      g_ptr_array_insert (watch->items, position + i, g_object_ref (item));
      g_array_insert_val (watch->handlers, position + i, id);
    }

  on_item_signal (watch);
}

LadderListWatch *
ladder_list_watch_new (GListModel *model,
                       const char *item_signal,
                       GCallback   callback,
                       gpointer    user_data)
{
  LadderListWatch *watch = g_new0 (LadderListWatch, 1);
  guint n_items = g_list_model_get_n_items (model);

  watch->model = g_object_ref (model);
  watch->item_signal = g_strdup (item_signal);
  watch->callback = callback;
  watch->user_data = user_data;
  watch->items = g_ptr_array_new_with_free_func (g_object_unref);
  watch->handlers = g_array_new (FALSE, FALSE, sizeof (gulong));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);
      gulong id = g_signal_connect_swapped (item, item_signal,
                                            G_CALLBACK (on_item_signal), watch);

      g_ptr_array_add (watch->items, g_object_ref (item));
      g_array_append_val (watch->handlers, id);
    }

  watch->items_changed_id = g_signal_connect (model, "items-changed",
                                              G_CALLBACK (on_items_changed), watch);

  return watch;
}

void
ladder_list_watch_free (LadderListWatch *watch)
{
  if (watch == NULL)
    return;

  g_signal_handler_disconnect (watch->model, watch->items_changed_id);

  for (guint i = 0; i < watch->items->len; i++)
    g_signal_handler_disconnect (g_ptr_array_index (watch->items, i),
                                 g_array_index (watch->handlers, gulong, i));

  g_ptr_array_unref (watch->items);
  g_array_unref (watch->handlers);
  g_object_unref (watch->model);
  g_free (watch->item_signal);
  g_free (watch);
}
