/* ladder-section-row.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-section-row.h"

#include <glib/gi18n.h>

#include "ladder-entry-row.h"
#include "ladder-markdown-view.h"
#include "ladder-text-binding.h"

/* Screen readers name the row as it is shown: by its title. */
static void
on_title_changed (GtkWidget *row)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

/*
 * A closed row's own rows (its heading, its text, its delete button) are
 * hidden, not only out of sight: GTK 4.8's revealer measures what it
 * hides, and AdwExpanderRow keeps them in one. Measuring them, entry row
 * and Markdown view, in every closed row was most of the text the family
 * page laid out before its first frame. They are shown as the row opens,
 * and hidden again once it has closed, after its animation.
 */
static void
show_rows (GtkWidget *row, gboolean visible)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (row), "ladder-section-rows");

  for (GtkWidget *child = list != NULL ? gtk_widget_get_first_child (list) : NULL; child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, visible);
}

static void
on_expanded (GtkWidget *row)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    show_rows (row, TRUE);
}

static void
on_child_revealed (GtkRevealer *revealer, GParamSpec *pspec, GtkWidget *row)
{
  if (!gtk_revealer_get_child_revealed (revealer)
      && !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    show_rows (row, FALSE);
}

/* Adds @child to the rows of @row, hidden while @row is closed. */
static void
add_row (GtkWidget *row, GtkWidget *child)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  gtk_widget_set_visible (child, adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  if (g_object_get_data (G_OBJECT (row), "ladder-section-rows") == NULL)
    {
      GtkWidget *revealer = gtk_widget_get_ancestor (child, GTK_TYPE_REVEALER);

      g_object_set_data (G_OBJECT (row), "ladder-section-rows", gtk_widget_get_parent (child));
      g_signal_connect (row, "notify::expanded", G_CALLBACK (on_expanded), NULL);
      if (revealer != NULL)
        g_signal_connect_object (revealer, "notify::child-revealed", G_CALLBACK (on_child_revealed),
                                 row, 0);
    }
}

GtkWidget *
ladder_section_row_new (LadderSection        *section,
                        const char           *text_label,
                        GBindingTransformFunc title_transform)
{
  GtkWidget   *row = adw_expander_row_new ();
  GtkWidget   *heading = ladder_entry_row_new ();
  GtkWidget   *text_view = gtk_source_view_new ();
  GtkWidget   *holder = gtk_list_box_row_new ();
  GtkTextView *view = GTK_TEXT_VIEW (text_view);

  g_return_val_if_fail (LADDER_IS_SECTION (section), NULL);

  /* A heading is the page's text, not markup: "R&D" is shown as typed. */
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_signal_connect (row, "notify::title", G_CALLBACK (on_title_changed), NULL);
  g_object_bind_property_full (section, "heading", row, "title", G_BINDING_SYNC_CREATE,
                               title_transform, NULL, NULL, NULL);
  on_title_changed (row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading), _ ("Heading"));
  gtk_entry_set_placeholder_text (ladder_entry_row_get_entry (LADDER_ENTRY_ROW (heading)),
                                  _ ("The heading, as the page will show it"));
  g_object_bind_property (section, "heading", heading, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  add_row (row, heading);

  ladder_markdown_view_setup (GTK_SOURCE_VIEW (text_view), 80);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text_label, -1);
  ladder_text_binding_bind_markdown (view, G_OBJECT (section), "body");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (holder), text_view);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (holder), FALSE);
  gtk_widget_set_focusable (holder, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (holder), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text_label, -1);
  add_row (row, holder);

  return row;
}

/* A button at the end of the expanded @row, to delete its section: inside
 * the row, where it is not clicked by chance. */
GtkWidget *
ladder_section_row_add_delete_button (GtkWidget *row)
{
  GtkWidget *holder = gtk_list_box_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_ ("Delete Section"));

  g_return_val_if_fail (ADW_IS_EXPANDER_ROW (row), NULL);

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_bottom (button, 6);
  gtk_widget_set_margin_end (button, 6);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (holder), button);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (holder), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (holder), FALSE);
  /* One Tab stop, the button; the row is named for screen readers by it. */
  gtk_widget_set_focusable (holder, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (holder), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Delete Section"), -1);
  add_row (row, holder);

  return button;
}
