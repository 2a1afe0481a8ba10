/* ladder-markdown-import-blocks.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-import-private.h"

#include <string.h>

/*
 * The page cut into lines and top-level blocks, every line in exactly one
 * block or gap, and the text of lines, blocks and gaps; what kind of part
 * heading a heading is.
 */

/* Lines first..last joined, without the last newline. */
char *
ladder_import_lines_text (Importer *importer,
                          guint     first,
                          guint     last)
{
  gsize start = g_array_index (importer->starts, gsize, first);
  gsize end = g_array_index (importer->starts, gsize, last) + line_length (importer, last);

  return g_strndup (importer->data + start, end - start);
}

/* Lines first..end-1, each with its newline: a gap. NULL when @default_gap
 * says the same. */
char *
ladder_import_gap_text (Importer   *importer,
                        guint       first,
                        guint       end,
                        const char *default_gap)
{
  GString *gap;
  gboolean all_empty = TRUE;

  /* Most gaps are the default: one empty line, or none. */
  for (guint line = first; line < end && all_empty; line++)
    all_empty = line_length (importer, line) == 0;

  if (all_empty && strlen (default_gap) == end - first)
    return NULL;

  gap = g_string_new (NULL);
  for (guint line = first; line < end; line++)
    {
      g_string_append_len (gap, line_start (importer, line), line_length (importer, line));
      g_string_append_c (gap, '\n');
    }

  return g_string_free (gap, FALSE);
}

char *
ladder_import_block_text (Importer *importer,
                          Block    *block)
{
  return ladder_import_lines_text (importer, block->first, block->last);
}

char *
ladder_import_block_gap (Importer   *importer,
                         Block      *block,
                         const char *default_gap)
{
  /* After the page's last block come the page's final blank lines. */
  if (block == importer->last_block)
    return NULL;

  return ladder_import_gap_text (importer, block->last + 1, block->gap_end, default_gap);
}

/* Plain text of inline content, as a reader sees it. Iterative, so deeply
 * nested emphasis cannot exhaust the stack. */
static char *
plain_text (cmark_node *node)
{
  GString *text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (node);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *current = cmark_iter_get_node (iter);

      if (event != CMARK_EVENT_ENTER)
        continue;

      switch (cmark_node_get_type (current))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
          g_string_append (text, cmark_node_get_literal (current));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (text, '\n');
          break;
        default:
          break;
        }
    }

  cmark_iter_free (iter);
  return g_string_free (text, FALSE);
}

static gboolean
ends_with_word (const char *lower,
                const char *word)
{
  gsize length = strlen (lower);
  gsize word_length = strlen (word);

  if (length < word_length || strcmp (lower + length - word_length, word) != 0)
    return FALSE;

  return length == word_length || lower[length - word_length - 1] == ' ';
}

/* The label a part heading ends with ("Job Grade", "Responsibilities"), as
 * long as it is in the heading's own spelling. */
PartKind
ladder_import_classify_part (const char *plain,
                             gsize      *label_length)
{
  g_autofree char *lower = g_ascii_strdown (plain, -1);
  gsize length;
  static const struct {
    const char *word;
    PartKind    kind;
  } labels[] = {
    { "job grade", PART_GRADE },
    { "grade", PART_GRADE },
    { "job grades", PART_GRADE },
    /* The current handbook guidelines' name for the grade. */
    { "job level", PART_GRADE },
    { "responsibilities", PART_RESPONSIBILITIES },
    { "requirements", PART_REQUIREMENTS },
    { "what you'll do", PART_RESPONSIBILITIES },
    { "what you’ll do", PART_RESPONSIBILITIES },
    { "what you'll bring", PART_REQUIREMENTS },
    { "what you’ll bring", PART_REQUIREMENTS },
  };

  g_strstrip (lower);
  length = strlen (lower);
  while (length > 0 && lower[length - 1] == ':')
    lower[--length] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (ends_with_word (lower, labels[i].word))
        {
          if (label_length != NULL)
            *label_length = strlen (labels[i].word);
          return labels[i].kind;
        }
    }

  return PART_NONE;
}

gboolean
ladder_markdown_heading_names_part (const char *heading)
{
  return heading != NULL && ladder_import_classify_part (heading, NULL) != PART_NONE;
}

LadderSlotKind
ladder_import_heading_slot_for (PartKind part)
{
  switch (part)
    {
    case PART_GRADE:
      return LADDER_SLOT_GRADE_HEADING;
    case PART_RESPONSIBILITIES:
      return LADDER_SLOT_RESPONSIBILITIES_HEADING;
    case PART_REQUIREMENTS:
      return LADDER_SLOT_REQUIREMENTS_HEADING;
    case PART_NONE:
    default:
      return LADDER_SLOT_TEXT;
    }
}

void
ladder_import_split_lines (Importer *importer)
{
  gsize offset = 0;

  importer->starts = g_array_new (FALSE, FALSE, sizeof (gsize));

  while (offset < importer->length)
    {
      const char *newline = memchr (importer->data + offset, '\n', importer->length - offset);

      g_array_append_val (importer->starts, offset);
      offset = newline != NULL ? (gsize) (newline - importer->data) + 1 : importer->length;
    }

  importer->n_lines = importer->starts->len;
  g_array_append_val (importer->starts, importer->length);
}

/* cmark ends a line at a carriage return too, the importer only at a line
 * feed (a CR before one stays part of its line). So that both count the
 * same lines, cmark sees a lone CR as a space; what the importer keeps are
 * the page's own bytes. */
cmark_node *
ladder_import_parse_body (LadderCmarkArena **arena,
                          const char        *text,
                          gsize              length)
{
  const char *cr = memchr (text, '\r', length);
  g_autofree char *copy = NULL;

  if (cr == NULL)
    return ladder_cmark_arena_parse (arena, text, length, CMARK_OPT_SOURCEPOS);

  copy = g_memdup2 (text, length);
  for (gsize i = (gsize) (cr - text); i < length; i++)
    if (copy[i] == '\r' && (i + 1 == length || copy[i + 1] != '\n'))
      copy[i] = ' ';

  return ladder_cmark_arena_parse (arena, copy, length, CMARK_OPT_SOURCEPOS);
}

/* Gives every top-level block its lines and gap. */
void
ladder_import_collect_blocks (Importer   *importer,
                              cmark_node *document,
                              guint       body)
{
  guint n_blocks;

  importer->blocks = g_array_new (FALSE, TRUE, sizeof (Block));

  for (cmark_node *node = document != NULL ? cmark_node_first_child (document) : NULL;
       node != NULL;
       node = cmark_node_next (node))
    {
      Block block = { 0 };
      int start = cmark_node_get_start_line (node);

      block.node = node;
      block.type = cmark_node_get_type (node);
      block.first = body + (guint) MAX (start, 1) - 1;
      block.parent = -1;

      /* Lines before the first block that cmark made nothing of (link
       * reference definitions) belong to it. */
      if (importer->blocks->len == 0)
        block.first = body;

      if (block.first >= importer->n_lines)
        break;

      if (importer->blocks->len > 0 && block.first <= block_at (importer, importer->blocks->len - 1)->first)
        continue;

      g_array_append_val (importer->blocks, block);
    }

  /* A body that cmark made no block of (link reference definitions
   * alone), or did not parse, is still kept: as one block of text. */
  if (importer->blocks->len == 0 && body < importer->n_lines)
    {
      Block block = { .type = CMARK_NODE_HTML_BLOCK, .first = body, .parent = -1 };

      g_array_append_val (importer->blocks, block);
    }

  n_blocks = importer->blocks->len;
  for (guint i = 0; i < n_blocks; i++)
    {
      Block *block = block_at (importer, i);
      guint end = i + 1 < n_blocks ? block_at (importer, i + 1)->first : importer->n_lines;
      guint last = end;

      while (last > block->first + 1 && line_is_blank (importer, last - 1))
        last--;

      block->last = last - 1;
      block->gap_end = end;

      if (block->type == CMARK_NODE_HEADING)
        {
          block->level = cmark_node_get_heading_level (block->node);
          block->plain = plain_text (block->node);
          g_strstrip (block->plain);
          block->part = ladder_import_classify_part (block->plain, NULL);
        }
    }

  /* Each heading's enclosing heading, and how far its range reaches: the
   * open headings, of rising levels, on a stack (at most six), so that a
   * page of many headings takes no longer than their number. */
  {
    guint open[7];
    guint n_open = 0;

    for (guint i = 0; i < n_blocks; i++)
      {
        Block *block = block_at (importer, i);

        if (block->type != CMARK_NODE_HEADING)
          continue;

        /* This heading ends the range of every open one not above it. */
        while (n_open > 0 && block_at (importer, open[n_open - 1])->level >= block->level)
          block_at (importer, open[--n_open])->range_end = i;

        block->parent = n_open > 0 ? (int) open[n_open - 1] : -1;
        block->range_end = n_blocks;
        g_assert (n_open < G_N_ELEMENTS (open));
        open[n_open++] = i;
      }
  }
}
