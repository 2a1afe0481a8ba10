/* ladder-markdown-render.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows a handbook page as a reader sees it: libcmark's tree of the page,
 * written into @buffer with text tags for headings, emphasis, code, links,
 * lists and quotes. The front matter is left out, its title shown as the
 * page's heading. No web engine is involved. */
void ladder_markdown_render (GtkTextBuffer *buffer,
                             const char    *markdown,
                             gsize          length);

G_END_DECLS
