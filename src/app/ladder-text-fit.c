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
 *
 * The lines wrap only once the text view has a width. Until its first
 * allocation a text view lays its text out one pixel wide, a character
 * per line, and it does lay out the cursor's paragraph before that: when
 * its text is set, and when it is realized (for the input method's cursor
 * location). Shaping a paragraph a character at a time cost hundreds of
 * times shaping it once: realizing the 60 bullets of a role, 159 M
 * instructions of the 520 M its first showing took.
 *
 * A text view keeps its adjustments current even outside a scrolled
 * window: the horizontal page is its width, the vertical upper bound the
 * height of its laid-out text. The height is fitted when one of them
 * changes, that is when the text or the width changed, in the frame after
 * (a size is not requested while sizes are being allocated), and nothing
 * runs while neither changes.
 */

#define FIT_KEY "ladder-text-fit"

typedef struct
{
  int         min_height;
  guint       tick;
  GtkWrapMode wrap_mode;
  gboolean    wrapping;
} Fit;

static gboolean
on_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (widget);
  Fit         *fit = g_object_get_data (G_OBJECT (widget), FIT_KEY);
  GtkTextIter  end;
  int          y, height, wanted, current;

  fit->tick = 0;

  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (text_view), &end);
  gtk_text_view_get_line_yrange (text_view, &end, &y, &height);
  wanted = MAX (fit->min_height, y + height + gtk_text_view_get_top_margin (text_view)
                                     + gtk_text_view_get_bottom_margin (text_view));

  gtk_widget_get_size_request (widget, NULL, &current);
  if (wanted != current)
    gtk_widget_set_size_request (widget, -1, wanted);

  return G_SOURCE_REMOVE;
}

static void
on_layout_changed (GtkTextView *text_view)
{
  Fit *fit = g_object_get_data (G_OBJECT (text_view), FIT_KEY);

  /* Given a width (during its allocation: the frame lays it out again). */
  if (!fit->wrapping
      && gtk_adjustment_get_page_size (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (text_view)))
             > 0)
    {
      fit->wrapping = TRUE;
      gtk_text_view_set_wrap_mode (text_view, fit->wrap_mode);
    }

  if (fit->tick == 0)
    fit->tick = gtk_widget_add_tick_callback (GTK_WIDGET (text_view), on_tick, NULL, NULL);
}

void
ladder_text_fit_height (GtkTextView *text_view, GtkWrapMode wrap_mode, int min_height)
{
  Fit *fit = g_new0 (Fit, 1);

  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));

  fit->min_height = min_height;
  fit->wrap_mode = wrap_mode;
  gtk_text_view_set_wrap_mode (text_view, GTK_WRAP_NONE);
  g_object_set_data_full (G_OBJECT (text_view), FIT_KEY, fit, g_free);

  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (text_view)),
                           "notify::page-size", G_CALLBACK (on_layout_changed), text_view,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view)),
                           "notify::upper", G_CALLBACK (on_layout_changed), text_view,
                           G_CONNECT_SWAPPED);
  on_layout_changed (text_view);
}
