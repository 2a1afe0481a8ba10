/* ladder-scroll.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Gives @widget the focus without moving the form it is in, then scrolls
 * the form just enough to show @widget's row once the frame has laid it
 * out (see ladder-scroll.c). */
void ladder_scroll_grab_focus_in_sight (GtkWidget *widget);
/* Scrolls the form @widget is in just enough to show @widget's row, once
 * the frame has laid it out, and as long as the row settles: for a
 * widget given the focus by other means (a form just shown for another
 * role, a problem's field). Does nothing for NULL or outside a form. */
void ladder_scroll_into_sight (GtkWidget *widget);

G_END_DECLS
