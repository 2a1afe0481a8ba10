/* ladder-scroll.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-scroll.h"

/*
 * The focus given to a field stays in sight, and the form does not jump.
 * A form's GtkViewport scrolls to the widget that takes the focus, at
 * once, by where that widget is laid out. A bullet's row Enter has just
 * made (or one the list made anew after it), or any field of a form just
 * shown for another role, is not laid out yet: the viewport took it for
 * where its row was last laid out and scrolled there. Typing at the bottom
 * of a long list, a person saw the form jump up and the new bullet go out
 * of sight below; a search result or a problem in the last requirement of
 * a long role left the bullet with the focus thousands of pixels below
 * the view. So once the frame has laid the row out, the form scrolls just
 * enough to show it, as a word processor does, and follows it over the
 * next frames while it settles: a text view fitted to its text finds its
 * height in an idle moment after the first frame, and grows its row.
 *
 * Once settled, the row keeps its place in the view for as long as it has
 * the focus and nobody scrolls: the handbook checks that run after an
 * edit add or take away their notes above it (a role's marks, another
 * bullet's), which pushed the row being typed in down out of sight.
 *
 * One row is followed per form: a newer focus replaces the one followed.
 */

/* Frames a row is followed at most, about a third of a second. */
#define MAX_FRAMES 20

typedef struct
{
  GtkWidget      *viewport; /* the form's, which holds this (not a reference) */
  GtkWidget      *row;      /* weak */
  GdkFrameClock  *clock;    /* weak */
  graphene_rect_t last;     /* the row's bounds in the form's content */
  guint           frames;
  /* Settled: where the row stands in the view, and the form's scroll
   * position as last set here. */
  gboolean anchored;
  double   anchor_y;
  double   anchor_value;
} Sighting;

static GQuark
sighting_quark (void)
{
  return g_quark_from_static_string ("ladder-scroll-sighting");
}

static void
sighting_free (gpointer data)
{
  Sighting *sighting = data;

  if (sighting->clock != NULL)
    g_signal_handlers_disconnect_by_data (sighting->clock, sighting);
  g_clear_weak_pointer (&sighting->clock);
  g_clear_weak_pointer (&sighting->row);
  g_free (sighting);
}

static void
stop_sighting (Sighting *sighting)
{
  /* Frees it. */
  g_object_set_qdata (G_OBJECT (sighting->viewport), sighting_quark (), NULL);
}

/* Whether the row is in the form and laid out: a bullet's row taken out
 * of its list (kept for another role) is not followed. */
static gboolean
row_shown (Sighting *sighting)
{
  return sighting->row != NULL && gtk_widget_is_ancestor (sighting->row, sighting->viewport)
         && gtk_widget_get_height (sighting->row) > 0;
}

/* From the frame clock's "layout", after the window's own handler has
 * allocated the sizes: the row is where it is painted. Run again in each
 * round of the layout phase (a scroll or a row grown asks for one), until
 * the frame is painted. */
static gboolean
row_has_focus (Sighting *sighting)
{
  GtkRoot   *root = gtk_widget_get_root (sighting->row);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == sighting->row || gtk_widget_is_ancestor (focus, sighting->row));
}

/* The settled row, moved by what changed above it, goes back to its place
 * in the view. */
static void
keep_anchor (Sighting *sighting)
{
  GtkAdjustment  *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (sighting->viewport));
  graphene_rect_t bounds;

  if (!row_shown (sighting) || !row_has_focus (sighting)
      || gtk_adjustment_get_value (adjustment) != sighting->anchor_value
      || !gtk_widget_compute_bounds (sighting->row, sighting->viewport, &bounds))
    {
      /* Gone, left, or scrolled by the person or to another focus. */
      stop_sighting (sighting);
      return;
    }

  if (bounds.origin.y != sighting->anchor_y)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + bounds.origin.y
                                                - sighting->anchor_y);
      sighting->anchor_value = gtk_adjustment_get_value (adjustment);
    }
}

static void
on_layout (GdkFrameClock *clock, Sighting *sighting)
{
  GtkAdjustment  *adjustment;
  graphene_rect_t bounds;
  double          value, page_size;

  if (sighting->anchored)
    {
      keep_anchor (sighting);
      return;
    }

  if (!row_shown (sighting)
      || !gtk_widget_compute_bounds (sighting->row, sighting->viewport, &bounds))
    return;

  /* As the viewport scrolls to a focus: the least that shows the row
   * (its top, where it is taller than the view). */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (sighting->viewport));
  value = gtk_adjustment_get_value (adjustment);
  page_size = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < 0)
    value += bounds.origin.y;
  else if (bounds.origin.y + bounds.size.height > page_size)
    value += MIN (bounds.origin.y, bounds.origin.y + bounds.size.height - page_size);
  gtk_adjustment_set_value (adjustment, value);
}

/* Done once the row has stayed where it is, and as high, for a frame:
 * else another frame looks again, whether or not anything asks for one
 * (the text view's height comes from an idle moment after this frame). */
/* The row found its place: it keeps it while it has the focus and stands
 * in sight (see above); else following ends. */
static void
settle (Sighting *sighting)
{
  GtkAdjustment  *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (sighting->viewport));
  graphene_rect_t bounds;

  if (!row_shown (sighting) || !row_has_focus (sighting)
      || !gtk_widget_compute_bounds (sighting->row, sighting->viewport, &bounds)
      || bounds.origin.y < 0
      || bounds.origin.y + bounds.size.height > gtk_adjustment_get_page_size (adjustment))
    {
      stop_sighting (sighting);
      return;
    }

  sighting->anchored = TRUE;
  sighting->anchor_y = bounds.origin.y;
  sighting->anchor_value = gtk_adjustment_get_value (adjustment);
}

static void
on_after_paint (GdkFrameClock *clock, Sighting *sighting)
{
  GtkWidget      *content = gtk_viewport_get_child (GTK_VIEWPORT (sighting->viewport));
  graphene_rect_t bounds;

  if (sighting->anchored)
    return;

  if (sighting->row == NULL || ++sighting->frames >= MAX_FRAMES)
    {
      settle (sighting);
      return;
    }

  if (content != NULL && row_shown (sighting)
      && gtk_widget_compute_bounds (sighting->row, content, &bounds))
    {
      if (graphene_rect_equal (&bounds, &sighting->last))
        {
          settle (sighting);
          return;
        }
      sighting->last = bounds;
    }

  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/* The clock of the window @widget is in, realized: none when it has no
 * window to paint yet. */
static GdkFrameClock *
window_frame_clock (GtkWidget *widget)
{
  GtkNative  *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;

  return surface != NULL ? gdk_surface_get_frame_clock (surface) : NULL;
}

/* The form's viewport: a text view scrolls itself in a scrolled window of
 * its own, without one. */
static GtkWidget *
form_viewport (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (widget, GTK_TYPE_VIEWPORT);
}

static void
follow (GtkWidget *viewport, GtkWidget *widget, GdkFrameClock *clock)
{
  Sighting  *sighting = g_new0 (Sighting, 1);
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  /* A field's row shows what the field is (its label, its marks); a
   * field in no row is shown itself. */
  if (row == NULL || !gtk_widget_is_ancestor (row, viewport))
    row = widget;

  sighting->viewport = viewport;
  g_set_weak_pointer (&sighting->row, row);
  g_set_weak_pointer (&sighting->clock, clock);
  sighting->last = GRAPHENE_RECT_INIT (0, 0, -1, -1);
  /* Stops following the row followed before. */
  g_object_set_qdata_full (G_OBJECT (viewport), sighting_quark (), sighting, sighting_free);

  g_signal_connect_after (clock, "layout", G_CALLBACK (on_layout), sighting);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), sighting);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

void
ladder_scroll_grab_focus_in_sight (GtkWidget *widget)
{
  GtkWidget     *viewport;
  GdkFrameClock *clock;
  GtkAdjustment *adjustment;
  double         value;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  viewport = form_viewport (widget);
  clock = window_frame_clock (widget);
  if (viewport == NULL || clock == NULL)
    {
      gtk_widget_grab_focus (widget);
      return;
    }

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));
  value = gtk_adjustment_get_value (adjustment);
  gtk_widget_grab_focus (widget);
  /* Also ends the viewport's scrolling where it is animated. */
  gtk_adjustment_set_value (adjustment, value);

  follow (viewport, widget, clock);
}

void
ladder_scroll_into_sight (GtkWidget *widget)
{
  GtkWidget     *viewport;
  GdkFrameClock *clock;

  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  viewport = widget != NULL ? form_viewport (widget) : NULL;
  clock = widget != NULL ? window_frame_clock (widget) : NULL;
  if (viewport != NULL && clock != NULL)
    follow (viewport, widget, clock);
}
