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
 * What a row holds (its heading, its text, its delete button) is made the
 * first time the row is opened: a page shows its sections closed, and
 * making an entry row and a Markdown view for each was about 3 M instructions
 * a section before the family's first frame (bench/README.md). Once made,
 * they are hidden while the row is closed, not only out of sight: GTK 4.8's
 * revealer measures what it hides, and AdwExpanderRow keeps them in one.
 * They are shown as the row opens, and hidden again once it has closed,
 * after its animation.
 */

/* What a row needs to make its contents. */
typedef struct
{
  LadderSection *section;
  char          *text_label;
  GCallback      on_delete;
  gpointer       delete_data;
  GtkWidget     *rows;
} Contents;

static void
contents_free (gpointer data)
{
  Contents *contents = data;

  g_clear_object (&contents->section);
  g_free (contents->text_label);
  g_free (contents);
}

static Contents *
contents_of (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "ladder-section-row");
}

static void
show_rows (Contents *contents, gboolean visible)
{
  for (GtkWidget *child
       = contents->rows != NULL ? gtk_widget_get_first_child (contents->rows) : NULL;
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, visible);
}

static void
on_child_revealed (GtkRevealer *revealer, GParamSpec *pspec, GtkWidget *row)
{
  if (!gtk_revealer_get_child_revealed (revealer)
      && !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    show_rows (contents_of (row), FALSE);
}

static void
add_row (GtkWidget *row, Contents *contents, GtkWidget *child)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  if (contents->rows == NULL)
    {
      GtkWidget *revealer = gtk_widget_get_ancestor (child, GTK_TYPE_REVEALER);

      contents->rows = gtk_widget_get_parent (child);
      if (revealer != NULL)
        g_signal_connect_object (revealer, "notify::child-revealed", G_CALLBACK (on_child_revealed),
                                 row, 0);
    }
}

static GtkWidget *
make_heading (LadderSection *section)
{
  GtkWidget *heading = ladder_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading), _ ("Heading"));
  gtk_entry_set_placeholder_text (ladder_entry_row_get_entry (LADDER_ENTRY_ROW (heading)),
                                  _ ("The heading, as the page will show it"));
  g_object_bind_property (section, "heading", heading, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  return heading;
}

static GtkWidget *
make_text (LadderSection *section, const char *text_label)
{
  GtkWidget *text_view = gtk_source_view_new ();
  GtkWidget *holder = gtk_list_box_row_new ();

  ladder_markdown_view_setup (GTK_SOURCE_VIEW (text_view), 80);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text_label, -1);
  ladder_text_binding_bind_markdown (GTK_TEXT_VIEW (text_view), G_OBJECT (section), "body");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (holder), text_view);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (holder), FALSE);
  gtk_widget_set_focusable (holder, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (holder), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text_label, -1);
  return holder;
}

/* A button at the end of the row, to delete its section: inside the
 * opened row, where it is not clicked by chance. */
static GtkWidget *
make_delete_button (Contents *contents)
{
  GtkWidget *holder = gtk_list_box_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_ ("Delete Section"));

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_bottom (button, 6);
  gtk_widget_set_margin_end (button, 6);
  gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data (G_OBJECT (button), "ladder-section", contents->section);
  g_signal_connect (button, "clicked", contents->on_delete, contents->delete_data);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (holder), button);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (holder), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (holder), FALSE);
  /* One Tab stop, the button; the row is named for screen readers by it. */
  gtk_widget_set_focusable (holder, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (holder), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Delete Section"), -1);
  return holder;
}

static void
on_expanded (GtkWidget *row)
{
  Contents *contents = contents_of (row);

  if (!adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    return;

  if (contents->rows == NULL)
    {
      add_row (row, contents, make_heading (contents->section));
      add_row (row, contents, make_text (contents->section, contents->text_label));
      if (contents->on_delete != NULL)
        add_row (row, contents, make_delete_button (contents));
    }

  show_rows (contents, TRUE);
}

GtkWidget *
ladder_section_row_new (LadderSection        *section,
                        const char           *text_label,
                        GBindingTransformFunc title_transform)
{
  GtkWidget *row = adw_expander_row_new ();
  Contents  *contents;

  g_return_val_if_fail (LADDER_IS_SECTION (section), NULL);

  /* A heading is the page's text, not markup: "R&D" is shown as typed. */
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_signal_connect (row, "notify::title", G_CALLBACK (on_title_changed), NULL);
  g_object_bind_property_full (section, "heading", row, "title", G_BINDING_SYNC_CREATE,
                               title_transform, NULL, NULL, NULL);
  on_title_changed (row);

  contents = g_new0 (Contents, 1);
  contents->section = g_object_ref (section);
  contents->text_label = g_strdup (text_label);
  g_object_set_data_full (G_OBJECT (row), "ladder-section-row", contents, contents_free);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_expanded), NULL);

  /* A section the page gives no heading (roles written without one above
   * them) has no line of its own: a heading typed in it was never written,
   * and text typed in it was read back as the introduction's or the
   * section's before. It has nothing to edit, and does not open. */
  if (ladder_section_get_level (section) == 0)
    adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), FALSE);

  return row;
}

void
ladder_section_row_add_delete_button (GtkWidget *row, GCallback on_delete, gpointer user_data)
{
  Contents *contents;

  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));
  g_return_if_fail (on_delete != NULL);

  contents = contents_of (row);
  g_return_if_fail (contents != NULL && contents->rows == NULL);

  contents->on_delete = on_delete;
  contents->delete_data = user_data;
}
