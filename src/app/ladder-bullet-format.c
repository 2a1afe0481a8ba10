/* ladder-bullet-format.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-bullet-format.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ladder-inline.h"
#include "ladder-link-popover.h"
#include "ladder-rich-text.h"
#include "ladder-text-binding.h"

/*
 * A bullet's formatting commands: bold, italic and a link, on the runs of
 * a bullet shown formatted (ladder-rich-text.h), or as Markdown in one
 * shown as Markdown. The bullet editor binds them to Ctrl+B, Ctrl+I and
 * Ctrl+K.
 */

#define HISTORY_FUNC "ladder-bullet-history-func"

/* Bold or italic: on the selection's runs in a bullet shown formatted, as
 * Markdown delimiters around it in one shown as Markdown. */
static void
toggle_style (GtkTextView       *view,
              LadderInlineStyle  style)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  const char *delimiter = style == LADDER_INLINE_BOLD ? "**" : "_";
  GtkTextIter start, end;
  int offset;

  if (ladder_text_binding_is_rich (view))
    {
      ladder_rich_text_toggle_style (buffer, style);
      return;
    }

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;

  offset = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert (buffer, &start, delimiter, -1);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + (int) strlen (delimiter));
  gtk_text_buffer_insert (buffer, &end, delimiter, -1);
  gtk_text_buffer_end_user_action (buffer);
}

/* A formatting command is a step of the history of its own, not part of
 * the typing before or after it. */
static void
seal_history (GtkWidget *view)
{
  LadderBulletHistoryFunc get_history = g_object_get_data (G_OBJECT (view), HISTORY_FUNC);
  LadderHistory *history = get_history != NULL ? get_history (view) : NULL;

  if (history != NULL)
    ladder_history_seal (history);
}

static void
on_bold (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       view)
{
  seal_history (view);
  toggle_style (view, LADDER_INLINE_BOLD);
  seal_history (view);
}

static void
on_italic (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       view)
{
  seal_history (view);
  toggle_style (view, LADDER_INLINE_ITALIC);
  seal_history (view);
}

static void
on_link (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       view)
{
  LadderLinkPopover *popover;

  seal_history (view);
  popover = ladder_link_popover_show (view);
  if (popover != NULL)
    g_signal_connect_object (popover, "closed", G_CALLBACK (seal_history), view, G_CONNECT_SWAPPED);
}

static GMenuModel *
format_menu (void)
{
  static GMenu *menu;

  if (menu == NULL)
    {
      GMenu *section = g_menu_new ();

      menu = g_menu_new ();
      g_menu_append (section, _("_Bold"), "bullet.bold");
      g_menu_append (section, _("_Italic"), "bullet.italic");
      g_menu_append (section, _("_Link…"), "bullet.link");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      g_object_unref (section);
    }

  return G_MENU_MODEL (menu);
}

void
ladder_bullet_format_install (GtkTextView             *view,
                              LadderBulletHistoryFunc  get_history)
{
  g_autoptr (GSimpleActionGroup) actions = g_simple_action_group_new ();
  const GActionEntry entries[] = {
    { "bold", on_bold, NULL, NULL, NULL, { 0 } },
    { "italic", on_italic, NULL, NULL, NULL, { 0 } },
    { "link", on_link, NULL, NULL, NULL, { 0 } },
  };

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  g_object_set_data (G_OBJECT (view), HISTORY_FUNC, get_history);
  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), view);
  gtk_widget_insert_action_group (GTK_WIDGET (view), "bullet", G_ACTION_GROUP (actions));
  gtk_text_view_set_extra_menu (view, format_menu ());
}
