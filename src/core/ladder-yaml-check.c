/* ladder-yaml-check.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-front-matter.h"
#include "ladder-yaml-check-private.h"

#include <glib/gi18n-lib.h>

/* The whole front matter: ladder_front_matter_check () and its entry
 * checks (see ladder-yaml-check-private.h for the checker's parts). */

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
      if (ladder_yaml_check_block_mapping (&checker, 0, TRUE)
          && ladder_yaml_checker_next_line (&checker) >= 0)
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
