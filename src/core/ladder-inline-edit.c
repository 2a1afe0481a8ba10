/* ladder-inline-edit.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-inline-private.h"

#include <string.h>

/*
 * Editing: the runs that did not change keep their bytes. Between the
 * unchanged start and the unchanged end, the new text is written in the
 * exporter's escaped form (ladder_markdown_append_escaped()), with the
 * delimiters its style needs, in the first of a few places that reads back
 * as exactly the runs wanted; when none does, the whole text is written in
 * that form.
 */

typedef struct
{
  LadderInlineStyle style;
  const char       *url;
} Look;

static GArray *
byte_looks (GPtrArray *spans)
{
  GArray *looks = g_array_new (FALSE, FALSE, sizeof (Look));

  for (guint i = 0; i < spans->len; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (spans, i);
      Look              look = { span->style, span->url };

      for (gsize j = strlen (span->text); j > 0; j--)
        g_array_append_val (looks, look);
    }

  return looks;
}

static gsize
unit_display_end (Parsed *parsed, guint index)
{
  return index + 1 < parsed->units->len ? g_array_index (parsed->units, Unit, index + 1).display
                                        : parsed->display->len;
}

typedef struct
{
  gsize region_start;
  gsize region_end;
  Look  start;
  Look  end;
} Candidate;

/* The new text of the bytes [@from, @to) of @display, written between two
 * parts of @markdown, or NULL when it cannot be written there. */
static char *
try_candidate (const char      *markdown,
               const Candidate *candidate,
               GPtrArray       *wanted,
               GArray          *looks,
               const char      *display,
               gsize            from,
               gsize            to)
{
  Writer   writer = { 0 };
  GString *result;

  if ((candidate->start.style | candidate->end.style) & LADDER_INLINE_CODE)
    {
      /* Inside a code span the text is written as it is, and only text of
       * that same code span. */
      if (!ladder_inline_same_look (candidate->start.style, candidate->start.url,
                                    candidate->end.style, candidate->end.url))
        return NULL;
      for (gsize i = from; i < to; i++)
        if (!ladder_inline_same_look (g_array_index (looks, Look, i).style,
                                      g_array_index (looks, Look, i).url, candidate->start.style,
                                      candidate->start.url))
          return NULL;

      result = g_string_new_len (markdown, (gssize) candidate->region_start);
      g_string_append_len (result, display + from, (gssize) (to - from));
      g_string_append (result, markdown + candidate->region_end);
    }
  else
    {
      ladder_inline_writer_init (&writer, display, '_');
      ladder_inline_write_range (&writer, wanted, from, to, candidate->start.style,
                                 candidate->start.url, candidate->end.style, candidate->end.url);

      result = g_string_new_len (markdown, (gssize) candidate->region_start);
      g_string_append_len (result, writer.out->str, (gssize) writer.out->len);
      g_string_append (result, markdown + candidate->region_end);
      ladder_inline_writer_clear (&writer);
    }

  if (!ladder_inline_reads_as (result->str, wanted))
    {
      g_string_free (result, TRUE);
      return NULL;
    }

  return g_string_free (result, FALSE);
}

/**
 * ladder_inline_edit:
 * @markdown: a bullet's Markdown, which ladder_inline_parse() reads
 * @spans: (element-type LadderInlineSpan): the runs it is to show now
 * @faithful: (out) (optional): whether the result reads back as @spans
 *   (normalized)
 *
 * Writes @spans as Markdown that keeps the bytes of @markdown for every
 * run, or part of one, that did not change: only what changed is written
 * anew, in the exporter's escaped form. Runs equal to @markdown's give
 * @markdown itself.
 *
 * Returns: (transfer full): the Markdown of @spans
 */
char *
ladder_inline_edit (const char *markdown, GPtrArray *spans, gboolean *faithful)
{
  g_autoptr (GPtrArray) wanted = ladder_inline_spans_normalize (spans);
  g_autoptr (Parsed) old = ladder_inline_parse_full (markdown, NULL);
  g_autofree char *display = NULL;
  g_autoptr (GArray) old_looks = NULL;
  g_autoptr (GArray) new_looks = NULL;
  Candidate candidates[4];
  guint     n_candidates = 0;
  gsize     n, n2, prefix = 0, suffix = 0, from, to;
  guint     n_units, first, after;

  if (old == NULL)
    return ladder_inline_write_whole (wanted, faithful);

  if (faithful != NULL)
    *faithful = TRUE;

  if (ladder_inline_spans_equal (old->spans, wanted))
    return g_strdup (markdown);

  display = ladder_inline_spans_to_text (wanted);
  old_looks = byte_looks (old->spans);
  new_looks = byte_looks (wanted);
  n = old->display->len;
  n2 = strlen (display);
  n_units = old->units->len;

#define LOOKS_SAME(i, j)                                                                           \
  ladder_inline_same_look (                                                                        \
      g_array_index (old_looks, Look, i).style, g_array_index (old_looks, Look, i).url,            \
      g_array_index (new_looks, Look, j).style, g_array_index (new_looks, Look, j).url)

  while (prefix < n && prefix < n2 && old->display->str[prefix] == display[prefix]
         && LOOKS_SAME (prefix, prefix))
    prefix++;
  while (suffix < n - prefix && suffix < n2 - prefix
         && old->display->str[n - 1 - suffix] == display[n2 - 1 - suffix]
         && LOOKS_SAME (n - 1 - suffix, n2 - 1 - suffix))
    suffix++;

#undef LOOKS_SAME

  /* The units wholly before and after the change, less one on each side:
   * the escaping of a character can depend on its neighbours. */
  first = 0;
  while (first < n_units && unit_display_end (old, first) <= prefix)
    first++;
  if (first > 0)
    first--;

  after = n_units;
  while (after > first && g_array_index (old->units, Unit, after - 1).display >= n - suffix)
    after--;
  if (after < n_units)
    after++;

  from = first < n_units ? g_array_index (old->units, Unit, first).display : n;
  suffix = n - (after < n_units ? g_array_index (old->units, Unit, after).display : n);
  if (from + suffix <= n2)
    {
      Look  left = { 0, NULL }, right = { 0, NULL };
      gsize region_start = first > 0 ? g_array_index (old->units, Unit, first - 1).end : 0;
      gsize region_end
          = after < n_units ? g_array_index (old->units, Unit, after).start : strlen (markdown);

      to = n2 - suffix;
      if (first > 0)
        left = g_array_index (old_looks, Look, g_array_index (old->units, Unit, first - 1).display);
      if (after < n_units)
        right = g_array_index (old_looks, Look, g_array_index (old->units, Unit, after).display);

      candidates[n_candidates++] = (Candidate){ region_start, region_end, left, right };
      if (first == after)
        {
          candidates[n_candidates++] = (Candidate){ region_start, region_start, left, left };
          candidates[n_candidates++] = (Candidate){ region_end, region_end, right, right };
        }
      else
        {
          Unit *first_unit = &g_array_index (old->units, Unit, first);
          Unit *last_unit = &g_array_index (old->units, Unit, after - 1);

          candidates[n_candidates++] = (Candidate){
            first_unit->start,
            last_unit->end,
            g_array_index (old_looks, Look, first_unit->display),
            g_array_index (old_looks, Look, last_unit->display),
          };
        }

      for (guint i = 0; i < n_candidates; i++)
        {
          char *result
              = try_candidate (markdown, &candidates[i], wanted, new_looks, display, from, to);

          if (result != NULL)
            return result;
        }
    }

  return ladder_inline_write_whole (wanted, faithful);
}

/**
 * ladder_inline_join:
 * @first: a bullet's Markdown
 * @between: plain text to put between them ("" or " ")
 * @second: the Markdown of the bullet to append to it
 *
 * Returns: (transfer full): one bullet's Markdown showing @first's text,
 *   then @between, then @second's, keeping the bytes of both where it can
 */
char *
ladder_inline_join (const char *first, const char *between, const char *second)
{
  g_autoptr (GPtrArray) a = ladder_inline_parse (first, NULL);
  g_autoptr (GPtrArray) b = ladder_inline_parse (second, NULL);
  g_autoptr (GPtrArray) joined = NULL;
  g_autofree char *together = g_strconcat (first, between, second, NULL);
  gboolean         one_link = FALSE;

  if (a == NULL || b == NULL)
    return g_steal_pointer (&together);

  /* A link split in two and joined back is one link again, not two side
   * by side (that read the same, but were not the page's bytes). */
  if (*between == '\0' && a->len > 0 && b->len > 0)
    {
      LadderInlineSpan *end = g_ptr_array_index (a, a->len - 1);
      LadderInlineSpan *start = g_ptr_array_index (b, 0);

      one_link = end->url != NULL
                 && ladder_inline_same_look (end->style, end->url, start->style, start->url);
    }

  if (*between != '\0')
    g_ptr_array_add (a, ladder_inline_span_new (between, -1, LADDER_INLINE_PLAIN, NULL));
  g_ptr_array_extend_and_steal (a, g_steal_pointer (&b));
  joined = ladder_inline_spans_normalize (a);
  if (!one_link && ladder_inline_reads_as (together, joined))
    return g_steal_pointer (&together);

  return ladder_inline_edit (first, joined, NULL);
}
