/* ladder-bullet-editor.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-lint.h"
#include "ladder-history.h"
#include "ladder-role.h"

G_BEGIN_DECLS

#define LADDER_TYPE_BULLET_EDITOR (ladder_bullet_editor_get_type ())

G_DECLARE_FINAL_TYPE (LadderBulletEditor, ladder_bullet_editor, LADDER, BULLET_EDITOR, GtkWidget)

GtkWidget  *ladder_bullet_editor_new (void);
LadderRole *ladder_bullet_editor_get_role (LadderBulletEditor *self);
void        ladder_bullet_editor_set_role (LadderBulletEditor *self, LadderRole *role);
void        ladder_bullet_editor_set_above (LadderBulletEditor *self, LadderBulletEditor *above);
int         ladder_bullet_editor_get_list (LadderBulletEditor *self);
void        ladder_bullet_editor_set_list (LadderBulletEditor *self, int list);
void        ladder_bullet_editor_add_bullet (LadderBulletEditor *self, guint position);
GtkWidget  *ladder_bullet_editor_get_entry (LadderBulletEditor *self, guint position);
/* Marks the bullets @problems (LadderLintProblem of this list, by index)
 * are about; NULL clears the marks. */
void ladder_bullet_editor_set_problems (LadderBulletEditor *self, GPtrArray *problems);
void ladder_bullet_editor_update_groups (LadderBulletEditor *self);
/* Puts the focus in the bullet at @position and selects the @length bytes
 * of its text from @offset (none when @offset is negative). */
gboolean       ladder_bullet_editor_focus_bullet (LadderBulletEditor *self,
                                                  guint               position,
                                                  int                 offset,
                                                  int                 length);
GtkWidget     *ladder_bullet_editor_get_row (LadderBulletEditor *self, guint position);
int            ladder_bullet_editor_locate (LadderBulletEditor *self, GtkWidget *widget);
LadderHistory *ladder_bullet_editor_get_history (LadderBulletEditor *self);
void           ladder_bullet_editor_set_history (LadderBulletEditor *self, LadderHistory *history);

G_END_DECLS
