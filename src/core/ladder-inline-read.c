/* ladder-inline-read.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-inline-private.h"

#include <cmark.h>
#include <string.h>

/*
 * Reading Markdown as runs: libcmark parses the Markdown, and the tree it
 * gives is laid over the source, unit by unit (a character, a backslash
 * escape, an entity, a line break read as a space), so that each character
 * shown knows the bytes it came from. Whatever libcmark reads that the runs
 * cannot show (HTML, images, hard line breaks, link titles, lists), and
 * whatever the page's renderer reads differently from libcmark (Hugo
 * shortcodes, brackets that a link definition elsewhere on the page could
 * make a link), is not read: the caller edits such Markdown as it is.
 */

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

static void
range_clear (gpointer data)
{
  g_free (((Range *) data)->url);
}

void
ladder_inline_parsed_free (Parsed *parsed)
{
  if (parsed == NULL)
    return;

  g_string_free (parsed->display, TRUE);
  g_array_unref (parsed->units);
  g_ptr_array_unref (parsed->spans);
  g_free (parsed);
}


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

  if (last != NULL && ladder_inline_same_look (last->style, last->url, style, reader->url))
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
gsize
ladder_inline_entity_length (const char *p,
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
          gsize entity = ladder_inline_entity_length (s, left);

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

gsize
ladder_inline_count_run (const char *text,
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
  gsize fence = ladder_inline_count_run (reader->source, reader->length, reader->pos, '`');
  gsize content, content_end, close = 0;
  gsize literal_length = strlen (literal);
  gboolean found = FALSE;
  gboolean all_spaces = TRUE;

  if (fence == 0)
    return fail (reader, "code");

  content = reader->pos + fence;
  for (gsize q = content; q < reader->length && !found;)
    {
      gsize run = ladder_inline_count_run (reader->source, reader->length, q, '`');

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

Parsed *
ladder_inline_parse_full (const char  *markdown,
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
  g_autoptr (Parsed) parsed = ladder_inline_parse_full (markdown, reason);

  return parsed != NULL ? g_ptr_array_ref (parsed->spans) : NULL;
}
