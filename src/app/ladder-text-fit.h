/* ladder-text-fit.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes a text view (not in a scrolled window) wrap its lines with
 * @wrap_mode once it has a width, and as tall as its text, at least
 * @min_height. */
void ladder_text_fit_height (GtkTextView *text_view, GtkWrapMode wrap_mode, int min_height);

G_END_DECLS
