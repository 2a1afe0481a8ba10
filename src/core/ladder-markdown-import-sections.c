/* ladder-markdown-import-sections.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-import-private.h"

#include "ladder-markdown-blocks.h"

/*
 * The page's sections: the blocks that are not roles, split at headings.
 */

LadderSection *
ladder_import_read_section (Importer *importer,
                            guint     heading,
                            guint     body_end)
{
  Block *block = block_at (importer, heading);
  g_autoptr (LadderSection) section =
    ladder_section_new (ladder_section_kind_for_heading (block->plain), block->plain, block->level);
  g_autofree char *raw = ladder_import_block_text (importer, block);
  g_autofree char *canonical = ladder_block_title_heading (block->level, block->plain);
  LadderOrigin *heading_origin = ladder_section_get_heading_origin (section);

  ladder_origin_set_source (heading_origin, raw, canonical);
  heading_origin->gap = ladder_import_block_gap (importer, block, "\n");

  if (heading + 1 < body_end)
    {
      Block *first = block_at (importer, heading + 1);
      Block *last = block_at (importer, body_end - 1);
      g_autofree char *body = ladder_import_lines_text (importer, first->first, last->last);

      ladder_section_set_body (section, body);
      ladder_section_get_body_origin (section)->gap
          = ladder_import_block_gap (importer, last, "\n");
    }

  return g_steal_pointer (&section);
}

/* Splits blocks from..to (starting at a heading) into sections at every
 * heading of at most @base level. */
void
ladder_import_read_sections (Importer *importer,
                             guint     from,
                             guint     to,
                             int       base)
{
  guint start = from;

  while (start < to)
    {
      guint end = start + 1;

      while (end < to)
        {
          Block *block = block_at (importer, end);

          if (block->type == CMARK_NODE_HEADING && block->level <= base)
            break;
          end++;
        }

      {
        g_autoptr (LadderSection) section = ladder_import_read_section (importer, start, end);

        ladder_family_append_section (importer->family, section);
      }
      start = end;
    }
}
