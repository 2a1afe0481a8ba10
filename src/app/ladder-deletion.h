/* ladder-deletion.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-history.h"

G_BEGIN_DECLS

/* How an item goes from, and comes back to, a list of @owner's. */
typedef void (*LadderRemoveFunc)   (gpointer owner,
                                    guint    position,
                                    gpointer user_data);
typedef void (*LadderInsertFunc)   (gpointer owner,
                                    guint    position,
                                    gpointer item,
                                    gpointer user_data);
/* Called once the item is back, at @position of the list. */
typedef void (*LadderRestoredFunc) (gpointer owner,
                                    gpointer item,
                                    guint    position,
                                    gpointer user_data);

/* Deletes the item at @position of @list (a list of @owner's) as one step
 * of @history, and says so in a toast over @widget ("“…” deleted") whose
 * Undo brings back that very item at its place, whatever was done since:
 * while deleting it is still the last change, by undoing it; else by
 * putting it back after the item it followed, as a step of its own. */
void ladder_deletion_delete (GtkWidget          *widget,
                             LadderHistory      *history,
                             const char         *message,
                             GListModel         *list,
                             guint               position,
                             gpointer            owner,
                             LadderRemoveFunc    remove,
                             LadderInsertFunc    insert,
                             LadderRestoredFunc  restored,
                             gpointer            user_data,
                             GDestroyNotify      destroy);

/* A toast's message for a deleted item called @name ("“…” deleted"),
 * cut to a length a toast shows; @fallback when @name is empty. */
char *ladder_deletion_message (const char *name,
                               const char *fallback);

G_END_DECLS
