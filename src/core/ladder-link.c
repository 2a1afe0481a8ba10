/* ladder-link.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-link.h"

#include <cmark.h>
#include <string.h>

#include "ladder-markdown-text.h"

/* Percent-escapes are decoded again and again ("%253A" → "%3A" → ":"), up
 * to this many times; what still holds an escape after that is refused. */
#define MAX_PERCENT_ROUNDS 8

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

static gboolean
is_ref_path_character (guchar c)
{
  return c > 0x20 && c != 0x7f && c != '"' && c != '\\' && c != '{' && c != '}' && c != '<'
         && c != '>' && c != '%' && c != '`';
}

/* {{< ref "PATH" >}} or {{< relref "PATH" >}}, with any blanks around the
 * words: Hugo expands it to the address of a page of the site. */
gboolean
ladder_link_is_hugo_ref (const char *text)
{
  const char *p = text;
  const char *path;

  if (text == NULL || !g_str_has_prefix (p, "{{<"))
    return FALSE;

  for (p += 3; is_blank (*p); p++)
    ;

  if (g_str_has_prefix (p, "relref"))
    p += strlen ("relref");
  else if (g_str_has_prefix (p, "ref"))
    p += strlen ("ref");
  else
    return FALSE;

  if (!is_blank (*p))
    return FALSE;
  while (is_blank (*p))
    p++;

  if (*p++ != '"')
    return FALSE;

  for (path = p; is_ref_path_character ((guchar) *p); p++)
    ;
  if (p == path || *p++ != '"')
    return FALSE;

  while (is_blank (*p))
    p++;

  return g_str_equal (p, ">}}");
}

static gboolean
decode_percent_once (GString *url)
{
  gboolean changed = FALSE;
  gsize    out = 0;

  for (gsize in = 0; in < url->len; in++)
    {
      int high, low;

      if (url->str[in] == '%' && in + 2 < url->len
          && (high = g_ascii_xdigit_value (url->str[in + 1])) >= 0
          && (low = g_ascii_xdigit_value (url->str[in + 2])) >= 0)
        {
          url->str[out++] = (char) ((high << 4) | low);
          in += 2;
          changed = TRUE;
          continue;
        }

      url->str[out++] = url->str[in];
    }

  g_string_truncate (url, out);
  return changed;
}

static gboolean
is_scheme_character (guchar c)
{
  return g_ascii_isalnum (c) || c == '+' || c == '-' || c == '.';
}

/* Whether @text (not NUL-terminated: @length bytes) is a relative URL or
 * one of the allowed schemes'. */
static gboolean
scheme_is_allowed (const char *text, gsize length)
{
  gsize scheme_end = 0;

  /* Without a scheme, the URL is relative: a handbook path or an anchor. */
  if (length == 0 || !g_ascii_isalpha (text[0]))
    return TRUE;

  while (scheme_end < length && is_scheme_character ((guchar) text[scheme_end]))
    scheme_end++;

  if (scheme_end == length || text[scheme_end] != ':')
    return TRUE;

  return (scheme_end == 4 && g_ascii_strncasecmp (text, "http", 4) == 0)
         || (scheme_end == 5 && g_ascii_strncasecmp (text, "https", 5) == 0)
         || (scheme_end == 6 && g_ascii_strncasecmp (text, "mailto", 6) == 0);
}

gboolean
ladder_link_url_is_allowed (const char *url)
{
  g_autoptr (GString) decoded = NULL;
  g_autoptr (GString) bare = NULL;
  const char *p;
  guint       rounds = 0;

  if (url == NULL)
    return TRUE;

  /* Most URLs have nothing to decode and nothing a browser drops: they
   * are read as they stand. */
  for (p = url; *p != '\0' && *p != '%' && (guchar) *p > 0x20 && *p != 0x7f; p++)
    ;
  if (*p == '\0')
    return scheme_is_allowed (url, (gsize) (p - url));

  decoded = g_string_new (url);
  while (decode_percent_once (decoded))
    if (++rounds >= MAX_PERCENT_ROUNDS)
      return FALSE;

  /* Browsers drop tabs and line breaks anywhere in a URL, and spaces and
   * controls around it; none of them may hide a scheme. */
  bare = g_string_sized_new (decoded->len);
  for (gsize i = 0; i < decoded->len; i++)
    if ((guchar) decoded->str[i] > 0x20 && decoded->str[i] != 0x7f)
      g_string_append_c (bare, decoded->str[i]);

  return scheme_is_allowed (bare->str, bare->len);
}

/* The named character references that stand for ASCII characters, the
 * only ones that can write or hide a scheme; every other one is a
 * character no scheme holds. (tests/test-link.c checks this table against
 * libcmark's.) */
static const struct
{
  const char *name;
  const char *text;
} ascii_entities[] = {
  { "Tab", "\t" },         { "NewLine", "\n" },
  { "excl", "!" },         { "quot", "\"" },
  { "QUOT", "\"" },        { "num", "#" },
  { "dollar", "$" },       { "percnt", "%" },
  { "amp", "&" },          { "AMP", "&" },
  { "apos", "'" },         { "lpar", "(" },
  { "rpar", ")" },         { "ast", "*" },
  { "midast", "*" },       { "plus", "+" },
  { "comma", "," },        { "period", "." },
  { "sol", "/" },          { "colon", ":" },
  { "semi", ";" },         { "lt", "<" },
  { "LT", "<" },           { "equals", "=" },
  { "gt", ">" },           { "GT", ">" },
  { "quest", "?" },        { "commat", "@" },
  { "lsqb", "[" },         { "lbrack", "[" },
  { "bsol", "\\" },        { "rsqb", "]" },
  { "rbrack", "]" },       { "Hat", "^" },
  { "lowbar", "_" },       { "UnderBar", "_" },
  { "grave", "`" },        { "DiacriticalGrave", "`" },
  { "lcub", "{" },         { "lbrace", "{" },
  { "verbar", "|" },       { "vert", "|" },
  { "VerticalLine", "|" }, { "rcub", "}" },
  { "rbrace", "}" },       { "fjlig", "fj" },
};

/* A numeric character reference as a browser reads it in an attribute:
 * the semicolon is optional, and a code point that is not a character
 * becomes U+FFFD. Returns the length read, 0 when there is none. */
static gsize
decode_numeric (const char *p, const char *end, GString *out)
{
  const char *q = p + 2;
  gboolean    hex = FALSE;
  guint64     value = 0;
  const char *digits;

  if (q < end && (*q == 'x' || *q == 'X'))
    {
      hex = TRUE;
      q++;
    }

  for (digits = q; q < end && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)); q++)
    if (value <= 0x10ffff)
      value = value * (hex ? 16 : 10) + (guint64) (hex ? g_ascii_xdigit_value (*q) : *q - '0');

  if (q == digits)
    return 0;

  if (value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
    value = 0xfffd;

  g_string_append_unichar (out, (gunichar) value);

  if (q < end && *q == ';')
    q++;

  return (gsize) (q - p);
}

static gsize
decode_named (const char *p, const char *end, GString *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (ascii_entities); i++)
    {
      gsize length = strlen (ascii_entities[i].name);

      if ((gsize) (end - p) >= length + 2 && strncmp (p + 1, ascii_entities[i].name, length) == 0
          && p[length + 1] == ';')
        {
          g_string_append (out, ascii_entities[i].text);
          return length + 2;
        }
    }

  return 0;
}

gboolean
ladder_link_html_value_is_allowed (const char *value, gsize length)
{
  g_autoptr (GString) decoded = g_string_sized_new (length);
  const char *end = value + length;

  for (const char *p = value; p < end;)
    {
      gsize used = 0;

      if (*p == '&' && p + 1 < end)
        used = p[1] == '#' ? decode_numeric (p, end, decoded) : decode_named (p, end, decoded);

      if (used > 0)
        {
          p += used;
        }
      else
        {
          /* A NUL cannot go into the string judged; it is dropped there
           * anyway, like every control character. */
          if (*p != '\0')
            g_string_append_c (decoded, *p);
          p++;
        }
    }

  return ladder_link_url_is_allowed (decoded->str);
}

/* The URL a CommonMark renderer makes of @destination, written as the
 * exporter writes it or (@raw) as it stands, or NULL when that is not
 * exactly one link. */
static char *
rendered_url (const char *destination, gboolean raw)
{
  g_autoptr (GString) markdown = g_string_new ("[x](");
  cmark_node *document;
  cmark_node *paragraph;
  cmark_node *link;
  char       *url = NULL;

  if (raw)
    g_string_append (markdown, destination);
  else
    ladder_markdown_append_link_destination (markdown, destination);
  g_string_append_c (markdown, ')');

  document = cmark_parse_document (markdown->str, markdown->len, CMARK_OPT_DEFAULT);
  paragraph = cmark_node_first_child (document);
  link = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;

  if (paragraph != NULL && cmark_node_get_type (paragraph) == CMARK_NODE_PARAGRAPH
      && cmark_node_next (paragraph) == NULL && link != NULL
      && cmark_node_get_type (link) == CMARK_NODE_LINK && cmark_node_next (link) == NULL
      && cmark_node_get_url (link) != NULL)
    url = g_strdup (cmark_node_get_url (link));

  cmark_node_free (document);
  return url;
}

static gboolean
needs_decoding (const char *destination)
{
  for (const char *p = destination; *p != '\0'; p++)
    if ((guchar) *p <= 0x20 || *p == 0x7f || *p == '&' || *p == '\\' || *p == '<' || *p == '>'
        || *p == '(' || *p == ')')
      return TRUE;

  return FALSE;
}

gboolean
ladder_link_is_allowed (const char *destination)
{
  g_autofree char *url = NULL;
  g_autofree char *raw_url = NULL;

  if (destination == NULL || *destination == '\0')
    return TRUE;

  if (ladder_link_is_hugo_ref (destination))
    return TRUE;

  /* Hugo reads shortcodes in the raw page, before the Markdown: any other
   * "{{" could become one. */
  if (strstr (destination, "{{") != NULL)
    return FALSE;

  /* Without entities, escapes, brackets or blanks, a renderer reads the
   * destination as it stands. */
  if (!needs_decoding (destination))
    return ladder_link_url_is_allowed (destination);

  /* An imported page wrote the destination itself, and the exporter
   * writes it back as it was while the link is unchanged: it must be safe
   * read both ways. */
  url = rendered_url (destination, FALSE);
  raw_url = rendered_url (destination, TRUE);

  return url != NULL && ladder_link_url_is_allowed (url)
         && (raw_url == NULL || ladder_link_url_is_allowed (raw_url));
}
