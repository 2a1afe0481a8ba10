/* ladder-yaml.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-yaml.h"

#include <string.h>

static gboolean
only_comment_or_space (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;

  return *p == '\0' || (*p == '#' && (p[-1] == ' ' || p[-1] == '\t'));
}

static char *
decode_double_quoted (const char *p)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_assert (*p == '"');
  p++;

  while (*p != '\0' && *p != '"')
    {
      if (*p == '\n')
        return NULL;

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
        case 't': g_string_append_c (out, '\t'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case ' ': g_string_append_c (out, ' '); break;
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
    }

  if (*p != '"' || !only_comment_or_space (p + 1))
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
      if (*p == '\0' || *p == '\n')
        return NULL;

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

  if (!only_comment_or_space (p + 1))
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
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

/* Returns the value of a YAML scalar written on one line, or NULL when the
 * text is something else (a list, a block scalar, an empty value). */
char *
ladder_yaml_decode_scalar (const char *yaml)
{
  const char *p = yaml;
  const char *end;

  if (yaml == NULL)
    return NULL;

  while (*p == ' ' || *p == '\t')
    p++;

  if (*p == '"')
    return decode_double_quoted (p);

  if (*p == '\'')
    return decode_single_quoted (p);

  if (*p == '\0' || strchr (p, '\n') != NULL)
    return NULL;

  /* Not a plain scalar: a flow collection, an alias, a block scalar... */
  if (strchr ("[]{}&*!|>%@`,#", *p) != NULL
      || ((*p == '-' || *p == '?' || *p == ':') && (p[1] == ' ' || p[1] == '\0')))
    return NULL;

  /* A comment ends a plain scalar. */
  for (end = p; *end != '\0'; end++)
    if (*end == '#' && end > p && (end[-1] == ' ' || end[-1] == '\t'))
      break;
  while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
    end--;

  if (end == p || g_strstr_len (p, end - p, ": ") != NULL)
    return NULL;

  return g_strndup (p, end - p);
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


/* Writes @value as the text after `key:`, in the style of @like (the text
 * it replaces), double-quoted when there is none or the style cannot hold
 * the value. */
char *
ladder_yaml_encode_scalar (const char *value,
                           const char *like)
{
  const char *style = like;
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

  return g_strconcat (" ", encoded, NULL);
}
