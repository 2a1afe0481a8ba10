/* ladder-window-preview.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

/*
 * The preview follows what is looked at: a role shown brings its heading
 * to the top of the preview (the family, the top of the page), and a text
 * field taking the focus brings its part of the page into view.
 */

static void
clear_block (LadderPageBlock *block)
{
  *block = (LadderPageBlock){ .role = -1, .section = -1, .bullet = -1 };
}

void
_ladder_window_follow_selection (LadderWindow *self)
{
  LadderPageBlock block;
  guint           position;

  clear_block (&block);
  if (_ladder_window_selected_role (self, &position) != NULL)
    {
      block.kind = LADDER_PAGE_BLOCK_ROLE_HEADING;
      block.role = (int) position;
    }
  else
    {
      block.kind = LADDER_PAGE_BLOCK_FRONT_MATTER;
    }

  ladder_preview_follow (self->preview, &block, TRUE);
}

static void
on_focus_changed (LadderWindow *self)
{
  GtkWidget      *focus = gtk_root_get_focus (GTK_ROOT (self));
  LadderPageBlock block;
  guint           position;

  /* A field taken to edit, not a button or a row passed through: the
   * preview does not leave the role just selected for those. */
  if (focus == NULL || !(GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus)))
    return;

  clear_block (&block);
  if (self->role_editor != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->role_editor)))
    {
      if (_ladder_window_selected_role (self, &position) == NULL
          || !ladder_role_editor_locate (self->role_editor, focus, &block))
        return;
      block.role = (int) position;
    }
  else if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->family_editor)))
    {
      if (!ladder_family_editor_locate (self->family_editor, focus, &block))
        return;
    }
  else
    {
      return;
    }

  ladder_preview_follow (self->preview, &block, FALSE);
}

void
_ladder_window_preview_init (LadderWindow *self)
{
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_changed), NULL);
}
