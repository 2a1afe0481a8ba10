/* ladder-rich-text.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-rich-text.h"

#include <adwaita.h>

/*
 * The runs' styles are tags of the buffer's own tag table: one for bold,
 * italic and code, and one per link URL, which holds the URL. Reading the
 * buffer is walking its tag toggles; nothing else is kept beside it.
 */

#define RICH_KEY "ladder-rich-text"
#define URL_KEY "ladder-url"

typedef struct
{
  GtkTextTag        *bold;
  GtkTextTag        *italic;
  GtkTextTag        *code;
  /* URL → its tag, owned by the tag table. */
  GHashTable        *links;
  gboolean           setting;
  int                insert_offset;
  /* A style chosen with nothing selected, for what is typed next at
   * pending_offset. */
  gboolean           pending;
  LadderInlineStyle  pending_style;
  int                pending_offset;
} Rich;

static Rich *
get_rich (GtkTextBuffer *buffer)
{
  return g_object_get_data (G_OBJECT (buffer), RICH_KEY);
}

static void
rich_free (gpointer data)
{
  Rich *rich = data;

  g_hash_table_unref (rich->links);
  g_free (rich);
}

/* Links in the accent colour of libadwaita's light or dark style, code on
 * a faint background. */
static void
update_colors (GtkTextBuffer *buffer)
{
  Rich *rich = get_rich (buffer);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA link, code;
  GHashTableIter iter;
  gpointer tag;

  gdk_rgba_parse (&link, dark ? "#78aeed" : "#1c71d8");
  gdk_rgba_parse (&code, dark ? "rgba(255,255,255,0.1)" : "rgba(0,0,0,0.06)");
  g_object_set (rich->code, "background-rgba", &code, NULL);

  g_hash_table_iter_init (&iter, rich->links);
  while (g_hash_table_iter_next (&iter, NULL, &tag))
    g_object_set (tag, "foreground-rgba", &link, NULL);
}

static GtkTextTag *
link_tag (GtkTextBuffer *buffer,
          const char    *url)
{
  Rich *rich = get_rich (buffer);
  GtkTextTag *tag = g_hash_table_lookup (rich->links, url);

  if (tag != NULL)
    return tag;

  tag = gtk_text_tag_new (NULL);
  g_object_set (tag, "underline", PANGO_UNDERLINE_SINGLE, NULL);
  g_object_set_data_full (G_OBJECT (tag), URL_KEY, g_strdup (url), g_free);
  gtk_text_tag_table_add (gtk_text_buffer_get_tag_table (buffer), tag);
  g_hash_table_insert (rich->links, g_strdup (url), tag);
  g_object_unref (tag);
  update_colors (buffer);

  return tag;
}

static LadderInlineStyle
style_at (Rich              *rich,
          const GtkTextIter *iter)
{
  LadderInlineStyle style = 0;

  if (gtk_text_iter_has_tag (iter, rich->bold))
    style |= LADDER_INLINE_BOLD;
  if (gtk_text_iter_has_tag (iter, rich->italic))
    style |= LADDER_INLINE_ITALIC;
  if (gtk_text_iter_has_tag (iter, rich->code))
    style |= LADDER_INLINE_CODE;

  return style;
}

static GtkTextTag *
link_tag_at (const GtkTextIter *iter)
{
  g_autoptr (GSList) tags = gtk_text_iter_get_tags (iter);

  for (GSList *l = tags; l != NULL; l = l->next)
    if (g_object_get_data (l->data, URL_KEY) != NULL)
      return l->data;

  return NULL;
}

static const char *
url_at (const GtkTextIter *iter)
{
  GtkTextTag *tag = link_tag_at (iter);

  return tag != NULL ? g_object_get_data (G_OBJECT (tag), URL_KEY) : NULL;
}

static void
apply_style (GtkTextBuffer     *buffer,
             LadderInlineStyle  style,
             const char        *url,
             const GtkTextIter *start,
             const GtkTextIter *end)
{
  Rich *rich = get_rich (buffer);

  if (style & LADDER_INLINE_BOLD)
    gtk_text_buffer_apply_tag (buffer, rich->bold, start, end);
  if (style & LADDER_INLINE_ITALIC)
    gtk_text_buffer_apply_tag (buffer, rich->italic, start, end);
  if (style & LADDER_INLINE_CODE)
    gtk_text_buffer_apply_tag (buffer, rich->code, start, end);
  if (url != NULL)
    gtk_text_buffer_apply_tag (buffer, link_tag (buffer, url), start, end);
}

/* The style that text typed at @iter takes. */
static LadderInlineStyle
style_for_typing (Rich              *rich,
                  const GtkTextIter *iter)
{
  GtkTextIter before = *iter;

  if (rich->pending && rich->pending_offset == gtk_text_iter_get_offset (iter))
    return rich->pending_style;

  if (gtk_text_iter_backward_char (&before))
    return style_at (rich, &before);

  return gtk_text_iter_is_end (iter) ? 0 : style_at (rich, iter);
}

static void
on_insert_text_before (GtkTextBuffer *buffer,
                       GtkTextIter   *location,
                       const char    *text,
                       int            length)
{
  get_rich (buffer)->insert_offset = gtk_text_iter_get_offset (location);
}

/* Typed text takes the style of the text before it; a link's only inside
 * the link, so that typing after a link does not lengthen it. */
static void
on_insert_text_after (GtkTextBuffer *buffer,
                      GtkTextIter   *location,
                      const char    *text,
                      int            length)
{
  Rich *rich = get_rich (buffer);
  int end_offset = gtk_text_iter_get_offset (location);
  GtkTextIter start, end, before;
  LadderInlineStyle style;
  const char *url = NULL;

  if (rich->setting)
    return;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, rich->insert_offset);
  end = *location;
  style = style_for_typing (rich, &start);
  before = start;
  if (gtk_text_iter_backward_char (&before) && !gtk_text_iter_is_end (&end)
      && link_tag_at (&before) != NULL && link_tag_at (&before) == link_tag_at (&end))
    url = url_at (&before);

  rich->pending = FALSE;
  apply_style (buffer, style, url, &start, &end);

  /* The handlers after this one expect @location at the end of the text. */
  gtk_text_buffer_get_iter_at_offset (buffer, location, end_offset);
}

static void
on_mark_set (GtkTextBuffer     *buffer,
             const GtkTextIter *location,
             GtkTextMark       *mark)
{
  Rich *rich = get_rich (buffer);

  if (rich->pending && mark == gtk_text_buffer_get_insert (buffer)
      && gtk_text_iter_get_offset (location) != rich->pending_offset)
    rich->pending = FALSE;
}

void
ladder_rich_text_init (GtkTextBuffer *buffer)
{
  Rich *rich;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  if (get_rich (buffer) != NULL)
    return;

  rich = g_new0 (Rich, 1);
  rich->bold = gtk_text_buffer_create_tag (buffer, NULL, "weight", PANGO_WEIGHT_BOLD, NULL);
  rich->italic = gtk_text_buffer_create_tag (buffer, NULL, "style", PANGO_STYLE_ITALIC, NULL);
  rich->code = gtk_text_buffer_create_tag (buffer, NULL, "family", "monospace", NULL);
  rich->links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_object_set_data_full (G_OBJECT (buffer), RICH_KEY, rich, rich_free);
  update_colors (buffer);

  g_signal_connect (buffer, "insert-text", G_CALLBACK (on_insert_text_before), NULL);
  g_signal_connect_after (buffer, "insert-text", G_CALLBACK (on_insert_text_after), NULL);
  g_signal_connect (buffer, "mark-set", G_CALLBACK (on_mark_set), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (update_colors),
                           buffer, G_CONNECT_SWAPPED);
}

void
ladder_rich_text_set_spans (GtkTextBuffer *buffer,
                            GPtrArray     *spans)
{
  Rich *rich = get_rich (buffer);
  g_autofree char *text = ladder_inline_spans_to_text (spans);
  int offset = 0;

  g_return_if_fail (rich != NULL);

  rich->setting = TRUE;
  rich->pending = FALSE;
  gtk_text_buffer_set_text (buffer, text, -1);

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (spans, i);
      int length = (int) g_utf8_strlen (span->text, -1);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + length);
      apply_style (buffer, span->style, span->url, &start, &end);
      offset += length;
    }

  rich->setting = FALSE;
}

GPtrArray *
ladder_rich_text_get_spans (GtkTextBuffer     *buffer,
                            const GtkTextIter *start,
                            const GtkTextIter *end)
{
  Rich *rich = get_rich (buffer);
  GPtrArray *spans = ladder_inline_spans_new ();
  GtkTextIter iter, last;

  g_return_val_if_fail (rich != NULL, spans);

  if (start != NULL)
    iter = *start;
  else
    gtk_text_buffer_get_start_iter (buffer, &iter);
  if (end != NULL)
    last = *end;
  else
    gtk_text_buffer_get_end_iter (buffer, &last);

  while (gtk_text_iter_compare (&iter, &last) < 0)
    {
      GtkTextIter next = iter;
      g_autofree char *text = NULL;
      LadderInlineStyle style = style_at (rich, &iter);
      const char *url = url_at (&iter);
      LadderInlineSpan *previous = spans->len > 0 ? g_ptr_array_index (spans, spans->len - 1) : NULL;

      gtk_text_iter_forward_to_tag_toggle (&next, NULL);
      if (gtk_text_iter_compare (&next, &last) > 0)
        next = last;
      text = gtk_text_iter_get_text (&iter, &next);

      if (previous != NULL && previous->style == style && g_strcmp0 (previous->url, url) == 0)
        {
          char *joined = g_strconcat (previous->text, text, NULL);

          g_free (previous->text);
          previous->text = joined;
        }
      else
        {
          g_ptr_array_add (spans, ladder_inline_span_new (text, -1, style, url));
        }

      iter = next;
    }

  return spans;
}

static GtkTextTag *
style_tag (Rich              *rich,
           LadderInlineStyle  style)
{
  switch ((int) style)
    {
    case LADDER_INLINE_BOLD:
      return rich->bold;
    case LADDER_INLINE_ITALIC:
      return rich->italic;
    case LADDER_INLINE_CODE:
      return rich->code;
    default:
      g_return_val_if_reached (NULL);
    }
}

void
ladder_rich_text_toggle_style (GtkTextBuffer     *buffer,
                               LadderInlineStyle  style)
{
  Rich *rich = get_rich (buffer);
  GtkTextIter start, end;
  GtkTextTag *tag;

  g_return_if_fail (rich != NULL);

  tag = style_tag (rich, style);
  if (tag == NULL)
    return;

  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      g_autoptr (GPtrArray) spans = ladder_rich_text_get_spans (buffer, &start, &end);
      gboolean all = TRUE;

      for (guint i = 0; i < spans->len; i++)
        all &= (((LadderInlineSpan *) g_ptr_array_index (spans, i))->style & style) != 0;

      gtk_text_buffer_begin_user_action (buffer);
      if (all)
        gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
      else
        gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
      gtk_text_buffer_end_user_action (buffer);
    }
  else
    {
      GtkTextIter cursor;

      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      rich->pending_style = style_for_typing (rich, &cursor) ^ style;
      rich->pending_offset = gtk_text_iter_get_offset (&cursor);
      rich->pending = TRUE;
    }
}

LadderInlineStyle
ladder_rich_text_get_style (GtkTextBuffer     *buffer,
                            const GtkTextIter *iter)
{
  Rich *rich = get_rich (buffer);

  g_return_val_if_fail (rich != NULL, 0);

  return style_for_typing (rich, iter);
}

char *
ladder_rich_text_get_link (GtkTextBuffer     *buffer,
                           const GtkTextIter *iter,
                           GtkTextIter       *start,
                           GtkTextIter       *end)
{
  GtkTextIter at = *iter;
  GtkTextTag *tag = link_tag_at (&at);

  g_return_val_if_fail (get_rich (buffer) != NULL, NULL);

  if (tag == NULL && gtk_text_iter_backward_char (&at))
    tag = link_tag_at (&at);
  if (tag == NULL)
    return NULL;

  if (start != NULL)
    {
      *start = at;
      if (!gtk_text_iter_starts_tag (start, tag))
        gtk_text_iter_backward_to_tag_toggle (start, tag);
    }
  if (end != NULL)
    {
      *end = at;
      gtk_text_iter_forward_to_tag_toggle (end, tag);
    }

  return g_strdup (g_object_get_data (G_OBJECT (tag), URL_KEY));
}

void
ladder_rich_text_set_link (GtkTextBuffer     *buffer,
                           const GtkTextIter *start,
                           const GtkTextIter *end,
                           const char        *url)
{
  Rich *rich = get_rich (buffer);
  GHashTableIter iter;
  gpointer tag;
  int start_offset = gtk_text_iter_get_offset (start);
  int end_offset = gtk_text_iter_get_offset (end);
  GtkTextIter a, b;

  g_return_if_fail (rich != NULL);

  gtk_text_buffer_begin_user_action (buffer);

  g_hash_table_iter_init (&iter, rich->links);
  while (g_hash_table_iter_next (&iter, NULL, &tag))
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &a, start_offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &b, end_offset);
      gtk_text_buffer_remove_tag (buffer, tag, &a, &b);
    }

  if (url != NULL)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &a, start_offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &b, end_offset);
      gtk_text_buffer_apply_tag (buffer, link_tag (buffer, url), &a, &b);
    }

  gtk_text_buffer_end_user_action (buffer);
}
