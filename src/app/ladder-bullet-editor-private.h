/* ladder-bullet-editor-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ladder-bullet-editor.h"

G_BEGIN_DECLS

/* The parts of LadderBulletEditor: the list itself (ladder-bullet-editor.c),
 * a bullet's row (ladder-bullet-editor-row.c) and editing across bullets as
 * in a word processor (ladder-bullet-editor-typing.c). */
struct _LadderBulletEditor
{
  GtkWidget         parent_instance;
  GtkWidget        *box;
  GtkListBox       *list_box;
  GtkButton        *add_button;
  AdwButtonContent *add_content;
  GtkLabel         *placeholder;
  LadderRole       *role;
  int               list;
  /* The bullets the list box shows: all of them, or while a role is being
   * shown, the first ones, more at each idle moment (see rebind()). */
  GtkSliceListModel *shown;
  GdkFrameClock     *showing_more; /* weak: the clock adding rows */
  /* The list shown above this one in the form (weak): a role comes with
   * the rows the first frame can show, for both lists together. */
  LadderBulletEditor *above;
  gint64              shown_in_frame;
  /* The handbook checks' problems with this list's bullets. */
  GPtrArray     *problems;
  LadderHistory *history;
  /* The shortcuts of a bullet's row, one list that every row's controller
   * reads (made with the first row). */
  GListStore *row_shortcuts;
  /* Rows not shown, for the next role's first bullets: those of the role
   * shown before, or made while the window had nothing else to do. */
  GPtrArray *spare_rows;
  guint      making_spares;
};

#define ROW_BULLET "ladder-bullet"
#define ROW_TEXT_VIEW "ladder-text-view"

GListModel *_ladder_bullet_editor_bullets (LadderBulletEditor *self);
void        _ladder_bullet_editor_update_groups (LadderBulletEditor *self);
gboolean
     _ladder_bullet_editor_find (LadderBulletEditor *self, LadderBullet *bullet, guint *position);
void _ladder_bullet_editor_begin_change (LadderBulletEditor *self);
void _ladder_bullet_editor_end_change (LadderBulletEditor *self);
void _ladder_bullet_editor_focus (LadderBulletEditor *self, guint position, int offset);
void _ladder_bullet_editor_mark_row (LadderBulletEditor *self, GtkWidget *row, guint position);
GtkWidget *_ladder_bullet_editor_create_row (gpointer item, gpointer user_data);
GtkWidget *_ladder_bullet_editor_make_row (LadderBulletEditor *self);
void
_ladder_bullet_row_update_header (GtkListBoxRow *row, GtkListBoxRow *before, gpointer user_data);

LadderBullet       *_ladder_bullet_row_get_bullet (GtkWidget *row);
GtkTextView        *_ladder_bullet_row_get_view (GtkWidget *row);
LadderBulletEditor *_ladder_bullet_row_get_editor (GtkWidget *row);
void                _ladder_bullet_row_add_shortcut (GListStore     *shortcuts,
                                                     guint           key,
                                                     GdkModifierType modifiers,
                                                     GtkShortcutFunc callback,
                                                     gpointer        data,
                                                     const char     *argument);

void           _ladder_bullet_typing_add_shortcuts (GListStore *shortcuts);
void           _ladder_bullet_typing_install (GtkWidget *row, GtkTextView *view);
LadderHistory *_ladder_bullet_typing_view_history (GtkWidget *view);

G_END_DECLS
