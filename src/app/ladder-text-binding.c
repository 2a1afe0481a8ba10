/* ladder-text-binding.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-text-binding.h"

#include "ladder-markdown-check.h"

typedef struct
{
  GWeakRef       object;
  GtkTextBuffer *buffer;
  /* For Markdown: the view that shows why typed text is refused. */
  GWeakRef       view;
  gboolean       markdown;
  char          *property;
  gulong         buffer_handler;
  gulong         object_handler;
  gboolean       updating;
} Binding;

/* Freed with the buffer's data, when the buffer goes or is bound anew. */
static void
binding_free (gpointer data)
{
  Binding *binding = data;
  g_autoptr (GObject) object = g_weak_ref_get (&binding->object);

  if (object != NULL && g_signal_handler_is_connected (object, binding->object_handler))
    g_signal_handler_disconnect (object, binding->object_handler);
  if (g_signal_handler_is_connected (binding->buffer, binding->buffer_handler))
    g_signal_handler_disconnect (binding->buffer, binding->buffer_handler);

  g_weak_ref_clear (&binding->object);
  g_weak_ref_clear (&binding->view);
  g_free (binding->property);
  g_free (binding);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   Binding       *binding)
{
  g_autoptr (GObject) object = g_weak_ref_get (&binding->object);
  g_autofree char *text = NULL;

  if (object == NULL || binding->updating)
    return;

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
on_property_changed (GObject       *object,
                     GParamSpec    *pspec,
                     GtkTextBuffer *buffer)
{
  Binding *binding = g_object_get_data (G_OBJECT (buffer), "ladder-text-binding");
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (binding == NULL || binding->updating)
    return;

  g_object_get (object, binding->property, &value, NULL);
  text = buffer_text (buffer);
  if (g_strcmp0 (value, text) == 0)
    return;

  if (binding->markdown)
    {
      g_autoptr (GtkWidget) view = g_weak_ref_get (&binding->view);

      if (view != NULL)
        ladder_text_binding_show_problem (view, NULL);
    }

  binding->updating = TRUE;
  gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
  binding->updating = FALSE;
}

static Binding *
bind (GtkTextBuffer *buffer,
      GObject       *object,
      const char    *property)
{
  Binding *binding = g_new0 (Binding, 1);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  g_autofree char *value = NULL;

  g_object_set_data (G_OBJECT (buffer), "ladder-text-binding", NULL);

  g_weak_ref_init (&binding->object, object);
  g_weak_ref_init (&binding->view, NULL);
  binding->buffer = buffer;
  binding->property = g_strdup (property);

  /* The document's history undoes the text; the buffer's own would undo
   * behind its back, down to the empty buffer the text was set into. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);

  g_object_get (object, property, &value, NULL);
  gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);

  binding->buffer_handler = g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed), binding);
  binding->object_handler = g_signal_connect_object (object, signal, G_CALLBACK (on_property_changed), buffer, 0);
  g_object_set_data_full (G_OBJECT (buffer), "ladder-text-binding", binding, binding_free);

  return binding;
}

void
ladder_text_binding_bind (GtkTextBuffer *buffer,
                          GObject       *object,
                          const char    *property)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (G_IS_OBJECT (object));

  bind (buffer, object, property);
}

void
ladder_text_binding_bind_markdown (GtkTextView *view,
                                   GObject     *object,
                                   const char  *property)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (G_IS_OBJECT (object));

  ladder_text_binding_show_problem (GTK_WIDGET (view), NULL);
  binding = bind (gtk_text_view_get_buffer (view), object, property);
  binding->markdown = TRUE;
  g_weak_ref_set (&binding->view, view);
}

void
ladder_text_binding_show_problem (GtkWidget  *widget,
                                  const char *problem)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (problem != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, problem);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem, -1);
    }
  else if (gtk_widget_has_css_class (widget, "error"))
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}
