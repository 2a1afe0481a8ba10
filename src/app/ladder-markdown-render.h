/* ladder-markdown-render.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GtkTextView lays out each line (paragraph) whole, in time that grows
 * faster than its length: a line of 100,000 characters without a space
 * takes seconds, one of a megabyte minutes. So no line it is given to show
 * is longer than this; the handbook's longest is 1,455 characters. */
#define LADDER_MARKDOWN_RENDER_MAX_LINE 4096

/* Shows a handbook page as a reader sees it: libcmark's tree of the page,
 * written into @buffer with text tags for headings, emphasis, code, links,
 * lists and quotes. The front matter is left out, its title shown as the
 * page's heading. No web engine is involved. A page libcmark would take
 * too long or too much memory to read (the importer's bound) is shown as
 * its Markdown text instead: then it returns FALSE. */
gboolean ladder_markdown_render         (GtkTextBuffer *buffer,
                                         const char    *markdown,
                                         gsize          length);

/* Where a block of the page (a heading, a paragraph, a list item) starts:
 * its first line in the page (from 0) and its offset in the buffer. */
typedef struct
{
  guint line;
  int   offset;
} LadderRenderAnchor;

/* The same, adding a LadderRenderAnchor to @anchors for each block, in
 * page order. */
gboolean ladder_markdown_render_mapped  (GtkTextBuffer *buffer,
                                         const char    *markdown,
                                         gsize          length,
                                         GArray        *anchors);
GString *ladder_markdown_cut_long_lines (const char    *text,
                                         gsize          length);

G_END_DECLS
