/* ladder-entry-row.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-entry-row.h"

#include <string.h>

#include "ladder-wrap-bin.h"

/*
 * A form row for one line of text: its title above a full-width entry.
 * It takes the place of AdwEntryRow, whose text field (in libadwaita 1.2
 * with GTK 4.8) never tells screen readers that it has the focus: here
 * the field is a GtkEntry, which does. The row is edited as a GtkEditable,
 * the entry standing in for it.
 */
struct _LadderEntryRow
{
  AdwPreferencesRow parent_instance;
  GtkLabel         *title_label;
  GtkEntry         *entry;
  GtkWidget        *suffixes;
};

static void ladder_entry_row_editable_init (GtkEditableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadderEntryRow,
                               ladder_entry_row,
                               ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_EDITABLE,
                                                      ladder_entry_row_editable_init))

enum
{
  PROP_0,
  N_PROPS
};

static GtkEditable *
ladder_entry_row_get_delegate (GtkEditable *editable)
{
  return GTK_EDITABLE (LADDER_ENTRY_ROW (editable)->entry);
}

static void
ladder_entry_row_editable_init (GtkEditableInterface *iface)
{
  iface->get_delegate = ladder_entry_row_get_delegate;
}

/* The title is shown above the field and names it, without its mnemonic
 * underscore. */
static void
update_title (LadderEntryRow *self)
{
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (self);

  gtk_label_set_use_underline (self->title_label, adw_preferences_row_get_use_underline (row));
  gtk_label_set_label (self->title_label, adw_preferences_row_get_title (row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->title_label), -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->title_label, NULL, -1);
}

static void
ladder_entry_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (gtk_editable_delegate_get_property (object, prop_id, value, pspec))
    return;

  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ladder_entry_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  if (gtk_editable_delegate_set_property (object, prop_id, value, pspec))
    return;

  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/* @text, of @length bytes, as one line: its line breaks are spaces, and
 * those at its ends are gone. */
static char *
one_line (const char *text, int length)
{
  g_autofree char *copy = g_strndup (text, (gsize) length);
  g_auto (GStrv) lines = g_strsplit_set (copy, "\r\n", -1);
  GString *line = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, lines[i]);
    }

  return g_string_free (line, FALSE);
}

/* A field of one line takes one line. Text pasted with line breaks (a
 * title copied with its line end, as triple-clicking a line copies it)
 * went to the page as "&#10;", in the heading and in each sentence naming
 * the role. Only what is put in while the field has the focus is changed:
 * the value shown for the model stays as the model has it. */
static void
on_insert_text (GtkEditable *text,
                const char  *new_text,
                int          length,
                int         *position,
                gpointer     user_data)
{
  g_autofree char *line = NULL;

  if (length < 0)
    length = (int) strlen (new_text);

  if (!gtk_widget_has_focus (GTK_WIDGET (text))
      || (memchr (new_text, '\n', (gsize) length) == NULL
          && memchr (new_text, '\r', (gsize) length) == NULL))
    return;

  line = one_line (new_text, length);
  g_signal_stop_emission_by_name (text, "insert-text");
  g_signal_handlers_block_by_func (text, on_insert_text, user_data);
  gtk_editable_insert_text (text, line, -1, position);
  g_signal_handlers_unblock_by_func (text, on_insert_text, user_data);
}

static gboolean
ladder_entry_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (LADDER_ENTRY_ROW (widget)->entry));
}

static void
ladder_entry_row_dispose (GObject *object)
{
  LadderEntryRow *self = LADDER_ENTRY_ROW (object);

  if (self->entry != NULL)
    gtk_editable_finish_delegate (GTK_EDITABLE (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_ENTRY_ROW);

  G_OBJECT_CLASS (ladder_entry_row_parent_class)->dispose (object);
}

static void
ladder_entry_row_class_init (LadderEntryRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_entry_row_dispose;
  object_class->get_property = ladder_entry_row_get_property;
  object_class->set_property = ladder_entry_row_set_property;
  widget_class->grab_focus = ladder_entry_row_grab_focus;

  gtk_editable_install_properties (object_class, N_PROPS);

  g_type_ensure (LADDER_TYPE_WRAP_BIN);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderEntryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LadderEntryRow, entry);
  gtk_widget_class_bind_template_child (widget_class, LadderEntryRow, suffixes);
}

static void
ladder_entry_row_init (LadderEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_editable_init_delegate (GTK_EDITABLE (self));
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (self->entry)), "insert-text",
                    G_CALLBACK (on_insert_text), NULL);

  g_signal_connect (self, "notify::title", G_CALLBACK (update_title), NULL);
  g_signal_connect (self, "notify::use-underline", G_CALLBACK (update_title), NULL);
  update_title (self);
}

GtkWidget *
ladder_entry_row_new (void)
{
  return g_object_new (LADDER_TYPE_ENTRY_ROW, NULL);
}

/* The field itself, for its placeholder, its completion and its focus. */
GtkEntry *
ladder_entry_row_get_entry (LadderEntryRow *self)
{
  g_return_val_if_fail (LADDER_IS_ENTRY_ROW (self), NULL);

  return self->entry;
}

/* A button (or another widget) after the field, at the row's end. */
void
ladder_entry_row_add_suffix (LadderEntryRow *self, GtkWidget *widget)
{
  g_return_if_fail (LADDER_IS_ENTRY_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_append (GTK_BOX (self->suffixes), widget);
  gtk_widget_set_visible (self->suffixes, TRUE);
}
