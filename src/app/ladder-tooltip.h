/* ladder-tooltip.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets @widget's tooltip (and so its accessible description) to @text, as
 * gtk_widget_set_tooltip_text() does, without asking the display server
 * where the pointer is when that cannot change what is shown. */
void ladder_tooltip_set_text (GtkWidget *widget, const char *text);

G_END_DECLS
