/* ladder-yaml-check.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-front-matter.h"
#include "ladder-yaml-check-private.h"

#include <glib/gi18n-lib.h>

/* The front matter checker's collections (block and flow), node
 * properties, and the whole front matter: ladder_front_matter_check ()
 * (see ladder-yaml-check-private.h). */

#define MAX_KEY_LENGTH 1024

static gboolean
is_sequence_entry (const char *p)
{
  return *p == '-' && is_space_or_break (p[1]);
}

/* Whether @p starts "key:" followed by a blank or the end of the line. */
static gboolean
looks_like_mapping_entry (const char *p)
{
  if (*p == '"' || *p == '\'')
    {
      char quote = *p++;

      while (!is_break_or_end (*p))
        {
          if (quote == '"' && *p == '\\')
            {
              if (is_break_or_end (p[1]))
                return FALSE;
              p += 2;
            }
          else if (*p == quote && quote == '\'' && p[1] == '\'')
            {
              p += 2;
            }
          else if (*p == quote)
            {
              break;
            }
          else
            {
              p++;
            }
        }

      if (*p != quote)
        return FALSE;
      for (p++; *p == ' '; p++)
        ;
      return *p == ':' && is_space_or_break (p[1]);
    }

  if (strchr ("-?:,[]{}#&*!|>%@`", *p) != NULL)
    return FALSE;

  for (const char *start = p; !is_break_or_end (*p); p++)
    {
      if (*p == ':' && (is_space_or_break (p[1]) || p[1] == '\t'))
        return TRUE;
      if (*p == '#' && p > start && (p[-1] == ' ' || p[-1] == '\t'))
        return FALSE;
    }

  return FALSE;
}

static gboolean check_inline_node (LadderYamlChecker *checker,
                                   int      indent,
                                   gboolean mapping_value);
static gboolean check_block_value (LadderYamlChecker *checker,
                                   int      indent,
                                   gboolean mapping_value);
static gboolean check_flow_node   (LadderYamlChecker *checker,
                                   int      indent);

/* Blanks, line breaks and comments inside a flow collection. */
static gboolean
skip_flow_space (LadderYamlChecker *checker,
                 int               indent)
{
  for (;;)
    {
      const char *start = checker->p;

      while (*checker->p == ' ')
        checker->p++;

      if (*checker->p == '\t')
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("a tab outside quotes; use spaces"));

      if (*checker->p == '#'
          && (checker->p > start || checker->p == ladder_yaml_checker_line_start (checker, checker->p)))
        checker->p += strcspn (checker->p, "\n");

      if (*checker->p != '\n')
        return TRUE;

      checker->p++;
      if (!ladder_yaml_checker_continue_line (checker, indent, FALSE))
        return FALSE;
    }
}

/* A plain scalar inside a flow collection, on one line. */
static gboolean
check_flow_plain (LadderYamlChecker *checker)
{
  const char *p = checker->p;

  if (strchr ("?:#&*!|>'\"%@`", *p) != NULL || is_flow_indicator (*p)
      || (*p == '-' && (is_space_or_break (p[1]) || is_flow_indicator (p[1]))))
    return ladder_yaml_checker_fail (checker, p,
                                     _("a value cannot start with “%c” unless it is quoted"), *p);

  for (; !is_break_or_end (*p); p++)
    {
      if (*p == '\t')
        return ladder_yaml_checker_fail (checker, p, _("a tab outside quotes; use spaces"));
      if (is_flow_indicator (*p))
        break;
      if (*p == ':' && (is_space_or_break (p[1]) || is_flow_indicator (p[1])))
        break;
      if (*p == '#' && p[-1] == ' ')
        break;
    }

  checker->p = p;
  return TRUE;
}

static gboolean
check_flow_collection (LadderYamlChecker *checker,
                       int               indent)
{
  const char *open = checker->p;
  char close = *open == '[' ? ']' : '}';
  g_autoptr (GHashTable) keys = close == '}'
                                ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL)
                                : NULL;

  if (!ladder_yaml_checker_enter (checker))
    return FALSE;

  checker->p++;

  for (;;)
    {
      if (!skip_flow_space (checker, indent))
        return FALSE;

      if (*checker->p == close)
        break;

      if (*checker->p == '\0')
        return ladder_yaml_checker_fail (checker, open, _("the “%c” is not closed"), *open);

      if (*checker->p == ',' || *checker->p == '\0')
        return ladder_yaml_checker_fail (checker, checker->p, _("expected a value"));

      if (close == ']')
        {
          if (!check_flow_node (checker, indent) || !skip_flow_space (checker, indent))
            return FALSE;

          if (*checker->p == ':')
            return ladder_yaml_checker_fail (checker, checker->p,
                                             _("a “key: value” pair inside a list is not "
                                               "supported; use “{key: value}”"));
        }
      else
        {
          const char *key = checker->p;
          g_autofree char *text = NULL;

          if (*key == '[' || *key == '{' || *key == '*' || *key == '&' || *key == '!')
            return ladder_yaml_checker_fail (checker, key, _("a key must be text"));

          if (!check_flow_node (checker, indent))
            return FALSE;

          if (memchr (key, '\n', (gsize) (checker->p - key)) != NULL)
            return ladder_yaml_checker_fail (checker, key, _("a key must be on one line"));

          text = g_strndup (key, (gsize) (checker->p - key));
          if (!g_hash_table_add (keys, g_steal_pointer (&text)))
            return ladder_yaml_checker_fail (checker, key, _("the same key is given twice"));

          if (!skip_flow_space (checker, indent))
            return FALSE;

          if (*checker->p == ':')
            {
              checker->p++;
              if (!is_space_or_break (*checker->p) && !is_flow_indicator (*checker->p))
                return ladder_yaml_checker_fail (checker, checker->p,
                                                 _("a “:” must be followed by a space"));
              if (!skip_flow_space (checker, indent))
                return FALSE;
              if (*checker->p != ',' && *checker->p != close
                  && (!check_flow_node (checker, indent) || !skip_flow_space (checker, indent)))
                return FALSE;
            }
        }

      if (*checker->p == ',')
        checker->p++;
      else if (*checker->p == '\0')
        return ladder_yaml_checker_fail (checker, open, _("the “%c” is not closed"), *open);
      else if (*checker->p != close)
        return ladder_yaml_checker_fail (checker, checker->p, _("expected “,” or “%c”"), close);
    }

  checker->p++;
  checker->depth--;
  return TRUE;
}

/* Anchors and the one tag Ladder accepts, at most one of each. The anchor
 * is returned, to be known once its node ends: a node cannot refer to
 * itself. */
static gboolean
check_properties (LadderYamlChecker *checker,
                  gboolean          *has_properties,
                  gboolean          *tagged,
                  char              **anchor)
{
  *has_properties = *tagged = FALSE;
  *anchor = NULL;

  for (;;)
    {
      const char *p = checker->p;

      if (*p == '&' && *anchor == NULL)
        {
          const char *name = ++p;

          while (is_name_character (*p))
            p++;
          if (p == name || !is_space_or_break (*p))
            return ladder_yaml_checker_fail (checker, checker->p,
                                             _("an anchor is “&” and a name of letters, digits, "
                                               "“_” and “-”, then a space"));
          *anchor = g_strndup (name, (gsize) (p - name));
          if (g_hash_table_contains (checker->anchors, *anchor))
            return ladder_yaml_checker_fail (checker, checker->p,
                                             _("the anchor “&%s” is given twice"), *anchor);
        }
      else if (*p == '!' && !*tagged)
        {
          if (strncmp (p, "!!str", 5) != 0 || !(is_space_or_break (p[5])))
            return ladder_yaml_checker_fail (checker, p,
                                             _("YAML tags other than “!!str” are not supported"));
          p += 5;
          *tagged = TRUE;
        }
      else if (*p == '&' || *p == '!')
        {
          return ladder_yaml_checker_fail (checker, p,
                                           _("a value can have one anchor and one tag"));
        }
      else
        {
          return TRUE;
        }

      *has_properties = TRUE;
      checker->p = p;
      if (!ladder_yaml_checker_skip_spaces (checker))
        return FALSE;
    }
}

static gboolean
known_after (LadderYamlChecker *checker,
             char              *anchor,
             gboolean          valid)
{
  if (valid && anchor != NULL)
    g_hash_table_add (checker->anchors, anchor);
  else
    g_free (anchor);

  return valid;
}

static gboolean
check_alias (LadderYamlChecker *checker)
{
  const char *name = checker->p + 1;
  const char *p = name;
  g_autofree char *text = NULL;

  while (is_name_character (*p))
    p++;

  if (!is_space_or_break (*p) && *p != ',' && *p != ']' && *p != '}')
    return ladder_yaml_checker_fail (checker, checker->p,
                                     _("an alias is “*” and a name of letters, digits, “_” and "
                                       "“-”"));

  text = g_strndup (name, (gsize) (p - name));
  if (*text == '\0' || !g_hash_table_contains (checker->anchors, text))
    return ladder_yaml_checker_fail (checker, checker->p, _("“*%s” refers to no anchor above it"),
                                     text);

  checker->p = p;
  return TRUE;
}

static gboolean
check_flow_content (LadderYamlChecker *checker,
                    int               indent,
                    gboolean          has_properties,
                    gboolean          tagged)
{
  switch (*checker->p)
    {
    case '*':
      if (has_properties)
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("an alias cannot have an anchor or a tag"));
      return check_alias (checker);
    case '"':
      return ladder_yaml_check_double_quoted (checker, indent);
    case '\'':
      return ladder_yaml_check_single_quoted (checker, indent);
    case '[':
    case '{':
      if (tagged)
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("“!!str” can only be given to text"));
      return check_flow_collection (checker, indent);
    default:
      return check_flow_plain (checker);
    }
}

static gboolean
check_flow_node (LadderYamlChecker *checker,
                 int               indent)
{
  gboolean has_properties, tagged;
  char *anchor;

  if (!check_properties (checker, &has_properties, &tagged, &anchor))
    {
      g_free (anchor);
      return FALSE;
    }

  return known_after (checker, anchor,
                      check_flow_content (checker, indent, has_properties, tagged));
}

static gboolean
check_block_mapping (LadderYamlChecker *checker,
                     int               indent,
                     gboolean          top_level)
{
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!ladder_yaml_checker_enter (checker))
    return FALSE;

  for (;;)
    {
      const char *key = checker->p;
      const char *end;
      g_autofree char *text = NULL;
      int next;

      if (*key == '"' || *key == '\'')
        {
          if (top_level)
            return ladder_yaml_checker_fail (checker, key,
                                             _("a front matter key must be a plain word"));
          if (!(*key == '"' ? ladder_yaml_check_double_quoted (checker,
                                                               indent) : ladder_yaml_check_single_quoted (checker,
                                                               indent)))
            return FALSE;
          end = checker->p;
          if (memchr (key, '\n', (gsize) (end - key)) != NULL)
            return ladder_yaml_checker_fail (checker, key, _("a key must be on one line"));
        }
      else
        {
          for (end = key; !is_break_or_end (*end) && !(*end == ':' && is_space_or_break (end[1])); end++)
            if (*end == '\t' || (*end == '#' && end > key && end[-1] == ' '))
              break;

          if (*end != ':' && memchr (key, ':', (gsize) (end - key)) != NULL)
            return ladder_yaml_checker_fail (checker, key,
                                             _("a “:” after a key must be followed by a space"));
          if (*end != ':')
            return ladder_yaml_checker_fail (checker, key, _("expected “key: value”"));

          while (end > key && end[-1] == ' ')
            end--;

          text = g_strndup (key, (gsize) (end - key));

          if (top_level && !ladder_front_matter_key_is_valid (text))
            return ladder_yaml_checker_fail (checker, key,
                                             _("“%s” cannot be a front matter key: use letters, "
                                               "digits, “_”, “-” and “.”, starting with a letter"),
                                             
                         text);

          if (!top_level && (*key == '-' || *key == '?' || *key == ':'))
            return ladder_yaml_checker_fail (checker, key,
                                             _("a key cannot start with “%c” unless it is quoted"),
                                             *key);

          checker->p = end;
        }

      if (text == NULL)
        text = g_strndup (key, (gsize) (end - key));

      if (end - key > MAX_KEY_LENGTH)
        return ladder_yaml_checker_fail (checker, key, _("a key may be at most %d characters long"),
                                         MAX_KEY_LENGTH);

      if (g_hash_table_contains (keys, text))
        return ladder_yaml_checker_fail (checker, key, _("the key “%s” is given twice"), text);
      g_hash_table_add (keys, g_steal_pointer (&text));

      if (top_level && checker->key_lines != NULL)
        {
          guint line;

          for (; checker->counted < key; checker->counted++)
            checker->counted_lines += *checker->counted == '\n';
          line = checker->counted_lines + 1;
          g_array_append_val (checker->key_lines, line);
        }

      while (*checker->p == ' ')
        checker->p++;
      if (*checker->p != ':')
        return ladder_yaml_checker_fail (checker, checker->p, _("expected “:” after the key"));
      checker->p++;
      if (!is_space_or_break (*checker->p))
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("a “:” after a key must be followed by a space"));

      if (!ladder_yaml_checker_skip_spaces (checker))
        return FALSE;

      if (*checker->p == '\n' || *checker->p == '#')
        {
          if (!ladder_yaml_checker_end_line (checker) || !check_block_value (checker, indent, TRUE))
            return FALSE;
        }
      else if (!check_inline_node (checker, indent, TRUE))
        {
          return FALSE;
        }

      next = ladder_yaml_checker_next_line (checker);
      if (checker->error != NULL)
        return FALSE;

      if (next < indent)
        break;

      if (next > indent)
        return ladder_yaml_checker_fail (checker, checker->p + next,
                                         _("this line is indented more than the keys above it"));

      checker->p += next;
      if (is_sequence_entry (checker->p))
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("a list item here belongs to no key"));
    }

  checker->depth--;
  return TRUE;
}

static gboolean
check_block_sequence (LadderYamlChecker *checker,
                      int               indent)
{
  if (!ladder_yaml_checker_enter (checker))
    return FALSE;

  for (;;)
    {
      int next;

      checker->p++;
      if (!ladder_yaml_checker_skip_spaces (checker))
        return FALSE;

      if (*checker->p == '\n' || *checker->p == '#')
        {
          if (!ladder_yaml_checker_end_line (checker) || !check_block_value (checker, indent,
                                             FALSE))
            return FALSE;
        }
      else
        {
          int column = (int) ladder_yaml_checker_column (checker, checker->p);

          if (is_sequence_entry (checker->p))
            {
              if (!check_block_sequence (checker, column))
                return FALSE;
            }
          else if (looks_like_mapping_entry (checker->p))
            {
              if (!check_block_mapping (checker, column, FALSE))
                return FALSE;
            }
          else if (!check_inline_node (checker, indent, FALSE))
            {
              return FALSE;
            }
        }

      next = ladder_yaml_checker_next_line (checker);
      if (checker->error != NULL)
        return FALSE;

      if (next == indent && is_sequence_entry (checker->p + next))
        {
          checker->p += next;
          continue;
        }

      if (next > indent)
        return ladder_yaml_checker_fail (checker, checker->p + next,
                                         _("this line is indented more than the list items above "
                                           "it"));

      break;
    }

  checker->depth--;
  return TRUE;
}

/* A value on the lines after its key or "-": a block collection, or a
 * scalar indented under it, or nothing. */
static gboolean
check_block_value (LadderYamlChecker *checker,
                   int               indent,
                   gboolean          mapping_value)
{
  int next = ladder_yaml_checker_next_line (checker);
  const char *content;

  if (checker->error != NULL)
    return FALSE;

  if (next < 0)
    return TRUE;

  content = checker->p + next;

  /* A mapping's value may be a list at the key's own indentation. */
  if (next == indent && mapping_value && is_sequence_entry (content))
    {
      checker->p = content;
      return check_block_sequence (checker, next);
    }

  if (next <= indent)
    return TRUE;

  checker->p = content;

  if (is_sequence_entry (content))
    return check_block_sequence (checker, next);

  if (looks_like_mapping_entry (content))
    return check_block_mapping (checker, next, FALSE);

  return check_inline_node (checker, indent, mapping_value);
}

/* A node that starts on the current line, after a key or "-". */
static gboolean
check_inline_content (LadderYamlChecker *checker,
                      int               indent,
                      gboolean          mapping_value,
                      gboolean          has_properties,
                      gboolean          tagged)
{
  if (has_properties && (*checker->p == '\n' || *checker->p == '#'))
    {
      if (tagged)
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("“!!str” can only be given to text"));
      return ladder_yaml_checker_end_line (checker) && check_block_value (checker, indent,
                                           mapping_value);
    }

  switch (*checker->p)
    {
    case '*':
      if (has_properties)
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("an alias cannot have an anchor or a tag"));
      return check_alias (checker) && ladder_yaml_checker_end_line (checker);

    case '"':
      return ladder_yaml_check_double_quoted (checker,
                                              indent) && ladder_yaml_checker_end_line (checker);

    case '\'':
      return ladder_yaml_check_single_quoted (checker,
                                              indent) && ladder_yaml_checker_end_line (checker);

    case '[':
    case '{':
      if (tagged)
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("“!!str” can only be given to text"));
      return check_flow_collection (checker, indent) && ladder_yaml_checker_end_line (checker);

    case '|':
    case '>':
      return ladder_yaml_check_block_scalar (checker, indent);

    default:
      if (is_sequence_entry (checker->p) || looks_like_mapping_entry (checker->p))
        return ladder_yaml_checker_fail (checker, checker->p,
                     mapping_value ? _("a list or a mapping must start on the line after its key")
                                   : _("expected a value"));
      return ladder_yaml_check_plain (checker, indent);
    }
}

static gboolean
check_inline_node (LadderYamlChecker *checker,
                   int               indent,
                   gboolean          mapping_value)
{
  gboolean has_properties, tagged;
  char *anchor;

  if (!check_properties (checker, &has_properties, &tagged, &anchor))
    {
      g_free (anchor);
      return FALSE;
    }

  return known_after (checker, anchor,
                      check_inline_content (checker, indent, mapping_value, has_properties, tagged));
}

/* Characters YAML readers refuse, or take for line breaks that the page
 * does not have (a CR alone, NEL, LS, PS). */
static const char *
find_bad_character (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || (c == '\r' && p[1] == '\n'))
        continue;

      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
          || c == 0xfffe || c == 0xffff || (c >= 0xd800 && c <= 0xdfff))
        return p;
    }

  return NULL;
}

static void
position_of (const char *text,
             const char *at,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;

  for (const char *p = text; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (*p != '\r')
        {
          (*column)++;
        }
    }
}

gboolean
ladder_front_matter_key_is_valid (const char *key)
{
  static const char * const reserved[] = {
    "y", "n", "yes", "no", "true", "false", "on", "off", "null", NULL
  };

  if (key == NULL || !(g_ascii_isalpha (*key) || *key == '_'))
    return FALSE;

  for (const char *p = key; *p != '\0'; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_' || *p == '-' || *p == '.'))
      return FALSE;

  for (guint i = 0; reserved[i] != NULL; i++)
    if (g_ascii_strcasecmp (key, reserved[i]) == 0)
      return FALSE;

  return TRUE;
}

gboolean
ladder_front_matter_check (const char *yaml,
                           GArray     *key_lines,
                           guint      *line,
                           guint      *column,
                           char       **message)
{
  g_autoptr (GString) text = NULL;
  g_autoptr (GHashTable) anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *bad;
  LadderYamlChecker checker = { 0 };
  int first;

  g_return_val_if_fail (yaml != NULL, FALSE);

  *message = NULL;
  *line = *column = 0;

  if (!g_utf8_validate (yaml, -1, NULL))
    {
      *line = *column = 1;
      *message = g_strdup (_("the front matter is not valid UTF-8"));
      return FALSE;
    }

  /* Hugo ends the front matter at the first line starting with "---". */
  for (const char *p = yaml; p != NULL; p = strchr (p, '\n'))
    {
      if (*p == '\n')
        p++;
      if (g_str_has_prefix (p, "---"))
        {
          position_of (yaml, p, line, column);
          *message = g_strdup (_("a line starting with “---” would end the front matter"));
          return FALSE;
        }
    }

  bad = find_bad_character (yaml);
  if (bad != NULL)
    {
      position_of (yaml, bad, line, column);
      *message = g_strdup_printf (_("the character U+%04X is not allowed in front matter: YAML "
                                    "readers "
                                    "refuse it or take it for a line break"),
                                  g_utf8_get_char (bad));
      return FALSE;
    }

  /* CRLF line breaks are line breaks: they go, keeping every position. */
  text = g_string_sized_new (strlen (yaml) + 1);
  for (const char *p = yaml; *p != '\0'; p++)
    if (*p != '\r')
      g_string_append_c (text, *p);
  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, '\n');

  checker.text = checker.p = checker.counted = text->str;
  checker.anchors = anchors;
  checker.key_lines = key_lines;

  first = ladder_yaml_checker_next_line (&checker);
  if (checker.error == NULL && first > 0)
    ladder_yaml_checker_fail (&checker, checker.p,
                              _("the front matter’s first key must not be indented"));
  else if (checker.error == NULL && first == 0)
    {
      if (check_block_mapping (&checker, 0, TRUE) && ladder_yaml_checker_next_line (&checker) >= 0)
        ladder_yaml_checker_fail (&checker, checker.p, _("expected “key: value”"));
    }

  if (checker.error == NULL)
    return TRUE;

  {
    /* The position in the text as given, with its CRs. */
    guint wanted = (guint) (checker.error_at - text->str);
    const char *at = yaml;

    for (guint seen = 0; *at != '\0' && seen < wanted; at++)
      if (*at != '\r')
        seen++;
    position_of (yaml, at, line, column);
  }

  *message = g_steal_pointer (&checker.error);
  return FALSE;
}
