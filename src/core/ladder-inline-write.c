/* ladder-inline-write.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-inline-private.h"

#include <string.h>

#include "ladder-markdown-text.h"

/*
 * Writing runs as Markdown: the text in the exporter's escaped form
 * (ladder_markdown_append_escaped()), with the delimiters and links its
 * runs need, checked by reading it back. ladder-inline-edit.c writes
 * only what changed, with these same pieces.
 */

static gboolean
starts_entity (const char *p)
{
  return ladder_inline_entity_length (p, strlen (p)) > 0;
}

void
ladder_inline_append_destination (GString    *out,
                                  const char *url)
{
  gboolean angle = *url == '\0';
  int depth = 0;

  for (const char *p = url; *p != '\0' && !angle; p++)
    {
      guchar c = (guchar) *p;

      if (c <= ' ' || c == 0x7f || c == '<' || c == '>')
        angle = TRUE;
      else if (c == '(')
        depth++;
      else if (c == ')' && --depth < 0)
        angle = TRUE;
    }
  angle |= depth != 0;

  if (angle)
    g_string_append_c (out, '<');

  for (const char *p = url; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      /* libcmark decodes a destination's entities before its backslash
       * escapes: an entity's "&" is written as one. */
      if (c == '&' && starts_entity (p))
        {
          g_string_append (out, "&amp;");
          continue;
        }

      if (c == '\\' || (angle && (c == '<' || c == '>')))
        g_string_append_c (out, '\\');

      if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "%%%02X", c);
      else
        g_string_append_c (out, (char) c);
    }

  if (angle)
    g_string_append_c (out, '>');
}
static void
write_delimiter (Writer            *writer,
                 LadderInlineStyle  style)
{
  if (style == LADDER_INLINE_BOLD)
    g_string_append (writer->out, "**");
  else
    g_string_append_c (writer->out, writer->italic);
}

static void
write_style (Writer            *writer,
             LadderInlineStyle  style,
             const char        *url)
{
  LadderInlineStyle emphasis = style & (LADDER_INLINE_BOLD | LADDER_INLINE_ITALIC);
  LadderInlineStyle open = 0;
  guint keep = 0;

  if (g_strcmp0 (url, writer->url) != 0)
    {
      while (writer->depth > 0)
        write_delimiter (writer, writer->stack[--writer->depth]);
      if (writer->url != NULL)
        {
          g_string_append (writer->out, "](");
          ladder_inline_append_destination (writer->out, writer->url);
          g_string_append_c (writer->out, ')');
        }
      writer->url = url;
      if (url != NULL)
        g_string_append_c (writer->out, '[');
    }

  while (keep < writer->depth && (writer->stack[keep] & emphasis))
    keep++;
  while (writer->depth > keep)
    write_delimiter (writer, writer->stack[--writer->depth]);

  for (guint i = 0; i < writer->depth; i++)
    open |= writer->stack[i];

  if ((emphasis & LADDER_INLINE_BOLD) && !(open & LADDER_INLINE_BOLD))
    {
      write_delimiter (writer, LADDER_INLINE_BOLD);
      writer->stack[writer->depth++] = LADDER_INLINE_BOLD;
    }
  if ((emphasis & LADDER_INLINE_ITALIC) && !(open & LADDER_INLINE_ITALIC))
    {
      write_delimiter (writer, LADDER_INLINE_ITALIC);
      writer->stack[writer->depth++] = LADDER_INLINE_ITALIC;
    }
}

static void
write_code (GString    *out,
            const char *text,
            gsize       length)
{
  gsize longest = 0;
  gboolean all_spaces = TRUE;
  gboolean pad;

  for (gsize i = 0; i < length;)
    {
      gsize run = ladder_inline_count_run (text, length, i, '`');

      longest = MAX (longest, run);
      if (text[i] != ' ')
        all_spaces = FALSE;
      i += run > 0 ? run : 1;
    }

  pad = length > 0 && (text[0] == '`' || text[length - 1] == '`'
                       || (!all_spaces && text[0] == ' ' && text[length - 1] == ' '));

  for (gsize i = 0; i <= longest; i++)
    g_string_append_c (out, '`');
  if (pad)
    g_string_append_c (out, ' ');
  g_string_append_len (out, text, (gssize) length);
  if (pad)
    g_string_append_c (out, ' ');
  for (gsize i = 0; i <= longest; i++)
    g_string_append_c (out, '`');
}

/* Writes the runs over the bytes [@from, @to) of the text wanted, starting
 * inside @start's delimiters and link and ending inside @end's. */
void
ladder_inline_write_range (Writer            *writer,
                           GPtrArray         *spans,
                           gsize              from,
                           gsize              to,
                           LadderInlineStyle  start_style,
                           const char        *start_url,
                           LadderInlineStyle  end_style,
                           const char        *end_url)
{
  gsize offset = 0;

  writer->depth = 0;
  if (start_style & LADDER_INLINE_BOLD)
    writer->stack[writer->depth++] = LADDER_INLINE_BOLD;
  if (start_style & LADDER_INLINE_ITALIC)
    writer->stack[writer->depth++] = LADDER_INLINE_ITALIC;
  writer->url = start_url;

  for (guint i = 0; i < spans->len; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (spans, i);
      gsize length = strlen (span->text);
      gsize a = MAX (from, offset);
      gsize b = MIN (to, offset + length);

      offset += length;
      if (a >= b)
        continue;

      write_style (writer, span->style, span->url);
      if (span->style & LADDER_INLINE_CODE)
        write_code (writer->out, writer->display + a, b - a);
      else
        g_string_append_len (writer->out,
                             writer->escaped->str + g_array_index (writer->offsets, gsize, a),
                             (gssize) (g_array_index (writer->offsets, gsize, b)
                                       - g_array_index (writer->offsets, gsize, a)));
    }

  write_style (writer, end_style, end_url);
}

void
ladder_inline_writer_init (Writer     *writer,
                           const char *display,
                           char        italic)
{
  writer->out = g_string_new (NULL);
  writer->display = display;
  writer->escaped = g_string_new (NULL);
  writer->offsets = g_array_new (FALSE, TRUE, sizeof (gsize));
  writer->italic = italic;
  ladder_markdown_append_escaped_mapped (writer->escaped, display, writer->offsets);
}

void
ladder_inline_writer_clear (Writer *writer)
{
  if (writer->out != NULL)
    g_string_free (writer->out, TRUE);
  g_string_free (writer->escaped, TRUE);
  g_array_unref (writer->offsets);
}

/* Whether @markdown reads back as exactly @wanted (normalized). */
gboolean
ladder_inline_reads_as (const char *markdown,
                        GPtrArray  *wanted)
{
  g_autoptr (Parsed) parsed = ladder_inline_parse_full (markdown, NULL);

  return parsed != NULL && ladder_inline_spans_equal (parsed->spans, wanted);
}

/* @spans written with each italic delimiter in turn, the first that reads
 * back as @spans, or NULL. */
static char *
write_all (GPtrArray *spans)
{
  static const char italics[] = { '_', '*' };
  g_autofree char *display = ladder_inline_spans_to_text (spans);

  for (guint i = 0; i < G_N_ELEMENTS (italics); i++)
    {
      Writer writer = { 0 };
      g_autofree char *markdown = NULL;

      ladder_inline_writer_init (&writer, display, italics[i]);
      ladder_inline_write_range (&writer, spans, 0, strlen (display), 0, NULL, 0, NULL);
      markdown = g_string_free (g_steal_pointer (&writer.out), FALSE);
      ladder_inline_writer_clear (&writer);

      if (ladder_inline_reads_as (markdown, spans))
        return g_steal_pointer (&markdown);
    }

  return NULL;
}

static GPtrArray *
without_styles (GPtrArray         *spans,
                LadderInlineStyle  dropped,
                gboolean           links,
                int                only)
{
  GPtrArray *copy = ladder_inline_spans_new ();
  g_autoptr (GPtrArray) normalized = NULL;

  for (guint i = 0; i < spans->len; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (spans, i);
      gboolean drop = only < 0 || (guint) only == i;

      g_ptr_array_add (copy, ladder_inline_span_new (span->text, -1, drop ? span->style & ~dropped : span->style,
                                                     drop && links ? NULL : span->url));
    }

  normalized = ladder_inline_spans_normalize (copy);
  g_ptr_array_unref (copy);
  return g_steal_pointer (&normalized);
}

/* Markdown cannot write every run: bold that ends in a full stop just
 * before a letter, or starts just after a letter on a code span. Then the
 * emphasis that cannot be written goes, run by run, and at worst all
 * styles go: the text itself is always written. */
char *
ladder_inline_write_whole (GPtrArray *wanted,
                           gboolean  *faithful)
{
  g_autoptr (GPtrArray) current = g_ptr_array_ref (wanted);
  char *markdown = write_all (wanted);

  if (faithful != NULL)
    *faithful = markdown != NULL;
  if (markdown != NULL)
    return markdown;

  for (guint attempt = 0; attempt < 16; attempt++)
    {
      gboolean dropped = FALSE;

      for (guint i = 0; i < current->len && !dropped; i++)
        {
          LadderInlineSpan *span = g_ptr_array_index (current, i);
          g_autoptr (GPtrArray) fewer = NULL;

          if ((span->style & (LADDER_INLINE_BOLD | LADDER_INLINE_ITALIC)) == 0)
            continue;

          fewer = without_styles (current, LADDER_INLINE_BOLD | LADDER_INLINE_ITALIC, FALSE, (int) i);
          markdown = write_all (fewer);
          if (markdown != NULL)
            return markdown;

          /* None alone is enough: the first goes, and the next try drops
           * another. */
          g_ptr_array_unref (current);
          current = g_steal_pointer (&fewer);
          dropped = TRUE;
        }

      if (!dropped)
        break;
    }

  {
    g_autoptr (GPtrArray) plain = without_styles (wanted, ~0u, FALSE, -1);
    g_autofree char *display = NULL;

    markdown = write_all (plain);
    if (markdown != NULL)
      return markdown;

    display = ladder_inline_spans_to_text (wanted);
    return ladder_markdown_escape_text (display);
  }
}

/**
 * ladder_inline_to_markdown:
 * @spans: (element-type LadderInlineSpan): runs of text
 * @faithful: (out) (optional): whether the Markdown reads back as @spans
 *   (normalized): Markdown cannot write every run (bold that ends in a
 *   full stop just before a letter)
 *
 * Returns: (transfer full): @spans as Markdown, in the exporter's form
 */
char *
ladder_inline_to_markdown (GPtrArray *spans,
                           gboolean  *faithful)
{
  g_autoptr (GPtrArray) wanted = ladder_inline_spans_normalize (spans);

  return ladder_inline_write_whole (wanted, faithful);
}
