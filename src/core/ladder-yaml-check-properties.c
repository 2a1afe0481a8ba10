/* ladder-yaml-check-properties.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-yaml-check-private.h"

#include <glib/gi18n-lib.h>

/* Node properties (anchors and the one tag Ladder accepts) and the aliases
 * that refer to anchors above them. */

/* Anchors and the one tag Ladder accepts, at most one of each. The anchor
 * is returned, to be known once its node ends: a node cannot refer to
 * itself. */
gboolean
ladder_yaml_check_properties (LadderYamlChecker *checker,
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

gboolean
ladder_yaml_checker_known_after (LadderYamlChecker *checker,
                                 char              *anchor,
                                 gboolean          valid)
{
  if (valid && anchor != NULL)
    g_hash_table_add (checker->anchors, anchor);
  else
    g_free (anchor);

  return valid;
}

gboolean
ladder_yaml_check_alias (LadderYamlChecker *checker)
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
