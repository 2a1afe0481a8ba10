/* ladder-front-matter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-front-matter.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-yaml.h"

/* A family's front matter as a whole, and which of its values can be
 * edited; the YAML itself is checked in ladder-yaml-check.c. */

static gboolean
is_blank_or_comment (const char *line)
{
  while (*line == ' ' || *line == '\t')
    line++;

  return *line == '\0' || *line == '#' || g_str_equal (line, "\r");
}

gboolean
ladder_front_matter_check_family (LadderFamily  *family,
                                  guint         *entry,
                                  guint         *line,
                                  guint         *column,
                                  char         **message)
{
  guint n_entries = ladder_family_get_n_front_matter (family);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) key_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *problem = NULL;
  guint current = 1;
  guint next_key = 0;

  g_return_val_if_fail (LADDER_IS_FAMILY (family), FALSE);

  *entry = 0;
  *line = 0;
  *column = 1;
  *message = NULL;

  for (guint i = 0; i < n_entries; i++)
    {
      const char *key = ladder_family_get_front_matter_key (family, i);
      const char *yaml = ladder_family_get_front_matter_yaml (family, i);

      g_array_append_val (starts, current);

      if (key == NULL && (strchr (yaml, '\n') != NULL || !is_blank_or_comment (yaml)))
        {
          *entry = i;
          *line = current;
          *message = g_strdup (_("a line of the front matter without a key may only be a comment"));
          return FALSE;
        }

      if (key != NULL && !ladder_front_matter_key_is_valid (key))
        {
          *entry = i;
          *line = current;
          *message = g_strdup_printf (_("“%s” cannot be a front matter key: use letters, digits, “_”, “-” "
                                        "and “.”, starting with a letter"),
                                      key);
          return FALSE;
        }

      if (key != NULL)
        {
          g_string_append (text, key);
          g_string_append_c (text, ':');
        }
      g_string_append (text, yaml);
      g_string_append_c (text, '\n');

      for (const char *p = yaml; *p != '\0'; p++)
        current += *p == '\n';
      current++;
    }

  if (!ladder_front_matter_check (text->str, key_lines, line, column, &problem))
    {
      guint i = 0;

      while (i + 1 < n_entries && g_array_index (starts, guint, i + 1) <= *line)
        i++;
      *entry = i;

      if (ladder_family_get_front_matter_key (family, i) != NULL)
        /* TRANSLATORS: the first %s is a front matter key, the second what is wrong with its value */
        *message = g_strdup_printf (_("front matter “%s”: %s"), ladder_family_get_front_matter_key (family, i),
                                    problem);
      else
        *message = g_steal_pointer (&problem);
      return FALSE;
    }

  /* Each entry with a key is one key of the mapping, and no other line
   * starts one: a value cannot hide a key in its lines. */
  for (guint i = 0; i < n_entries; i++)
    {
      const char *key = ladder_family_get_front_matter_key (family, i);
      guint start = g_array_index (starts, guint, i);

      if (key == NULL)
        continue;

      if (next_key >= key_lines->len || g_array_index (key_lines, guint, next_key) != start)
        {
          *entry = i;
          *line = start;
          *message = g_strdup_printf (_("front matter “%s”: the value above does not end before this "
                                        "line, so YAML reads no key here"),
                                      key);
          return FALSE;
        }

      if (next_key + 1 < key_lines->len
          && (i + 1 == n_entries
              || g_array_index (key_lines, guint, next_key + 1) < g_array_index (starts, guint, i + 1)))
        {
          *entry = i;
          *line = start;
          *message = g_strdup_printf (_("front matter “%s”: the value holds another key"), key);
          return FALSE;
        }

      next_key++;
    }

  if (next_key != key_lines->len)
    {
      *entry = n_entries > 0 ? n_entries - 1 : 0;
      *line = g_array_index (key_lines, guint, next_key);
      *message = g_strdup (_("the front matter holds a key in a line that is not its own"));
      return FALSE;
    }

  return TRUE;
}

char *
ladder_front_matter_dup_read_only_reason (const char *key,
                                          const char *yaml)
{
  g_autofree char *value = NULL;
  const char *p;

  if (yaml == NULL)
    return NULL;

  value = ladder_yaml_decode_scalar (yaml);
  if (value != NULL)
    return NULL;

  /* The value's first text, past blanks and comments. */
  for (p = yaml;;)
    {
      while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
      if (*p != '#')
        break;
      p += strcspn (p, "\n");
    }

  /* Nothing, or only a comment: a value can be given. */
  if (*p == '\0')
    return NULL;

  if (*p == '[' || *p == '-')
    /* TRANSLATORS: %s is a front matter key such as "title" */
    return g_strdup_printf (_("The page gives “%s” as a list; change it in the page itself."), key);

  if (*p == '{' || strchr (p, ':') != NULL)
    return g_strdup_printf (_("The page gives “%s” as a set of keys; change it in the page itself."), key);

  if (*p == '&' || *p == '*' || *p == '!')
    return g_strdup_printf (_("The page gives “%s” with a YAML anchor, alias or tag, which Ladder "
                              "would lose; change it in the page itself."),
                            key);

  return g_strdup_printf (_("Ladder cannot read the page’s “%s” as text; change it in the page itself."),
                          key);
}
