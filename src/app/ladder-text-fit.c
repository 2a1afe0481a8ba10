/* ladder-text-fit.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-text-fit.h"

/*
 * GTK 4.8's text view does not measure its height for the width it is
 * given, so a wrapping text view in a row is cut after its first lines.
 * Once its lines are laid out at the real width, this asks for the height
 * they take.
 */

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (widget);
  int min_height = GPOINTER_TO_INT (user_data);
  GtkTextIter end;
  int y, height, wanted, current;

  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (text_view), &end);
  gtk_text_view_get_line_yrange (text_view, &end, &y, &height);
  wanted = MAX (min_height, y + height + gtk_text_view_get_top_margin (text_view)
                                       + gtk_text_view_get_bottom_margin (text_view));

  gtk_widget_get_size_request (widget, NULL, &current);
  if (wanted != current)
    gtk_widget_set_size_request (widget, -1, wanted);

  return G_SOURCE_CONTINUE;
}

void
ladder_text_fit_height (GtkTextView *text_view,
                        int          min_height)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));

  gtk_widget_add_tick_callback (GTK_WIDGET (text_view), on_tick, GINT_TO_POINTER (min_height), NULL);
}
