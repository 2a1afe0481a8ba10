/* ladder-deletion.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-deletion.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/* A toast says what it quotes in full up to this many characters. */
#define MAX_QUOTED_CHARS 48

/*
 * Deleting is undone from a toast, not confirmed beforehand (the GNOME
 * HIG's way): every deletion of a role, a bullet or a section says what
 * went, with an Undo that brings back that item. The toast keeps what it
 * needs to, for as long as it is shown.
 */

typedef struct
{
  GObject            *item;
  /* The item it came after, or NULL for the first. */
  GObject            *previous;
  guint               position;
  GListModel         *list;
  gpointer            owner;
  LadderHistory      *history;
  /* The history's state right after deleting it. */
  guint64             state;
  LadderInsertFunc    insert;
  LadderRestoredFunc  restored;
  gpointer            user_data;
  GDestroyNotify      destroy;
} Deleted;

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  if (deleted->destroy != NULL)
    deleted->destroy (deleted->user_data);
  g_clear_object (&deleted->item);
  g_clear_object (&deleted->previous);
  g_clear_object (&deleted->list);
  g_clear_object (&deleted->owner);
  g_clear_object (&deleted->history);
  g_free (deleted);
}

static gboolean
find (GListModel *list,
      GObject    *item,
      guint      *position)
{
  guint n_items = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) other = g_list_model_get_item (list, i);

      if (other == item)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
restore (Deleted *deleted)
{
  guint position;

  if (!find (deleted->list, deleted->item, &position) && deleted->history != NULL
      && ladder_history_get_state (deleted->history) == deleted->state
      && ladder_history_get_can_undo (deleted->history))
    ladder_history_undo (deleted->history);

  if (!find (deleted->list, deleted->item, &position))
    {
      guint previous;

      if (deleted->previous == NULL)
        position = 0;
      else if (find (deleted->list, deleted->previous, &previous))
        position = previous + 1;
      else
        position = MIN (deleted->position, g_list_model_get_n_items (deleted->list));

      if (deleted->history != NULL)
        {
          ladder_history_seal (deleted->history);
          ladder_history_begin_group (deleted->history);
        }
      deleted->insert (deleted->owner, position, deleted->item, deleted->user_data);
      if (deleted->history != NULL)
        ladder_history_end_group (deleted->history);
    }

  if (deleted->restored != NULL)
    deleted->restored (deleted->owner, deleted->item, position, deleted->user_data);
}

static void
on_undo_clicked (AdwToast *toast)
{
  Deleted *deleted = g_object_get_data (G_OBJECT (toast), "ladder-deleted");

  if (deleted != NULL)
    restore (deleted);
}

void
ladder_deletion_delete (GtkWidget          *widget,
                        LadderHistory      *history,
                        const char         *message,
                        GListModel         *list,
                        guint               position,
                        gpointer            owner,
                        LadderRemoveFunc    remove,
                        LadderInsertFunc    insert,
                        LadderRestoredFunc  restored,
                        gpointer            user_data,
                        GDestroyNotify      destroy)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;
  Deleted *deleted;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (position < g_list_model_get_n_items (list));

  deleted = g_new0 (Deleted, 1);
  deleted->item = g_list_model_get_item (list, position);
  deleted->previous = position > 0 ? g_list_model_get_item (list, position - 1) : NULL;
  deleted->position = position;
  deleted->list = g_object_ref (list);
  deleted->owner = g_object_ref (owner);
  deleted->history = history != NULL ? g_object_ref (history) : NULL;
  deleted->insert = insert;
  deleted->restored = restored;
  deleted->user_data = user_data;
  deleted->destroy = destroy;

  if (history != NULL)
    {
      ladder_history_seal (history);
      ladder_history_begin_group (history);
    }
  remove (owner, position, user_data);
  if (history != NULL)
    {
      ladder_history_end_group (history);
      deleted->state = ladder_history_get_state (history);
    }

  if (overlay == NULL)
    {
      deleted_free (deleted);
      return;
    }

  /* A toast's title is markup: what it quotes is escaped. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "ladder-deleted", deleted, deleted_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked), NULL);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

char *
ladder_deletion_message (const char *name,
                         const char *fallback)
{
  g_autofree char *quoted = NULL;
  g_autofree char *flat = NULL;

  if (name == NULL || *name == '\0')
    return g_strdup (fallback);

  flat = g_strdelimit (g_strdup (name), "\n\r\t", ' ');
  if (g_utf8_strlen (flat, -1) > MAX_QUOTED_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (flat, 0, MAX_QUOTED_CHARS - 1);

      quoted = g_strconcat (g_strchomp (cut), "…", NULL);
    }
  else
    {
      quoted = g_steal_pointer (&flat);
    }

  /* TRANSLATORS: %s is what was deleted: a role's title, a bullet's text,
   * a section's heading */
  return g_strdup_printf (_("“%s” deleted"), quoted);
}
