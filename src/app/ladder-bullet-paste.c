/* ladder-bullet-paste.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-bullet-paste.h"

#include <string.h>

#include "ladder-inline.h"
#include "ladder-rich-text.h"
#include "ladder-text-binding.h"

/*
 * Text of several lines pasted into a bullet, as the bullets it makes: a
 * bullet holds no line break (the page would join its lines).
 */

/* The lines of @text with something in them, without the list markers a
 * list copied from elsewhere has, bulleted or numbered. */
static GPtrArray *
pasted_lines (const char *text)
{
  static const char *const markers[] = { "- ", "* ", "+ ", "• ", "· ", "– " };
  g_auto (GStrv) lines = g_regex_split_simple ("\r\n|\n|\r", text, 0, 0);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  guint n_lines = g_strv_length (lines);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char    *raw = lines[i];
      char    *line = g_strstrip (g_strdup (raw));
      gboolean marked = FALSE;

      for (guint m = 0; m < G_N_ELEMENTS (markers) && !marked; m++)
        if (g_str_has_prefix (line, markers[m]))
          {
            memmove (line, line + strlen (markers[m]), strlen (line + strlen (markers[m])) + 1);
            g_strstrip (line);
            marked = TRUE;
          }

      /* A numbered list's "1." or "1)", as Markdown reads one (up to nine
       * digits), went into the bullet's text. */
      if (!marked)
        {
          gsize digits = strspn (line, "0123456789");

          if (digits > 0 && digits <= 9 && (line[digits] == '.' || line[digits] == ')')
              && line[digits + 1] == ' ')
            {
              memmove (line, line + digits + 2, strlen (line + digits + 2) + 1);
              g_strstrip (line);
              marked = TRUE;
            }
        }

      /* The first line goes on after the text before the cursor, the last
       * runs into the text after it: their spaces there are kept. */
      if (!marked && *line != '\0' && (i == 0 || i + 1 == n_lines))
        {
          g_free (line);
          line = g_strdup (raw);
          if (i + 1 < n_lines)
            g_strchomp (line);
          if (i > 0)
            g_strchug (line);
        }

      if (*line != '\0')
        g_ptr_array_add (result, line);
      else
        g_free (line);
    }

  return result;
}

/* A pasted line as Markdown: text in a bullet shown formatted, Markdown in
 * one shown as Markdown. */
static char *
line_markdown (GtkTextView *view, const char *line)
{
  g_autoptr (GPtrArray) spans = NULL;

  if (!ladder_text_binding_is_rich (view))
    return g_strdup (line);

  spans = ladder_inline_spans_new ();
  g_ptr_array_add (spans, ladder_inline_span_new (line, -1, 0, NULL));
  return ladder_inline_to_markdown (spans, NULL);
}

static GPtrArray *
spans_with_line (GtkTextBuffer     *buffer,
                 const GtkTextIter *from,
                 const GtkTextIter *to,
                 const char        *line,
                 gboolean           line_first)
{
  GPtrArray *spans = ladder_inline_spans_new ();
  g_autoptr (GPtrArray) text = ladder_rich_text_get_spans (buffer, from, to);

  if (line_first)
    g_ptr_array_add (spans, ladder_inline_span_new (line, -1, 0, NULL));
  g_ptr_array_extend_and_steal (spans, g_steal_pointer (&text));
  if (!line_first)
    g_ptr_array_add (spans, ladder_inline_span_new (line, -1, 0, NULL));

  return spans;
}

/**
 * ladder_bullet_paste_split:
 * @view: the bullet's text view
 * @markdown: the bullet's Markdown
 * @offset: the character in @view where @text goes
 * @text: the text pasted
 * @last_line: (out): the last line pasted (the cursor goes after it)
 *
 * The Markdown of the bullets that @text pasted into @view makes: the
 * first line goes on the bullet, after the text before @offset; each other
 * starts a bullet, the last with the text that was after @offset.
 *
 * Returns: (transfer full) (nullable): the bullet's new Markdown, then
 *   that of each bullet after it; %NULL when @text holds one line or none
 */
GPtrArray *
ladder_bullet_paste_split (GtkTextView *view,
                           const char  *markdown,
                           int          offset,
                           const char  *text,
                           char       **last_line)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr (GPtrArray) lines = pasted_lines (text);
  GPtrArray  *texts;
  GtkTextIter at, start, end;
  const char *last;

  *last_line = lines->len > 0 ? g_strdup (g_ptr_array_index (lines, lines->len - 1)) : NULL;
  if (lines->len < 2)
    return NULL;

  texts = g_ptr_array_new_with_free_func (g_free);
  gtk_text_buffer_get_iter_at_offset (buffer, &at, offset);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  last = g_ptr_array_index (lines, lines->len - 1);

  if (ladder_text_binding_is_rich (view))
    {
      g_autoptr (GPtrArray) head
          = spans_with_line (buffer, &start, &at, g_ptr_array_index (lines, 0), FALSE);
      g_autoptr (GPtrArray) tail = spans_with_line (buffer, &at, &end, last, TRUE);

      g_ptr_array_add (texts, ladder_inline_edit (markdown, head, NULL));
      for (guint i = 1; i + 1 < lines->len; i++)
        g_ptr_array_add (texts, line_markdown (view, g_ptr_array_index (lines, i)));
      g_ptr_array_add (texts, ladder_inline_edit (markdown, tail, NULL));
    }
  else
    {
      g_autofree char *before = gtk_text_iter_get_text (&start, &at);
      g_autofree char *after = gtk_text_iter_get_text (&at, &end);

      g_ptr_array_add (texts, g_strconcat (before, g_ptr_array_index (lines, 0), NULL));
      for (guint i = 1; i + 1 < lines->len; i++)
        g_ptr_array_add (texts, g_strdup (g_ptr_array_index (lines, i)));
      g_ptr_array_add (texts, g_strconcat (last, after, NULL));
    }

  return texts;
}
