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
 * gives it that room. The same holds for a group's description. Done for
 * every row and group of the program, those made in .ui files and by
 * libadwaita alike: for a window's whole tree as it is realized, before it
 * is first measured, and for any label shown later as it is first shown.
 *
 * Done only as the labels were first shown, GTK measured a window to
 * present it with its labels still wrapping inside words (to tell a
 * label's smallest width, it was laid out a letter a line, each line shaped
 * anew with a hyphen), then measured them again once they had changed: a
 * tenth of the instructions of the example family's first frame
 * (bench/README.md).
 */

/* Whether @label shows the words of a form: a row's title or subtitle, or
 * a group's description. Words a person wrote (a link, a path) may have to
 * break anywhere, and are left as they are. */
static gboolean
shows_form_words (GtkLabel *label)
{
  GtkWidget *widget = GTK_WIDGET (label);
  GtkWidget *group;

  if (gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW) != NULL)
    return gtk_widget_has_css_class (widget, "title")
           || gtk_widget_has_css_class (widget, "subtitle");

  group = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP);
  return group != NULL
         && g_strcmp0 (gtk_label_get_label (label),
                       adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)))
                == 0;
}

static void
fit_label (GtkLabel *label)
{
  if (gtk_label_get_wrap (label) && gtk_label_get_wrap_mode (label) == PANGO_WRAP_WORD_CHAR
      && shows_form_words (label))
    gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD);
}

/**
 * ladder_row_labels_fit:
 * @root: a widget
 *
 * Makes the labels of the rows and groups under @root (and @root itself)
 * wrap between words only.
 */
void
ladder_row_labels_fit (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_LABEL (root))
    fit_label (GTK_LABEL (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ladder_row_labels_fit (child);
}

static gboolean
on_label_mapped (GSignalInvocationHint *hint,
                 guint                  n_values,
                 const GValue          *values,
                 gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_LABEL (object))
    fit_label (GTK_LABEL (object));

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
