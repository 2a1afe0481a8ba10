/* ladder-inline.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-inline.h"

#include <cmark.h>
#include <string.h>

#include "ladder-markdown-text.h"

/*
 * Reading: libcmark parses the Markdown, and the tree it gives is laid
 * over the source, unit by unit (a character, a backslash escape, an
 * entity, a line break read as a space), so that each character shown
 * knows the bytes it came from. Whatever libcmark reads that the runs
 * cannot show (HTML, images, hard line breaks, link titles, lists), and
 * whatever the page's renderer reads differently from libcmark (Hugo
 * shortcodes, brackets that a link definition elsewhere on the page could
 * make a link), is not read: the caller edits such Markdown as it is.
 *
 * Writing: the runs that did not change keep their bytes. Between the
 * unchanged start and the unchanged end, the new text is written in the
 * exporter's escaped form (ladder_markdown_append_escaped()), with the
 * delimiters its style needs, in the first of a few places that reads back
 * as exactly the runs wanted; when none does, the whole text is written in
 * that form.
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

static gboolean
same_look (LadderInlineStyle  style_a,
           const char        *url_a,
           LadderInlineStyle  style_b,
           const char        *url_b)
{
  return style_a == style_b && g_strcmp0 (url_a, url_b) == 0;
}

/* ------------------------------------------------------------------ */
/* Reading                                                              */

typedef struct
{
  /* Where its text starts in the text shown. */
  gsize display;
  /* Its Markdown: [start, end) of the source. */
  gsize start;
  gsize end;
} Unit;

typedef struct
{
  gsize              start;
  gsize              end;
  LadderInlineStyle  style;
  char              *url;
} Range;

typedef struct
{
  const char *source;
  gsize       length;
  gsize       pos;
  GString    *display;
  GArray     *units;
  GArray     *ranges;
  guint       bold;
  guint       italic;
  char       *url;
  /* Of gboolean: whether each open link is an autolink. */
  GArray     *links;
  const char *reason;
} Reader;

typedef struct
{
  GString   *display;
  GArray    *units;
  GPtrArray *spans;
} Parsed;

static void
range_clear (gpointer data)
{
  g_free (((Range *) data)->url);
}

static void
parsed_free (Parsed *parsed)
{
  if (parsed == NULL)
    return;

  g_string_free (parsed->display, TRUE);
  g_array_unref (parsed->units);
  g_ptr_array_unref (parsed->spans);
  g_free (parsed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, parsed_free)

static gboolean
fail (Reader     *reader,
      const char *reason)
{
  if (reader->reason == NULL)
    reader->reason = reason;
  return FALSE;
}

static void
add_unit (Reader            *reader,
          const char        *text,
          gsize              length,
          gsize              end,
          LadderInlineStyle  extra)
{
  Unit unit = { reader->display->len, reader->pos, end };
  LadderInlineStyle style = extra;
  Range *last = reader->ranges->len > 0
                ? &g_array_index (reader->ranges, Range, reader->ranges->len - 1) : NULL;

  if (reader->bold > 0)
    style |= LADDER_INLINE_BOLD;
  if (reader->italic > 0)
    style |= LADDER_INLINE_ITALIC;

  g_array_append_val (reader->units, unit);
  g_string_append_len (reader->display, text, (gssize) length);
  reader->pos = end;

  if (last != NULL && same_look (last->style, last->url, style, reader->url))
    {
      last->end = reader->display->len;
    }
  else
    {
      Range range = { unit.display, reader->display->len, style, g_strdup (reader->url) };

      g_array_append_val (reader->ranges, range);
    }
}

/* The length of the entity at @p (`&name;`, `&#123;`, `&#x1F;`), by its
 * form alone, or 0. */
static gsize
entity_length (const char *p,
               gsize       available)
{
  gsize i = 1;
  gsize digits = 0;

  if (available < 3 || p[0] != '&')
    return 0;

  if (p[1] == '#')
    {
      gboolean hex = available > 2 && (p[2] == 'x' || p[2] == 'X');

      i = hex ? 3 : 2;
      while (i < available && (hex ? g_ascii_isxdigit (p[i]) : g_ascii_isdigit (p[i])) && digits < 8)
        i++, digits++;
      if (digits == 0 || digits > (hex ? 6u : 7u))
        return 0;
    }
  else
    {
      if (!g_ascii_isalpha (p[1]))
        return 0;
      while (i < available && g_ascii_isalnum (p[i]) && digits < 32)
        i++, digits++;
    }

  return i < available && p[i] == ';' ? i + 1 : 0;
}

/* What libcmark reads an entity as: its own table decides. */
static char *
decode_entity (const char *entity,
               gsize       length)
{
  cmark_node *document = cmark_parse_document (entity, length, CMARK_OPT_DEFAULT);
  cmark_node *paragraph = cmark_node_first_child (document);
  GString *text = g_string_new (NULL);

  for (cmark_node *node = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;
       node != NULL;
       node = cmark_node_next (node))
    if (cmark_node_get_type (node) == CMARK_NODE_TEXT)
      g_string_append (text, cmark_node_get_literal (node));

  cmark_node_free (document);
  return g_string_free (text, FALSE);
}

static gboolean
read_text (Reader     *reader,
           const char *literal)
{
  gsize n = strlen (literal);
  gsize i = 0;

  while (i < n)
    {
      const char *s = reader->source + reader->pos;
      gsize left = reader->length - reader->pos;
      gsize length;

      if (left >= 2 && s[0] == '\\' && g_ascii_ispunct (s[1]))
        {
          if (literal[i] != s[1])
            return fail (reader, "escape");
          add_unit (reader, literal + i, 1, reader->pos + 2, 0);
          i++;
          continue;
        }

      if (left > 0 && s[0] == '&')
        {
          gsize entity = entity_length (s, left);

          if (entity > 0)
            {
              g_autofree char *decoded = decode_entity (s, entity);
              gsize decoded_length = strlen (decoded);

              if (decoded_length != entity || memcmp (decoded, s, entity) != 0)
                {
                  if (decoded_length == 0 || decoded_length > n - i
                      || memcmp (literal + i, decoded, decoded_length) != 0)
                    return fail (reader, "entity");
                  add_unit (reader, literal + i, decoded_length, reader->pos + entity, 0);
                  i += decoded_length;
                  continue;
                }
            }
        }

      length = MIN ((gsize) g_utf8_skip[(guchar) literal[i]], n - i);
      if (length > left || memcmp (s, literal + i, length) != 0)
        return fail (reader, "text");

      /* On the page, a link definition elsewhere can make "[x]" a link,
       * and "[^1]" is a footnote. */
      if (literal[i] == '[' || literal[i] == ']')
        return fail (reader, "bracket");

      add_unit (reader, literal + i, length, reader->pos + length, 0);
      i += length;
    }

  return TRUE;
}

static void
skip_blanks (Reader   *reader,
             gboolean  newlines)
{
  while (reader->pos < reader->length
         && (reader->source[reader->pos] == ' ' || reader->source[reader->pos] == '\t'
             || (newlines && (reader->source[reader->pos] == '\n' || reader->source[reader->pos] == '\r'))))
    reader->pos++;
}

/* A line break inside the paragraph, shown as the space it renders as. */
static gboolean
read_softbreak (Reader *reader)
{
  gsize start = reader->pos;
  gsize end;

  skip_blanks (reader, FALSE);
  if (reader->pos < reader->length && reader->source[reader->pos] == '\r')
    reader->pos++;
  if (reader->pos >= reader->length || reader->source[reader->pos] != '\n')
    return fail (reader, "line break");
  reader->pos++;
  skip_blanks (reader, FALSE);

  end = reader->pos;
  reader->pos = start;
  add_unit (reader, " ", 1, end, 0);
  return TRUE;
}

static gsize
count_run (const char *text,
           gsize       length,
           gsize       pos,
           char        c)
{
  gsize end = pos;

  while (end < length && text[end] == c)
    end++;

  return end - pos;
}

static gboolean
read_code (Reader     *reader,
           const char *literal)
{
  gsize fence = count_run (reader->source, reader->length, reader->pos, '`');
  gsize content, content_end, close = 0;
  gsize literal_length = strlen (literal);
  gboolean found = FALSE;
  gboolean all_spaces = TRUE;

  if (fence == 0)
    return fail (reader, "code");

  content = reader->pos + fence;
  for (gsize q = content; q < reader->length && !found;)
    {
      gsize run = count_run (reader->source, reader->length, q, '`');

      if (run == fence)
        {
          close = q;
          found = TRUE;
        }
      else
        {
          q += run > 0 ? run : 1;
        }
    }

  if (!found)
    return fail (reader, "code");

  content_end = close;
  for (gsize q = content; q < content_end; q++)
    {
      if (reader->source[q] == '\r')
        return fail (reader, "code");
      if (reader->source[q] != ' ' && reader->source[q] != '\n')
        all_spaces = FALSE;
    }

  if (content_end - content >= 2 && !all_spaces
      && (reader->source[content] == ' ' || reader->source[content] == '\n')
      && (reader->source[content_end - 1] == ' ' || reader->source[content_end - 1] == '\n'))
    {
      content++;
      content_end--;
    }

  if (content_end - content != literal_length)
    return fail (reader, "code");

  for (gsize q = 0; q < literal_length; q++)
    {
      char c = reader->source[content + q];

      if ((c == '\n' ? ' ' : c) != literal[q])
        return fail (reader, "code");
    }

  reader->pos = content;
  for (gsize q = 0; q < literal_length;)
    {
      gsize length = MIN ((gsize) g_utf8_skip[(guchar) literal[q]], literal_length - q);

      add_unit (reader, literal + q, length, reader->pos + length, LADDER_INLINE_CODE);
      q += length;
    }

  reader->pos = close + fence;
  return TRUE;
}

static gboolean
expect (Reader     *reader,
        const char *chars,
        guint       count)
{
  for (guint i = 0; i < count; i++)
    {
      if (reader->pos >= reader->length || strchr (chars, reader->source[reader->pos]) == NULL)
        return fail (reader, "delimiter");
      reader->pos++;
    }

  return TRUE;
}

/* After a link's text: `(destination "title")`. The values are libcmark's;
 * this only finds where they end. */
static gboolean
skip_link_tail (Reader *reader)
{
  const char *s = reader->source;

  if (!expect (reader, "]", 1) || !expect (reader, "(", 1))
    return FALSE;

  skip_blanks (reader, TRUE);

  if (reader->pos < reader->length && s[reader->pos] == '<')
    {
      reader->pos++;
      while (reader->pos < reader->length && s[reader->pos] != '>')
        {
          if (s[reader->pos] == '\n' || s[reader->pos] == '<')
            return fail (reader, "link");
          reader->pos += s[reader->pos] == '\\' && reader->pos + 1 < reader->length ? 2 : 1;
        }
      if (!expect (reader, ">", 1))
        return FALSE;
    }
  else
    {
      int depth = 0;

      while (reader->pos < reader->length)
        {
          guchar c = (guchar) s[reader->pos];

          if (c == '\\' && reader->pos + 1 < reader->length && g_ascii_ispunct (s[reader->pos + 1]))
            {
              reader->pos += 2;
              continue;
            }
          if (c <= ' ')
            break;
          if (c == '(')
            depth++;
          if (c == ')' && depth-- == 0)
            break;
          reader->pos++;
        }
    }

  skip_blanks (reader, TRUE);

  if (reader->pos < reader->length && strchr ("\"'(", s[reader->pos]) != NULL)
    {
      char close = s[reader->pos] == '(' ? ')' : s[reader->pos];

      reader->pos++;
      while (reader->pos < reader->length && s[reader->pos] != close)
        reader->pos += s[reader->pos] == '\\' && reader->pos + 1 < reader->length ? 2 : 1;
      if (!expect (reader, (char[]) { close, '\0' }, 1))
        return FALSE;
      skip_blanks (reader, TRUE);
    }

  return expect (reader, ")", 1);
}

static gboolean
read_node (Reader           *reader,
           cmark_node       *node,
           cmark_event_type  event)
{
  gboolean enter = event == CMARK_EVENT_ENTER;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_DOCUMENT:
      return TRUE;

    case CMARK_NODE_PARAGRAPH:
      if (cmark_node_previous (node) != NULL || cmark_node_next (node) != NULL)
        return fail (reader, "blocks");
      if (enter)
        skip_blanks (reader, TRUE);
      return TRUE;

    case CMARK_NODE_TEXT:
      return read_text (reader, cmark_node_get_literal (node));

    case CMARK_NODE_SOFTBREAK:
      return read_softbreak (reader);

    case CMARK_NODE_CODE:
      return read_code (reader, cmark_node_get_literal (node));

    case CMARK_NODE_EMPH:
      if (enter)
        reader->italic++;
      else
        reader->italic--;
      return expect (reader, "*_", 1);

    case CMARK_NODE_STRONG:
      if (enter)
        reader->bold++;
      else
        reader->bold--;
      return expect (reader, "*_", 2);

    case CMARK_NODE_LINK:
      if (enter)
        {
          const char *title = cmark_node_get_title (node);
          gboolean autolink;

          if (title != NULL && *title != '\0')
            return fail (reader, "link title");
          if (reader->pos >= reader->length)
            return fail (reader, "link");

          autolink = reader->source[reader->pos] == '<';
          g_array_append_val (reader->links, autolink);
          g_free (reader->url);
          reader->url = g_strdup (cmark_node_get_url (node));
          return expect (reader, autolink ? "<" : "[", 1);
        }
      else
        {
          gboolean autolink = g_array_index (reader->links, gboolean, reader->links->len - 1);

          g_array_set_size (reader->links, reader->links->len - 1);
          g_clear_pointer (&reader->url, g_free);
          return autolink ? expect (reader, ">", 1) : skip_link_tail (reader);
        }

    case CMARK_NODE_LINEBREAK:
      return fail (reader, "hard line break");

    case CMARK_NODE_HTML_INLINE:
      return fail (reader, "HTML");

    case CMARK_NODE_IMAGE:
      return fail (reader, "image");

    case CMARK_NODE_NONE:
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_CUSTOM_BLOCK:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_CUSTOM_INLINE:
    default:
      return fail (reader, "blocks");
    }
}

static Parsed *
parse_full (const char  *markdown,
            const char **reason)
{
  Reader reader = { 0 };
  cmark_node *document;
  cmark_iter *iter;
  cmark_event_type event;
  gboolean ok = TRUE;
  Parsed *parsed;

  if (reason != NULL)
    *reason = NULL;

  if (markdown == NULL)
    markdown = "";

  /* Hugo reads shortcodes in the raw page, before any Markdown. */
  if (strstr (markdown, "{{") != NULL)
    {
      if (reason != NULL)
        *reason = "shortcode";
      return NULL;
    }

  reader.source = markdown;
  reader.length = strlen (markdown);
  reader.display = g_string_new (NULL);
  reader.units = g_array_new (FALSE, FALSE, sizeof (Unit));
  reader.ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  g_array_set_clear_func (reader.ranges, range_clear);
  reader.links = g_array_new (FALSE, FALSE, sizeof (gboolean));

  document = cmark_parse_document (markdown, reader.length, CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (document);
  while (ok && (event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    ok = read_node (&reader, cmark_iter_get_node (iter), event);
  cmark_iter_free (iter);
  cmark_node_free (document);

  if (ok)
    {
      skip_blanks (&reader, TRUE);
      if (reader.pos != reader.length)
        ok = fail (&reader, "trailing");
    }

  g_array_unref (reader.links);
  g_free (reader.url);

  if (!ok)
    {
      if (reason != NULL)
        *reason = reader.reason;
      g_string_free (reader.display, TRUE);
      g_array_unref (reader.units);
      g_array_unref (reader.ranges);
      return NULL;
    }

  parsed = g_new0 (Parsed, 1);
  parsed->display = reader.display;
  parsed->units = reader.units;
  parsed->spans = ladder_inline_spans_new ();
  for (guint i = 0; i < reader.ranges->len; i++)
    {
      Range *range = &g_array_index (reader.ranges, Range, i);

      g_ptr_array_add (parsed->spans,
                       ladder_inline_span_new (reader.display->str + range->start,
                                               (gssize) (range->end - range->start),
                                               range->style, range->url));
    }
  g_array_unref (reader.ranges);

  return parsed;
}

/**
 * ladder_inline_parse:
 * @markdown: a bullet's Markdown
 * @reason: (out) (optional): when it cannot be read, a word for why (for
 *   tests and debugging: not shown)
 *
 * Reads @markdown as runs of text of one style each, when runs show it
 * exactly as the page's renderer does.
 *
 * Returns: (transfer full) (nullable) (element-type LadderInlineSpan): the
 *   runs, or NULL for Markdown to be edited as it is
 */
GPtrArray *
ladder_inline_parse (const char  *markdown,
                     const char **reason)
{
  g_autoptr (Parsed) parsed = parse_full (markdown, reason);

  return parsed != NULL ? g_ptr_array_ref (parsed->spans) : NULL;
}

/* ------------------------------------------------------------------ */
/* Runs                                                                 */

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

  if (last != NULL && same_look (last->style, last->url, style, url))
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

      if (!same_look (x->style, x->url, y->style, y->url) || !g_str_equal (x->text, y->text))
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

/* ------------------------------------------------------------------ */
/* Writing                                                              */

static gboolean
starts_entity (const char *p)
{
  return entity_length (p, strlen (p)) > 0;
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

typedef struct
{
  GString           *out;
  /* The whole text wanted, and its exporter's escaping. */
  const char        *display;
  GString           *escaped;
  GArray            *offsets;
  char               italic;
  LadderInlineStyle  stack[2];
  guint              depth;
  const char        *url;
} Writer;

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
      gsize run = count_run (text, length, i, '`');

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
static void
write_range (Writer            *writer,
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

static void
writer_init (Writer     *writer,
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

static void
writer_clear (Writer *writer)
{
  if (writer->out != NULL)
    g_string_free (writer->out, TRUE);
  g_string_free (writer->escaped, TRUE);
  g_array_unref (writer->offsets);
}

/* Whether @markdown reads back as exactly @wanted (normalized). */
static gboolean
reads_as (const char *markdown,
          GPtrArray  *wanted)
{
  g_autoptr (Parsed) parsed = parse_full (markdown, NULL);

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

      writer_init (&writer, display, italics[i]);
      write_range (&writer, spans, 0, strlen (display), 0, NULL, 0, NULL);
      markdown = g_string_free (g_steal_pointer (&writer.out), FALSE);
      writer_clear (&writer);

      if (reads_as (markdown, spans))
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
static char *
write_whole (GPtrArray *wanted,
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

  return write_whole (wanted, faithful);
}

typedef struct
{
  LadderInlineStyle  style;
  const char        *url;
} Look;

static GArray *
byte_looks (GPtrArray *spans)
{
  GArray *looks = g_array_new (FALSE, FALSE, sizeof (Look));

  for (guint i = 0; i < spans->len; i++)
    {
      LadderInlineSpan *span = g_ptr_array_index (spans, i);
      Look look = { span->style, span->url };

      for (gsize j = strlen (span->text); j > 0; j--)
        g_array_append_val (looks, look);
    }

  return looks;
}

static gsize
unit_display_end (Parsed *parsed,
                  guint   index)
{
  return index + 1 < parsed->units->len
         ? g_array_index (parsed->units, Unit, index + 1).display
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
  Writer writer = { 0 };
  GString *result;

  if ((candidate->start.style | candidate->end.style) & LADDER_INLINE_CODE)
    {
      /* Inside a code span the text is written as it is, and only text of
       * that same code span. */
      if (!same_look (candidate->start.style, candidate->start.url, candidate->end.style, candidate->end.url))
        return NULL;
      for (gsize i = from; i < to; i++)
        if (!same_look (g_array_index (looks, Look, i).style, g_array_index (looks, Look, i).url,
                        candidate->start.style, candidate->start.url))
          return NULL;

      result = g_string_new_len (markdown, (gssize) candidate->region_start);
      g_string_append_len (result, display + from, (gssize) (to - from));
      g_string_append (result, markdown + candidate->region_end);
    }
  else
    {
      writer_init (&writer, display, '_');
      write_range (&writer, wanted, from, to, candidate->start.style, candidate->start.url,
                   candidate->end.style, candidate->end.url);

      result = g_string_new_len (markdown, (gssize) candidate->region_start);
      g_string_append_len (result, writer.out->str, (gssize) writer.out->len);
      g_string_append (result, markdown + candidate->region_end);
      writer_clear (&writer);
    }

  if (!reads_as (result->str, wanted))
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
ladder_inline_edit (const char *markdown,
                    GPtrArray  *spans,
                    gboolean   *faithful)
{
  g_autoptr (GPtrArray) wanted = ladder_inline_spans_normalize (spans);
  g_autoptr (Parsed) old = parse_full (markdown, NULL);
  g_autofree char *display = NULL;
  g_autoptr (GArray) old_looks = NULL;
  g_autoptr (GArray) new_looks = NULL;
  Candidate candidates[4];
  guint n_candidates = 0;
  gsize n, n2, prefix = 0, suffix = 0, from, to;
  guint n_units, first, after;

  if (old == NULL)
    return write_whole (wanted, faithful);

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

#define LOOKS_SAME(i, j) \
  same_look (g_array_index (old_looks, Look, i).style, g_array_index (old_looks, Look, i).url, \
             g_array_index (new_looks, Look, j).style, g_array_index (new_looks, Look, j).url)

  while (prefix < n && prefix < n2 && old->display->str[prefix] == display[prefix] && LOOKS_SAME (prefix, prefix))
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
      Look left = { 0, NULL }, right = { 0, NULL };
      gsize region_start = first > 0 ? g_array_index (old->units, Unit, first - 1).end : 0;
      gsize region_end = after < n_units ? g_array_index (old->units, Unit, after).start : strlen (markdown);

      to = n2 - suffix;
      if (first > 0)
        left = g_array_index (old_looks, Look, g_array_index (old->units, Unit, first - 1).display);
      if (after < n_units)
        right = g_array_index (old_looks, Look, g_array_index (old->units, Unit, after).display);

      candidates[n_candidates++] = (Candidate) { region_start, region_end, left, right };
      if (first == after)
        {
          candidates[n_candidates++] = (Candidate) { region_start, region_start, left, left };
          candidates[n_candidates++] = (Candidate) { region_end, region_end, right, right };
        }
      else
        {
          Unit *first_unit = &g_array_index (old->units, Unit, first);
          Unit *last_unit = &g_array_index (old->units, Unit, after - 1);

          candidates[n_candidates++] = (Candidate) {
            first_unit->start, last_unit->end,
            g_array_index (old_looks, Look, first_unit->display),
            g_array_index (old_looks, Look, last_unit->display),
          };
        }

      for (guint i = 0; i < n_candidates; i++)
        {
          char *result = try_candidate (markdown, &candidates[i], wanted, new_looks, display, from, to);

          if (result != NULL)
            return result;
        }
    }

  return write_whole (wanted, faithful);
}

/**
 * ladder_inline_join:
 * @first: a bullet's Markdown
 * @second: the Markdown of the bullet to append to it
 *
 * Returns: (transfer full): one bullet's Markdown showing @first's text
 *   followed by @second's, keeping the bytes of both where it can
 */
char *
ladder_inline_join (const char *first,
                    const char *second)
{
  g_autoptr (GPtrArray) a = ladder_inline_parse (first, NULL);
  g_autoptr (GPtrArray) b = ladder_inline_parse (second, NULL);
  g_autoptr (GPtrArray) joined = NULL;
  g_autofree char *together = g_strconcat (first, second, NULL);

  if (a == NULL || b == NULL)
    return g_steal_pointer (&together);

  g_ptr_array_extend_and_steal (a, g_steal_pointer (&b));
  joined = ladder_inline_spans_normalize (a);
  if (reads_as (together, joined))
    return g_steal_pointer (&together);

  return ladder_inline_edit (first, joined, NULL);
}
