/* ladder-yaml-check-block.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-yaml-check-private.h"

#include <glib/gi18n-lib.h>

#include "ladder-front-matter.h"

/* Block collections (mappings and sequences, by indentation) and the nodes
 * that start after their keys and dashes. */

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
gboolean
ladder_yaml_check_block_mapping (LadderYamlChecker *checker,
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
              if (!ladder_yaml_check_block_mapping (checker, column, FALSE))
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
    return ladder_yaml_check_block_mapping (checker, next, FALSE);

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
      return ladder_yaml_check_alias (checker) && ladder_yaml_checker_end_line (checker);

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
      return ladder_yaml_check_flow_collection (checker, indent)
             && ladder_yaml_checker_end_line (checker);

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

  if (!ladder_yaml_check_properties (checker, &has_properties, &tagged, &anchor))
    {
      g_free (anchor);
      return FALSE;
    }

  return ladder_yaml_checker_known_after (
      checker, anchor,
      check_inline_content (checker, indent, mapping_value, has_properties, tagged));
}
