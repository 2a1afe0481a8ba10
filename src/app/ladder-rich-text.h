/* ladder-rich-text.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-inline.h"

G_BEGIN_DECLS

/* A text buffer that shows styled runs (ladder-inline.h) with tags: bold,
 * italic, code, and a tag per link holding its URL. Text typed takes the
 * style of the text before it (a link's only inside the link). */
void       ladder_rich_text_init             (GtkTextBuffer     *buffer);
void       ladder_rich_text_set_spans        (GtkTextBuffer     *buffer,
                                              GPtrArray         *spans);
GPtrArray *ladder_rich_text_get_spans        (GtkTextBuffer     *buffer,
                                              const GtkTextIter *start,
                                              const GtkTextIter *end);

/* Bold, italic or code over the selection: set, or taken off where the
 * whole selection has it. Without a selection, for the text typed next. */
void       ladder_rich_text_toggle_style     (GtkTextBuffer     *buffer,
                                              LadderInlineStyle  style);
LadderInlineStyle ladder_rich_text_get_style (GtkTextBuffer     *buffer,
                                              const GtkTextIter *iter);

/* The URL of the link at @iter (or just before it), and its bounds. */
char      *ladder_rich_text_get_link         (GtkTextBuffer     *buffer,
                                              const GtkTextIter *iter,
                                              GtkTextIter       *start,
                                              GtkTextIter       *end);
/* Makes [@start, @end) a link to @url, or no link when @url is NULL. */
void       ladder_rich_text_set_link         (GtkTextBuffer     *buffer,
                                              const GtkTextIter *start,
                                              const GtkTextIter *end,
                                              const char        *url);

G_END_DECLS
