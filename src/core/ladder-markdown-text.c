/* ladder-markdown-text.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-text.h"

#include "ladder-link.h"

#include <cmark.h>
#include <string.h>

static gboolean
starts_entity (const char *p)
{
  /* p points at '&': &name; &#123; &#x1F; */
  const char *q = p + 1;

  if (*q == '#')
    q++;

  if (!g_ascii_isalnum (*q))
    return FALSE;

  while (g_ascii_isalnum (*q))
    q++;

  return *q == ';';
}

static gboolean
starts_list_number (const char *p, const char **delimiter)
{
  const char *q = p;

  while (g_ascii_isdigit (*q))
    q++;

  if (q == p || (q - p) > 9 || (*q != '.' && *q != ')'))
    return FALSE;

  *delimiter = q;
  return TRUE;
}

void
ladder_markdown_append_escaped (GString *out, const char *text)
{
  ladder_markdown_append_escaped_mapped (out, text, NULL);
}

/* Records where the Markdown for the byte of @text at @p starts in @out. */
static inline void
map_byte (GArray *offsets, const char *text, const char *p, GString *out)
{
  if (offsets != NULL)
    {
      gsize offset = out->len;

      g_array_index (offsets, gsize, p - text) = offset;
    }
}

void
ladder_markdown_append_escaped_mapped (GString *out, const char *text, GArray *offsets)
{
  const char *delimiter = NULL;
  gsize       length;
  const char *trailing_hashes = NULL;

  g_return_if_fail (out != NULL);

  if (offsets != NULL)
    {
      g_array_set_size (offsets, text != NULL ? strlen (text) + 1 : 1);
      g_array_index (offsets, gsize, offsets->len - 1) = out->len;
    }

  if (text == NULL || *text == '\0')
    return;

  length = strlen (text);

  /* A run of '#' at the end after a space would be read as a heading's
   * closing sequence. */
  {
    const char *end = text + length;
    const char *q = end;

    while (q > text && q[-1] == '#')
      q--;
    if (q < end && q > text && (q[-1] == ' ' || q[-1] == '\t'))
      trailing_hashes = q;
  }

  if (!starts_list_number (text, &delimiter))
    delimiter = NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar   c = (guchar) *p;
      gboolean at_start = p == text;
      gboolean at_end = p[1] == '\0';

      map_byte (offsets, text, p, out);

      if (c < 0x20 || c == 0x7f)
        {
          g_string_append_printf (out, "&#%u;", c);
          continue;
        }

      if (c == ' ' && (at_start || at_end))
        {
          g_string_append (out, "&#32;");
          continue;
        }

      switch (c)
        {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
          g_string_append_c (out, '\\');
          break;

        case '<':
          /* Hugo's summary divider is found in the raw page too. */
          if (g_str_has_prefix (p, "<!--"))
            {
              g_string_append (out, "\\<!\\-\\-");
              for (guint i = 1; i <= 3; i++)
                map_byte (offsets, text, p + i, out);
              p += 3;
              continue;
            }
          g_string_append_c (out, '\\');
          break;

        case '&':
          if (starts_entity (p))
            g_string_append_c (out, '\\');
          break;

        case '{':
          /* Hugo finds "{{<" and "{{%" in the raw page, before Markdown and
           * its escapes: the pair must not stand together. */
          if (p > text && p[-1] == '{')
            g_string_append_c (out, '\\');
          break;

        case '#':
          if (at_start || p == trailing_hashes)
            g_string_append_c (out, '\\');
          break;

        case '>':
        case '-':
        case '+':
        case '=':
        case '~':
        case '|':
          if (at_start)
            g_string_append_c (out, '\\');
          break;

        case '.':
        case ')':
          if (p == delimiter)
            g_string_append_c (out, '\\');
          break;

        default:
          break;
        }

      g_string_append_c (out, (char) c);
    }

  if (offsets != NULL)
    g_array_index (offsets, gsize, length) = out->len;
}

char *
ladder_markdown_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  ladder_markdown_append_escaped (out, text);

  return g_string_free (out, FALSE);
}

static gboolean
needs_angle_brackets (const char *url)
{
  int depth = 0;

  if (*url == '\0')
    return TRUE;

  for (const char *p = url; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == '\\')
        return TRUE;
      if (c == '(')
        depth++;
      else if (c == ')' && --depth < 0)
        return TRUE;
    }

  return depth != 0;
}

void
ladder_markdown_append_link_destination (GString *out, const char *url)
{
  g_return_if_fail (out != NULL);

  if (url == NULL)
    url = "";

  /* A Hugo ref is expanded before Markdown is read; it stays as is. */
  if (ladder_link_is_hugo_ref (url))
    {
      g_string_append (out, url);
      return;
    }

  if (!needs_angle_brackets (url))
    {
      g_string_append (out, url);
      return;
    }

  g_string_append_c (out, '<');
  for (const char *p = url; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '<' || c == '>' || c == '\\')
        g_string_append_c (out, '\\');

      if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "%%%02X", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '>');
}

/* Where the line @line (from 1) of @text starts. */
static const char *
line_start (const char *text, int line)
{
  const char *p = text;

  for (int i = 1; i < line && p != NULL; i++)
    {
      p = strchr (p, '\n');
      if (p != NULL)
        p++;
    }

  return p;
}

char *
ladder_markdown_deepen_headings (const char *markdown, int by)
{
  cmark_node      *document;
  cmark_iter      *iter;
  cmark_event_type event;
  g_autoptr (GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  GString *deeper;
  gsize    copied = 0;

  g_return_val_if_fail (markdown != NULL, NULL);

  if (by <= 0)
    return g_strdup (markdown);

  /* cmark finds the headings, so that a "#" in a code block or a
   * paragraph's line is left alone. */
  document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_SOURCEPOS);
  iter = cmark_iter_new (document);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      const char *line;
      const char *hashes;

      if (event != CMARK_EVENT_ENTER || cmark_node_get_type (node) != CMARK_NODE_HEADING)
        continue;

      line = line_start (markdown, cmark_node_get_start_line (node));
      if (line == NULL)
        continue;
      hashes = line + strspn (line, " ");
      /* A setext heading is underlined, not marked. */
      if (*hashes == '#')
        {
          gsize at = (gsize) (hashes - markdown);

          g_array_append_val (starts, at);
        }
    }
  cmark_iter_free (iter);
  cmark_node_free (document);

  deeper = g_string_sized_new (strlen (markdown) + starts->len * by);
  for (guint i = 0; i < starts->len; i++)
    {
      gsize at = g_array_index (starts, gsize, i);
      gsize level = strspn (markdown + at, "#");

      g_string_append_len (deeper, markdown + copied, at - copied);
      for (gsize n = level; n < MIN (level + by, 6); n++)
        g_string_append_c (deeper, '#');
      copied = at;
    }
  g_string_append (deeper, markdown + copied);

  return g_string_free (deeper, FALSE);
}

gboolean
ladder_markdown_joins_bullet_above (const char *bullet, gsize bullet_length, const char *text)
{
  g_autoptr (GString) page = g_string_new_len (bullet, (gssize) bullet_length);
  cmark_node *document;
  cmark_node *first;
  int         bullet_lines = 0;
  gboolean    joins;

  g_return_val_if_fail (bullet != NULL && text != NULL, FALSE);

  for (gsize i = 0; i < bullet_length; i++)
    if (bullet[i] == '\n')
      bullet_lines++;
  if (bullet_length > 0 && bullet[bullet_length - 1] != '\n')
    {
      g_string_append_c (page, '\n');
      bullet_lines++;
    }
  g_string_append (page, text);

  document = cmark_parse_document (page->str, page->len, CMARK_OPT_SOURCEPOS);
  first = cmark_node_first_child (document);
  joins = first != NULL && cmark_node_get_type (first) == CMARK_NODE_LIST
          && cmark_node_get_end_line (first) > bullet_lines;
  cmark_node_free (document);

  return joins;
}

/* A tag: "<" then a letter or "/", up to the next ">" on the line. */
static const char *
tag_end (const char *p)
{
  const char *end;

  if (p[0] != '<' || !(g_ascii_isalpha (p[1]) || (p[1] == '/' && g_ascii_isalpha (p[2]))))
    return NULL;

  end = strpbrk (p + 1, "<>\n");
  return end != NULL && *end == '>' ? end + 1 : NULL;
}

char *
ladder_markdown_text_without_tags (const char *text)
{
  GString    *plain = g_string_new (NULL);
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      const char *end = tag_end (p);

      if (end != NULL)
        {
          p = end;
          continue;
        }
      g_string_append_c (plain, *p++);
    }

  g_strstrip (plain->str);
  plain->len = strlen (plain->str);
  if (plain->len == 0)
    {
      g_string_free (plain, TRUE);
      return g_strdup (text != NULL ? text : "");
    }

  return g_string_free (plain, FALSE);
}

static gboolean
is_block (cmark_node *node)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_CODE_BLOCK:
      return TRUE;
    default:
      return FALSE;
    }
}

char *
ladder_markdown_plain_text (const char *markdown)
{
  cmark_node      *document;
  cmark_iter      *iter;
  cmark_event_type event;
  GString         *plain = g_string_new (NULL);

  g_return_val_if_fail (markdown != NULL, NULL);

  /* cmark reads the Markdown, so that what it shows as words is exactly
   * what is kept: escapes, entities and emphasis as the page renders
   * them. */
  document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (document);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (event == CMARK_EVENT_ENTER && is_block (node) && plain->len > 0
          && plain->str[plain->len - 1] != '\n')
        g_string_append_c (plain, '\n');

      if (event != CMARK_EVENT_ENTER)
        continue;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
          g_string_append (plain, cmark_node_get_literal (node));
          break;
        case CMARK_NODE_SOFTBREAK:
          g_string_append_c (plain, ' ');
          break;
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (plain, '\n');
          break;
        default:
          break;
        }
    }
  cmark_iter_free (iter);
  cmark_node_free (document);

  g_strstrip (plain->str);
  plain->len = strlen (plain->str);
  return g_string_free (plain, FALSE);
}
