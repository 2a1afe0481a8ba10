/* ladder-markdown-import-front-matter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-import-private.h"

#include <string.h>

#include "ladder-yaml.h"

/*
 * The front matter, split off by hand (it is YAML, not Markdown): one
 * entry a key with its continuation lines, comments and blank lines kept
 * at their places.
 */

static gboolean
is_delimiter_line (Importer *importer,
                   guint     line)
{
  const char *p = line_start (importer, line);
  gsize length = line_length (importer, line);

  if (length < 3 || strncmp (p, "---", 3) != 0)
    return FALSE;

  for (gsize i = 3; i < length; i++)
    if (p[i] != ' ' && p[i] != '\t')
      return FALSE;

  return TRUE;
}

static gboolean
is_key_line (const char *line,
             gsize       length,
             gsize      *key_length)
{
  gsize i = 0;

  if (length == 0 || !(g_ascii_isalnum (line[0]) || line[0] == '_'))
    return FALSE;

  while (i < length && (g_ascii_isalnum (line[i]) || line[i] == '_' || line[i] == '-' || line[i] == '.'))
    i++;

  if (i >= length || line[i] != ':')
    return FALSE;

  *key_length = i;
  return TRUE;
}

/* Adds the entry being read, then the blank and comment lines from @first
 * up to @end, which turned out not to belong to it. */
static void
flush_front_matter_entry (Importer  *importer,
                          char     **key,
                          GString  **yaml,
                          guint      first,
                          guint      end)
{
  ladder_family_append_front_matter_yaml (importer->family, *key, (*yaml)->str);
  g_clear_pointer (key, g_free);
  g_string_free (g_steal_pointer (yaml), TRUE);

  for (guint line = first; line < end; line++)
    {
      g_autofree char *verbatim = ladder_import_lines_text (importer, line, line);

      ladder_family_append_front_matter_yaml (importer->family, NULL, verbatim);
    }
}

/* Returns the first line of the body. */
guint
ladder_import_front_matter (Importer *importer)
{
  LadderFamilyLayout *layout = ladder_family_get_layout (importer->family);
  g_autofree char *pending_key = NULL;
  g_autoptr (GString) pending_yaml = NULL;
  guint close = 0;
  guint held = 0;
  LadderYamlOpen open_state = { 0 };
  gboolean open = FALSE;
  guint body;

  if (importer->n_lines == 0 || !is_delimiter_line (importer, 0))
    {
      layout->has_front_matter = FALSE;
      return 0;
    }

  /* Hugo ends the front matter at the first line that starts with "---",
   * whatever follows; and the Ladder file format keeps such a line out of
   * the front matter's YAML. */
  for (guint line = 1; line < importer->n_lines; line++)
    {
      if (line_length (importer, line) >= 3 && strncmp (line_start (importer, line), "---", 3) == 0)
        {
          close = line;
          break;
        }
    }

  if (close == 0)
    {
      layout->has_front_matter = FALSE;
      return 0;
    }

  layout->has_front_matter = TRUE;
  if (line_length (importer, 0) != 3)
    layout->front_matter_open = ladder_import_lines_text (importer, 0, 0);
  if (line_length (importer, close) != 3)
    layout->front_matter_close = ladder_import_lines_text (importer, close, close);

  for (guint line = 1; line < close; line++)
    {
      const char *text = line_start (importer, line);
      gsize length = line_length (importer, line);
      gsize key_length = 0;

      if (pending_yaml != NULL)
        {
          gboolean blank = line_is_blank (importer, line);

          /* A continuation of the entry above: a list, a folded value, a
           * quoted value going on at the margin. Blank lines and comments
           * between its lines belong to it too. */
          if (open || (!blank && (text[0] == ' ' || text[0] == '\t' || text[0] == '-')))
            {
              for (guint i = line - held; i <= line; i++)
                {
                  g_string_append_c (pending_yaml, '\n');
                  g_string_append_len (pending_yaml, line_start (importer, i), line_length (importer, i));
                  open = ladder_yaml_open_feed (&open_state, line_start (importer, i), line_length (importer, i));
                }
              held = 0;
              continue;
            }

          if (blank || text[0] == '#')
            {
              held++;
              continue;
            }

          flush_front_matter_entry (importer, &pending_key, &pending_yaml, line - held, line);
          held = 0;
        }

      if (is_key_line (text, length, &key_length))
        {
          pending_key = g_strndup (text, key_length);
          pending_yaml = g_string_new_len (text + key_length + 1, length - key_length - 1);
          open_state = (LadderYamlOpen) { 0 };
          open = ladder_yaml_open_feed (&open_state, pending_yaml->str, pending_yaml->len);
        }
      else
        {
          /* A comment or a blank line: kept as it is, at its place. */
          g_autofree char *verbatim = g_strndup (text, length);

          ladder_family_append_front_matter_yaml (importer->family, NULL, verbatim);
        }
    }

  if (pending_yaml != NULL)
    flush_front_matter_entry (importer, &pending_key, &pending_yaml, close - held, close);

  body = close + 1;
  while (body < importer->n_lines && line_is_blank (importer, body))
    body++;

  /* With nothing after them, the blank lines end the page. */
  if (body < importer->n_lines)
    layout->front_matter.gap = ladder_import_gap_text (importer, close + 1, body, "\n");
  else
    layout->final_gap = ladder_import_gap_text (importer, close + 1, body, "");

  return body;
}

/* Front matter entries as ladder_import_front_matter() makes them: one per line,
 * with its continuation lines. */
guint
ladder_import_count_front_matter_entries (Importer *importer)
{
  guint count = 0;

  if (importer->n_lines == 0 || !is_delimiter_line (importer, 0))
    return 0;

  for (guint line = 1; line < importer->n_lines; line++)
    {
      const char *text = line_start (importer, line);
      gsize length = line_length (importer, line);

      if (length >= 3 && strncmp (text, "---", 3) == 0)
        return count;
      if (count == 0 || length == 0 || (text[0] != ' ' && text[0] != '\t' && text[0] != '-'))
        count++;
    }

  /* Never closed: not front matter. */
  return 0;
}
