/* ladder-tooltip.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-tooltip.h"

/*
 * GTK 4.8's gtk_widget_set_tooltip_text() ends, for any visible widget, by
 * asking the display server where the pointer is, in case a tooltip under
 * it must come up or change: on X11 a round trip. It asks even when the
 * text is the one the widget already has, and when the widget is in no
 * window yet. A bullet's row is made with three tooltips (its drag handle,
 * its remove button, what the checks found in it), so showing a role of
 * 60 bullets waited for 180 answers, and opening the example family for
 * some 400 in its first seconds.
 *
 * Nothing can be under the pointer when the text does not change, or when
 * the widget has no parent (a row being made, before its list takes it):
 * there the tooltip is set while the widget is hidden, which GTK does not
 * ask about, and the widget is shown again. A widget in a window is set as
 * GTK sets it, so that a tooltip already up follows its new text.
 */

void
ladder_tooltip_set_text (GtkWidget *widget, const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* GTK keeps an empty text as none. */
  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0)
    return;

  if (gtk_widget_get_parent (widget) == NULL && gtk_widget_get_visible (widget)
      && !GTK_IS_NATIVE (widget))
    {
      gtk_widget_set_visible (widget, FALSE);
      gtk_widget_set_tooltip_text (widget, text);
      gtk_widget_set_visible (widget, TRUE);
      return;
    }

  gtk_widget_set_tooltip_text (widget, text);
}
