/* ladder-yaml.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-yaml.h"

#include <string.h>

/* Reading. A value is the text after `key:`, with the lines that continue
 * it; it is read as YAML reads a value at the top level of the front
 * matter. */

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

static const char *
skip_blanks (const char *p)
{
  while (is_blank (*p))
    p++;
  return p;
}

/* Whether the rest of the value from @p holds nothing but blanks, blank
 * lines and comments. */
static gboolean
only_comments_left (const char *p,
                    gboolean    after_blank)
{
  for (;;)
    {
      const char *q = skip_blanks (p);

      if (*q == '#' && (after_blank || q > p))
        {
          q = strchr (q, '\n');
          if (q == NULL)
            return TRUE;
        }

      if (*q == '\0')
        return TRUE;
      if (*q != '\n')
        return FALSE;

      p = q + 1;
      after_blank = TRUE;
    }
}

/* Line breaks in a quoted scalar: the blanks around them go, one break
 * becomes a space, and each further one (an empty line) a newline. Returns
 * the position after the breaks, or NULL when the value ends there. */
static const char *
fold_quoted_breaks (const char *p,
                    GString    *out,
                    gsize       keep)
{
  guint breaks = 0;

  while (out->len > keep && is_blank (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);

  while (*p == '\n')
    {
      breaks++;
      p = skip_blanks (p + 1);
    }

  if (*p == '\0')
    return NULL;

  if (breaks == 1)
    g_string_append_c (out, ' ');
  else
    for (guint i = 1; i < breaks; i++)
      g_string_append_c (out, '\n');

  return p;
}

static char *
decode_double_quoted (const char *p)
{
  g_autoptr (GString) out = g_string_new (NULL);
  /* Escaped characters are never blanks that a line break removes. */
  gsize keep = 0;

  g_assert (*p == '"');
  p++;

  while (*p != '"')
    {
      if (*p == '\0')
        return NULL;

      if (*p == '\n')
        {
          p = fold_quoted_breaks (p, out, keep);
          if (p == NULL)
            return NULL;
          continue;
        }

      if (*p != '\\')
        {
          g_string_append_c (out, *p++);
          continue;
        }

      p++;
      switch (*p)
        {
        case '\\': g_string_append_c (out, '\\'); break;
        case '"': g_string_append_c (out, '"'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 't': case '\t': g_string_append_c (out, '\t'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case ' ': g_string_append_c (out, ' '); break;
        case 'a': g_string_append_c (out, '\a'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'e': g_string_append_c (out, '\x1b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'v': g_string_append_c (out, '\v'); break;
        case 'N': g_string_append_unichar (out, 0x85); break;
        case '_': g_string_append_unichar (out, 0xa0); break;
        case 'L': g_string_append_unichar (out, 0x2028); break;
        case 'P': g_string_append_unichar (out, 0x2029); break;
        case '\n':
          /* An escaped line break joins the lines without a space. */
          p = skip_blanks (p + 1);
          while (*p == '\n')
            {
              g_string_append_c (out, '\n');
              p = skip_blanks (p + 1);
            }
          keep = out->len;
          continue;
        case 'x':
        case 'u':
        case 'U':
          {
            int width = *p == 'x' ? 2 : *p == 'u' ? 4 : 8;
            gunichar c = 0;

            for (int i = 1; i <= width; i++)
              {
                int digit = g_ascii_xdigit_value (p[i]);

                if (digit < 0)
                  return NULL;
                c = (c << 4) | (gunichar) digit;
              }

            if (c == 0 || !g_unichar_validate (c))
              return NULL;

            g_string_append_unichar (out, c);
            p += width;
          }
          break;
        default:
          return NULL;
        }
      p++;
      keep = out->len;
    }

  if (!only_comments_left (p + 1, FALSE))
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
decode_single_quoted (const char *p)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_assert (*p == '\'');
  p++;

  for (;;)
    {
      if (*p == '\0')
        return NULL;

      if (*p == '\n')
        {
          p = fold_quoted_breaks (p, out, 0);
          if (p == NULL)
            return NULL;
          continue;
        }

      if (*p == '\'')
        {
          if (p[1] == '\'')
            {
              g_string_append_c (out, '\'');
              p += 2;
              continue;
            }
          break;
        }

      g_string_append_c (out, *p++);
    }

  if (!only_comments_left (p + 1, FALSE))
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* One line of a plain scalar, up to a comment; NULL when it holds what
 * would make it something else (": "). */
static gboolean
plain_line (const char  *line,
            const char  *end,
            GString     *out,
            gboolean    *commented)
{
  const char *stop = line;

  while (stop < end && !(*stop == '#' && stop > line && is_blank (stop[-1])))
    stop++;
  *commented = stop < end;

  while (stop > line && is_blank (stop[-1]))
    stop--;

  for (const char *q = line; q < stop; q++)
    if (*q == ':' && (q + 1 == stop || is_blank (q[1])))
      return FALSE;

  g_string_append_len (out, line, stop - line);
  return TRUE;
}

static char *
decode_plain (const char *p)
{
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean commented = FALSE;
  guint breaks = 0;

  /* Not a plain scalar: a collection, an alias, a block scalar... */
  if (strchr ("[]{}&*!|>%@`,#", *p) != NULL
      || ((*p == '-' || *p == '?' || *p == ':') && (is_blank (p[1]) || p[1] == '\0' || p[1] == '\n')))
    return NULL;

  while (*p != '\0')
    {
      const char *end = strchr (p, '\n');
      const char *content = skip_blanks (p);

      if (end == NULL)
        end = p + strlen (p);

      if (content == end)
        {
          breaks++;
        }
      else if (*content == '#' && out->len > 0)
        {
          /* A comment line ends the value. */
          return only_comments_left (end, TRUE) ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
        }
      else
        {
          if (commented)
            return NULL;
          if (out->len > 0)
            {
              if (breaks <= 1)
                g_string_append_c (out, ' ');
              else
                for (guint i = 1; i < breaks; i++)
                  g_string_append_c (out, '\n');
            }
          if (!plain_line (content, end, out, &commented))
            return NULL;
          breaks = 1;
        }

      if (*end == '\0')
        break;
      p = end + 1;
    }

  if (out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
count_spaces (const char *line)
{
  guint n = 0;

  while (line[n] == ' ')
    n++;
  return n;
}

/* A literal (|) or folded (>) block scalar, its lines indented under the
 * key. */
static char *
decode_block (const char *p)
{
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean literal = *p == '|';
  char chomping = 'c';
  guint indent = 0;
  guint trailing = 0;
  gboolean previous_normal = FALSE;
  gboolean started = FALSE;

  for (p++; *p == '+' || *p == '-' || (*p >= '1' && *p <= '9'); p++)
    {
      if (g_ascii_isdigit (*p))
        indent = (guint) (*p - '0');
      else
        chomping = *p;
    }

  if (!only_comments_left (p, FALSE))
    {
      /* The header line itself must end here. */
      const char *q = skip_blanks (p);

      if (*q != '\n' && !(*q == '#' && q > p))
        return NULL;
    }

  p = strchr (p, '\n');
  if (p == NULL)
    return g_strdup ("");
  p++;

  while (*p != '\0')
    {
      const char *end = strchr (p, '\n');
      guint spaces = count_spaces (p);
      gboolean empty;

      if (end == NULL)
        end = p + strlen (p);

      empty = p + spaces == end;

      if (indent == 0 && !empty)
        indent = spaces;

      if (!empty && spaces < indent)
        return NULL;

      if (empty && (indent == 0 || (guint) (end - p) <= indent))
        {
          trailing++;
        }
      else
        {
          const char *text = p + indent;
          gboolean normal = !is_blank (*text);

          if (started)
            {
              if (!literal && previous_normal && normal)
                {
                  if (trailing == 0)
                    g_string_append_c (out, ' ');
                  for (guint i = 0; i < trailing; i++)
                    g_string_append_c (out, '\n');
                }
              else
                {
                  for (guint i = 0; i <= trailing; i++)
                    g_string_append_c (out, '\n');
                }
            }
          else
            {
              for (guint i = 0; i < trailing; i++)
                g_string_append_c (out, '\n');
            }

          g_string_append_len (out, text, end - text);
          started = TRUE;
          previous_normal = normal;
          trailing = 0;
        }

      if (*end == '\0')
        break;
      p = end + 1;
    }

  if (chomping == '+')
    {
      if (started)
        g_string_append_c (out, '\n');
      for (guint i = 0; i < trailing; i++)
        g_string_append_c (out, '\n');
    }
  else if (chomping == 'c' && started)
    {
      g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The text with CRLF line breaks made LF, and the page's last CR gone. */
static char *
without_carriage_returns (const char *yaml)
{
  GString *out = g_string_sized_new (strlen (yaml));

  for (const char *p = yaml; *p != '\0'; p++)
    if (!(*p == '\r' && (p[1] == '\n' || p[1] == '\0')))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* Characters that must be written as escapes: controls, the characters
 * YAML 1.1 readers take for line breaks (NEL, LS, PS), and the ones
 * libyaml refuses (C1 controls, U+FFFE, U+FFFF, a byte-order mark). */
static gboolean
needs_escape (gunichar c)
{
  return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
         || c == 0x2028 || c == 0x2029 || c == 0xfeff || c == 0xfffe || c == 0xffff;
}

static gboolean
has_control_characters (const char *value)
{
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    if (needs_escape (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static gboolean
is_plain_safe (const char *value)
{
  static const char *reserved[] = {
    "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "=", "<<", NULL
  };
  gsize length = strlen (value);

  if (length == 0 || value[0] == ' ' || value[length - 1] == ' ' || value[length - 1] == ':')
    return FALSE;

  if (strchr ("-?:,[]{}#&*!|>'\"%@`0123456789.+", value[0]) != NULL)
    return FALSE;

  if (strstr (value, ": ") != NULL || strstr (value, " #") != NULL)
    return FALSE;

  if (has_control_characters (value))
    return FALSE;

  for (guint i = 0; reserved[i] != NULL; i++)
    if (g_ascii_strcasecmp (value, reserved[i]) == 0)
      return FALSE;

  return TRUE;
}

/* Returns the value of a YAML scalar (plain, quoted or a block scalar, on
 * one line or several), or NULL when the text is something else: a list,
 * a mapping, an alias, a value with an anchor or a tag, an empty value. */
char *
ladder_yaml_decode_scalar (const char *yaml)
{
  g_autofree char *text = NULL;
  const char *p;

  if (yaml == NULL)
    return NULL;

  text = without_carriage_returns (yaml);
  p = skip_blanks (text);

  /* A value that starts on the line after the key. */
  if (*p == '\n' || *p == '#')
    {
      do
        {
          p = strchr (p, '\n');
          if (p == NULL)
            return NULL;
          p = skip_blanks (p + 1);
        }
      while (*p == '\n' || *p == '#');

      /* Only an indented scalar; "- " would start a list. */
      if (p == text || p[-1] == '\n' || p[-1] == '\t')
        return NULL;
    }

  if (*p == '"')
    return decode_double_quoted (p);

  if (*p == '\'')
    return decode_single_quoted (p);

  if (*p == '|' || *p == '>')
    return decode_block (p);

  if (*p == '\0')
    return NULL;

  return decode_plain (p);
}

/* Reads one more line of a value, carrying what it has seen in @state, so
 * that a value of many lines is read once. */
gboolean
ladder_yaml_open_feed (LadderYamlOpen *state,
                       const char     *line,
                       gsize           length)
{
  const char *p = line;
  const char *end = line + length;

  g_return_val_if_fail (state != NULL, FALSE);

  if (state->settled)
    return FALSE;

  if (!state->started)
    {
      while (p < end && is_blank (*p))
        p++;

      /* An anchor or a tag before the value. */
      while (p < end && (*p == '&' || *p == '!'))
        {
          while (p < end && !is_blank (*p))
            p++;
          while (p < end && is_blank (*p))
            p++;
        }

      /* Nothing yet: the value starts on a later line, as a block. */
      if (p == end)
        {
          state->settled = TRUE;
          return FALSE;
        }

      state->started = TRUE;
      state->previous = '[';
      if (*p != '"' && *p != '\'' && *p != '[' && *p != '{')
        {
          state->settled = TRUE;
          return FALSE;
        }
    }

  for (; p < end; p++)
    {
      if (state->quote != '\0')
        {
          if (state->quote == '"' && *p == '\\')
            p++;
          else if (*p == '\'' && state->quote == '\'' && p + 1 < end && p[1] == '\'')
            p++;
          else if (*p == state->quote)
            {
              state->quote = '\0';
              state->previous = *p;
              if (state->depth == 0)
                {
                  state->settled = TRUE;
                  return FALSE;
                }
            }
          continue;
        }

      /* Quotes open a scalar only where a value starts ("[it's]" is
       * plain). */
      if ((*p == '"' || *p == '\'') && strchr ("[{,:", state->previous) != NULL)
        {
          state->quote = *p;
          continue;
        }

      if (*p == '[' || *p == '{')
        {
          state->depth++;
        }
      else if (*p == ']' || *p == '}')
        {
          if (state->depth <= 1)
            {
              state->settled = TRUE;
              return FALSE;
            }
          state->depth--;
        }
      else if (*p == '#' && p > line && is_blank (p[-1]))
        {
          break;
        }

      if (!is_blank (*p))
        state->previous = *p;
    }

  return state->quote != '\0' || state->depth > 0;
}

static char *
encode_double_quoted (const char *value)
{
  GString *out = g_string_new ("\"");

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default:
          if (needs_escape (c))
            g_string_append_printf (out, "\\u%04X", c);
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }

  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

static char *
encode_single_quoted (const char *value)
{
  GString *out = g_string_new ("'");

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'')
        g_string_append (out, "''");
      else
        g_string_append_c (out, *p);
    }

  g_string_append_c (out, '\'');

  return g_string_free (out, FALSE);
}

/* The comment that follows the value of @like on its one line, with the
 * blanks before it; NULL when there is none (or @like spans lines, or is
 * not a scalar this reads). */
static const char *
comment_after (const char *like)
{
  const char *p = skip_blanks (like);
  const char *q;

  if (strchr (p, '\n') != NULL)
    return NULL;

  if (*p == '"' || *p == '\'')
    {
      char quote = *p;

      for (q = p + 1; *q != '\0'; q++)
        {
          if (quote == '"' && *q == '\\' && q[1] != '\0')
            q++;
          else if (*q == quote && quote == '\'' && q[1] == '\'')
            q++;
          else if (*q == quote)
            break;
        }
      if (*q != quote)
        return NULL;
      q++;
      return is_blank (*q) && *skip_blanks (q) == '#' ? q : NULL;
    }

  if (*p == '\0' || strchr ("[]{}&*!|>%@`,#", *p) != NULL)
    return NULL;

  /* A plain scalar ends where a # follows a blank. */
  for (q = p; *q != '\0' && !(*q == '#' && q > p && is_blank (q[-1])); q++)
    ;
  if (*q == '\0')
    return NULL;
  while (q > p && is_blank (q[-1]))
    q--;
  return q;
}

/* Writes @value as the text after `key:`, in the style of @like (the text
 * it replaces), double-quoted when there is none or the style cannot hold
 * the value. A comment after @like on its line stays after the value: it
 * is the page's (`title: Renewals # keep in sync with the sidebar`). */
char *
ladder_yaml_encode_scalar (const char *value,
                           const char *like)
{
  const char *style = like;
  const char      *comment = like != NULL ? comment_after (like) : NULL;
  g_autofree char *encoded = NULL;

  g_return_val_if_fail (value != NULL, NULL);

  if (style != NULL)
    while (*style == ' ' || *style == '\t')
      style++;

  if (style != NULL && *style == '\'' && !has_control_characters (value))
    encoded = encode_single_quoted (value);
  else if (style != NULL && *style != '\0' && *style != '"' && *style != '\'' && is_plain_safe (value))
    encoded = g_strdup (value);
  else
    encoded = encode_double_quoted (value);

  return g_strconcat (" ", encoded, comment, NULL);
}
