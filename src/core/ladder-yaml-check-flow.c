/* ladder-yaml-check-flow.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-yaml-check-private.h"

#include <glib/gi18n-lib.h>

/* Flow collections ("[a, b]", "{key: value}") and the nodes inside them. */

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

gboolean
ladder_yaml_check_flow_collection (LadderYamlChecker *checker,
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
      return ladder_yaml_check_alias (checker);
    case '"':
      return ladder_yaml_check_double_quoted (checker, indent);
    case '\'':
      return ladder_yaml_check_single_quoted (checker, indent);
    case '[':
    case '{':
      if (tagged)
        return ladder_yaml_checker_fail (checker, checker->p,
                                         _("“!!str” can only be given to text"));
      return ladder_yaml_check_flow_collection (checker, indent);
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

  if (!ladder_yaml_check_properties (checker, &has_properties, &tagged, &anchor))
    {
      g_free (anchor);
      return FALSE;
    }

  return ladder_yaml_checker_known_after (
      checker, anchor, check_flow_content (checker, indent, has_properties, tagged));
}
