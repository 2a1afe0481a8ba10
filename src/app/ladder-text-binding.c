/* ladder-text-binding.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-text-binding.h"

#include <glib/gi18n.h>

#include "ladder-inline.h"
#include "ladder-markdown-check.h"
#include "ladder-rich-text.h"
#include "ladder-tooltip.h"

#define BINDING_KEY "ladder-text-binding"
#define NOTE_KEY "ladder-text-binding-note"

typedef struct
{
  GWeakRef       object;
  GtkTextBuffer *buffer;
  /* For Markdown: the view that shows why typed text is refused. */
  GWeakRef view;
  gboolean markdown;
  /* Bound with ladder_text_binding_bind_rich(), and whether the value is
   * shown formatted now (else as its Markdown). */
  gboolean rich_capable;
  gboolean rich;
  char    *property;
  gulong   buffer_handlers[5];
  gulong   object_handler;
  gboolean updating;
  /* Within a user action (a key, a paste, a formatting command), the model
   * is written once, at its end. */
  int      user_action;
  gboolean dirty;
  /* For formatted text: the Markdown as it came from the model, written
   * back as it was whenever the text shows it again (a letter typed and
   * taken out leaves the page's bytes as they were). */
  char *pristine;
} Binding;

/* Freed with the buffer's data, when the buffer goes or is bound anew. */
static void
binding_free (gpointer data)
{
  Binding *binding = data;
  g_autoptr (GObject) object = g_weak_ref_get (&binding->object);

  if (object != NULL && g_signal_handler_is_connected (object, binding->object_handler))
    g_signal_handler_disconnect (object, binding->object_handler);
  for (guint i = 0; i < G_N_ELEMENTS (binding->buffer_handlers); i++)
    if (binding->buffer_handlers[i] != 0
        && g_signal_handler_is_connected (binding->buffer, binding->buffer_handlers[i]))
      g_signal_handler_disconnect (binding->buffer, binding->buffer_handlers[i]);

  g_weak_ref_clear (&binding->object);
  g_weak_ref_clear (&binding->view);
  g_free (binding->property);
  g_free (binding->pristine);
  g_free (binding);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Writes the buffer's runs to the model: only what changed is written
 * anew (ladder_inline_edit ()). Where Markdown cannot write a style the
 * buffer shows (bold ending in a full stop before a letter), the buffer
 * is shown again as the model has it. */
static void show_rich (Binding *binding, const char *value);

/* Whether @spans are what @markdown shows. */
static gboolean
shows_markdown (GPtrArray *spans, const char *markdown)
{
  g_autoptr (GPtrArray) parsed = ladder_inline_parse (markdown, NULL);
  g_autoptr (GPtrArray) a = NULL;
  g_autoptr (GPtrArray) b = NULL;

  if (parsed == NULL)
    return FALSE;

  a = ladder_inline_spans_normalize (spans);
  b = ladder_inline_spans_normalize (parsed);
  return ladder_inline_spans_equal (a, b);
}

static void
write_rich (Binding *binding, GObject *object)
{
  g_autoptr (GPtrArray) spans = ladder_rich_text_get_spans (binding->buffer, NULL, NULL);
  g_autoptr (GtkWidget) view = g_weak_ref_get (&binding->view);
  g_autofree char *value = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *problem = NULL;
  gboolean         faithful = TRUE;

  g_object_get (object, binding->property, &value, NULL);
  if (binding->pristine != NULL && g_strcmp0 (binding->pristine, value) != 0
      && shows_markdown (spans, binding->pristine))
    markdown = g_strdup (binding->pristine);
  else
    markdown = ladder_inline_edit (value, spans, &faithful);

  if (g_strcmp0 (markdown, value) != 0)
    {
      problem = ladder_markdown_check_edit (value, markdown);
      if (view != NULL)
        ladder_text_binding_show_problem (view, problem);
      if (problem != NULL)
        return;

      binding->updating = TRUE;
      g_object_set (object, binding->property, markdown, NULL);
      binding->updating = FALSE;
    }

  if (!faithful)
    show_rich (binding, markdown);
}

static void
on_buffer_changed (GtkTextBuffer *buffer, Binding *binding)
{
  g_autoptr (GObject) object = g_weak_ref_get (&binding->object);
  g_autofree char *text = NULL;

  if (object == NULL || binding->updating)
    return;

  if (binding->user_action > 0)
    {
      binding->dirty = TRUE;
      return;
    }

  if (binding->rich)
    {
      write_rich (binding, object);
      return;
    }

  text = buffer_text (buffer);

  if (binding->markdown)
    {
      g_autoptr (GtkWidget) view = g_weak_ref_get (&binding->view);
      g_autofree char *value = NULL;
      g_autofree char *problem = NULL;

      g_object_get (object, binding->property, &value, NULL);
      problem = ladder_markdown_check_edit (value, text);
      if (view != NULL)
        ladder_text_binding_show_problem (view, problem);
      if (problem != NULL)
        return;
    }

  binding->updating = TRUE;
  g_object_set (object, binding->property, text, NULL);
  binding->updating = FALSE;
}

static void
on_begin_user_action (GtkTextBuffer *buffer, Binding *binding)
{
  binding->user_action++;
}

static void
on_end_user_action (GtkTextBuffer *buffer, Binding *binding)
{
  if (binding->user_action == 0 || --binding->user_action > 0 || !binding->dirty)
    return;

  binding->dirty = FALSE;
  on_buffer_changed (buffer, binding);
}

/* Styles are tags: applying one changes no text, and is a change all the
 * same. Typed text takes its tags just after it is inserted. */
static void
on_tags_changed (GtkTextBuffer *buffer,
                 GtkTextTag    *tag,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 Binding       *binding)
{
  if (binding->rich)
    on_buffer_changed (buffer, binding);
}

/* The view says whether it shows its text formatted or as Markdown. */
static void
show_mode (Binding *binding)
{
  g_autoptr (GtkWidget) view = g_weak_ref_get (&binding->view);
  const char *note = binding->rich_capable && !binding->rich
                         ? _ ("Shown as Markdown: it holds formatting that cannot be shown here")
                         : NULL;

  if (view == NULL || !binding->rich_capable)
    return;

  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), !binding->rich);
  if (g_strcmp0 (g_object_get_data (G_OBJECT (view), NOTE_KEY), note) == 0)
    return;

  g_object_set_data_full (G_OBJECT (view), NOTE_KEY, g_strdup (note), g_free);
  if (!gtk_widget_has_css_class (view, "error"))
    ladder_tooltip_set_text (view, note);
}

/* Shows @value with its formatting, keeping the cursor where it was. */
static void
show_rich (Binding *binding, const char *value)
{
  g_autoptr (GPtrArray) spans = ladder_inline_parse (value, NULL);
  GtkTextIter iter, bound;
  int         cursor, selection;

  gtk_text_buffer_get_iter_at_mark (binding->buffer, &iter,
                                    gtk_text_buffer_get_insert (binding->buffer));
  gtk_text_buffer_get_iter_at_mark (binding->buffer, &bound,
                                    gtk_text_buffer_get_selection_bound (binding->buffer));
  cursor = gtk_text_iter_get_offset (&iter);
  selection = gtk_text_iter_get_offset (&bound);

  binding->updating = TRUE;
  binding->rich = spans != NULL;
  if (spans != NULL)
    ladder_rich_text_set_spans (binding->buffer, spans);
  else
    gtk_text_buffer_set_text (binding->buffer, value != NULL ? value : "", -1);
  binding->updating = FALSE;

  gtk_text_buffer_get_iter_at_offset (binding->buffer, &iter, cursor);
  gtk_text_buffer_get_iter_at_offset (binding->buffer, &bound, selection);
  gtk_text_buffer_select_range (binding->buffer, &iter, &bound);
  show_mode (binding);
}

/* Whether the buffer shows @value already, as formatted text. */
static gboolean
shows_rich (Binding *binding, const char *value)
{
  g_autoptr (GPtrArray) wanted = ladder_inline_parse (value, NULL);
  g_autoptr (GPtrArray) shown = NULL;
  g_autoptr (GPtrArray) a = NULL;
  g_autoptr (GPtrArray) b = NULL;

  if (!binding->rich || wanted == NULL)
    return FALSE;

  shown = ladder_rich_text_get_spans (binding->buffer, NULL, NULL);
  a = ladder_inline_spans_normalize (shown);
  b = ladder_inline_spans_normalize (wanted);
  return ladder_inline_spans_equal (a, b);
}

static void
on_property_changed (GObject *object, GParamSpec *pspec, GtkTextBuffer *buffer)
{
  Binding         *binding = g_object_get_data (G_OBJECT (buffer), BINDING_KEY);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (binding == NULL || binding->updating)
    return;

  g_object_get (object, binding->property, &value, NULL);

  if (binding->rich_capable)
    {
      g_free (binding->pristine);
      binding->pristine = g_strdup (value);
      if (shows_rich (binding, value))
        return;
    }
  else
    {
      text = buffer_text (buffer);
      if (g_strcmp0 (value, text) == 0)
        return;
    }

  if (binding->markdown)
    {
      g_autoptr (GtkWidget) view = g_weak_ref_get (&binding->view);

      if (view != NULL)
        ladder_text_binding_show_problem (view, NULL);
    }

  if (binding->rich_capable)
    {
      show_rich (binding, value);
      return;
    }

  binding->updating = TRUE;
  gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
  binding->updating = FALSE;
}

static Binding *
bind (GtkTextBuffer *buffer,
      GObject       *object,
      const char    *property,
      GtkTextView   *view,
      gboolean       markdown,
      gboolean       rich)
{
  Binding         *binding = g_new0 (Binding, 1);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  g_autofree char *value = NULL;

  g_object_set_data (G_OBJECT (buffer), BINDING_KEY, NULL);

  g_weak_ref_init (&binding->object, object);
  g_weak_ref_init (&binding->view, view);
  binding->buffer = buffer;
  binding->property = g_strdup (property);
  binding->markdown = markdown;
  binding->rich_capable = rich;

  /* The document's history undoes the text; the buffer's own would undo
   * behind its back, down to the empty buffer the text was set into. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);

  /* On the buffer before its first text, so that whoever watches the
   * buffer's insertions can tell the value shown from text typed. */
  g_object_set_data_full (G_OBJECT (buffer), BINDING_KEY, binding, binding_free);

  g_object_get (object, property, &value, NULL);
  if (rich)
    {
      binding->pristine = g_strdup (value);
      ladder_rich_text_init (buffer);
      /* Shown while away from its view: a GTK 4.8 view told that its
       * cursor moved (show_rich () puts it back at the start) lays the
       * paragraph out at once to place the input method, before the view
       * has its width, and lays it out again once it has. */
      g_object_ref (buffer);
      /* What the view draws of a paragraph is its own layout, kept by
       * line until the buffer says the line changed, and dropped when the
       * view lets go of the buffer only for paragraphs it wrapped (GTK
       * 4.8). One laid out for the cursor alone (a view realized lays out
       * the cursor's paragraph for the input method) and never wrapped
       * (its row gone before the next frame, as roles picked in a row)
       * stayed, and the view drew it for the text set below: the bullet
       * shown before. Any change of style forgets every paragraph. */
      {
        int pixels = gtk_text_view_get_pixels_inside_wrap (view);

        gtk_text_view_set_pixels_inside_wrap (view, pixels + 1);
        gtk_text_view_set_pixels_inside_wrap (view, pixels);
      }
      gtk_text_view_set_buffer (view, NULL);
      /* A view bound anew (a row showing another bullet) starts with its
       * cursor at the start, as a new one does. */
      {
        GtkTextIter start;

        gtk_text_buffer_get_start_iter (buffer, &start);
        gtk_text_buffer_select_range (buffer, &start, &start);
      }
      show_rich (binding, value);
      gtk_text_view_set_buffer (view, buffer);
      g_object_unref (buffer);
    }
  else
    {
      binding->updating = TRUE;
      gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
      binding->updating = FALSE;
    }

  binding->buffer_handlers[0]
      = g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed), binding);
  binding->buffer_handlers[1]
      = g_signal_connect (buffer, "begin-user-action", G_CALLBACK (on_begin_user_action), binding);
  binding->buffer_handlers[2]
      = g_signal_connect (buffer, "end-user-action", G_CALLBACK (on_end_user_action), binding);
  if (rich)
    {
      binding->buffer_handlers[3]
          = g_signal_connect_after (buffer, "apply-tag", G_CALLBACK (on_tags_changed), binding);
      binding->buffer_handlers[4]
          = g_signal_connect_after (buffer, "remove-tag", G_CALLBACK (on_tags_changed), binding);
    }
  binding->object_handler
      = g_signal_connect_object (object, signal, G_CALLBACK (on_property_changed), buffer, 0);

  return binding;
}

void
ladder_text_binding_bind (GtkTextBuffer *buffer, GObject *object, const char *property)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (G_IS_OBJECT (object));

  bind (buffer, object, property, NULL, FALSE, FALSE);
}

void
ladder_text_binding_bind_markdown (GtkTextView *view, GObject *object, const char *property)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (G_IS_OBJECT (object));

  ladder_text_binding_show_problem (GTK_WIDGET (view), NULL);
  bind (gtk_text_view_get_buffer (view), object, property, view, TRUE, FALSE);
}

void
ladder_text_binding_bind_rich (GtkTextView *view, GObject *object, const char *property)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (G_IS_OBJECT (object));

  ladder_text_binding_show_problem (GTK_WIDGET (view), NULL);
  bind (gtk_text_view_get_buffer (view), object, property, view, TRUE, TRUE);
}

gboolean
ladder_text_binding_is_showing_value (GtkTextBuffer *buffer)
{
  Binding *binding;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), FALSE);

  binding = g_object_get_data (G_OBJECT (buffer), BINDING_KEY);
  return binding != NULL && binding->updating;
}

gboolean
ladder_text_binding_is_rich (GtkTextView *view)
{
  Binding *binding;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), FALSE);

  binding = g_object_get_data (G_OBJECT (gtk_text_view_get_buffer (view)), BINDING_KEY);
  return binding != NULL && binding->rich;
}

void
ladder_text_binding_show_problem (GtkWidget *widget, const char *problem)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (problem != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      ladder_tooltip_set_text (widget, problem);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      problem, -1);
    }
  else if (gtk_widget_has_css_class (widget, "error"))
    {
      gtk_widget_remove_css_class (widget, "error");
      ladder_tooltip_set_text (widget, g_object_get_data (G_OBJECT (widget), NOTE_KEY));
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

void
ladder_text_view_select_bytes (GtkTextView *view, int offset, int length)
{
  GtkTextBuffer   *buffer;
  g_autofree char *text = NULL;
  GtkTextIter      start, end;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  if (offset < 0)
    return;

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  if ((gsize) offset + (gsize) MAX (length, 0) > strlen (text))
    return;

  gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                      (int) g_utf8_pointer_to_offset (text, text + offset));
  gtk_text_buffer_get_iter_at_offset (
      buffer, &end, (int) g_utf8_pointer_to_offset (text, text + offset + MAX (length, 0)));
  gtk_text_buffer_select_range (buffer, &start, &end);
}
