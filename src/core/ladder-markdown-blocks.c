/* ladder-markdown-blocks.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-blocks.h"

#include <string.h>

#include "ladder-link.h"
#include "ladder-markdown-text.h"

static void
append_hashes (GString *out, int level)
{
  for (int i = 0; i < CLAMP (level, 1, 6); i++)
    g_string_append_c (out, '#');
}

char *
ladder_block_heading (int level, const char *prefix_title, const char *label_markdown)
{
  GString *out = g_string_new (NULL);

  append_hashes (out, level);
  g_string_append_c (out, ' ');

  if (prefix_title != NULL && *prefix_title != '\0')
    {
      ladder_markdown_append_escaped (out, prefix_title);
      g_string_append_c (out, ' ');
    }

  g_string_append (out, label_markdown);

  return g_string_free (out, FALSE);
}

char *
ladder_block_title_heading (int level, const char *title)
{
  GString *out = g_string_new (NULL);

  append_hashes (out, level);
  if (title != NULL && *title != '\0')
    {
      g_string_append_c (out, ' ');
      ladder_markdown_append_escaped (out, title);
    }

  return g_string_free (out, FALSE);
}

char *
ladder_block_manager (const char *reports_to, const char *link)
{
  GString *out = g_string_new (NULL);

  /* A link that is not allowed is not written: the name stays. */
  if (link != NULL && *link != '\0' && ladder_link_is_allowed (link))
    {
      g_string_append_c (out, '[');
      ladder_markdown_append_escaped (out, reports_to);
      g_string_append (out, "](");
      ladder_markdown_append_link_destination (out, link);
      g_string_append_c (out, ')');
    }
  else
    {
      ladder_markdown_append_escaped (out, reports_to);
    }

  return g_string_free (out, FALSE);
}

char *
ladder_block_reports_to (const char *title, const char *manager_markdown)
{
  GString *out = g_string_new ("The ");

  ladder_markdown_append_escaped (out, title);
  g_string_append (out, " reports to the ");
  g_string_append (out, manager_markdown);
  g_string_append_c (out, '.');

  return g_string_free (out, FALSE);
}

char *
ladder_block_grade_value (int grade)
{
  return g_strdup_printf ("%d", grade);
}

char *
ladder_block_grade (const char *title, const char *grade_markdown, const char *link)
{
  GString *out = g_string_new ("The ");

  ladder_markdown_append_escaped (out, title);

  if (link != NULL && *link != '\0' && ladder_link_is_allowed (link))
    {
      g_string_append (out, " is a [grade ");
      g_string_append (out, grade_markdown);
      g_string_append (out, "](");
      ladder_markdown_append_link_destination (out, link);
      g_string_append (out, ").");
    }
  else
    {
      g_string_append (out, " is a grade ");
      g_string_append (out, grade_markdown);
      g_string_append_c (out, '.');
    }

  return g_string_free (out, FALSE);
}

/* Continuation lines are indented under the bullet's text, so that nested
 * bullets and further paragraphs stay inside the bullet. Appended to @out:
 * the exporter writes most bullets straight into the page. */
void
ladder_block_append_bullet (GString *out, const char *marker, const char *text)
{
  gsize       marker_length = strlen (marker);
  gsize       indent = marker_length + 1;
  const char *line = text;

  g_string_append_len (out, marker, (gssize) marker_length);
  if (text == NULL || *text == '\0')
    return;

  g_string_append_c (out, ' ');

  for (;;)
    {
      const char *end = strchr (line, '\n');
      gsize       length = end != NULL ? (gsize) (end - line) : strlen (line);

      if (line != text && length > 0)
        for (gsize i = 0; i < indent; i++)
          g_string_append_c (out, ' ');

      g_string_append_len (out, line, (gssize) length);

      if (end == NULL)
        break;

      g_string_append_c (out, '\n');
      line = end + 1;
    }
}

char *
ladder_block_bullet (const char *marker, const char *text)
{
  /* Room for the usual bullet, of one line, at once. */
  GString *out = g_string_sized_new (strlen (marker) + 2 + (text != NULL ? strlen (text) : 0));

  ladder_block_append_bullet (out, marker, text);
  return g_string_free (out, FALSE);
}

char *
ladder_block_extends (const char *marker, const char *extends, LadderSlotKind list)
{
  g_autoptr (GString) value = g_string_new (NULL);

  ladder_markdown_append_escaped (value, extends);
  return ladder_block_extends_markdown (marker, value->str, list);
}

/* The same, with the role's title already written as Markdown (or
 * LADDER_VALUE_PLACEHOLDER for it). */
char *
ladder_block_extends_markdown (const char    *marker,
                               const char    *extends_markdown,
                               LadderSlotKind list)
{
  GString *out = g_string_new (marker);

  g_string_append (out, " Extends that of the ");
  g_string_append (out, extends_markdown);
  g_string_append (out, list == LADDER_SLOT_REQUIREMENTS ? " requirements" : " responsibilities");

  return g_string_free (out, FALSE);
}

/* The anchor Hugo gives a heading of @title (its "github" style): letters
 * and digits in lower case, a space as '-', '-' and '_' kept, the rest left
 * out. */
char *
ladder_block_heading_anchor (const char *title)
{
  g_autofree char *lower = g_utf8_strdown (title, -1);
  GString         *anchor = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == '-' || c == '_')
        g_string_append_unichar (anchor, c);
      else if (c == ' ')
        g_string_append_c (anchor, '-');
    }

  return g_string_free (anchor, FALSE);
}

/* How an "Extends" line names the role titled @title: as Markdown text, or
 * as the text and in-page destination of a link to its heading
 * ("Title](#title"), the part of the line a rename writes anew. */
char *
ladder_block_extends_name (const char *title, gboolean linked)
{
  GString *name = g_string_new (NULL);

  ladder_markdown_append_escaped (name, title);
  if (linked)
    {
      g_autofree char *anchor = ladder_block_heading_anchor (title);

      g_string_append (name, "](#");
      g_string_append (name, anchor);
    }

  return g_string_free (name, FALSE);
}

int
ladder_block_subheading_level (int role_level)
{
  return role_level > 0 ? MIN (role_level + 1, 6) : 2;
}
