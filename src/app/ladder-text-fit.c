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
 * changes, that is when the text or the width changed, and nothing runs
 * while neither changes.
 *
 * It is fitted in the frame that laid the text out, once the frame has
 * allocated sizes: GTK drops a size asked for while sizes are being
 * allocated ("size allocation is god"), but one asked for after, from the
 * frame clock's "layout" signal, makes GDK lay the window out again before
 * it paints (it runs the layout phase again, up to four times). Fitted in
 * the frame after, as before, a role's rows showed one line of their
 * text for a frame, and a row kept from another role the height of that
 * role's bullet.
 */

#define FIT_KEY "ladder-text-fit"

typedef struct
{
  int         min_height;
  GtkWrapMode wrap_mode;
  gboolean    wrapping;
  /* Waiting for the next layout phase: the frame clock's "layout"
   * handler, and a tick callback, which comes at the start of the next
   * frame, for when the text changed outside a frame and nothing lays the
   * window out. */
  GdkFrameClock *clock;
  gulong         layout_handler;
  guint          tick;
} Fit;

static void
stop_waiting_for_layout (Fit *data)
{
  if (data->clock != NULL && data->layout_handler != 0
      && g_signal_handler_is_connected (data->clock, data->layout_handler))
    g_signal_handler_disconnect (data->clock, data->layout_handler);
  data->layout_handler = 0;
  g_clear_object (&data->clock);
}

static void
fit_free (gpointer data)
{
  stop_waiting_for_layout (data);
  g_free (data);
}

/* The height the text takes, laid out as it is now, against the height
 * asked for. */
static gboolean
fits (GtkTextView *text_view, Fit *data, int *wanted)
{
  GtkTextIter end;
  int         y, height, current;

  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (text_view), &end);
  gtk_text_view_get_line_yrange (text_view, &end, &y, &height);
  *wanted = MAX (data->min_height, y + height + gtk_text_view_get_top_margin (text_view)
                                       + gtk_text_view_get_bottom_margin (text_view));

  gtk_widget_get_size_request (GTK_WIDGET (text_view), NULL, &current);
  return *wanted == current;
}

static void
fit (GtkTextView *text_view, Fit *data)
{
  int wanted;

  if (!fits (text_view, data, &wanted))
    gtk_widget_set_size_request (GTK_WIDGET (text_view), -1, wanted);
}

/* The frame in which text views of the clock's window were last fitted
 * from its layout phase. */
#define FITTED_IN_FRAME_KEY "ladder-text-fit-frame"

static gboolean
fitted_in_this_frame (GdkFrameClock *clock)
{
  gint64 *frame = g_object_get_data (G_OBJECT (clock), FITTED_IN_FRAME_KEY);

  return frame != NULL && *frame == gdk_frame_clock_get_frame_counter (clock);
}

static void
on_clock_layout (GdkFrameClock *clock, GtkTextView *text_view)
{
  Fit    *data = g_object_get_data (G_OBJECT (text_view), FIT_KEY);
  gint64 *frame = g_object_get_data (G_OBJECT (clock), FITTED_IN_FRAME_KEY);

  if (frame == NULL)
    {
      frame = g_new (gint64, 1);
      g_object_set_data_full (G_OBJECT (clock), FITTED_IN_FRAME_KEY, frame, g_free);
    }
  *frame = gdk_frame_clock_get_frame_counter (clock);
  stop_waiting_for_layout (data);
  if (data->tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (text_view), data->tick);
      data->tick = 0;
    }
  fit (text_view, data);
}

static gboolean
on_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  Fit *data = g_object_get_data (G_OBJECT (widget), FIT_KEY);

  /* The layout handler, if the frame lays the window out, fits it again
   * once the sizes are allocated. */
  data->tick = 0;
  fit (GTK_TEXT_VIEW (widget), data);

  return G_SOURCE_REMOVE;
}

static void
on_layout_changed (GtkTextView *text_view)
{
  Fit           *data = g_object_get_data (G_OBJECT (text_view), FIT_KEY);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (text_view));

  /* Given a width (during its allocation: the frame lays it out again). */
  if (!data->wrapping
      && gtk_adjustment_get_page_size (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (text_view)))
             > 0)
    {
      data->wrapping = TRUE;
      gtk_text_view_set_wrap_mode (text_view, data->wrap_mode);
    }

  if (data->tick == 0)
    data->tick = gtk_widget_add_tick_callback (GTK_WIDGET (text_view), on_tick, NULL, NULL);

  /* A text view moved to another window waits for that window's layout. */
  if (data->clock != NULL && data->clock != clock)
    stop_waiting_for_layout (data);

  /* Asked again after the window's own layout handler, which allocates
   * the sizes: the layout phase runs once more for it. GDK runs it four
   * times at most in a frame, and warns: not when the text already fits,
   * and once a frame, so that what a fit changes in turn (the form grown
   * taller shows a scroll bar, and its text views narrow) waits for the
   * tick of the next frame. */
  if (clock != NULL && data->layout_handler == 0 && !fitted_in_this_frame (clock))
    {
      int wanted;

      if (fits (text_view, data, &wanted))
        return;
      data->clock = g_object_ref (clock);
      data->layout_handler = g_signal_connect_object (clock, "layout", G_CALLBACK (on_clock_layout),
                                                      text_view, G_CONNECT_AFTER);
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
    }
}

void
ladder_text_fit_height (GtkTextView *text_view, GtkWrapMode wrap_mode, int min_height)
{
  Fit *data = g_new0 (Fit, 1);

  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));

  data->min_height = min_height;
  data->wrap_mode = wrap_mode;
  gtk_text_view_set_wrap_mode (text_view, GTK_WRAP_NONE);
  g_object_set_data_full (G_OBJECT (text_view), FIT_KEY, data, fit_free);

  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (text_view)),
                           "notify::page-size", G_CALLBACK (on_layout_changed), text_view,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view)),
                           "notify::upper", G_CALLBACK (on_layout_changed), text_view,
                           G_CONNECT_SWAPPED);
  on_layout_changed (text_view);
}
