/* ladder-preview.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-preview.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "ladder-markdown-export.h"
#include "ladder-markdown-render.h"

/* Shortly after the last edit, not on every key: typing stays smooth. */
#define UPDATE_DELAY_MS 250

/*
 * The page as it will be committed: the exported Markdown, highlighted,
 * and the same page rendered.
 */
struct _LadderPreview
{
  GtkWidget      parent_instance;
  GtkWidget     *box;
  GtkRevealer   *notice;
  GtkLabel      *notice_label;
  GtkStack      *stack;
  GtkTextView   *rendered_view;
  GtkWidget     *source_scroller;
  /* Made when first shown: GtkSourceView's start-up (reading every
   * language definition) is the dearest part of opening a window. */
  GtkSourceView *source_view;
  LadderFamily  *family;
  GSignalGroup  *family_signals;
  guint          update_source;
  gboolean       stale;
  /* The page exactly as exported: the views may show it with its longest
   * lines cut. */
  char          *markdown;
  gboolean       shown_as_text;
};

G_DEFINE_FINAL_TYPE (LadderPreview, ladder_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FAMILY,
  PROP_SHOWN_AS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ensure_source_view (LadderPreview *self)
{
  GtkSourceLanguage *markdown;
  GtkSourceBuffer *buffer;

  if (self->source_view != NULL)
    return;

  self->source_view = GTK_SOURCE_VIEW (gtk_source_view_new ());
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->source_view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->source_view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->source_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->source_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->source_view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->source_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->source_view), 12);
  gtk_source_view_set_show_line_numbers (self->source_view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->source_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Exported Markdown"),
                                  -1);

  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  markdown = gtk_source_language_manager_get_language (gtk_source_language_manager_get_default (), "markdown");
  if (markdown != NULL)
    gtk_source_buffer_set_language (buffer, markdown);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->source_scroller), GTK_WIDGET (self->source_view));
}

static void
set_shown_as_text (LadderPreview *self,
                   gboolean       shown_as_text)
{
  if (self->shown_as_text == shown_as_text)
    return;

  self->shown_as_text = shown_as_text;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN_AS_TEXT]);
}

/* Shows @page; every bit of work is bounded by its length, whatever it
 * holds (ladder-markdown-render.h). */
static void
show_page (LadderPreview *self,
           const char    *page,
           gsize          length)
{
  GtkSourceBuffer *source = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  g_autoptr (GString) cut = ladder_markdown_cut_long_lines (page, length);
  gboolean rendered;

  rendered = ladder_markdown_render (gtk_text_view_get_buffer (self->rendered_view), page, length);

  /* Highlighting runs patterns over each line: not over a page of
   * pathological markup. */
  gtk_source_buffer_set_highlight_syntax (source, rendered);
  if (cut != NULL)
    gtk_text_buffer_set_text (GTK_TEXT_BUFFER (source), cut->str, (int) cut->len);
  else
    gtk_text_buffer_set_text (GTK_TEXT_BUFFER (source), page, (int) length);

  if (!rendered)
    gtk_label_set_text (self->notice_label, _("This page holds too much markup to lay out, so the "
                                              "preview shows it as Markdown text."));
  else if (cut != NULL)
    gtk_label_set_text (self->notice_label, _("Very long lines are shown in several pieces."));
  gtk_revealer_set_reveal_child (self->notice, !rendered || cut != NULL);

  set_shown_as_text (self, !rendered);
}

void
ladder_preview_update_now (LadderPreview *self)
{
  g_autoptr (GString) page = NULL;

  ensure_source_view (self);

  g_clear_handle_id (&self->update_source, g_source_remove);
  self->stale = FALSE;

  if (self->family == NULL)
    {
      g_clear_pointer (&self->markdown, g_free);
      show_page (self, "", 0);
      return;
    }

  page = ladder_markdown_export (self->family, LADDER_EXPORT_DEFAULT);
  show_page (self, page->str, page->len);
  g_free (self->markdown);
  self->markdown = g_string_free (g_steal_pointer (&page), FALSE);
}

static gboolean
on_update_timeout (gpointer user_data)
{
  LadderPreview *self = user_data;

  self->update_source = 0;
  ladder_preview_update_now (self);
  return G_SOURCE_REMOVE;
}

/* A hidden preview costs nothing: it catches up when it is shown. */
static void
on_family_changed (LadderPreview *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  if (self->update_source == 0)
    {
      self->update_source = g_timeout_add (UPDATE_DELAY_MS, on_update_timeout, self);
      g_source_set_name_by_id (self->update_source, "ladder: preview update");
    }
}

static void
ladder_preview_map (GtkWidget *widget)
{
  LadderPreview *self = LADDER_PREVIEW (widget);

  GTK_WIDGET_CLASS (ladder_preview_parent_class)->map (widget);

  if (self->stale)
    ladder_preview_update_now (self);
}

char *
ladder_preview_dup_markdown (LadderPreview *self)
{
  g_return_val_if_fail (LADDER_IS_PREVIEW (self), NULL);

  return g_strdup (self->markdown != NULL ? self->markdown : "");
}

/**
 * ladder_preview_get_shown_as_text:
 *
 * Whether the page is shown as its Markdown text rather than laid out: it
 * held more markup than libcmark reads in bounded time and memory.
 */
gboolean
ladder_preview_get_shown_as_text (LadderPreview *self)
{
  g_return_val_if_fail (LADDER_IS_PREVIEW (self), FALSE);

  return self->shown_as_text;
}

static void
ladder_preview_dispose (GObject *object)
{
  LadderPreview *self = (LadderPreview *) object;

  g_clear_handle_id (&self->update_source, g_source_remove);
  g_clear_object (&self->family_signals);
  g_clear_object (&self->family);
  g_clear_pointer (&self->markdown, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_PREVIEW);

  G_OBJECT_CLASS (ladder_preview_parent_class)->dispose (object);
}

static void
ladder_preview_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LadderPreview *self = LADDER_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    case PROP_SHOWN_AS_TEXT:
      g_value_set_boolean (value, self->shown_as_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_preview_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LadderPreview *self = LADDER_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      ladder_preview_set_family (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_preview_class_init (LadderPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_preview_dispose;
  object_class->get_property = ladder_preview_get_property;
  object_class->set_property = ladder_preview_set_property;
  widget_class->map = ladder_preview_map;

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL,
                         LADDER_TYPE_FAMILY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOWN_AS_TEXT] =
    g_param_spec_boolean ("shown-as-text", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, box);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, notice);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, notice_label);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, rendered_view);
  gtk_widget_class_bind_template_child (widget_class, LadderPreview, source_scroller);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_preview_init (LadderPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->family_signals = g_signal_group_new (LADDER_TYPE_FAMILY);
  g_signal_group_connect_swapped (self->family_signals, "changed", G_CALLBACK (on_family_changed), self);
}

GtkWidget *
ladder_preview_new (void)
{
  return g_object_new (LADDER_TYPE_PREVIEW, NULL);
}

LadderFamily *
ladder_preview_get_family (LadderPreview *self)
{
  g_return_val_if_fail (LADDER_IS_PREVIEW (self), NULL);

  return self->family;
}

void
ladder_preview_set_family (LadderPreview *self,
                           LadderFamily  *family)
{
  g_return_if_fail (LADDER_IS_PREVIEW (self));
  g_return_if_fail (family == NULL || LADDER_IS_FAMILY (family));

  if (!g_set_object (&self->family, family))
    return;

  g_signal_group_set_target (self->family_signals, family);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ladder_preview_update_now (self);
  else
    self->stale = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}
