/* ladder-text-binding.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Keeps a text buffer and a string property of a model object equal, both
 * ways, for as long as both live (GBinding cannot bind a buffer's text).
 * The buffer's own undo is turned off: the document's history undoes. */
void ladder_text_binding_bind          (GtkTextBuffer *buffer,
                                        GObject       *object,
                                        const char    *property);

/* The same for Markdown typed into @view: text that adds a link or HTML
 * that is not safe to publish (ladder_markdown_check_edit ()) does not
 * reach the model, and the view says why until it is corrected. */
void ladder_text_binding_bind_markdown (GtkTextView   *view,
                                        GObject       *object,
                                        const char    *property);

/* The same for a bullet's Markdown, shown formatted (bold, italic, code,
 * links: ladder-rich-text.h) when it can be shown exactly, else as its
 * Markdown (the view is then monospace and says so). Edits write only
 * what changed (ladder_inline_edit ()). */
void     ladder_text_binding_bind_rich (GtkTextView   *view,
                                        GObject       *object,
                                        const char    *property);
/* Whether the text being inserted into @buffer now is the bound value
 * being shown (when bound, after an undo, …), not an edit. */
gboolean ladder_text_binding_is_showing_value (GtkTextBuffer *buffer);
/* Whether @view shows its text formatted. */
gboolean ladder_text_binding_is_rich   (GtkTextView   *view);

/* Marks @widget as holding text that is refused, with @problem as its
 * tooltip and accessible description; NULL clears it. */
void ladder_text_binding_show_problem  (GtkWidget     *widget,
                                        const char    *problem);

/* Selects in @view the @length bytes at @offset of its text (a checks'
 * problem in a field); nothing where they are not in it. */
void ladder_text_view_select_bytes (GtkTextView *view, int offset, int length);

G_END_DECLS
