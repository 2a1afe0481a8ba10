/* ladder-markdown-view.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-markdown-view.h"

#include <adwaita.h>

#include "ladder-text-fit.h"

/* The schemes made to go with libadwaita's light and dark styles. */
static void
update_scheme (GtkSourceBuffer *buffer)
{
  gboolean              dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme = gtk_source_style_scheme_manager_get_scheme (
      gtk_source_style_scheme_manager_get_default (), dark ? "Adwaita-dark" : "Adwaita");

  if (scheme != NULL && gtk_source_buffer_get_style_scheme (buffer) != scheme)
    gtk_source_buffer_set_style_scheme (buffer, scheme);
}

/* The language and the schemes are read when the view is first shown:
 * GtkSourceView's managers read every definition on their first use, the
 * dearest part of opening a window otherwise. */
static void
on_first_map (GtkSourceView *view)
{
  GtkSourceBuffer   *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  GtkSourceLanguage *markdown;

  g_signal_handlers_disconnect_by_func (view, on_first_map, NULL);

  markdown = gtk_source_language_manager_get_language (gtk_source_language_manager_get_default (),
                                                       "markdown");
  if (markdown != NULL)
    gtk_source_buffer_set_language (buffer, markdown);

  update_scheme (buffer);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_scheme), buffer, G_CONNECT_SWAPPED);
}

void
ladder_markdown_view_setup (GtkSourceView *view, int min_height)
{
  GtkTextView     *text_view = GTK_TEXT_VIEW (view);
  GtkSourceBuffer *buffer;

  g_return_if_fail (GTK_SOURCE_IS_VIEW (view));

  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (text_view));
  gtk_source_buffer_set_highlight_syntax (buffer, TRUE);
  /* Brackets are a link's in prose, not code's: no matching to show. */
  gtk_source_buffer_set_highlight_matching_brackets (buffer, FALSE);
  /* One history, the document's: Ctrl+Z does one thing. */
  gtk_text_buffer_set_enable_undo (GTK_TEXT_BUFFER (buffer), FALSE);

  if (gtk_widget_get_mapped (GTK_WIDGET (view)))
    on_first_map (view);
  else
    g_signal_connect (view, "map", G_CALLBACK (on_first_map), NULL);

  gtk_source_view_set_show_line_numbers (view, FALSE);
  gtk_source_view_set_highlight_current_line (view, FALSE);
  gtk_source_view_set_auto_indent (view, FALSE);
  gtk_text_view_set_wrap_mode (text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_monospace (text_view, TRUE);
  gtk_text_view_set_left_margin (text_view, 8);
  gtk_text_view_set_right_margin (text_view, 8);
  gtk_text_view_set_top_margin (text_view, 8);
  gtk_text_view_set_bottom_margin (text_view, 8);
  /* The row's own background shows through, as behind the other fields. */
  gtk_widget_add_css_class (GTK_WIDGET (view), "markdown-field");
  ladder_text_fit_height (text_view, min_height);
}
