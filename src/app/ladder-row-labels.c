/* ladder-row-labels.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-row-labels.h"

#include <adwaita.h>

/*
 * libadwaita's rows wrap their title and subtitle at words, and inside a
 * word where it does not fit the width left beside the row's widgets: in a
 * narrow window a German "Gehaltsstufe" became "Gehaltsstuf-e". Wrapped at
 * words only, a title asks for the width of its longest word, and the row
 * gives it that room. Done as each label is first shown, for every row of
 * the program, those made in .ui files and by libadwaita alike.
 */

static gboolean
on_label_mapped (GSignalInvocationHint *hint,
                 guint                  n_values,
                 const GValue          *values,
                 gpointer               user_data)
{
  GObject  *object = g_value_get_object (&values[0]);
  GtkLabel *label;

  if (!GTK_IS_LABEL (object))
    return TRUE;

  label = GTK_LABEL (object);
  if (gtk_label_get_wrap (label) && gtk_label_get_wrap_mode (label) == PANGO_WRAP_WORD_CHAR
      && (gtk_widget_has_css_class (GTK_WIDGET (label), "title")
          || gtk_widget_has_css_class (GTK_WIDGET (label), "subtitle"))
      && gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_PREFERENCES_ROW) != NULL)
    gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD);

  return TRUE;
}

void
ladder_row_labels_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      gpointer klass = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_label_mapped,
                                  NULL, NULL);
      g_type_class_unref (klass);
      g_once_init_leave (&done, 1);
    }
}
