/* ladder-a11y.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-a11y.h"

#include <adwaita.h>

/*
 * What screen readers are told about buttons that GTK 4.8 and libadwaita
 * 1.2 make themselves (in dialogs, toasts), corrected once for the whole
 * program:
 *
 * - a button whose label has a mnemonic is named twice, once with the
 *   underscore ("_Save Save"): its name is its label's alone;
 * - a message dialog has two buttons for each response, in a row and in a
 *   column, and shows one set: the hidden set is hidden from screen
 *   readers too.
 *
 * Both are done as buttons are mapped and unmapped, whoever made them.
 */

static gboolean
in_message_dialog (GtkWidget *widget)
{
  return ADW_IS_MESSAGE_DIALOG (gtk_widget_get_root (widget));
}

static gboolean
on_map_changed (GSignalInvocationHint *hint,
                guint                  n_values,
                const GValue          *values,
                gpointer               user_data)
{
  GObject   *object = g_value_get_object (&values[0]);
  gboolean   mapped = GPOINTER_TO_INT (user_data);
  GtkWidget *widget;

  if (!GTK_IS_BUTTON (object))
    return TRUE;

  widget = GTK_WIDGET (object);
  if (mapped && gtk_button_get_use_underline (GTK_BUTTON (widget))
      && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (in_message_dialog (widget))
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, !mapped, -1);

  return TRUE;
}

/* The buttons of a message dialog that were never mapped are the set it
 * does not show. */
static void
hide_unmapped_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && !gtk_widget_get_mapped (child))
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      hide_unmapped_buttons (child);
    }
}

static gboolean
on_window_mapped (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (ADW_IS_MESSAGE_DIALOG (object))
    hide_unmapped_buttons (GTK_WIDGET (object));

  return TRUE;
}

/* Buttons made from a template are named before they are mapped: a banner
 * that is not revealed yet is in the accessibility tree all the same. */
void
ladder_a11y_fix_buttons (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_use_underline (GTK_BUTTON (child))
          && gtk_button_get_label (GTK_BUTTON (child)) != NULL)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);
      ladder_a11y_fix_buttons (child);
    }
}

/* A split button is two buttons to a screen reader, and libadwaita 1.2
 * names neither of them: the main one is named @label, the arrow
 * @menu_label. */
void
ladder_a11y_name_split_button (AdwSplitButton *button, const char *label, const char *menu_label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (button)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child))
        /* Its inner button takes the name from it. */
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        menu_label, -1);
      else if (GTK_IS_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        label, -1);
    }
}

void
ladder_a11y_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      gpointer klass = g_type_class_ref (GTK_TYPE_WIDGET);
      guint    map = g_signal_lookup ("map", GTK_TYPE_WIDGET);
      guint    unmap = g_signal_lookup ("unmap", GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (map, 0, on_map_changed, GINT_TO_POINTER (TRUE), NULL);
      g_signal_add_emission_hook (unmap, 0, on_map_changed, GINT_TO_POINTER (FALSE), NULL);
      g_signal_add_emission_hook (map, 0, on_window_mapped, NULL, NULL);
      g_type_class_unref (klass);
      g_once_init_leave (&done, 1);
    }
}

/**
 * ladder_a11y_speak_list_row:
 * @row: a list view's row (the child of its item, or of a #GtkTreeExpander
 *   that is)
 * @name: what the row shows, as its name
 * @description: (nullable): the rest of what it says, or nothing
 *
 * Sets what a screen reader says of @row, and of the list's item holding
 * it, which is what a screen reader moves between. Without a name, GTK
 * 4.8 gives both their type's names.
 */
void
ladder_a11y_speak_list_row (GtkWidget *row, const char *name, const char *description)
{
  GtkWidget     *parent = gtk_widget_get_parent (row);
  GtkWidget     *item = GTK_IS_TREE_EXPANDER (parent) ? gtk_widget_get_parent (parent) : parent;
  GtkAccessible *speakers[] = { GTK_ACCESSIBLE (row), item != NULL ? GTK_ACCESSIBLE (item) : NULL };

  for (guint i = 0; i < G_N_ELEMENTS (speakers) && speakers[i] != NULL; i++)
    {
      gtk_accessible_update_property (speakers[i], GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      if (description != NULL)
        gtk_accessible_update_property (speakers[i], GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        description, -1);
      else
        gtk_accessible_reset_property (speakers[i], GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}
