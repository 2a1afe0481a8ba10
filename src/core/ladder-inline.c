/* ladder-inline.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-inline-private.h"

#include <string.h>

/*
 * The runs themselves: made, compared, cut and made canonical. Reading
 * Markdown into runs is in ladder-inline-read.c, writing them back in
 * ladder-inline-write.c and ladder-inline-edit.c.
 */

LadderInlineSpan *
ladder_inline_span_new (const char        *text,
                        gssize             length,
                        LadderInlineStyle  style,
                        const char        *url)
{
  LadderInlineSpan *span = g_new0 (LadderInlineSpan, 1);

  span->text = length < 0 ? g_strdup (text) : g_strndup (text, (gsize) length);
  span->style = style;
  span->url = g_strdup (url);
  return span;
}

void
ladder_inline_span_free (LadderInlineSpan *span)
{
  if (span == NULL)
    return;

  g_free (span->text);
  g_free (span->url);
  g_free (span);
}

GPtrArray *
ladder_inline_spans_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_inline_span_free);
}

gboolean
ladder_inline_same_look (LadderInlineStyle  style_a,
                         const char        *url_a,
                         LadderInlineStyle  style_b,
                         const char        *url_b)
{
  return style_a == style_b && g_strcmp0 (url_a, url_b) == 0;
}

static gboolean
is_space_at (const char *p)
{
  return g_unichar_isspace (g_utf8_get_char (p));
}

static void
push_span (GPtrArray         *spans,
           const char        *text,
           gsize              length,
           LadderInlineStyle  style,
           const char        *url)
{
  LadderInlineSpan *last = spans->len > 0 ? g_ptr_array_index (spans, spans->len - 1) : NULL;

  if (length == 0)
    return;

  if (last != NULL && ladder_inline_same_look (last->style, last->url, style, url))
    {
      g_autofree char *more = g_strndup (text, length);
      char *joined = g_strconcat (last->text, more, NULL);

      g_free (last->text);
      last->text = joined;
      return;
    }

  g_ptr_array_add (spans, ladder_inline_span_new (text, (gssize) length, style, url));
}

/* Spaces at the edges of a bold or italic run stand outside it (Markdown
 * cannot open emphasis before a space); spaces at the start and end of the
 * whole text are not kept (a list item's are not shown); empty runs go and
 * runs that look the same are one. */
GPtrArray *
ladder_inline_spans_normalize (GPtrArray *spans)
{
  g_autoptr (GPtrArray) split = ladder_inline_spans_new ();
  GPtrArray *result = ladder_inline_spans_new ();
  guint first = 0, last;

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (spans, i);
      const char *start = span->text;
      const char *end = span->text + strlen (span->text);
      LadderInlineStyle outer = span->style & ~(LADDER_INLINE_BOLD | LADDER_INLINE_ITALIC);

      if ((span->style & (LADDER_INLINE_BOLD | LADDER_INLINE_ITALIC)) == 0 || (span->style & LADDER_INLINE_CODE))
        {
          push_span (split, start, (gsize) (end - start), span->style, span->url);
          continue;
        }

      while (start < end && is_space_at (start))
        start = g_utf8_next_char (start);
      push_span (split, span->text, (gsize) (start - span->text), outer, span->url);

      {
        const char *body_end = end;

        while (body_end > start)
          {
            const char *previous = g_utf8_prev_char (body_end);

            if (!is_space_at (previous))
              break;
            body_end = previous;
          }

        push_span (split, start, (gsize) (body_end - start), span->style, span->url);
        push_span (split, body_end, (gsize) (end - body_end), outer, span->url);
      }
    }

  /* The whole text's own leading and trailing spaces, outside code and
   * links (where they are shown). */
  last = split->len;
  while (first < last)
    {
      LadderInlineSpan *span = g_ptr_array_index (split, first);
      const char *p = span->text;

      if ((span->style & LADDER_INLINE_CODE) || span->url != NULL)
        break;
      while (*p != '\0' && is_space_at (p))
        p = g_utf8_next_char (p);
      if (*p != '\0')
        {
          char *rest = g_strdup (p);

          g_free (span->text);
          span->text = rest;
          break;
        }
      first++;
    }

  while (last > first)
    {
      LadderInlineSpan *span = g_ptr_array_index (split, last - 1);
      char *end = span->text + strlen (span->text);

      if ((span->style & LADDER_INLINE_CODE) || span->url != NULL)
        break;
      while (end > span->text && is_space_at (g_utf8_prev_char (end)))
        end = g_utf8_prev_char (end);
      if (end > span->text)
        {
          *end = '\0';
          break;
        }
      last--;
    }

  for (guint i = first; i < last; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (split, i);

      push_span (result, span->text, strlen (span->text), span->style, span->url);
    }

  return result;
}

gboolean
ladder_inline_spans_equal (GPtrArray *a,
                           GPtrArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      LadderInlineSpan *x = g_ptr_array_index (a, i);
      LadderInlineSpan *y = g_ptr_array_index (b, i);

      if (!ladder_inline_same_look (x->style, x->url, y->style, y->url)
          || !g_str_equal (x->text, y->text))
        return FALSE;
    }

  return TRUE;
}

char *
ladder_inline_spans_to_text (GPtrArray *spans)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    g_string_append (text, ((LadderInlineSpan *) g_ptr_array_index (spans, i))->text);

  return g_string_free (text, FALSE);
}

/* The runs of the bytes [@start, @end) of their text. */
GPtrArray *
ladder_inline_spans_slice (GPtrArray *spans,
                           gsize      start,
                           gsize      end)
{
  GPtrArray *slice = ladder_inline_spans_new ();
  gsize offset = 0;

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (spans, i);
      gsize length = strlen (span->text);
      gsize from = MAX (start, offset);
      gsize to = MIN (end, offset + length);

      if (from < to)
        push_span (slice, span->text + (from - offset), to - from, span->style, span->url);
      offset += length;
    }

  return slice;
}
