/* ladder-widget-find.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-widget-find.h"

GtkWidget *
ladder_widget_find_descendant (GtkWidget *root, GType type)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ladder_widget_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}
