/* ladder-markdown-view.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

/* Makes @view a field of Markdown prose (a family's introduction, a
 * section's text): Markdown highlighting in the style scheme that matches
 * the light or dark style and follows it (both read once the view is first
 * shown), wrapped at words, without line numbers, as tall as its text (at
 * least @min_height), and with no undo of its own (the document's history
 * undoes). */
void ladder_markdown_view_setup (GtkSourceView *view, int min_height);
/* The Markdown the fields highlight (Ladder's own definition), or NULL
 * where it cannot be read. */
GtkSourceLanguage *ladder_markdown_view_get_language (void);
/* Before the first field is made: the style schemes read are the two
 * Ladder uses (ladder-markdown-view.c). */
void ladder_markdown_view_init_schemes (void);

G_END_DECLS
