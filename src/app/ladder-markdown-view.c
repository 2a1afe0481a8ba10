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

/* The schemes made to go with libadwaita's light and dark styles: the
 * only ones Ladder uses. */
static const char *const SCHEMES[] = { "Adwaita", "Adwaita-dark" };

static void
update_scheme (GtkSourceBuffer *buffer)
{
  gboolean              dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme = gtk_source_style_scheme_manager_get_scheme (
      gtk_source_style_scheme_manager_get_default (), SCHEMES[dark ? 1 : 0]);

  if (scheme != NULL && gtk_source_buffer_get_style_scheme (buffer) != scheme)
    gtk_source_buffer_set_style_scheme (buffer, scheme);
}

/**
 * ladder_markdown_view_init_schemes:
 *
 * Points GtkSourceView's style schemes at the two Ladder uses. GtkSourceView
 * reads every scheme installed when its first buffer is made (a dozen XML
 * files, 2% of the instructions of the example family's first frame): its
 * default manager is given, instead of the folders it would look in, the
 * files of those two schemes in those folders, in their order, so that a
 * scheme of a person's own by that name still comes first. Where neither
 * is found as a file, the manager is left as it is. To be called before
 * the first Markdown field is made.
 */
void
ladder_markdown_view_init_schemes (void)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  const char *const           *folders = gtk_source_style_scheme_manager_get_search_path (manager);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  for (; folders != NULL && *folders != NULL; folders++)
    for (guint i = 0; i < G_N_ELEMENTS (SCHEMES); i++)
      {
        g_autofree char *name = g_strconcat (SCHEMES[i], ".xml", NULL);
        g_autofree char *file = g_build_filename (*folders, name, NULL);

        if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
          g_ptr_array_add (files, g_steal_pointer (&file));
      }

  if (files->len == 0)
    return;

  g_ptr_array_add (files, NULL);
  gtk_source_style_scheme_manager_set_search_path (manager, (const char *const *) files->pdata);
}

/* Ladder's own Markdown definition (language-specs/ladder-markdown.lang,
 * which takes its styles from GtkSourceView's "def" language), found
 * before the installed ones. */
GtkSourceLanguage *
ladder_markdown_view_get_language (void)
{
  static GtkSourceLanguageManager *manager;

  if (manager == NULL)
    {
      manager = gtk_source_language_manager_new ();
      gtk_source_language_manager_prepend_search_path (manager, "resource://" RESOURCE_PATH
                                                                "/language-specs");
    }

  return gtk_source_language_manager_get_language (manager, "ladder-markdown");
}

/* The Markdown language, once read, and the views shown meanwhile. */
static GtkSourceLanguage *markdown_language;
static gboolean           language_read;
static GPtrArray         *views_waiting;
static guint              language_idle;

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* GtkSourceView highlights a line for as long as that takes, up to a limit
 * past which it turns highlighting off with a critical warning: a hostile
 * page's line of 36,000 brackets held the window for four seconds, and
 * past the limit in the sanitizers' build. A field holding a line longer
 * than any prose is shown without highlighting. */
#define LONGEST_LINE_HIGHLIGHTED 10000

static gboolean
has_line_longer_than (GtkTextBuffer *buffer, int limit)
{
  GtkTextIter line;

  gtk_text_buffer_get_start_iter (buffer, &line);
  do
    if (gtk_text_iter_get_chars_in_line (&line) > limit)
      return TRUE;
  while (gtk_text_iter_forward_line (&line));

  return FALSE;
}

static void
apply_language (GtkSourceView *view)
{
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));

  if (markdown_language != NULL && gtk_source_buffer_get_language (buffer) == NULL
      && !has_line_longer_than (GTK_TEXT_BUFFER (buffer), LONGEST_LINE_HIGHLIGHTED))
    gtk_source_buffer_set_language (buffer, markdown_language);
}

/* GtkSourceView reads a language's definition checking it against its
 * schema, the first time in a process a buffer takes it: a quarter of the
 * instructions of opening a window with a small family, before its first
 * frame. It is done once the window has nothing else to do; the fields
 * shown before are highlighted then. */
static gboolean
read_language (gpointer data)
{
  language_idle = 0;
  language_read = TRUE;
  markdown_language = ladder_markdown_view_get_language ();

  for (guint i = 0; views_waiting != NULL && i < views_waiting->len; i++)
    {
      g_autoptr (GtkSourceView) view = g_weak_ref_get (g_ptr_array_index (views_waiting, i));

      if (view != NULL)
        apply_language (view);
    }
  g_clear_pointer (&views_waiting, g_ptr_array_unref);

  return G_SOURCE_REMOVE;
}

/* The language and the schemes are read when the view is first shown:
 * GtkSourceView's managers read every definition on their first use, the
 * dearest part of opening a window otherwise. */
static void
on_first_map (GtkSourceView *view)
{
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));

  g_signal_handlers_disconnect_by_func (view, on_first_map, NULL);

  if (language_read)
    apply_language (view);
  else
    {
      GWeakRef *ref = g_new0 (GWeakRef, 1);

      g_weak_ref_init (ref, view);
      if (views_waiting == NULL)
        views_waiting = g_ptr_array_new_with_free_func (weak_ref_free);
      g_ptr_array_add (views_waiting, ref);
      if (language_idle == 0)
        language_idle = g_idle_add_full (G_PRIORITY_LOW, read_language, NULL, NULL);
    }

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
  /* Tab goes on to the next field, as everywhere else in the form and in
   * the bullets: pressed to leave the introduction, it typed an unseen tab
   * at the end of its line (at a line's start, a code block). */
  gtk_text_view_set_accepts_tab (text_view, FALSE);
  gtk_text_view_set_monospace (text_view, TRUE);
  gtk_text_view_set_left_margin (text_view, 8);
  gtk_text_view_set_right_margin (text_view, 8);
  gtk_text_view_set_top_margin (text_view, 8);
  gtk_text_view_set_bottom_margin (text_view, 8);
  /* The row's own background shows through, as behind the other fields. */
  gtk_widget_add_css_class (GTK_WIDGET (view), "markdown-field");
  ladder_text_fit_height (text_view, GTK_WRAP_WORD_CHAR, min_height);
}
