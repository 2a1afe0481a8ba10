/* ladder-link-popover.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-link-popover.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ladder-link.h"
#include "ladder-rich-text.h"

/*
 * A link's text and address, over the text it edits. The address is
 * judged as the manager's link is (ladder-link.h): only a web, email or
 * handbook address is taken.
 */
struct _LadderLinkPopover
{
  GtkPopover   parent_instance;
  GtkEntry    *text_entry;
  GtkEntry    *address_entry;
  GtkLabel    *problem_label;
  GtkButton   *remove_button;
  GtkButton   *apply_button;
  GtkTextView *view;
  /* The text the link is over, as it moves with edits. */
  GtkTextMark *start;
  GtkTextMark *end;
};

G_DEFINE_FINAL_TYPE (LadderLinkPopover, ladder_link_popover, GTK_TYPE_POPOVER)

static GtkTextBuffer *
buffer_of (LadderLinkPopover *self)
{
  return self->view != NULL ? gtk_text_view_get_buffer (self->view) : NULL;
}

/* Why @address cannot be a link's, or NULL. */
static const char *
address_problem (const char *address)
{
  if (*address == '\0')
    return _ ("Type the address the link leads to");

  /* Judged both as the manager's link (as written: "java&#115;cript:" is
   * refused) and as the URL it is. Hugo reads "{{" in the raw page,
   * before any Markdown. */
  if (strstr (address, "{{") != NULL || strpbrk (address, "\n\r") != NULL
      || !ladder_link_is_allowed (address) || !ladder_link_url_is_allowed (address))
    return _ ("Not allowed: use an https, http or mailto link, or a handbook path");

  return NULL;
}

static void
show_problem (LadderLinkPopover *self, const char *problem)
{
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->address_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->address_entry), "error");
}

gboolean
ladder_link_popover_apply (LadderLinkPopover *self)
{
  GtkTextBuffer   *buffer = buffer_of (self);
  g_autofree char *address = NULL;
  g_autofree char *old = NULL;
  const char      *text;
  const char      *problem;
  GtkTextIter      start, end;
  int              offset;

  g_return_val_if_fail (LADDER_IS_LINK_POPOVER (self), FALSE);

  if (buffer == NULL)
    return FALSE;

  address = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_entry))));
  problem = address_problem (address);
  show_problem (self, problem);
  if (problem != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->address_entry));
      return FALSE;
    }

  text = gtk_editable_get_text (GTK_EDITABLE (self->text_entry));
  if (*text == '\0')
    text = address;

  gtk_text_buffer_begin_user_action (buffer);

  gtk_text_buffer_get_iter_at_mark (buffer, &start, self->start);
  gtk_text_buffer_get_iter_at_mark (buffer, &end, self->end);
  offset = gtk_text_iter_get_offset (&start);
  old = gtk_text_iter_get_text (&start, &end);
  if (!g_str_equal (old, text))
    {
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, text, -1);
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + (int) g_utf8_strlen (text, -1));
  ladder_rich_text_set_link (buffer, &start, &end, address);
  gtk_text_buffer_place_cursor (buffer, &end);

  gtk_text_buffer_end_user_action (buffer);

  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

void
ladder_link_popover_remove (LadderLinkPopover *self)
{
  GtkTextBuffer *buffer = buffer_of (self);
  GtkTextIter    start, end;

  g_return_if_fail (LADDER_IS_LINK_POPOVER (self));

  if (buffer != NULL)
    {
      gtk_text_buffer_get_iter_at_mark (buffer, &start, self->start);
      gtk_text_buffer_get_iter_at_mark (buffer, &end, self->end);
      ladder_rich_text_set_link (buffer, &start, &end, NULL);
    }

  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_apply_clicked (LadderLinkPopover *self)
{
  ladder_link_popover_apply (self);
}

static void
on_remove_clicked (LadderLinkPopover *self)
{
  ladder_link_popover_remove (self);
}

static void
on_address_changed (LadderLinkPopover *self)
{
  show_problem (self, NULL);
}

static gboolean
unparent_later (gpointer data)
{
  g_autoptr (GtkWidget) self = data;

  if (gtk_widget_get_parent (self) != NULL)
    gtk_widget_unparent (self);
  return G_SOURCE_REMOVE;
}

/* Closed, it goes; and the text view gets the focus back. */
static void
on_closed (LadderLinkPopover *self)
{
  if (self->view != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));

  /* Before the frames to come, not after them: a popover waiting for a
   * later idle outlives a window closed meanwhile, without a surface. */
  g_source_set_name_by_id (
      g_idle_add_full (G_PRIORITY_DEFAULT, unparent_later, g_object_ref (self), NULL),
      "ladder: link popover gone");
}

static void
ladder_link_popover_dispose (GObject *object)
{
  LadderLinkPopover *self = (LadderLinkPopover *) object;
  GtkTextBuffer     *buffer = buffer_of (self);

  if (buffer != NULL)
    {
      if (self->start != NULL)
        gtk_text_buffer_delete_mark (buffer, self->start);
      if (self->end != NULL)
        gtk_text_buffer_delete_mark (buffer, self->end);
    }
  g_clear_object (&self->start);
  g_clear_object (&self->end);
  g_clear_weak_pointer (&self->view);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_LINK_POPOVER);

  G_OBJECT_CLASS (ladder_link_popover_parent_class)->dispose (object);
}

static void
ladder_link_popover_class_init (LadderLinkPopoverClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_link_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-link-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderLinkPopover, text_entry);
  gtk_widget_class_bind_template_child (widget_class, LadderLinkPopover, address_entry);
  gtk_widget_class_bind_template_child (widget_class, LadderLinkPopover, problem_label);
  gtk_widget_class_bind_template_child (widget_class, LadderLinkPopover, remove_button);
  gtk_widget_class_bind_template_child (widget_class, LadderLinkPopover, apply_button);
}

static void
ladder_link_popover_init (LadderLinkPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (on_apply_clicked), self);
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);
  g_signal_connect_swapped (self->address_entry, "changed", G_CALLBACK (on_address_changed), self);
  g_signal_connect (self, "closed", G_CALLBACK (on_closed), NULL);
}

LadderLinkPopover *
ladder_link_popover_show (GtkTextView *view)
{
  GtkTextBuffer     *buffer;
  GtkWidget         *parent;
  LadderLinkPopover *self;
  g_autofree char   *url = NULL;
  g_autofree char   *text = NULL;
  GtkTextIter        cursor, start, end;
  GdkRectangle       rect;
  double             x, y;
  int                wx, wy;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  parent = gtk_widget_get_parent (GTK_WIDGET (view));
  g_return_val_if_fail (parent != NULL, NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  url = ladder_rich_text_get_link (buffer, &cursor, &start, &end);
  if (url == NULL && !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    start = end = cursor;
  text = gtk_text_iter_get_text (&start, &end);

  self = g_object_new (LADDER_TYPE_LINK_POPOVER, NULL);
  g_set_weak_pointer (&self->view, view);
  self->start = g_object_ref (gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE));
  self->end = g_object_ref (gtk_text_buffer_create_mark (buffer, NULL, &end, FALSE));

  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), text);
  gtk_editable_set_text (GTK_EDITABLE (self->address_entry), url != NULL ? url : "");
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), url != NULL);
  gtk_button_set_label (self->apply_button, url != NULL ? _ ("_Apply") : _ ("_Add Link"));

  gtk_widget_set_parent (GTK_WIDGET (self), parent);
  gtk_text_view_get_iter_location (view, &start, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &wx, &wy);
  if (gtk_widget_translate_coordinates (GTK_WIDGET (view), parent, wx, wy, &x, &y))
    gtk_popover_set_pointing_to (
        GTK_POPOVER (self), &(GdkRectangle){ (int) x, (int) y, MAX (rect.width, 1), rect.height });

  gtk_popover_popup (GTK_POPOVER (self));
  gtk_widget_grab_focus (GTK_WIDGET (*text == '\0' ? self->text_entry : self->address_entry));

  return self;
}
